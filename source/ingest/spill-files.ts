// Where a directory ingest's prepared articles wait while the corpus's
// discovered people are merged: one spill file per thread that parses, each
// written by that thread alone (file 0 by the main thread when it parses
// itself, file w + 1 by parse worker w). Before, a worker sent each row to the
// main thread, which wrote them all to one file: at 10k articles, the rows'
// 32 KB each crossing threads cost 6-10% of the parse (a worker building its
// rows and sending one byte instead: 16.4-17.2 s against 17.6-18.4 s to the
// end of the parse, three alternated pairs), and the main thread's writes and
// collections ran on the cores the workers need.
//
// A worker handles its files in the order they are sent, and files are sent
// in the dataset's order, so each spill file holds its rows in that order. The
// main thread keeps which file holds each article (`owners`, one number an
// article); reading the rows back in the dataset's order is then a merge of
// sequential reads, one reader a file.
import {readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import type {PreparedArticle} from './directory-prepare.js';
import {discoveredDigest, discoveredRefs, type PersonRef} from './extract/discover/corpus.js';
import {type LineBytes, readLineBytes} from '../util/read-lines.js';
import {NewFile} from '../util/write-all.js';
import {mentionRecords} from './mention-records.js';
import {facetArticle} from '../dataset/build/facet-article.js';

const SPILL_PREFIX = '.articles.spill.';

/** Spill file `k` in `dir` (0: the main thread's, w + 1: parse worker w's). */
export function spillPath(dir: string, k: number): string {
	return join(dir, `${SPILL_PREFIX}${k}`);
}

/** Removes every spill file in `dir` (they live in the new dataset folder and must go before it is swapped in). */
export function removeSpills(dir: string): void {
	for (const name of readdirSync(dir)) if (name.startsWith(SPILL_PREFIX)) rmSync(join(dir, name), {force: true});
}

/** A prepared article once spilled: the file that holds its row, and the discovered people it names (what the corpus-wide merge reads). */
export type SpilledArticle = {file: number; people: PersonRef[]};

/** One thread's spill file, written through a buffer. close() before the rows are read. */
export class SpillWriter {
	private readonly out: NewFile;

	constructor(
		dir: string,
		readonly file: number,
	) {
		this.out = new NewFile(spillPath(dir, file));
	}

	/**
	 * Appends the article's row: seven fields split by tabs (JSON has no raw
	 * tab), the sentence count, the row's head (JSON: the article's id and
	 * publication date), its mentions as records (mention-records.ts), what
	 * it has discovered (JSON of discoveredDigest; empty when nothing), what
	 * the dataset builder reads of it (JSON of facetArticle), the norms as
	 * JSON, the ndjson line (its newline ends the row). So the link worker
	 * files the mentions of an article the corpus's merges do not rename
	 * without decoding the rest, or the mentions themselves
	 * (directory-prepare.ts spillRow), and the second pass copies its line
	 * without decoding it (directory-prepare.ts spilledRow). Each field is
	 * encoded straight into the buffer: no row string or row buffer is made.
	 */
	write(prepared: PreparedArticle): SpilledArticle {
		const {article, line, norms, mentions} = prepared;
		const out = this.out;
		out.writeText(`${article.sentences.length}\t`);
		out.writeText(JSON.stringify([article.id, article.published]));
		out.writeText('\t');
		out.writeText(mentionRecords(mentions));
		out.writeText('\t');
		const digest = discoveredDigest(article);
		if (digest) out.writeText(JSON.stringify(digest));
		out.writeText('\t');
		out.writeText(JSON.stringify(facetArticle(article)));
		out.writeText('\t');
		out.writeText(JSON.stringify(norms));
		out.writeText('\t');
		out.writeText(line);
		return {file: this.file, people: discoveredRefs(article)};
	}

	/** Writes what is buffered and closes the file. */
	close(): void {
		this.out.close();
	}

	/** Closes the file, if still open, without writing what is buffered (the ingest failed; the folder goes). */
	abandon(): void {
		this.out.abandon();
	}
}

/**
 * The spill rows of `dir` in the dataset's order: the row of article i is the
 * next row of file owners[i]. Each row's bytes are valid until the next row
 * of its file is read. A file with fewer or more rows than `owners` gives it
 * fails: the spill is incomplete.
 */
/**
 * Bytes read from a spill file at a time: rows are ~32 KB. Both the main
 * thread and the link worker read every file at once, beside each other at
 * the ingest's peak of memory; the 4 MB default held 24 MB there.
 */
const READ_CHUNK = 1 << 20;

export function* readSpillRows(dir: string, owners: ArrayLike<number>): Generator<LineBytes> {
	const readers = new Map<number, Generator<LineBytes>>();
	try {
		for (let i = 0; i < owners.length; i++) {
			const k = owners[i]!;
			let reader = readers.get(k);
			if (!reader) readers.set(k, (reader = readLineBytes(spillPath(dir, k), READ_CHUNK)));
			const next = reader.next();
			if (next.done) throw new Error(`spill file ${k} ends before article ${i}'s row`);
			yield next.value;
		}
		for (const [k, reader] of readers) if (!reader.next().done) throw new Error(`spill file ${k} holds more rows than its articles`);
	} finally {
		for (const reader of readers.values()) reader.return(undefined);
	}
}
