// Words of a sentence for event matching: runs of letters and digits of the
// normalised sentence, each with its span in the original text. Lighter than
// the gazetteer's tokens (which normalise word by word and keep per-trie
// caches): this runs on every sentence of the corpus, and most have no event
// word at all.
//
// The sentence is read once, character by character, through a per-code-unit
// table of what normalise() makes of it, so no normalised copy of the sentence
// and no offset map are built (issue 21: normaliseWithMap plus a token object
// per word cost ~90 ms of 393 on the 1k corpus). readKnown() looks each word
// up as written in a word table while reading, so a known word costs neither
// a slice nor a normalisation; eventWords() makes token objects. A sentence
// with a code unit whose fold is neither all word characters nor all other
// characters (a surrogate, an NFKC form such as ½ → 1⁄2) takes the plain path:
// normaliseWithMap, then split.
import {isLetterCode} from '../../arabic/chars.js';
import {normalise, normaliseWithMap} from '../../arabic/normalise.js';
import {hashStep, WORD_HASH_SEED, type WordTable} from './word-table.js';

export type EventToken = {
	/** Normalised word. */
	norm: string;
	/** UTF-16 offsets in the original text (end exclusive). */
	start: number;
	end: number;
};

/** `map` (normalised index → original index) only for a sentence read the plain way. */
export type Words = {text: string; tokens: EventToken[]; map: number[] | null};

/**
 * Does punctuation that ends a clause (. , ، : ; ؛ ! ? ؟ newline) stand between
 * word i - 1 (or the start) and word i? /[.,،:;؛!?؟\n]/ on the gap, without
 * slicing the gap (asked at every step of a phrase match and of a clause walk).
 */
export function hardGapBefore(text: string, tokens: readonly EventToken[], i: number): boolean {
	const tok = tokens[i];
	if (!tok) return false;
	for (let p = i > 0 ? tokens[i - 1]!.end : 0; p < tok.start; p++) {
		const c = text.charCodeAt(p);
		if (c === 0x2e || c === 0x2c || c === 0x060c || c === 0x3a || c === 0x3b || c === 0x061b || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x0a)
			return true;
	}
	return false;
}

function isWordCode(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c < 0xd800 || c > 0xdfff ? isLetterCode(c) : false);
}

// What normalise() makes of one code unit, by class.
const UNKNOWN = 0;
/** Kept as is, a word character. */
const KEEP_WORD = 1;
/** Kept as is, not a word character. */
const KEEP_OTHER = 2;
/** Replaced by one or more word characters (أ → ا, ٣ → 3). */
const FOLD_WORD = 3;
/** Replaced by characters none of which is a word character. */
const FOLD_OTHER = 4;
/** Dropped (harakat, tatweel): a word goes on across it. */
const DROP = 5;
/** A surrogate, or a fold mixing word and other characters: the sentence takes the plain path. */
const PLAIN = 6;

const classes = new Uint8Array(0x10000);
/** The fold's length for FOLD_WORD units (stemStart counts normalised characters). */
const foldLength = new Uint8Array(0x10000);

function classify(code: number): number {
	let k: number;
	if (code >= 0xd800 && code <= 0xdfff) k = PLAIN;
	else {
		const ch = String.fromCharCode(code);
		const f = normalise(ch);
		if (f === ch) k = isWordCode(code) ? KEEP_WORD : KEEP_OTHER;
		else if (f.length === 0) k = DROP;
		else {
			let words = 0;
			for (let i = 0; i < f.length; i++) if (isWordCode(f.charCodeAt(i))) words++;
			k = words === f.length ? FOLD_WORD : words === 0 ? FOLD_OTHER : PLAIN;
			if (k === FOLD_WORD) foldLength[code] = f.length;
		}
	}
	classes[code] = k;
	return k;
}

/**
 * Scratch words of the last tokenize() call: raws[k] (the word as written,
 * harakat and all: normalise(raw) is its norm), starts[k], ends[k] for
 * k < count. Reused from sentence to sentence; copy what must be kept.
 */
export const scratch = {raws: [] as string[], starts: new Int32Array(256), ends: new Int32Array(256), count: 0};

function push(raw: string, start: number, end: number): void {
	const s = scratch;
	if (s.count === s.starts.length) {
		const starts = new Int32Array(s.count * 2);
		starts.set(s.starts);
		const ends = new Int32Array(s.count * 2);
		ends.set(s.ends);
		s.starts = starts;
		s.ends = ends;
	}
	s.raws[s.count] = raw;
	s.starts[s.count] = start;
	s.ends[s.count] = end;
	s.count++;
}

/**
 * Split `text` into words into `scratch`. Returns false (scratch unfilled)
 * when the sentence must take the plain path (see above).
 */
export function tokenize(text: string): boolean {
	scratch.count = 0;
	let start = -1; // start of the word being read, -1 between words
	let last = 0; // the word's last word character so far
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let k = classes[code]!;
		if (k === UNKNOWN) k = classify(code);
		if (k === KEEP_WORD || k === FOLD_WORD) {
			if (start < 0) start = i;
			last = i;
		} else if (k === PLAIN) {
			scratch.count = 0;
			return false;
		} else if (k !== DROP && start >= 0) {
			// A dropped unit (haraka, tatweel) inside a word belongs to it; its norm leaves it out.
			push(text.slice(start, last + 1), start, last + 1);
			start = -1;
		}
	}
	if (start >= 0) push(text.slice(start, last + 1), start, last + 1);
	return true;
}

/**
 * tokenize() and a lookup of each word as written in `table` (`miss` makes the
 * value of a word not seen before), without slicing a word the table knows:
 * scratch.starts/ends and values[k] for k below the returned count, or -1
 * when the sentence must take the plain path.
 */
export function readKnown<V>(text: string, table: WordTable<V>, miss: (raw: string) => V, values: V[]): number {
	scratch.count = 0;
	let start = -1;
	let last = 0;
	let hash = WORD_HASH_SEED;
	let hashAtLast = hash; // the word's hash up to its last word character (a trailing haraka is not part of it)
	let n = 0;
	for (let i = 0; i <= text.length; i++) {
		let k = KEEP_OTHER; // the end of the text ends a word
		let code = 0;
		if (i < text.length) {
			code = text.charCodeAt(i);
			k = classes[code]!;
			if (k === UNKNOWN) k = classify(code);
		}
		if (k === KEEP_WORD || k === FOLD_WORD) {
			if (start < 0) {
				start = i;
				hash = WORD_HASH_SEED;
			}
			hash = hashStep(hash, code);
			hashAtLast = hash;
			last = i;
		} else if (k === DROP) {
			if (start >= 0) hash = hashStep(hash, code);
		} else if (k === PLAIN) {
			scratch.count = 0;
			return -1;
		} else if (start >= 0) {
			const end = last + 1;
			let v = table.get(text, start, end, hashAtLast);
			if (v === undefined) {
				const raw = text.slice(start, end);
				v = miss(raw);
				table.set(raw, hashAtLast, v);
			}
			push('', start, end);
			values[n++] = v;
			start = -1;
		}
	}
	return n;
}

/** The words of a sentence, as objects (for sentences that hold an event word, and for lexicon phrases). */
export function eventWords(text: string): Words {
	return tokenize(text) ? scratchWords(text) : plainWords(text);
}

/** The words of the last tokenize() call, as objects. */
export function scratchWords(text: string): Words {
	const {raws, starts, ends, count} = scratch;
	const tokens: EventToken[] = new Array(count);
	for (let k = 0; k < count; k++) tokens[k] = {norm: normalise(raws[k]!), start: starts[k]!, end: ends[k]!};
	return {text, tokens, map: null};
}

/** The words of the last tokenize() or readKnown() call, each word's norm read off its value. */
export function scratchTokens<V extends {norm: string}>(text: string, values: readonly V[]): Words {
	const {starts, ends, count} = scratch;
	const tokens: EventToken[] = new Array(count);
	for (let k = 0; k < count; k++) tokens[k] = {norm: values[k]!.norm, start: starts[k]!, end: ends[k]!};
	return {text, tokens, map: null};
}

/** The plain path (tokenize() said no): the normalised sentence and its offset map, split into runs of word characters. */
export function plainWords(text: string): Words {
	const {text: n, map} = normaliseWithMap(text);
	const tokens: EventToken[] = [];
	for (let i = 0; i < n.length; ) {
		if (!isWordCode(n.charCodeAt(i))) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n.length && isWordCode(n.charCodeAt(j))) j++;
		tokens.push({norm: n.slice(i, j), start: map[i]!, end: map[j - 1]! + 1});
		// Where the word starts in the normalised text, for stemStart.
		plainAt.set(tokens.at(-1)!, i);
		i = j;
	}
	return {text, tokens, map};
}

const plainAt = new WeakMap<EventToken, number>();

/** Where a word's stem starts in the original text, after `skip` normalised characters of proclitics. */
export function stemStart(words: Words, tok: EventToken, skip: number): number {
	if (words.map) return words.map[plainAt.get(tok)! + skip] ?? tok.start;
	// Count normalised characters from the word's start: a dropped unit counts none, a fold its length.
	let seen = 0;
	for (let i = tok.start; i < tok.end; i++) {
		const code = words.text.charCodeAt(i);
		const k = classes[code]!;
		const n = k === KEEP_WORD ? 1 : k === FOLD_WORD ? foldLength[code]! : 0;
		if (seen + n > skip) return i;
		seen += n;
	}
	return tok.start;
}
