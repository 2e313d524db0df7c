// The directory layout of a built dataset (see ../directory/layout.ts):
// meta.json's records with counts in place of id lists, the id lists as
// Uint32 postings, each event's claims as a line. Writing the files (and the
// search index beside them) is ingest/directory.ts's.
import {DATASET_VERSION, type Event} from '../schema.js';
import {LAYOUT_VERSION, postingKey, type ArticleHead, type DirectoryMeta, type EventField, type MetaDay, type Span} from '../directory/layout.js';
import type {Built} from './builder.js';
import {copyWithout} from '../../util/copy-without.js';

export type DirectoryIndex = {
	/** meta.json, its postings spans filled in (each article head's `events` too). */
	meta: DirectoryMeta;
	/** Each event's three spans, in event order: what event-ids.json keeps of them (layout 4). */
	eventSpans: Record<EventField, number[]>;
};

/** An event's line in events.ndjson: its claims. */
export function claimsLine({dateClaims, statusClaims}: Pick<Event, 'dateClaims' | 'statusClaims'>): string {
	return `${JSON.stringify({dateClaims, statusClaims})}\n`;
}

/**
 * `where(n)`: the byte offset and length of article n's line in articles.ndjson.
 * `writeClaims`: writes an event's line of events.ndjson (claimsLine, or the
 * same bytes held elsewhere), one an event in order, and returns its length
 * in bytes (written as they come: held until the write, with the events they
 * were made from, they were ~150 MB of UTF-8 at 100k articles on the main
 * thread at the ingest's peak of memory).
 * `putList`: writes a postings list (to postings.bin, in the order given) and says where it is.
 * Each list is written as it is made: held to the end (with a key and a span in
 * meta.postings each), they were ~500k typed arrays at 100k articles.
 */
export function toDirectoryIndex(
	built: Built,
	where: (n: number) => {offset: number; length: number},
	writeClaims: (event: Event) => number,
	putList: (values: Uint32Array) => Span,
): DirectoryIndex {
	const postings: DirectoryMeta['postings'] = {};
	const put = (list: string, id: string, field: string, values: Uint32Array) => {
		postings[postingKey(list, id, field)] = putList(values);
	};
	// An event's spans and an article's event pairs are found through its head, not the table (three keys an event and one an article otherwise).
	const eventSpans = {articles: [], sentences: [], behind: []} as Record<EventField, number[]>;
	const putEvent = (field: EventField, values: Uint32Array) => {
		const [offset, length] = putList(values);
		eventSpans[field].push(offset, length);
	};
	const behind: DirectoryMeta['behind'] = {days: {}, actors: {}, sources: {}, events: {}};
	const putBehind = (kind: keyof DirectoryMeta['behind'], id: string) => {
		const numbers = built.behind.numbers(kind, id);
		behind[kind][id] = numbers.length;
		if (kind === 'events') putEvent('behind', numbers);
		else put(kind, id, 'behind', numbers);
		return numbers;
	};

	// Not a spread: a hidden class for every head (util/copy-without.ts).
	const heads: ArticleHead[] = built.heads.map((h, n) => {
		const {offset, length} = where(n);
		return copyWithout(h, [], {offset, length, events: null});
	});
	for (const [n, pairs] of built.sentenceEvents) heads[n]!.events = putList(Uint32Array.from(pairs));

	const actors: DirectoryMeta['actors'] = built.actors.map(({record, articles}) => {
		put('actors', record.id, 'articles', articles);
		putBehind('actors', record.id);
		return {...record, articleCount: articles.length};
	});
	const spellings: NonNullable<DirectoryMeta['spellings']> = built.spellings.map(({actor, text, sentences}, i) => {
		put('spellings', String(i), 'behind', sentences);
		return {actor, text, count: sentences.length};
	});
	const entities = (list: 'organizations' | 'places') =>
		built[list].map(({record, articles}) => {
			put(list, record.id, 'articles', articles);
			return {...record, articleCount: articles.length};
		});
	const organizations = entities('organizations');
	const places = entities('places');
	const sources: DirectoryMeta['sources'] = built.sources.map(({record, articles}) => {
		put('sources', record.id, 'articles', articles);
		// A source's `sentences` are the sentences behind it, in reading order.
		const sentences = putBehind('sources', record.id);
		put('sources', record.id, 'sentences', sentences);
		return {...record, articleCount: articles.length, sentenceCount: sentences.length};
	});
	let eventBytes = 0;
	const events: DirectoryMeta['events'] = built.events.map(({record, articles, sentences}) => {
		const length = writeClaims(record);
		eventBytes += length;
		putEvent('articles', articles);
		putEvent('sentences', sentences);
		putBehind('events', record.id);
		// Not a spread: a hidden class for every event (util/copy-without.ts).
		return copyWithout(record, ['articles', 'sentences', 'dateClaims', 'statusClaims'], {
			articleCount: articles.length,
			sentenceCount: sentences.length,
			offset: eventBytes - length,
			length,
		});
	});
	const days: MetaDay[] = built.days.map(({record, articles, published, about}) => {
		put('days', record.date, 'articles', articles);
		put('days', record.date, 'published', published);
		put('days', record.date, 'sentences', about);
		putBehind('days', record.date);
		// Every article published on a day is among its articles.
		return {...record, articleCount: articles.length, publishedCount: published.length, sentenceCount: about.length, readCount: articles.length};
	});
	const meta: DirectoryMeta = {
		version: DATASET_VERSION,
		layout: 'directory',
		layoutVersion: LAYOUT_VERSION,
		sentences: built.sentenceCount,
		articles: heads,
		actors,
		organizations,
		places,
		sources,
		events,
		days,
		unresolved: built.unresolved,
		spellings,
		postings,
		behind,
	};
	return {meta, eventSpans};
}
