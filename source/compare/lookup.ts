// Small indexes over a dataset, built once per comparison so the rest of the
// module never walks nested arrays to find a sentence.
import type {Article, Dataset, Event, Sentence} from '../dataset/schema.js';
import {isLazyDataset} from '../dataset/directory/lazy.js';

export type Located = {sentence: Sentence; article: Article};

export type Lookup = {
	article: Map<string, Article>;
	sentence: Pick<Map<string, Located>, 'get'>;
};

export function buildLookup(dataset: Dataset): Lookup {
	// A dataset directory reads an article's sentences from disk on demand: find
	// a sentence through its article (id = article:index) instead of reading all.
	if (isLazyDataset(dataset)) {
		const article = new Map(dataset.articles.map(a => [a.id, a]));
		return {
			article,
			sentence: {
				get(id) {
					const cut = id.lastIndexOf(':');
					const a = article.get(id.slice(0, cut));
					const s = a?.sentences[Number(id.slice(cut + 1))];
					return a && s?.id === id ? {sentence: s, article: a} : undefined;
				},
			},
		};
	}
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
	// A directory's event lists come from the same linking as its sentences' events: nothing to add, and nothing worth reading every article for.
	if (isLazyDataset(dataset)) return dataset.articles.filter(a => ids.has(a.id));
	for (const a of dataset.articles) if (a.sentences.some(s => s.events.includes(event.id))) ids.add(a.id);
	return dataset.articles.filter(a => ids.has(a.id));
}
