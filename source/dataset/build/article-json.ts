// An article's bytes in the JSON layout, written where it was parsed (a parse
// worker) instead of at the end in the main thread. Only the sentences'
// `events` are not known there (events are linked across articles once all
// are parsed): each is written `[]` and its offset kept, and the main thread
// puts the linked ids in at those offsets (bytesWithEvents). On 5k articles the
// main thread's serialisation was 1.1 s of its single-threaded tail, nine
// tenths of it the articles.
//
// The text is exactly what sortedJson writes for the article: the same
// writer (json-writer.ts, keys sorted). Each sentence's
// events are found as the text `"events":[]`: every sentence writes it once
// (its own key, set to an empty list), and it cannot occur inside a string
// (a quote there is escaped), so when the text holds it exactly as many
// times as there are sentences, those are the sentences' own, in order. Any
// other count (a key of another object spelt so) or what this cannot vouch
// for (an object that is not a plain one, a sentence with events already, a
// toJSON method) gets no text, and sortedJson writes that article itself.
import type {Article} from '../schema.js';
import {jsonText} from './json-writer.js';
import {articleWriter} from './sorted-json.js';

/** The article's JSON with every sentence's events `[]`; `events[i]`: where sentence i's `[]` starts in `text`. */
export type ArticleText = {text: string; events: number[]};
/**
 * The same in UTF-8, `events` byte offsets: what a worker sends (the buffer
 * is transferred, not copied) and the main thread writes to the file as it
 * is, never turned into a string there (turning the 5k dataset's 290 MB of
 * text into UTF-8 was 0.6–0.9 s of the main thread's tail, the join before it
 * 0.15 s and more).
 */
export type ArticleBytes = {bytes: Uint8Array; events: number[]};

const plain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.getPrototypeOf(value) === Object.prototype &&
	typeof (value as {toJSON?: unknown}).toJSON !== 'function';

const EVENTS = '"events":[]';
const EVENTS_UTF8 = Buffer.from(EVENTS);
/** From the start of EVENTS to its list. */
const LIST = EVENTS.length - 2;

/** The article's JSON layout text (events left empty), or null when sortedJson must write it itself. */
export function articleText(article: Article): ArticleText | null {
	// What the writer writes as it is (anything else it writes generically, and then this does not vouch for the text).
	if (!plain(article) || !Array.isArray(article.sentences)) return null;
	const sentences = article.sentences as unknown[];
	for (const s of sentences) if (!plain(s) || !Array.isArray(s.events) || s.events.length > 0) return null;
	const text = jsonText(articleWriter(), article);
	if (text === undefined) return null;
	const events: number[] = [];
	for (let at = text.indexOf(EVENTS); at >= 0; at = text.indexOf(EVENTS, at + EVENTS.length)) events.push(at + LIST);
	return events.length === sentences.length ? {text, events} : null;
}

/** The text in UTF-8 (its own buffer, to transfer); null if its events are not where the text has them. */
export function articleBytes(t: ArticleText): ArticleBytes | null {
	// Not from Buffer's shared pool (a transferred buffer is taken from its sender): a buffer of its own.
	const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(t.text, 'utf8'));
	bytes.write(t.text, 'utf8');
	// EVENTS is ASCII, and no byte of a multi-byte UTF-8 sequence is: its matches are the text's.
	const events: number[] = [];
	for (let at = bytes.indexOf(EVENTS_UTF8); at >= 0; at = bytes.indexOf(EVENTS_UTF8, at + EVENTS.length)) events.push(at + LIST);
	return events.length === t.events.length ? {bytes, events} : null;
}

/** The UTF-8 article with its sentences' events put in, as pieces to write one after another. */
export function bytesWithEvents(t: ArticleBytes, sentences: ReadonlyArray<{events: readonly string[]}>): Array<Uint8Array | string> {
	const out: Array<Uint8Array | string> = [];
	let from = 0;
	for (let i = 0; i < t.events.length; i++) {
		const ids = sentences[i]!.events;
		if (ids.length === 0) continue;
		const at = t.events[i]!;
		out.push(t.bytes.subarray(from, at), JSON.stringify(ids));
		from = at + 2;
	}
	out.push(from === 0 ? t.bytes : t.bytes.subarray(from));
	return out;
}

/**
 * The article's text with its sentences' events put in: bytesWithEvents on
 * the text the bytes are made from (the ingest writes the bytes; this reads
 * the same splice as text, for checks against the serializer). `sentences`:
 * the article's as linked, which must be the text's article's with only
 * `events` changed (to-json.ts makes them so).
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
