// Small indexes over a dataset, built once per comparison so the rest of the
// module never walks nested arrays to find a sentence.
import type {Article, Dataset, Event, Sentence} from '../dataset/schema.js';

export type Located = {sentence: Sentence; article: Article};

export type Lookup = {
	article: Map<string, Article>;
	sentence: Map<string, Located>;
};

export function buildLookup(dataset: Dataset): Lookup {
	const article = new Map<string, Article>();
	const sentence = new Map<string, Located>();
	for (const a of dataset.articles) {
		article.set(a.id, a);
		for (const s of a.sentences) sentence.set(s.id, {sentence: s, article: a});
	}
	return {article, sentence};
}

/** The event's sentences of one article, in article order: exactly those linked to the event. */
export function eventSentences(article: Article, eventId: string): Sentence[] {
	return article.sentences.filter(s => s.events.includes(eventId));
}

/** Articles that report the event: listed on it, or holding a sentence linked to it. */
export function reportingArticles(dataset: Dataset, event: Event): Article[] {
	const ids = new Set(event.articles);
	for (const a of dataset.articles) if (a.sentences.some(s => s.events.includes(event.id))) ids.add(a.id);
	return dataset.articles.filter(a => ids.has(a.id));
}
