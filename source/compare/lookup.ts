// What the comparison reads, as plain inputs: the Query hands them over
// (Query.comparisonInputs), whichever layout the dataset is in, so nothing
// here walks a dataset or knows where its articles come from.
import type {Actor, Article, Event, EventMention, Sentence} from '../dataset/schema.js';

export type Located = {sentence: Sentence; article: Article};

/** Everything one event's comparison needs. */
export type ComparisonInputs = {
	event: Event;
	/** The articles that report the event (listed on it, or holding a sentence linked to it), in dataset order. */
	articles: Article[];
	/** Label of another event a sentence names (for the reasons rows give). */
	eventLabel(id: string): string | undefined;
	actor(id: string): Actor | undefined;
};

/** A sentence by id, with its article (the Query is one). */
export type SentenceLookup = {sentence(id: string): Located | undefined};

/** The event's sentences of one article, in article order: exactly those linked to the event. */
export function eventSentences(article: Article, eventId: string): Sentence[] {
	return article.sentences.filter(s => s.events.includes(eventId));
}

const byArticle = new WeakMap<Event, Map<string, EventMention[]>>();

/**
 * The event's mentions in one article (none in datasets written before
 * mentions were recorded). Indexed once per event: an event of a large corpus
 * has thousands of mentions, and every fact asks for every article's.
 */
export function mentionsIn(event: Event, article: string): EventMention[] {
	let index = byArticle.get(event);
	if (!index) {
		index = new Map();
		for (const m of event.mentionDetails ?? []) {
			const list = index.get(m.article);
			if (list) list.push(m);
			else index.set(m.article, [m]);
		}
		byArticle.set(event, index);
	}
	return index.get(article) ?? [];
}
