// The search index a dataset directory stores at ingest (search.json + search.bin),
// so that opening costs nothing and no keystroke waits for an index build:
//   sentences  a word index (word-index.ts) over every sentence's searchText
//   entities   the searchText of every event's and article's fields, one line
//              each, scanned per keystroke (120k short lines at 100k articles)
// Actors and sources are few and indexed in memory as before.
import {closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {searchText} from './normalise-text.js';
import {WordIndexBuilder, WordIndexReader, type WordIndexTable} from './word-index.js';

export const SEARCH_META_FILE = 'search.json';
export const SEARCH_FILE = 'search.bin';
const VERSION = 1;

/** Separates a record's fields in its entity line; searchQuery never yields it. */
export const FIELD_SEP = '\u0001';

export type StoredEntityKind = 'event' | 'article';

type SearchHeader = {
	version: number;
	sentences: WordIndexTable;
	entities: {norms: [number, number]; events: number; articles: number};
};

const nonEmpty = (xs: Array<string | null | undefined>) => xs.filter((x): x is string => Boolean(x && x.trim()));

/** An event's and an article's searchable fields, as records.ts gives them to the in-memory search. */
export const eventFields = (e: {label: string; labelAr?: string | null; type: string}) => nonEmpty([e.label, e.labelAr, e.type]);
export const articleFields = (a: {title: string; outlet: string | null}) => nonEmpty([a.title, a.outlet]);

/** What ingest accumulates: a sentence word index, and article titles as they stream past. */
export function createSearchIndexBuilder() {
	const sentences = new WordIndexBuilder();
	const titles: string[] = [];
	return {
		/** One sentence (global numbers in order). */
		addSentence(text: string): void {
			sentences.add(searchText(text));
		},
		addArticle(a: {title: string; outlet: string | null}): void {
			titles.push(articleFields(a).map(searchText).join(FIELD_SEP));
		},
		get vocabulary() {
			return sentences.vocabulary;
		},
		/** Writes search.bin and search.json; events are known only once linked. */
		write(out: string, events: Array<{label: string; labelAr?: string | null; type: string}>): void {
			const fd = openSync(join(out, SEARCH_FILE), 'w');
			try {
				const {table, end} = sentences.write(fd, 0);
				const lines = [...events.map(e => eventFields(e).map(searchText).join(FIELD_SEP)), ...titles];
				const bytes = Buffer.from(lines.join('\n'), 'utf8');
				const at = Math.ceil(end / 8) * 8;
				if (bytes.length > 0) writeSync(fd, bytes, 0, bytes.length, at);
				const header: SearchHeader = {version: VERSION, sentences: table, entities: {norms: [at, bytes.length], events: events.length, articles: titles.length}};
				writeFileSync(join(out, SEARCH_META_FILE), `${JSON.stringify(header)}\n`);
			} finally {
				closeSync(fd);
			}
		},
	};
}

export type StoredSearchIndex = {
	sentences: WordIndexReader;
	/** Normalised fields of event i or article i (fields joined by FIELD_SEP); read on first use. */
	entityLines(kind: StoredEntityKind): string[];
	close(): void;
};

/** Opens a directory's stored index, or undefined when it has none (written before it existed) or another version. */
export function openStoredIndex(dir: string): StoredSearchIndex | undefined {
	const headerPath = join(dir, SEARCH_META_FILE);
	if (!existsSync(headerPath) || !existsSync(join(dir, SEARCH_FILE))) return undefined;
	let header: SearchHeader;
	try {
		header = JSON.parse(readFileSync(headerPath, 'utf8')) as SearchHeader;
	} catch {
		return undefined;
	}
	if (header?.version !== VERSION) return undefined;
	const fd = openSync(join(dir, SEARCH_FILE), 'r');
	let lines: string[] | undefined;
	const byKind: Partial<Record<StoredEntityKind, string[]>> = {};
	const all = () => {
		if (lines) return lines;
		const [offset, length] = header.entities.norms;
		const bytes = Buffer.alloc(length);
		if (length > 0) readSync(fd, bytes, 0, length, offset);
		lines = length > 0 ? bytes.toString('utf8').split('\n') : [];
		return lines;
	};
	return {
		sentences: new WordIndexReader(fd, header.sentences),
		entityLines: kind => (byKind[kind] ??= kind === 'event' ? all().slice(0, header.entities.events) : all().slice(header.entities.events)),
		close: () => closeSync(fd),
	};
}
