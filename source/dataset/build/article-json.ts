// An article's bytes in the JSON layout, written where it was parsed (a parse
// worker) instead of at the end in the main thread. Only the sentences'
// `events` are not known there (events are linked across articles once all
// are parsed): each is written `[]` and its offset kept, and the main thread
// puts the linked ids in at those offsets (withEvents). On 5k articles the
// main thread's serialisation was 1.1 s of its single-threaded tail, nine
// tenths of it the articles.
//
// The text is exactly what sortedJson writes for the article: the same
// schema copier (keys sorted), the same JSON.stringify. Each sentence's
// events are found as the text `"events":[]`: every sentence writes it once
// (its own key, set to an empty list), and it cannot occur inside a string
// (a quote there is escaped), so when the text holds it exactly as many
// times as there are sentences, those are the sentences' own, in order. Any
// other count (a key of another object spelt so) or what this cannot vouch
// for (an object that is not a plain one, a sentence with events already, a
// toJSON method) gets no text, and sortedJson writes that article itself.
import type {Article} from '../schema.js';
import {articleCopier} from './sorted-json.js';

/** The article's JSON with every sentence's events `[]`; `events[i]`: where sentence i's `[]` starts in `text`. */
export type ArticleText = {text: string; events: number[]};

const plain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.getPrototypeOf(value) === Object.prototype &&
	typeof (value as {toJSON?: unknown}).toJSON !== 'function';

const EVENTS = '"events":[]';
/** From the start of EVENTS to its list. */
const LIST = EVENTS.length - 2;

/** The article's JSON layout text (events left empty), or null when sortedJson must write it itself. */
export function articleText(article: Article): ArticleText | null {
	const copy = articleCopier()(article);
	if (!plain(copy) || !Array.isArray(copy.sentences)) return null;
	const sentences = copy.sentences as unknown[];
	for (const s of sentences) if (!plain(s) || !Array.isArray(s.events) || s.events.length > 0) return null;
	const text = JSON.stringify(copy);
	const events: number[] = [];
	for (let at = text.indexOf(EVENTS); at >= 0; at = text.indexOf(EVENTS, at + EVENTS.length)) events.push(at + LIST);
	return events.length === sentences.length ? {text, events} : null;
}

/**
 * The article's text with its sentences' events put in. `sentences`: the
 * article's as linked, which must be the text's article's with only `events`
 * changed (to-json.ts makes them so).
 */
export function withEvents(t: ArticleText, sentences: ReadonlyArray<{events: readonly string[]}>): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < t.events.length; i++) {
		const ids = sentences[i]!.events;
		if (ids.length === 0) continue;
		const at = t.events[i]!;
		out += t.text.slice(from, at) + JSON.stringify(ids);
		from = at + 2;
	}
	return from === 0 ? t.text : out + t.text.slice(from);
}
