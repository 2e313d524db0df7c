// The search index a dataset directory stores at ingest (search.json + search.bin),
// so that opening costs nothing and no keystroke waits for an index build:
//   sentences  a word index (word-index.ts) over every sentence's searchText
//   events,    the same over every event's and article's fields (joined by a
//   articles   separator word that no query contains, so no match spans two fields)
// Actors and sources are few and indexed in memory as before.
import {closeSync, existsSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {searchText} from './normalise-text.js';
import {WordIndexBuilder, WordIndexReader, type WordIndexTable} from './word-index.js';

export const SEARCH_META_FILE = 'search.json';
export const SEARCH_FILE = 'search.bin';
const VERSION = 2;

/** Separates a record's fields in its entity text; searchQuery never yields it. */
export const FIELD_SEP = '\u0001';
const joinFields = (fields: string[]) => fields.map(searchText).join(` ${FIELD_SEP} `);

export type StoredEntityKind = 'event' | 'article';

type SearchHeader = {
	version: number;
	sentences: WordIndexTable;
	events: WordIndexTable;
	articles: WordIndexTable;
};

const nonEmpty = (xs: Array<string | null | undefined>) => xs.filter((x): x is string => Boolean(x?.trim()));

/** An event's and an article's searchable fields, as records.ts gives them to the in-memory search. */
export const eventFields = (e: {label: string; labelAr?: string | null; type: string}) => nonEmpty([e.label, e.labelAr, e.type]);
export const articleFields = (a: {title: string | null; outlet: string | null}) => nonEmpty([a.title, a.outlet]);

/** The sentences' forward index, in the folder being written, until search.bin is (createSearchIndexBuilder). */
const FORWARD_SCRATCH = '.search-forward';
/** Its words' lists, likewise. */
const POSTINGS_SCRATCH = '.search-postings';

/**
 * What ingest accumulates: a sentence word index, and article titles as they
 * stream past. Written once: write() lets the indexes go (a directory
 * ingest's other structures are still held while it writes its last files,
 * its peak of memory at 100k articles).
 */
export function createSearchIndexBuilder(scratch?: string) {
	// The sentences' forward index waits in a file of `scratch` (the folder being written) until written (word-index.ts).
	// Likewise its words' lists, past a budget.
	let sentences: WordIndexBuilder | null = new WordIndexBuilder(
		scratch === undefined ? {} : {forwardFile: join(scratch, FORWARD_SCRATCH), postingsFile: join(scratch, POSTINGS_SCRATCH)},
	);
	let articles: WordIndexBuilder | null = new WordIndexBuilder();
	// The sentences' part once written ahead (writeSentences): its table and where it ends.
	let written: {table: WordIndexTable; end: number} | null = null;
	const sentenceIndex = () => {
		if (!sentences) throw new Error('the search index is written already');
		return sentences;
	};
	const articleIndex = () => {
		if (!articles) throw new Error('the search index is written already');
		return articles;
	};
	const writeSentences = (out: string) => {
		const index = sentenceIndex();
		sentences = null;
		const fd = openSync(join(out, SEARCH_FILE), 'wx');
		try {
			written = index.write(fd, 0);
		} finally {
			closeSync(fd);
		}
	};
	return {
		/** One sentence's searchText (computed in the parse worker: directory-prepare.ts), global numbers in order. */
		addSentenceNorm(norm: string): void {
			sentenceIndex().add(norm);
		},
		addArticle(a: {title: string | null; outlet: string | null}): void {
			articleIndex().add(joinFields(articleFields(a)));
		},
		get vocabulary() {
			return sentenceIndex().vocabulary;
		},
		/**
		 * Writes the sentences' part of search.bin (a new file, its first part)
		 * and lets it go, before the events are known: the largest of the three
		 * indexes is then not held through the linking's end and finish, the
		 * directory ingest's peak of memory at 100k articles.
		 */
		writeSentences,
		/** Writes search.bin (the rest of it, after writeSentences) and search.json (events are known only once linked), then lets the indexes go. */
		write(out: string, eventList: Array<{label: string; labelAr?: string | null; type: string}>): void {
			if (!written) writeSentences(out);
			const a = articleIndex();
			articles = null;
			const s = written!;
			const events = new WordIndexBuilder();
			for (const e of eventList) events.add(joinFields(eventFields(e)));
			const fd = openSync(join(out, SEARCH_FILE), 'r+');
			try {
				const e = events.write(fd, Math.ceil(s.end / 8) * 8);
				const t = a.write(fd, Math.ceil(e.end / 8) * 8);
				const header: SearchHeader = {version: VERSION, sentences: s.table, events: e.table, articles: t.table};
				writeFileSync(join(out, SEARCH_META_FILE), `${JSON.stringify(header)}\n`);
			} finally {
				closeSync(fd);
			}
		},
	};
}

export type StoredSearchIndex = {
	sentences: WordIndexReader;
	events: WordIndexReader;
	articles: WordIndexReader;
	close(): void;
};

/** Opens a directory's stored index, or undefined when it has none (written before it existed) or another version. */
export function openStoredIndex(dir: string, verify: (file: string) => void = () => {}): StoredSearchIndex | undefined {
	const headerPath = join(dir, SEARCH_META_FILE);
	if (!existsSync(headerPath) || !existsSync(join(dir, SEARCH_FILE))) return undefined;
	// Checked against meta.json's checksums (dataset/directory/checksum.ts) before the first search reads them.
	verify(SEARCH_META_FILE);
	verify(SEARCH_FILE);
	let header: SearchHeader;
	try {
		header = JSON.parse(readFileSync(headerPath, 'utf8')) as SearchHeader;
	} catch {
		return undefined;
	}
	if (header?.version !== VERSION) return undefined;
	const fd = openSync(join(dir, SEARCH_FILE), 'r');
	return {
		sentences: new WordIndexReader(fd, header.sentences),
		events: new WordIndexReader(fd, header.events),
		articles: new WordIndexReader(fd, header.articles),
		close: () => closeSync(fd),
	};
}
