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
// a slice nor a normalisation, and writes the words into flat arrays of one
// shared Words (no object per word or sentence); eventWords() gives a Words of
// its own with the norms, for the lexicon's phrases and the tests. A sentence
// with a code unit whose fold is neither all word characters nor all other
// characters (a surrogate, an NFKC form such as ½ → 1⁄2) takes the plain path:
// normaliseWithMap, then split.
import {isLetterCode} from '../../arabic/chars.js';
import {isTokenUnit, type Token, WORD_UNREAD} from '../../arabic/gazetteer.js';
import {normalise, normaliseWithMap} from '../../arabic/normalise.js';
import {WORD_HASH_PRIME, WORD_HASH_SEED, type WordTable} from './word-table.js';

/**
 * A sentence's words in flat arrays: word k spans starts[k]..ends[k] (UTF-16
 * offsets in the original text, end exclusive) and norm(k) is its normalised
 * form. No object per word: a sentence of the fast path (readKnown) holds its
 * words' ids in the word table, and a word's norm and steps are read from
 * there only when asked (most words of a sentence never are).
 */
export class Words {
	/** Each word's flags from the word table (what it may start), when read the fast way or given steps. */
	flags: Uint8Array | null = null;
	/** The flags came from the word table, break flags (breaks.ts) included: readKnown's words. */
	readFlags = false;
	/** Each word's value (its norm and steps), when not read from the table. */
	list: ReadonlyArray<{norm: string}> | null = null;
	constructor(
		public text: string,
		public count: number,
		public starts: Int32Array,
		public ends: Int32Array,
		/** The words' norms, when read the plain way or by eventWords(); else null (read from `table`). */
		public norms: string[] | null,
		/** Plain path only: normalised index → original index, and where each word starts in the normalised text. */
		readonly map: number[] | null,
		readonly normAt: number[] | null,
		public ids: Int32Array | null = null,
		public table: WordTable<{norm: string}> | null = null,
	) {}

	norm(k: number): string {
		return this.norms !== null ? this.norms[k]! : this.table!.value(this.ids![k]!).norm;
	}

	/** Word k's value: the table's, else list[k] (set by the caller). */
	value(k: number): {norm: string} {
		return this.list !== null ? this.list[k]! : this.table!.value(this.ids![k]!);
	}

	/** The words as plain records (tests, and the lexicon's phrases). */
	records(): Array<{norm: string; start: number; end: number}> {
		const out: Array<{norm: string; start: number; end: number}> = [];
		for (let k = 0; k < this.count; k++) out.push({norm: this.norm(k), start: this.starts[k]!, end: this.ends[k]!});
		return out;
	}
}

/**
 * Does punctuation that ends a clause (. , ، : ; ؛ ! ? ؟ newline) stand between
 * word i - 1 (or the start) and word i? /[.,،:;؛!?؟\n]/ on the gap, without
 * slicing the gap (asked at every step of a phrase match and of a clause walk).
 */
export function hardGapBefore(words: Words, i: number): boolean {
	if (i < 0 || i >= words.count) return false;
	const {text, starts, ends} = words;
	const to = starts[i]!;
	for (let p = i > 0 ? ends[i - 1]! : 0; p < to; p++) {
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
		// A space the fast path would read inside a word (none today: normalise
		// keeps or folds every \s to a space) takes the plain path: breaks.ts
		// relies on spaces ending words.
		if ((k === FOLD_WORD || k === DROP) && /\s/u.test(ch)) k = PLAIN;
	}
	classes[code] = k;
	return k;
}

/** The unit's class, classified on first sight. */
function classOf(code: number): number {
	const k = classes[code]!;
	return k === UNKNOWN ? classify(code) : k;
}

/**
 * Words of the last tokenize() call: raws[k] (the word as written, harakat
 * and all: normalise(raw) is its norm), starts[k], ends[k] for k < count.
 */
type Split = {raws: string[]; starts: number[]; ends: number[]};

/**
 * Split `text` into words. Returns null when the sentence must take the
 * plain path (see above). For the lexicon's phrases and the tests: a
 * sentence of the corpus is read by readKnown.
 */
export function tokenize(text: string): Split | null {
	const out: Split = {raws: [], starts: [], ends: []};
	let start = -1; // start of the word being read, -1 between words
	let last = 0; // the word's last word character so far
	for (let i = 0; i <= text.length; i++) {
		const k = classOf(i < text.length ? text.charCodeAt(i) : 0x20);
		if (k === KEEP_WORD || k === FOLD_WORD) {
			if (start < 0) start = i;
			last = i;
		} else if (k === PLAIN) {
			return null;
		} else if (k !== DROP && start >= 0) {
			// A dropped unit (haraka, tatweel) inside a word belongs to it; its norm leaves it out.
			out.raws.push(text.slice(start, last + 1));
			out.starts.push(start);
			out.ends.push(last + 1);
			start = -1;
		}
	}
	return out;
}

/**
 * The one Words the fast path fills, sentence after sentence: its arrays are
 * reused (grown when a sentence has more words), so a sentence read costs no
 * allocation. Valid until the next readKnown(); nothing keeps it.
 */
const shared = new Words('', 0, new Int32Array(256), new Int32Array(256), null, null, null, new Int32Array(256));
const sharedFlags = {array: new Uint8Array(256)};

function growShared(): void {
	const n = 2 * shared.starts.length;
	const grow = (a: Int32Array) => {
		const b = new Int32Array(n);
		b.set(a);
		return b;
	};
	shared.starts = grow(shared.starts);
	shared.ends = grow(shared.ends);
	shared.ids = grow(shared.ids!);
	const flags = new Uint8Array(n);
	flags.set(sharedFlags.array);
	sharedFlags.array = flags;
}

/**
 * The sentence's words, each looked up as written in `table` (`miss` makes
 * the value of a word not seen before), without slicing a word the table
 * knows, into the shared Words (see above: readWords() gives it). Returns the
 * union of the words' flags, or -1 when the sentence must take the plain path.
 */
export function readKnown<V extends {norm: string}>(text: string, table: WordTable<V>, miss: (raw: string) => V): number {
	table.bound();
	let start = -1;
	let last = 0;
	let hash = WORD_HASH_SEED;
	let hashAtLast = hash; // the word's hash up to its last word character (a trailing haraka is not part of it)
	let n = 0;
	let any = 0;
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
			// hashStep, written out: until the optimising compiler has this loop (long, in an ingest on a busy
			// machine), a call per character costs more than the character's other work.
			hash = Math.imul(hash ^ code, WORD_HASH_PRIME);
			hashAtLast = hash;
			last = i;
		} else if (k === DROP) {
			if (start >= 0) hash = Math.imul(hash ^ code, WORD_HASH_PRIME);
		} else if (k === PLAIN) {
			return -1;
		} else if (start >= 0) {
			const end = last + 1;
			let id = table.find(text, start, end, hashAtLast);
			if (id < 0) {
				const raw = text.slice(start, end);
				id = table.add(raw, hashAtLast, miss(raw));
			}
			const f = table.flags(id);
			putWord(n++, start, end, id, f);
			any |= f;
			start = -1;
		}
	}
	return sharedRead(text, n, table, any);
}

/** Word n of the shared Words (grown when full): its span, its id in the table and its flags. */
function putWord(n: number, start: number, end: number, id: number, flags: number): void {
	if (n === shared.starts.length) growShared();
	shared.starts[n] = start;
	shared.ends[n] = end;
	shared.ids![n] = id;
	sharedFlags.array[n] = flags;
}

/** The shared Words hold the sentence's `count` words, read through `table`; returns `any` (their flags' union). */
function sharedRead<V extends {norm: string}>(text: string, count: number, table: WordTable<V>, any: number): number {
	shared.text = text;
	shared.count = count;
	shared.table = table as unknown as WordTable<{norm: string}>;
	shared.flags = sharedFlags.array;
	shared.readFlags = true;
	return any;
}

/** Readings.wordLead of a form that is not one event word at most (see readForm). */
const NOT_ONE_WORD = -3;

/**
 * Reads a written form for readTokens, once (gazetteer.ts Readings.wordLead
 * and the fields after it): its event word is the form's units from the
 * first to the last that is not dropped, as readKnown leaves a haraka or
 * tatweel out at either end (none: a form of dropped units only), and its
 * hash is the one readKnown computes for that span. A form with a unit that
 * is neither a word's nor dropped here is not one event word (NOT_ONE_WORD).
 */
function readForm(tok: Token): number {
	const r = tok.readings;
	if (r.wordLead !== WORD_UNREAD) return r.wordLead;
	const raw = tok.text;
	let lead = -1;
	let trail = -1;
	for (let i = 0; i < raw.length; i++) {
		const k = classOf(raw.charCodeAt(i));
		if (k === KEEP_WORD || k === FOLD_WORD) {
			if (lead < 0) lead = i;
			trail = i + 1;
		} else if (k !== DROP) {
			r.wordLead = NOT_ONE_WORD;
			return NOT_ONE_WORD;
		}
	}
	let hash = WORD_HASH_SEED;
	for (let i = lead; i >= 0 && i < trail; i++) hash = Math.imul(hash ^ raw.charCodeAt(i), WORD_HASH_PRIME);
	r.wordTrail = trail;
	r.wordHash = hash;
	r.wordLead = lead;
	return lead;
}

/**
 * May the unit stand between two tokens, so that readKnown too reads no word
 * there? A separator to both, or a unit of a token tokenize dropped (a lone
 * haraka or tatweel, which readKnown drops too). 0: not asked yet, 1 yes, 2 no.
 */
const betweenTable = new Uint8Array(0x10000);

function mayStandBetween(code: number): boolean {
	let v = betweenTable[code]!;
	if (v === 0) {
		const k = classOf(code);
		const fits = isTokenUnit(code) ? k === DROP : k === KEEP_OTHER || k === FOLD_OTHER;
		v = fits ? 1 : 2;
		betweenTable[code] = v;
	}
	return v === 1;
}

/**
 * readKnown's words, read off the sentence's tokens (gazetteer.ts tokenize of
 * the same text, which discovery has made already): a token is one event word
 * at most, from its first to its last unit that is not dropped, so each
 * written form's word is worked out once (readForm) and its id in the table
 * remembered on the form until the table is emptied. readKnown reads every
 * character of the sentence through a table, hashing each word as it goes,
 * and looks every word up. Returns what readKnown returns for the sentence,
 * or -1 (nothing read) when a unit of it is not read alike by both: a
 * separator readKnown keeps in a word (a zero-width joiner it drops), a unit
 * whose fold mixes kinds, a surrogate; the caller then calls readKnown.
 */
export function readTokens<V extends {norm: string}>(text: string, tokens: readonly Token[], table: WordTable<V>, miss: (raw: string) => V): number {
	// The check first, with nothing written.
	let at = 0;
	for (let t = 0; t < tokens.length; t++) {
		const tok = tokens[t]!;
		for (let i = at; i < tok.start; i++) if (!mayStandBetween(text.charCodeAt(i))) return -1;
		if (readForm(tok) === NOT_ONE_WORD) return -1;
		at = tok.end;
	}
	for (let i = at; i < text.length; i++) if (!mayStandBetween(text.charCodeAt(i))) return -1;
	table.bound();
	const generation = table.generation;
	let n = 0;
	let any = 0;
	for (let t = 0; t < tokens.length; t++) {
		const tok = tokens[t]!;
		const r = tok.readings;
		const lead = r.wordLead;
		if (lead < 0) continue;
		const start = tok.start + lead;
		const end = tok.start + r.wordTrail;
		let id: number;
		if (r.wordTable === table && r.wordGeneration === generation) id = r.wordId;
		else {
			id = table.find(text, start, end, r.wordHash);
			if (id < 0) {
				const raw = end - start === tok.text.length ? tok.text : tok.text.slice(lead, r.wordTrail);
				id = table.add(raw, r.wordHash, miss(raw));
			}
			r.wordTable = table;
			r.wordGeneration = generation;
			r.wordId = id;
		}
		const f = table.flags(id);
		putWord(n++, start, end, id, f);
		any |= f;
	}
	return sharedRead(text, n, table, any);
}

/** The words of the last readKnown() or readTokens() that did not return -1. */
export function readWords(): Words {
	return shared;
}

/** The words of a text, with their norms (for the lexicon's phrases, findTriggers and the tests). */
export function eventWords(text: string): Words {
	const split = tokenize(text);
	if (!split) return plainWords(text);
	const n = split.raws.length;
	return new Words(text, n, Int32Array.from(split.starts), Int32Array.from(split.ends), split.raws.map(normalise), null, null);
}

/** The plain path (tokenize() said no): the normalised sentence and its offset map, split into runs of word characters. */
export function plainWords(text: string): Words {
	const {text: n, map} = normaliseWithMap(text);
	const norms: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	const normAt: number[] = [];
	for (let i = 0; i < n.length; ) {
		if (!isWordCode(n.charCodeAt(i))) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n.length && isWordCode(n.charCodeAt(j))) j++;
		norms.push(n.slice(i, j));
		starts.push(map[i]!);
		ends.push(map[j - 1]! + 1);
		// Where the word starts in the normalised text, for stemStart.
		normAt.push(i);
		i = j;
	}
	return new Words(text, norms.length, Int32Array.from(starts), Int32Array.from(ends), norms, map, normAt);
}

/** Where word k's stem starts in the original text, after `skip` normalised characters of proclitics. */
export function stemStart(words: Words, k: number, skip: number): number {
	const start = words.starts[k]!;
	if (words.map) return words.map[words.normAt![k]! + skip] ?? start;
	// Count normalised characters from the word's start: a dropped unit counts none, a fold its length.
	let seen = 0;
	const end = words.ends[k]!;
	for (let i = start; i < end; i++) {
		const code = words.text.charCodeAt(i);
		const c = classes[code]!;
		const n = c === KEEP_WORD ? 1 : c === FOLD_WORD ? foldLength[code]! : 0;
		if (seen + n > skip) return i;
		seen += n;
	}
	return start;
}
