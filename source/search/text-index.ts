// An inverted index of character n-grams over normalised text. Every record
// containing a query of length ≥ 2 holds all of the query's n-grams, so
// intersecting their postings gives a superset of the true matches (no false
// negatives); counting shared trigrams per record gives fuzzy candidates for
// spellings the text does not contain.
import type {SearchKind} from './types.js';
import {alphabetFull, bigramKey, bigrams, charIds, createAlphabet, trigramKey, trigrams, type Alphabet} from './grams.js';
import {searchText} from './normalise-text.js';

export type MentionSpan = {id: string; start: number; end: number};

/** One searchable thing: an actor, event, source, article or sentence. */
export type SearchRecord = {
	kind: SearchKind;
	id: string;
	/** English label for entities, the text for sentences. */
	label: string;
	/** Original texts that may match (names, aliases, titles, the sentence). */
	fields: string[];
	/** For sentences: the actors mentioned, with spans in fields[0]. */
	actors?: MentionSpan[];
	/**
	 * For sentences: the places, organisations, cited agencies and events
	 * named, keyed `place:`, `org:`, `source:`, `event:` + id, with spans in
	 * fields[0] (none for an event), so their English names find the sentence.
	 */
	names?: MentionSpan[];
	/**
	 * Fields from this index on are labels (role titles) or English prose (a
	 * translation): a query matches them only where a word starts, and never
	 * as a spelling variant, so "gene" inside "Secretary General" finds no one.
	 */
	wordsFrom?: number;
};

export type TextIndex = {
	records: SearchRecord[];
	/** searchText of each record's fields, same order. */
	norms: string[][];
	alphabet: Alphabet;
	tri: Map<number, Int32Array>;
	bi: Map<number, Int32Array>;
	/** Reused per-record counters for fuzzy overlap (kept zeroed between calls). */
	counts: Uint16Array;
};

// Postings grow as records are added in order, so "already there" is just a
// look at the last entry.
class Posting {
	a = new Int32Array(2);
	n = 0;
	push(doc: number): void {
		if (this.n > 0 && this.a[this.n - 1] === doc) return;
		if (this.n === this.a.length) {
			const b = new Int32Array(this.n * 2);
			b.set(this.a);
			this.a = b;
		}
		this.a[this.n++] = doc;
	}
	done(): Int32Array {
		return this.a.slice(0, this.n);
	}
}

function add(map: Map<number, Posting>, key: number, doc: number): void {
	let p = map.get(key);
	if (!p) map.set(key, (p = new Posting()));
	p.push(doc);
}

export function buildTextIndex(records: SearchRecord[]): TextIndex {
	return runSteps(textIndexSteps(records));
}

/**
 * Work between two yields of a sliced build: characters of normalised text
 * indexed, or postings frozen. A step then costs a millisecond or two whatever
 * the records' length, so a key pressed meanwhile waits no longer than that
 * (counting records instead made steps of 20 ms and more with long sentences).
 */
export const CHARS_PER_STEP = 4096;
/** Posting entries copied per step when the build freezes them (a few thousand keys hold a sentence index's millions). */
const ENTRIES_PER_STEP = 1 << 18;

/** The build as steps, so a caller can spread it over idle time. */
export function* textIndexSteps(records: SearchRecord[]): Generator<void, TextIndex> {
	const tri = new Map<number, Posting>();
	const bi = new Map<number, Posting>();
	const alphabet = createAlphabet();
	const norms: string[][] = [];
	let work = 0;
	for (let doc = 0; doc < records.length; doc++) {
		if (work >= CHARS_PER_STEP) {
			work = 0;
			yield;
		}
		const ns = records[doc]!.fields.map(searchText);
		for (const n of ns) {
			work += n.length + 16;
			const ids = charIds(alphabet, n, true);
			for (let i = 0; i + 3 <= n.length; i++) add(tri, trigramKey(ids, i), doc);
			for (let i = 0; i + 2 <= n.length; i++) {
				if (n[i] !== ' ' && n[i + 1] !== ' ') add(bi, bigramKey(ids, i), doc);
			}
		}
		norms.push(ns);
	}
	return {records, norms, alphabet, tri: yield* frozen(tri), bi: yield* frozen(bi), counts: new Uint16Array(records.length)};
}

/** Postings as exact-length arrays, in steps too: 37 million entries in a 10k-article sentence index. */
function* frozen(map: Map<number, Posting>): Generator<void, Map<number, Int32Array>> {
	const out = new Map<number, Int32Array>();
	let work = 0;
	for (const [k, p] of map) {
		if (work >= ENTRIES_PER_STEP) {
			work = 0;
			yield;
		}
		work += p.n;
		out.set(k, p.done());
	}
	return out;
}

/** Runs a step generator to its end, in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
	for (;;) {
		const r = steps.next();
		if (r.done) return r.value;
	}
}

/**
 * Where the records containing a query are found without listing them: the
 * postings of its n-grams, shortest first (their intersection is a superset
 * of the matches), and whether that intersection is already exact. Null when
 * no record can contain the query.
 */
export type CandidateSource = {query: string; lists: Int32Array[]; exact: boolean};

export function candidateSource(ix: TextIndex, query: string): CandidateSource | null {
	if (query.length < 2) return null;
	const keys = query.length >= 3 ? trigrams(ix.alphabet, query) : bigrams(ix.alphabet, query);
	if (!keys || keys.length === 0) return null;
	const map = query.length >= 3 ? ix.tri : ix.bi;
	const lists: Int32Array[] = [];
	for (const k of keys) {
		const l = map.get(k);
		if (!l) return null;
		lists.push(l);
	}
	lists.sort((a, b) => a.length - b.length);
	// A query no longer than one n-gram is its own key: while every character
	// has its own id, the postings are exact and need no check.
	return {query, lists, exact: query.length <= 3 && !alphabetFull(ix.alphabet)};
}

/** First position at or after `from` in an ascending list whose value is ≥ `value` (galloping). */
function seek(list: Int32Array, from: number, value: number): number {
	let step = 1;
	let hi = from;
	while (hi < list.length && list[hi]! < value) {
		from = hi + 1;
		hi += step;
		step *= 2;
	}
	hi = Math.min(hi, list.length);
	while (from < hi) {
		const mid = (from + hi) >> 1;
		if (list[mid]! < value) from = mid + 1;
		else hi = mid;
	}
	return from;
}

/**
 * Records of a source in ascending order, at most `max`, verified unless the
 * source is exact; `from` skips records below it. Work is proportional to the
 * shortest posting walked, not to the corpus: with docs numbered in a static
 * order, the first ones found are the best-placed ones.
 */
export function walkSource(ix: TextIndex, src: CandidateSource, max = Number.POSITIVE_INFINITY, from = 0): number[] {
	const out: number[] = [];
	const [first, ...rest] = src.lists;
	if (!first) return out;
	if (rest.length === 0 && src.exact) {
		const at = from > 0 ? seek(first, 0, from) : 0;
		const end = Math.min(first.length, at + max);
		for (let i = at; i < end; i++) out.push(first[i]!);
		return out;
	}
	const cursors = new Int32Array(rest.length);
	outer: for (let i = from > 0 ? seek(first, 0, from) : 0; i < first.length && out.length < max; i++) {
		const d = first[i]!;
		for (let k = 0; k < rest.length; k++) {
			const list = rest[k]!;
			const at = seek(list, cursors[k]!, d);
			cursors[k] = at;
			if (at >= list.length) break outer;
			if (list[at] !== d) continue outer;
		}
		if (src.exact || recordContains(ix, d, src.query)) out.push(d);
	}
	return out;
}

function trigramsOfKnown(ix: TextIndex, word: string): number[] {
	const ids = charIds(ix.alphabet, word, false);
	const out: number[] = [];
	for (let i = 0; i + 3 <= ids.length; i++) if (ids[i] && ids[i + 1] && ids[i + 2]) out.push(trigramKey(ids, i));
	return out;
}

/** Whether a record's normalised text contains the normalised query. */
export function recordContains(ix: TextIndex, doc: number, query: string): boolean {
	return ix.norms[doc]!.some(n => n.includes(query));
}

/** Records that truly contain the query: index candidates, verified. */
export function containing(ix: TextIndex, query: string): number[] {
	const src = candidateSource(ix, query);
	return src ? walkSource(ix, src) : [];
}

/**
 * Records sharing at least `minShare` of the trigrams of the query's words,
 * most shared first, at most `max`. This is what finds ستولتنبيرغ for
 * ستولتنبرغ: most trigrams survive a letter added or changed.
 */
export function fuzzyCandidates(
	ix: TextIndex,
	query: string,
	options: {max: number; minShare?: number; sample?: number},
): Array<{doc: number; shared: number}> {
	const words = query.split(' ').filter(w => w.length >= 3);
	// A word with a character no record has still shares its other trigrams.
	const keys = [...new Set(words.flatMap(w => trigramsOfKnown(ix, w)))];
	if (keys.length === 0) return [];
	const need = Math.max(keys.length >= 2 ? 2 : 1, Math.ceil(keys.length * (options.minShare ?? 0.5)));
	const lists = keys.map(k => ix.tri.get(k) ?? new Int32Array(0)).sort((a, b) => a.length - b.length);
	// A record sharing `need` of the keys shares at least one of the rarest
	// `keys - need + 1`: only those postings are walked, and the common
	// trigrams (الا, الم: most of the corpus) are looked up for those records
	// alone. Same result as counting every posting, at a fraction of the work.
	const walked = lists.length - need + 1;
	// With `sample`, each walked posting is read only that far: records are
	// numbered in a static order, so these are the best-placed ones, and the
	// work no longer grows with the corpus. Counts stay exact for every record
	// found (the rest of each posting is looked up for them).
	const cap = options.sample ?? Number.POSITIVE_INFINITY;
	const counts = ix.counts;
	let size = 0;
	for (let k = 0; k < walked; k++) size += Math.min(cap, lists[k]!.length);
	let touched = new Int32Array(size);
	let n = 0;
	for (let k = 0; k < walked; k++) {
		const list = lists[k]!;
		const end = Math.min(cap, list.length);
		for (let i = 0; i < end; i++) {
			const d = list[i]!;
			if (counts[d]!++ === 0) touched[n++] = d;
		}
	}
	touched = touched.subarray(0, n).sort();
	for (let k = 0; k < lists.length; k++) {
		const list = lists[k]!;
		// Already counted: the part of a walked posting that was read.
		const from = k < walked ? Math.min(cap, list.length) : 0;
		if (from >= list.length) continue;
		let at = from;
		for (const d of touched) {
			if (k < walked && d <= list[from - 1]!) continue;
			at = seek(list, at, d);
			if (at >= list.length) break;
			if (list[at] === d) counts[d]!++;
		}
	}
	// Most shared first, then doc order: a count is at most keys.length, so
	// bucket by count instead of sorting what may be tens of thousands of records.
	const byShared: number[][] = Array.from({length: lists.length + 1}, () => []);
	for (const d of touched) {
		if (counts[d]! >= need) byShared[counts[d]!]!.push(d);
		counts[d] = 0;
	}
	const out: Array<{doc: number; shared: number}> = [];
	for (let shared = lists.length; shared >= need && out.length < options.max; shared--) {
		for (const doc of byShared[shared]!) {
			if (out.length >= options.max) break;
			out.push({doc, shared});
		}
	}
	return out;
}
