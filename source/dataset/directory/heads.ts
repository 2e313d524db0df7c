// Article heads in columns, so opening 100k articles does not parse 100k
// objects: the numbers every sentence lookup needs (where an article's
// sentences start, where its line is) are one Float64Array read in a single
// call, and each text field (id, title, url…) is one JSON line, parsed the
// first time that field is asked for: the first frame needs only the ids.
//   heads.bin   Float64 × 6 per article: sentenceCount, firstSentence, offset, length, events span (-1 when none)
//   heads.json  line 0 the field names, then one JSON array per field
import {closeSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import {BatchedWriter} from '../../util/write-all.js';
import {join} from 'node:path';
import {DataError} from '../../errors.js';
import type {ArticleHead, Span} from './layout.js';

export const HEADS_BIN = 'heads.bin';
export const HEADS_FILE = 'heads.json';
/** Numbers a head: sentenceCount, firstSentence, offset, length, events span (two). */
export const HEAD_WIDTH = 6;
const WIDTH = HEAD_WIDTH;
const NUMERIC = new Set(['sentenceCount', 'firstSentence', 'offset', 'length', 'events']);

export type HeadColumns = {
	count: number;
	sentenceCount(n: number): number;
	firstSentence(n: number): number;
	offset(n: number): number;
	length(n: number): number;
	events(n: number): Span | null;
	/** Values of a text field, in article order (parsed on first use). */
	field(key: string): unknown[];
	/** Text field names, in the head's key order. */
	keys: string[];
};

export function writeHeads(out: string, heads: ArticleHead[]): void {
	const nums = new Float64Array(heads.length * WIDTH);
	heads.forEach((h, n) => {
		nums.set([h.sentenceCount, h.firstSentence, h.offset, h.length, h.events?.[0] ?? -1, h.events?.[1] ?? -1], n * WIDTH);
	});
	writeFileSync(join(out, HEADS_BIN), new Uint8Array(nums.buffer));
	const keys = Object.keys(heads[0] ?? {}).filter(k => !NUMERIC.has(k));
	// A line at a time: the lines joined were one string of ~40 MB at 100k articles (two bytes a
	// character once a title is Arabic), made at the directory ingest's last peak of memory.
	const fd = openSync(join(out, HEADS_FILE), 'w');
	try {
		const lines = new BatchedWriter(fd);
		lines.writeText(`${JSON.stringify(keys)}\n`);
		for (const k of keys) lines.writeText(`${JSON.stringify(heads.map(h => (h as Record<string, unknown>)[k] ?? null))}\n`);
		lines.flush();
	} finally {
		closeSync(fd);
	}
}

function columns(nums: Float64Array, count: number, keys: string[], parse: (k: number) => unknown[]): HeadColumns {
	const parsed = new Map<string, unknown[]>();
	return {
		count,
		keys,
		sentenceCount: n => nums[n * WIDTH]!,
		firstSentence: n => nums[n * WIDTH + 1]!,
		offset: n => nums[n * WIDTH + 2]!,
		length: n => nums[n * WIDTH + 3]!,
		events: n => (nums[n * WIDTH + 4]! < 0 ? null : [nums[n * WIDTH + 4]!, nums[n * WIDTH + 5]!]),
		field(key) {
			let values = parsed.get(key);
			if (!values) {
				const k = keys.indexOf(key);
				values = k < 0 ? new Array<unknown>(count).fill(undefined) : parse(k);
				parsed.set(key, values);
			}
			return values;
		},
	};
}

/** Reads heads.bin and heads.json of a directory (layout 2). */
export function readHeads(dir: string, count: number, verify: (file: string) => void = () => {}): HeadColumns {
	verify(HEADS_BIN);
	verify(HEADS_FILE);
	let bin: Buffer;
	let text: string;
	try {
		bin = readFileSync(join(dir, HEADS_BIN));
		text = readFileSync(join(dir, HEADS_FILE), 'utf8');
	} catch (error) {
		throw new DataError(`${dir}: cannot read the article heads: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
	if (bin.byteLength !== count * WIDTH * 8)
		throw new DataError(`${join(dir, HEADS_BIN)}: ${bin.byteLength} bytes, expected ${count * WIDTH * 8} for ${count} articles`);
	const nums = new Float64Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
	// Line starts only; a field's line is parsed when first asked for.
	const starts = [0];
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	const line = (i: number) => text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1);
	const parse = <T>(i: number): T => {
		try {
			return JSON.parse(line(i)) as T;
		} catch (error) {
			throw new DataError(`${join(dir, HEADS_FILE)}: line ${i + 1} is not valid JSON (${(error as Error).message})`);
		}
	};
	const keys = parse<string[]>(0);
	if (!Array.isArray(keys) || !keys.every(k => typeof k === 'string'))
		throw new DataError(`${join(dir, HEADS_FILE)}: line 1 is not a list of field names; the dataset directory is damaged (ingest it again)`);
	return columns(nums, count, keys, k => {
		const values = parse<unknown[]>(k + 1);
		if (!Array.isArray(values) || values.length !== count)
			throw new DataError(`${join(dir, HEADS_FILE)}: field ${keys[k]} has ${Array.isArray(values) ? values.length : 'no list of'} values, expected ${count}`);
		return values;
	});
}

/**
 * Checks the numbers of every head against the files they point into, once at
 * open (a loop over Float64s: ~1 ms at 100k articles): each article's line lies
 * inside articles.ndjson, its sentences follow the previous article's, its
 * events span lies inside postings.bin, and the sentences add up to meta.json's.
 */
export function checkHeads(c: HeadColumns, sentences: number, articlesSize: number, postingsSize: number, label: string): void {
	let next = 0;
	const bad = (n: number, what: string) => new DataError(`${label}: article ${n + 1}: ${what}; the dataset directory is damaged (ingest it again)`);
	const whole = (v: number) => Number.isSafeInteger(v) && v >= 0;
	for (let n = 0; n < c.count; n++) {
		const count = c.sentenceCount(n);
		const offset = c.offset(n);
		const length = c.length(n);
		if (!whole(count) || c.firstSentence(n) !== next) throw bad(n, 'its sentence numbers do not follow the previous article’s');
		if (!whole(offset) || !whole(length) || length === 0 || offset + length > articlesSize) throw bad(n, 'its line lies outside articles.ndjson');
		const events = c.events(n);
		if (events && (!whole(events[0]) || !whole(events[1]) || (events[0] + events[1]) * 4 > postingsSize)) throw bad(n, 'its events lie outside postings.bin');
		next += count;
	}
	if (next !== sentences)
		throw new DataError(
			`${label}: the articles hold ${next} sentences where meta.json says ${String(sentences)}; the dataset directory is damaged (ingest it again)`,
		);
}

/** Columns over heads held in meta.json (directories of layout 1). */
export function headsFromList(heads: ArticleHead[]): HeadColumns {
	const nums = new Float64Array(heads.length * WIDTH);
	for (const [n, h] of heads.entries()) nums.set([h.sentenceCount, h.firstSentence, h.offset, h.length, h.events?.[0] ?? -1, h.events?.[1] ?? -1], n * WIDTH);
	const keys = Object.keys(heads[0] ?? {}).filter(k => !NUMERIC.has(k));
	return columns(nums, heads.length, keys, k => heads.map(h => (h as Record<string, unknown>)[keys[k]!]));
}

/** One head as an object (what meta.articles holds), from the columns. */
export function headAt(c: HeadColumns, n: number): ArticleHead {
	const out: Record<string, unknown> = {};
	for (const k of c.keys) out[k] = c.field(k)[n];
	return {
		...(out as Omit<ArticleHead, 'sentenceCount' | 'firstSentence' | 'offset' | 'length' | 'events'>),
		sentenceCount: c.sentenceCount(n),
		firstSentence: c.firstSentence(n),
		offset: c.offset(n),
		length: c.length(n),
		events: c.events(n),
	};
}
