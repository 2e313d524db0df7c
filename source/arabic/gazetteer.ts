// Token-level gazetteer: aliases are stored as sequences of normalised tokens
// in a trie, and text is matched token by token. Working on tokens (not raw
// substrings) keeps "روسيا" from matching inside "بيلا روسيا" by accident and
// lets the first token of a match carry proclitics (وستولتنبرغ، لمجلس…).
import {normalise, normaliseWithMap, procliticStemsOf, type Stem} from './normalise.js';

export type Token = {
	/** Index in the token array. */
	index: number;
	/** UTF-16 offsets in the text (end exclusive). */
	start: number;
	end: number;
	text: string;
	norm: string;
	/** Characters between the previous token and this one. */
	gap: string;
	/** normaliseWithMap(text).map, to place a stripped stem back in the original. */
	map: number[];
	/** What the gazetteers ask of `norm`, shared by every token with the same text (its interned form, see formAt). */
	readings: Readings;
};

// Letters, digits, harakat and tatweel make words; everything else separates.
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640]/u;
// 0 = not yet known, 1 = no, 2 = yes, 3 = a high surrogate (see unitKind); filled from WORD_CHAR.
const wordTable = new Uint8Array(0x10000);
// What a code unit is to tokenize, by wordTable's values: 1 separates, 2 is a word's, 3 is a high surrogate (a pair is
// a word's when WORD_CHAR says so: rare, asked where it occurs).
const HIGH_SURROGATE = 3;

function unitKind(c: number): number {
	let v = wordTable[c]!;
	if (v === 0) {
		v = c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
		wordTable[c] = v;
	}
	return v;
}

/**
 * Is the code unit one tokenize puts inside a token? A surrogate is never
 * said to be (a pair is asked as a pair, where it occurs).
 */
export function isTokenUnit(c: number): boolean {
	return c < 0xd800 || c > 0xdfff ? unitKind(c) === 2 : false;
}

/** Width in code units of the word character at i (2 for a pair), 0 if it separates. */
function tokenWidthAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
	return isTokenUnit(c) ? 1 : 0;
}
// Punctuation that ends a clause (a multi-word alias never spans it):
// . , ، : ; ؛ ! ? ؟ and a line break, read by code unit: matchAt asks it of the
// gap before every token it walks over, and a regex test per step
// (/[.,،:;؛!?؟\n]/) cost more than the trie step itself.
const HARD_ASCII = new Uint8Array(128);
for (const ch of '.,:;!?\n') HARD_ASCII[ch.charCodeAt(0)] = 1;

/** Does the gap hold punctuation that ends a clause? */
export function clauseBreak(gap: string): boolean {
	for (let k = 0; k < gap.length; k++) {
		const c = gap.charCodeAt(k);
		if (c < 128 ? HARD_ASCII[c] === 1 : c === 0x060c || c === 0x061b || c === 0x061f) return true;
	}
	return false;
}

/**
 * A word as written → its normal form, offset map and readings. News
 * vocabulary repeats, so most tokens of a sentence were seen before. The
 * forms are interned in an open-addressing table keyed by a hash of the
 * word's code units, computed while tokenize reads them: a word seen before is
 * found by comparing code units in place, with no substring made for it and no
 * string hashed again (Token.text is the interned `raw`). Before this table a
 * Map keyed by the sliced word cost a slice, a hash and a lookup per token:
 * ~40% of tokenize in a 1k-article profile. The map is shared: no caller
 * writes to a token's map. Bounded like the stem memo (a full table starts
 * again empty).
 *
 * A form is its token's readings too (Token.readings is the form): the miss
 * bits the entity scan reads and the word facts discovery reads sit in the
 * object tokenize has just read, not in a second object per word elsewhere in
 * the heap (in an ingest, where other stages run between sentences, each
 * object a token points to was a likely cache miss). Its stems are shared by
 * every form of the same normal form (stemsOf, remembered per normal form);
 * what is learnt per trie (steps, miss) is learnt per written form.
 */
type Form = Readings & {raw: string; hash: number; norm: string; map: number[]};

const FORMS_INITIAL = 1 << 12;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The table's slots: the form, and beside it in typed arrays what a probe
 * compares (its hash, its length, where its code units sit in `pool`). A probe
 * reads only these small flat arrays until it finds the word: the form object
 * and its string, scattered over the heap, were a cache miss or two per token
 * in an ingest, where other stages run between sentences (formAt was the
 * costliest function of the first pass in a 1k-ingest profile, 177 ms self).
 * An empty slot has length 0 (no form is empty).
 */
type FormTable = {forms: Array<Form | null>; hashes: Int32Array; lengths: Int32Array; offsets: Int32Array; pool: Uint16Array; used: number; count: number};

function newTable(size: number, poolSize: number): FormTable {
	return {
		forms: new Array<Form | null>(size).fill(null),
		hashes: new Int32Array(size),
		lengths: new Int32Array(size),
		offsets: new Int32Array(size),
		pool: new Uint16Array(poolSize),
		used: 0,
		count: 0,
	};
}

let table = newTable(FORMS_INITIAL, FORMS_INITIAL * 8);

/** Does the pool hold text[start, start + n) at offset `at`? */
function samePooled(pool: Uint16Array, at: number, text: string, start: number, n: number): boolean {
	for (let k = 0; k < n; k++) if (pool[at + k] !== text.charCodeAt(start + k)) return false;
	return true;
}

/** Put a form in the first free slot of its probe sequence (its code units already in the pool at `at`). */
function place(t: FormTable, form: Form | null, hash: number, n: number, at: number): void {
	const mask = t.forms.length - 1;
	let s = hash & mask;
	while (t.lengths[s] !== 0) s = (s + 1) & mask;
	t.forms[s] = form;
	t.hashes[s] = hash;
	t.lengths[s] = n;
	t.offsets[s] = at;
}

function formAt(text: string, start: number, end: number, hash: number): Form {
	const n = end - start;
	let t = table;
	const mask = t.forms.length - 1;
	for (let s = hash & mask; t.lengths[s] !== 0; s = (s + 1) & mask) {
		if (t.hashes[s] === hash && t.lengths[s] === n && samePooled(t.pool, t.offsets[s]!, text, start, n)) return t.forms[s]!;
	}
	const raw = text.slice(start, end);
	const {text: norm, map} = normaliseWithMap(raw);
	const shared = norm ? stemsOfNorm(norm) : NO_STEMS_OF;
	const form: Form = {
		proclitic: shared.proclitic,
		stems: shared.stems,
		steps: [],
		miss: 0,
		volatileSlot: 0,
		volatileSteps: NO_STEPS,
		factsTable: null,
		facts: null,
		wordLead: WORD_UNREAD,
		wordTrail: 0,
		wordHash: 0,
		wordTable: null,
		wordGeneration: 0,
		wordId: -1,
		raw,
		hash,
		norm,
		map,
	};
	if (t.count >= STEMS_MEMO_MAX) {
		t = table = newTable(FORMS_INITIAL, FORMS_INITIAL * 8);
	} else if (2 * (t.count + 1) > t.forms.length) {
		// Twice the slots; the pool is kept as it is (offsets stay valid), the slots placed again by their hashes.
		const old = t;
		t = table = newTable(2 * old.forms.length, 0);
		t.pool = old.pool;
		t.used = old.used;
		t.count = old.count;
		for (let s = 0; s < old.forms.length; s++) if (old.lengths[s] !== 0) place(t, old.forms[s]!, old.hashes[s]!, old.lengths[s]!, old.offsets[s]!);
	}
	if (t.used + n > t.pool.length) {
		const pool = new Uint16Array(Math.max(2 * t.pool.length, t.used + n));
		pool.set(t.pool.subarray(0, t.used));
		t.pool = pool;
	}
	for (let k = 0; k < n; k++) t.pool[t.used + k] = text.charCodeAt(start + k);
	place(t, form, hash, n, t.used);
	t.used += n;
	t.count++;
	return form;
}

// The tokens of the sentence being cut, copied out at the end at their exact count: pushed to a fresh array
// they cost its doubling copies (push was ~9 MB of tokenize's ~50 MB a pass on the 1k corpus, heap profile).
// tokenize is not re-entrant; what stays here past the count is overwritten by the next sentence.
const cut: Token[] = [];

export function tokenize(text: string): Token[] {
	const out = cut;
	let count = 0;
	const n = text.length;
	let last = 0;
	let start = -1;
	let h = 0;
	// Runs of WORD_CHAR, read by code unit in one loop (no regex, no call per unit), hashed as they are read so that
	// formAt finds a word seen before without a substring; i === n closes the last run. This runs on every sentence.
	for (let i = 0; i <= n; i++) {
		const c = i < n ? text.charCodeAt(i) : 0x20;
		let v = wordTable[c]!;
		if (v === 0) v = unitKind(c);
		if (v === HIGH_SURROGATE) v = i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && WORD_CHAR.test(text.slice(i, i + 2)) ? HIGH_SURROGATE : 1;
		if (v !== 1) {
			if (start < 0) {
				start = i;
				h = FNV_OFFSET;
			}
			h = Math.imul(h ^ c, FNV_PRIME);
			if (v === HIGH_SURROGATE) h = Math.imul(h ^ text.charCodeAt(++i), FNV_PRIME);
			continue;
		}
		if (start < 0) continue;
		const form = formAt(text, start, i, h);
		const from = start;
		start = -1;
		if (form.norm === '') continue; // a lone tatweel or mark
		const tok: Token = {
			index: count,
			start: from,
			end: i,
			text: form.raw,
			norm: form.norm,
			gap: text.slice(last, from),
			map: form.map,
			readings: form,
		};
		if (count < out.length) out[count] = tok;
		else out.push(tok);
		count++;
		last = i;
	}
	return out.slice(0, count);
}

/**
 * Tokens of an alias, normalised the way text tokens are. Cut as tokenize
 * cuts, without what matching a text needs (offsets, readings): lexicons
 * compile thousands of aliases at start-up, in every parse worker.
 */
export function aliasTokens(alias: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < alias.length; ) {
		let w = tokenWidthAt(alias, i);
		if (w === 0) {
			i++;
			continue;
		}
		const start = i;
		i += w;
		while (i < alias.length && (w = tokenWidthAt(alias, i)) > 0) i += w;
		const norm = normalise(alias.slice(start, i));
		if (norm) out.push(norm);
	}
	return out;
}

export type TrieNode<T> = {
	children: Map<string, TrieNode<T>>;
	targets: T[];
	/**
	 * On a root only: its slot in Readings.steps (-1 until first asked, or
	 * after an insert), or for a volatile trie, which gets none, a number of
	 * its own below -1 (a new one after each insert: see Readings.volatileSlot). Kept on the
	 * node rather than in a WeakMap/WeakSet: firstSteps reads it for every
	 * token of every sentence and every trie (a profile of a 1k ingest put
	 * ~10% of firstSteps' time in those lookups).
	 */
	slot: number;
};

export function newTrie<T>(): TrieNode<T> {
	return {children: new Map(), targets: [], slot: -1};
}

// Tries made for one article (its discovered names) are asked for a while and
// then dropped: they get no slot in the shared per-token memo, which would grow
// with every article. Each gets a number of its own instead (≤ -2, a new one
// after every insert), the one volatile answer a word form keeps is stamped
// with it (Readings.volatileSlot), and a stale stamp is never read as current.
let lastVolatile = -1;
const isVolatile = (slot: number) => slot <= -2;
const nextVolatile = () => --lastVolatile;

/** A trie for short-lived use (one article's names): matched without the per-token memo. */
export function newVolatileTrie<T>(): TrieNode<T> {
	const trie = newTrie<T>();
	trie.slot = nextVolatile();
	return trie;
}

export function trieInsert<T>(trie: TrieNode<T>, tokens: string[], target: T): void {
	if (tokens.length === 0) return;
	// Answers remembered for it may change now: a new slot (a new stamp for a volatile trie).
	trie.slot = isVolatile(trie.slot) ? nextVolatile() : -1;
	let node = trie;
	for (const tok of tokens) {
		let next = node.children.get(tok);
		if (!next) {
			next = newTrie<T>();
			node.children.set(tok, next);
		}
		node = next;
	}
	// Aliases that normalise alike (أوكرانيا / اوكرانيا) share one target.
	if (!node.targets.includes(target)) node.targets.push(target);
}

export type Match<T> = {
	/** First token and one past the last token of the match. */
	from: number;
	to: number;
	/** Offsets in the text; a proclitic on the first token is left outside. */
	start: number;
	end: number;
	text: string;
	/** Proclitic stripped from the first token ('' when none), normalised. */
	prefix: string;
	targets: T[];
};

export type MatchOptions = {
	/** Which stripped prefixes the first token may carry; default: any procliticStems gives. */
	allowPrefix?: (prefix: string) => boolean;
};

const NO_OPTIONS: MatchOptions = {};
/** Reporting verbs: only a و or ف conjunction may stand before them. */
export const CONJUNCTION_ONLY: MatchOptions = {allowPrefix: p => p === 'و' || p === 'ف'};

/** Offset in token text where a stem starts, keeping the article with the stem. */
function stemOffset(tok: Token, prefix: string): number {
	let keep = prefix.length;
	if (prefix.endsWith('ال')) keep -= 2;
	else if (prefix.endsWith('لل')) keep -= 1;
	return tok.map[Math.max(0, keep)] ?? 0;
}

/**
 * procliticStems plus one spelling rule it lacks: ل before an article noun
 * whose stem starts with ل drops both alef and the article's lam (ل + اللجنة
 * → للجنة), so the stem لجنة must also be tried as اللجنة.
 */
function stemsOf(norm: string): readonly Stem[] {
	const list: Stem[] = [...procliticStemsOf(norm)];
	for (const {stem, prefix} of procliticStemsOf(norm)) {
		if (/^[وف]?ل$/.test(prefix) && stem.startsWith('ل')) list.push({stem: 'ال' + stem, prefix});
	}
	return list;
}

const STEMS_MEMO_MAX = 50_000;

/**
 * A stem that starts an alias, the node it reaches, and what matchAt asks of
 * that node first, read when the step is made: whether an alias ends there and
 * whether any goes on. Most matches are decided there (a one-word name, or a
 * word whose next does not continue it), and the two reads were dependent
 * loads (the node, then its targets or its children's Map) per match in
 * matchAt, the first pass's costliest function in a 1k-article profile.
 * Valid as long as the steps are: an insert gives the trie a new slot.
 */
type Step<T> = {prefix: string; node: TrieNode<T>; ends: boolean; goesOn: boolean; offset: number};
type FirstStep = Step<unknown>;

function stepTo<T>(prefix: string, node: TrieNode<T>, tok: Token): Step<T> {
	// `offset`: where the stem starts in the word (stemOffset), the same for every token of the form the step is kept on.
	return {prefix, node, ends: node.targets.length > 0, goesOn: node.children.size > 0, offset: stemOffset(tok, prefix)};
}

/**
 * A token text's stems, and per trie the stems that start an alias there
 * with the node each reaches (filled on first use). Every sentence asks
 * every trie about every token, most tokens start nothing, and news
 * vocabulary repeats, so this is computed once per distinct text and looked
 * up once per token. Kept on the word's interned form (formAt). Bounded like the stem memo.
 */
export type Readings = {
	/** procliticStems(norm), for callers that look up single words (anonymous-source heads, interview cues). */
	proclitic: readonly Stem[];
	stems: readonly Stem[];
	steps: Array<readonly FirstStep[] | undefined>;
	/**
	 * Bit `slot` set: that trie is known to start nothing at this text. Most
	 * tokens start nothing in most tries, and one bit read on the readings the
	 * token already points to replaces two dependent loads (steps, then its
	 * element): in a 1k-article profile, reading `steps[slot]` was ~70% of
	 * firstSteps' self time. Slots 0–30 only; higher slots use `steps` alone.
	 */
	miss: number;
	/**
	 * The steps into the last volatile trie asked of this form (an article's
	 * names), stamped with that trie's number (its slot): every sentence of the
	 * article asks it of every token, and the article's distinct words are few,
	 * so each is looked up in its root once per article. Before this, each
	 * sentence was first filtered by a table of the root's word endings built per
	 * article (a 64 KB array filled per article: 56 of ~430 ms per round in a
	 * six-round profile of the first pass on the 1k corpus).
	 */
	volatileSlot: number;
	volatileSteps: readonly FirstStep[];
	/**
	 * One answer a later stage computes from the word alone, kept here with the
	 * table it came from (discovery's word facts, discover/words.ts): the token
	 * already points to its readings, so reading it back costs a compare, not a
	 * Map lookup by the word per token.
	 */
	factsTable: object | null;
	facts: unknown;
	/**
	 * What the event-word reader (ingest/events/tokens.ts readTokens) learns of
	 * the written form: its event word's span in it (wordLead..wordTrail;
	 * wordLead WORD_UNREAD until read, or below -1 when the form is not one
	 * word there), the span's hash, and its id in `wordTable` as of
	 * `wordGeneration`. The event stage reads a sentence's words off its
	 * tokens through these, instead of reading the sentence again character by
	 * character. Fields of the form, not an object of their own: an object
	 * more per token to reach cost more than it saved.
	 */
	wordLead: number;
	wordTrail: number;
	wordHash: number;
	wordTable: object | null;
	wordGeneration: number;
	wordId: number;
};

/** Readings.wordLead of a form the event-word reader has not read yet. */
export const WORD_UNREAD = -2;
type StemsOf = {proclitic: readonly Stem[]; stems: readonly Stem[]};
const stemsMemo = new Map<string, StemsOf>();
/** The stems of a word that normalises to nothing (never on a token). */
const NO_STEMS_OF: StemsOf = {proclitic: [], stems: []};

function stemsOfNorm(norm: string): StemsOf {
	let r = stemsMemo.get(norm);
	if (r === undefined) {
		r = {proclitic: procliticStemsOf(norm), stems: stemsOf(norm)};
		if (stemsMemo.size >= STEMS_MEMO_MAX) stemsMemo.clear();
		stemsMemo.set(norm, r);
	}
	return r;
}

// A trie's slot in Readings.steps; a trie that gains an alias gets a new slot, so nothing stale is read.
let nextSlot = 0;

function firstSteps<T>(trie: TrieNode<T>, tok: Token): ReadonlyArray<Step<T>> {
	let slot = trie.slot;
	if (isVolatile(slot)) {
		const readings = tok.readings;
		if (readings.volatileSlot === slot) return readings.volatileSteps as ReadonlyArray<Step<T>>;
		// No array for the (usual) token that starts nothing in an article's names.
		let found: FirstStep[] | null = null;
		const stems = readings.stems;
		for (let s = 0; s < stems.length; s++) {
			const node = trie.children.get(stems[s]!.stem);
			if (node) (found ??= []).push(stepTo(stems[s]!.prefix, node, tok));
		}
		readings.volatileSlot = slot;
		readings.volatileSteps = found ?? NO_STEPS;
		return readings.volatileSteps as ReadonlyArray<Step<T>>;
	}
	if (slot < 0) {
		slot = nextSlot++;
		trie.slot = slot;
	}
	const readings = tok.readings;
	const bit = slot < 31 ? 1 << slot : 0;
	if ((readings.miss & bit) !== 0) return NO_STEPS as ReadonlyArray<Step<T>>;
	let steps = readings.steps[slot];
	if (steps === undefined) {
		const found: FirstStep[] = [];
		const stems = readings.stems;
		for (let s = 0; s < stems.length; s++) {
			const node = trie.children.get(stems[s]!.stem);
			if (node) found.push(stepTo(stems[s]!.prefix, node, tok));
		}
		if (found.length) {
			steps = found;
			readings.steps[slot] = steps;
		} else {
			steps = NO_STEPS;
			if (bit) readings.miss |= bit;
			else readings.steps[slot] = steps;
		}
	}
	return steps as ReadonlyArray<Step<T>>;
}
const NO_STEPS: readonly FirstStep[] = [];

/**
 * The longest alias starting at token i, or null. Walks with plain locals and
 * builds the one Match it returns (not one object per improving reading).
 */
export function matchAt<T>(tokens: Token[], i: number, trie: TrieNode<T>, text: string, opts: MatchOptions = NO_OPTIONS): Match<T> | null {
	const first = tokens[i];
	if (!first) return null;
	const steps = firstSteps(trie, first);
	if (steps.length === 0) return null;
	let bestTo = 0;
	let bestNode: TrieNode<T> | null = null;
	let bestPrefix = '';
	let bestOffset = 0;
	const n = tokens.length;
	for (let s = 0; s < steps.length; s++) {
		const step = steps[s]!;
		const prefix = step.prefix;
		if (prefix && opts.allowPrefix && !opts.allowPrefix(prefix)) continue;
		let node = step.node;
		let j = i + 1;
		let goodNode: TrieNode<T> | null = step.ends ? node : null;
		let goodTo = j;
		while (step.goesOn && j < n && (j === i + 1 || node.children.size > 0) && !clauseBreak(tokens[j]!.gap)) {
			const next = node.children.get(tokens[j]!.norm);
			if (next === undefined) break;
			node = next;
			j++;
			if (node.targets.length) {
				goodNode = node;
				goodTo = j;
			}
		}
		if (goodNode === null) continue;
		// Longest wins; on a tie the less stripped reading (earlier in the list) stays.
		if (bestNode !== null && bestTo >= goodTo) continue;
		bestNode = goodNode;
		bestTo = goodTo;
		bestPrefix = prefix;
		bestOffset = step.offset;
	}
	if (bestNode === null) return null;
	const start = first.start + bestOffset;
	const end = tokens[bestTo - 1]!.end;
	// A one-word match of the whole token is the token's own (interned) text: no substring made for it (most matches are).
	const matched = start === first.start && bestTo === i + 1 && end <= text.length ? first.text : text.slice(start, end);
	return {from: i, to: bestTo, start, end, text: matched, prefix: bestPrefix, targets: bestNode.targets};
}

/** Non-overlapping longest matches, scanning left to right. */
/**
 * The trie's bit in Readings.miss (0 for a trie without a slot there): a
 * token whose readings have it set starts nothing in that trie, so a scan
 * passes it over without a call to matchAt.
 */
export function missBit(trie: TrieNode<unknown>): number {
	const slot = trie.slot;
	return slot >= 0 && slot < 31 ? 1 << slot : 0;
}

/** Does some reading of the token start an alias of the trie? (matchAt finds nothing at a token that does not.) */
export function startsIn(trie: TrieNode<unknown>, tok: Token): boolean {
	return firstSteps(trie, tok).length > 0;
}

export function scan<T>(tokens: Token[], trie: TrieNode<T>, text: string, opts: MatchOptions = NO_OPTIONS): Array<Match<T>> {
	const out: Array<Match<T>> = [];
	// A token whose readings already say this trie starts nothing there is passed over without a call.
	const bit = missBit(trie);
	for (let i = 0; i < tokens.length; ) {
		if ((tokens[i]!.readings.miss & bit) !== 0) {
			i++;
			continue;
		}
		const m = matchAt(tokens, i, trie, text, opts);
		if (m) {
			out.push(m);
			i = m.to;
		} else i++;
	}
	return out;
}

/** The token's normalised form without a leading و/ف conjunction, or null when it has none (a two-letter word keeps its first). */
export function strippedConjunction(norm: string): string | null {
	return (norm.startsWith('و') || norm.startsWith('ف')) && norm.length > 2 ? norm.slice(1) : null;
}

/** The token's normalised form, and without a leading و/ف conjunction if it has one. */
export function withoutConjunction(norm: string): string[] {
	const bare = strippedConjunction(norm);
	return bare === null ? [norm] : [norm, bare];
}

export {normalise};
