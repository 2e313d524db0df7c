// The dataset directory: the layout for corpora too large for one JSON
// document (at 100k articles the JSON would pass V8's longest string).
//   meta.json       facets with counts, postings table (small: parsed before the first frame)
//   heads.bin/json  article heads in columns, byte offsets of their lines (heads.ts)
//   event-list.json the events (read when first asked for, after the first frame)
//   event-ids.json  the events' ids, labels and places in the list's order: what
//                   the first frame needs of them (the list is 305 MB at 100k)
//   search.json/bin the search index (search/stored-index.ts)
//   articles.ndjson one Article (the schema's, `events` left empty) a line
//   events.ndjson   each event's date and status claims, a line per event
//   postings.bin    Uint32 lists: sentence and article numbers behind each facet value
// Sentences are numbered globally in article order (article id order, then
// sentence index), so a sorted postings list is reading order.
import {existsSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {Actor, Article, Day, Entity, Event, Source, Dataset} from '../schema.js';
import type {FileSums} from './checksum.js';

/**
 * 2: heads and the event list out of meta.json, a stored search index.
 * 3: a checksum per file in meta.json (checksum.ts).
 * 4: the events' postings spans and sentence counts in event-ids.json, not in
 *    meta.json (at 100k articles three keys an event made meta.json 35 MB, and
 *    parsing it most of the first frame). Layouts 1 to 3 are still read.
 */
export const LAYOUT_VERSION = 4;
/** The oldest layout this tool reads. */
export const OLDEST_LAYOUT = 1;
export const META_FILE = 'meta.json';
export const ARTICLES_FILE = 'articles.ndjson';
export const POSTINGS_FILE = 'postings.bin';
export const EVENTS_FILE = 'events.ndjson';
export const EVENT_LIST_FILE = 'event-list.json';
/** Beside the event list (EventHeads); a directory without it reads ids from the list. */
export const EVENT_IDS_FILE = 'event-ids.json';

/** The postings of an event: those layout 4 keeps in event-ids.json. */
export const EVENT_FIELDS = ['articles', 'sentences', 'behind'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/**
 * event-ids.json: the events' ids, English labels and places in the event
 * list's order, and from layout 4 their postings spans (per field, flat
 * [offset, length] pairs; [0, 0] for none) and the sentences behind each.
 */
export type EventHeads = {ids: string[]; labels: string[]; places: Array<string | null>; spans?: Record<EventField, number[]>; behind?: number[]};

/** [offset, length] in Uint32 units inside postings.bin. */
export type Span = [number, number];

export type ArticleHead = Omit<Article, 'sentences' | 'boilerplate' | 'captions'> & {
	sentenceCount: number;
	/** Global number of the article's sentence 0. */
	firstSentence: number;
	/** Byte offset and length of the article's line in articles.ndjson. */
	offset: number;
	length: number;
	/** (sentence index, event number) pairs: events linked after the line was written. */
	events: Span | null;
};

/** Facet records keep counts in meta.json; their id lists live in postings. */
export type MetaActor = Omit<Actor, 'articles'> & {articleCount: number};
export type MetaEntity = Omit<Entity, 'articles'> & {articleCount: number};
export type MetaSource = Omit<Source, 'articles' | 'sentences'> & {articleCount: number; sentenceCount: number};
/** An event's claims (one per reporting article) are read from events.ndjson at offset/length when asked for. */
export type MetaEvent = Omit<Event, 'articles' | 'sentences' | 'dateClaims' | 'statusClaims'> & {
	articleCount: number;
	sentenceCount: number;
	offset: number;
	length: number;
};
export type EventClaims = Pick<Event, 'dateClaims' | 'statusClaims'>;
export type MetaDay = Omit<Day, 'articles' | 'published' | 'sentences'> & {
	articleCount: number;
	publishedCount: number;
	sentenceCount: number;
	readCount: number;
};

export type DirectoryMeta = {
	version: Dataset['version'];
	layout: 'directory';
	layoutVersion: number;
	sentences: number;
	/** Layout 2 keeps heads in heads.bin/heads.json and writes only their number here. */
	articleCount?: number;
	/** The number of events (the Events tab's count) without reading the event list; optional: written since layout 2's first directories. */
	eventCount?: number;
	articles: ArticleHead[];
	actors: MetaActor[];
	organizations: MetaEntity[];
	places: MetaEntity[];
	sources: MetaSource[];
	events: MetaEvent[];
	days: MetaDay[];
	unresolved: Dataset['unresolved'];
	/**
	 * Each distinct spelling an actor is written with in the text (a mention's
	 * `text`), with its sentences in postings (`spellings`, index, `behind`):
	 * search finds a rare spelling's sentences without reading every article.
	 * Optional: directories written before it have none.
	 */
	spellings?: Array<{actor: string; text: string; count: number}>;
	/** Size and CRC-32 of every other file, checked when the file is first read (layout 3 on). */
	files?: FileSums;
	/** `${list}\t${id}\t${field}` → span. Fields: articles, sentences (schema order), published, behind (sorted: what Query.sentencesFor answers). */
	postings: Record<string, Span>;
	/** Number of sentences behind each facet value (Query.sentencesFor(kind, id).length). */
	behind: Record<'days' | 'actors' | 'sources' | 'events', Record<string, number>>;
};

export const postingKey = (list: string, id: string, field: string) => `${list}\t${id}\t${field}`;

/** A dataset path names the directory layout when it is an existing directory. */
export function isDirectoryDataset(path: string): boolean {
	try {
		return statSync(path).isDirectory() && existsSync(join(path, META_FILE));
	} catch {
		return false;
	}
}

/** `ingest --out PATH` writes the directory layout unless PATH ends in .json (or is stdout). */
export function wantsDirectory(out: string): boolean {
	return out !== '-' && !/\.json$/i.test(out);
}
