// The directory layout of a built dataset (see ../directory/layout.ts):
// meta.json's records with counts in place of id lists, the id lists as
// Uint32 postings, each event's claims as a line. Writing the files (and the
// search index beside them) is ingest/directory.ts's.
import {DATASET_VERSION} from '../schema.js';
import {LAYOUT_VERSION, postingKey, type ArticleHead, type DirectoryMeta, type MetaDay} from '../directory/layout.js';
import type {Built} from './builder.js';

export type DirectoryIndex = {
	/** meta.json without the postings spans (filled in when postings.bin is written). */
	meta: DirectoryMeta;
	/** Postings to write, in order: key → values. */
	lists: Array<[string, Uint32Array]>;
};

/**
 * `where(n)`: the byte offset and length of article n's line in articles.ndjson.
 * `eventLine`: takes events.ndjson's lines, one an event in order, as they are
 * made (written as they come: held until the write, with the events they were
 * made from, they were ~150 MB of UTF-8 at 100k articles on the main thread at
 * the ingest's peak of memory).
 */
export function toDirectoryIndex(built: Built, where: (n: number) => {offset: number; length: number}, eventLine: (line: string) => void): DirectoryIndex {
	const lists: Array<[string, Uint32Array]> = [];
	const put = (list: string, id: string, field: string, values: Uint32Array) => lists.push([postingKey(list, id, field), values]);
	const behind: DirectoryMeta['behind'] = {days: {}, actors: {}, sources: {}, events: {}};
	const putBehind = (kind: keyof DirectoryMeta['behind'], id: string) => {
		const numbers = built.behind.numbers(kind, id);
		behind[kind][id] = numbers.length;
		put(kind, id, 'behind', numbers);
		return numbers;
	};

	const heads: ArticleHead[] = built.heads.map((h, n) => ({...h, ...where(n), events: null}));
	for (const [n, pairs] of built.sentenceEvents) put('article-events', heads[n]!.id, 'pairs', Uint32Array.from(pairs));

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
	const events: DirectoryMeta['events'] = built.events.map(({record, articles: articleNumbers}) => {
		const {articles, sentences, dateClaims, statusClaims, ...rest} = record;
		const line = `${JSON.stringify({dateClaims, statusClaims})}\n`;
		const length = Buffer.byteLength(line);
		eventLine(line);
		eventBytes += length;
		put('events', rest.id, 'articles', articleNumbers);
		put('events', rest.id, 'sentences', Uint32Array.from(sentences, built.sentenceNumber));
		putBehind('events', rest.id);
		return {...rest, articleCount: articles.length, sentenceCount: sentences.length, offset: eventBytes - length, length};
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
		postings: {},
		behind,
	};
	return {meta, lists};
}
