// Scoring of one kind's candidates. Records that contain the query get an
// exact score from how much of the field the query covers; the rest (spelling
// variants) are ranked by fuse.js, and only those few candidates are given to it.
import Fuse from 'fuse.js';
import {originalSpan, procliticStems} from '../arabic/normalise.js';
import {searchTextWithMap} from './normalise-text.js';
import {candidateSource, containing, fuzzyCandidates, recordContains, walkSource, type TextIndex} from './text-index.js';

/**
 * A ranked record. Highlight spans are worked out only for the hits shown
 * (`spansOf`), because mapping offsets back costs more than scoring.
 */
export type Scored = {
	doc: number;
	score: number;
	field: number;
	/** Every occurrence of this normalised text is highlighted… */
	text?: string;
	/** …or this run of the normalised field (a fuzzy match)… */
	run?: [number, number];
	/** …or these spans, already in original offsets. */
	spans?: Array<[number, number]>;
};

/** Scores in these bands keep direct text matches above anything fuzzier. */
export const DIRECT_FLOOR = 0.75;
export const FUZZY_CEILING = 0.74;
/** fuse.js score (0 perfect … 1 no match) beyond which a spelling is too far. */
const FUSE_THRESHOLD = 0.35;

/**
 * Normalised text and offset map of recently shown fields. Typing one more
 * letter mostly shows the same records again, and mapping offsets back costs
 * more than scoring, so the maps of the last few screenfuls are kept.
 */
const MAPPED_MAX = 2048;
let mapped = new Map<string, {text: string; map: number[]}>();
let mappedOld = new Map<string, {text: string; map: number[]}>();

function mappedText(original: string): {text: string; map: number[]} {
	let m = mapped.get(original);
	if (m) return m;
	m = mappedOld.get(original) ?? searchTextWithMap(original);
	if (mapped.size >= MAPPED_MAX) {
		mappedOld = mapped;
		mapped = new Map();
	}
	mapped.set(original, m);
	return m;
}

/** Highlight spans of a scored record, in offsets of the original field text. */
export function spansOf(ix: TextIndex, s: Scored): Array<[number, number]> {
	if (s.spans) return s.spans;
	const original = ix.records[s.doc]!.fields[s.field]!;
	const {text, map} = mappedText(original);
	if (s.run) {
		// fuse.js runs may start or end on the space between words.
		let [start, end] = s.run;
		while (start < end && text[start] === ' ') start++;
		while (end > start && text[end - 1] === ' ') end--;
		return start < end ? [originalSpan(map, start, end)] : [];
	}
	const out: Array<[number, number]> = [];
	const q = s.text ?? '';
	if (q.length === 0) return out;
	for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) out.push(originalSpan(map, at, at + q.length));
	return out;
}

/** A normalised letter before a proclitic-led word start: و ف, then ب ك ل or لل, then ال. */
const PROCLITICS = /^[وف]?(?:[بكل]|لل)?(?:ال)?$/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Whether position `at` of a normalised text starts a word: after a space, a
 * punctuation mark or a hyphen, or after proclitics alone (لحلف starts the
 * word حلف; German does not start erman).
 */
export function startsWord(n: string, at: number): boolean {
	if (at === 0 || !LETTER.test(n[at - 1]!)) return true;
	let start = at - 1;
	while (start > 0 && LETTER.test(n[start - 1]!)) start--;
	return PROCLITICS.test(n.slice(start, at));
}

/** The first non-space position from `at` (fuse.js runs may start on a space). */
function firstLetter(text: string, at: number): number {
	while (at < text.length && text[at] === ' ') at++;
	return at;
}

/** First occurrence of q in n that starts a word, or -1. */
function wordOccurrence(n: string, q: string): number {
	for (let at = n.indexOf(q); at >= 0; at = n.indexOf(q, at + 1)) if (startsWord(n, at)) return at;
	return -1;
}

function directScore(ix: TextIndex, doc: number, q: string, factor: number): Scored {
	let best: Scored = {doc, score: 0, field: 0, text: q};
	const wordsFrom = ix.records[doc]!.wordsFrom ?? Number.POSITIVE_INFINITY;
	ix.norms[doc]!.forEach((n, field) => {
		const at = field >= wordsFrom ? wordOccurrence(n, q) : n.indexOf(q);
		if (at < 0) return;
		const wordStart = at === 0 || n[at - 1] === ' ';
		const wordEnd = at + q.length === n.length || n[at + q.length] === ' ';
		const score = factor * (DIRECT_FLOOR + 0.15 * (q.length / n.length) + (wordStart ? 0.05 : 0) + (wordEnd ? 0.05 : 0));
		if (score > best.score) best = {doc, score, field, text: q};
	});
	return best;
}

/** The distinct trigrams of a query's words of three letters or more. */
function queryTrigrams(q: string): string[] {
	const out = new Set<string>();
	for (const w of q.split(' ')) for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
	return [...out];
}

/**
 * The part of a field where a spelling variant of the query can be: the
 * densest run of the query's trigrams, widened by the query's length on each
 * side. fuse.js's bitap costs the field's length times the pattern's, and it
 * scores (with ignoreLocation) only by the errors of the best match, which lies
 * where the trigrams meet; so it is handed this window, not the whole sentence.
 */
function windowOf(text: string, grams: string[], qLength: number): {text: string; off: number} {
	if (text.length <= 4 * qLength) return {text, off: 0};
	const at: number[] = [];
	for (const g of grams) for (let i = text.indexOf(g); i >= 0; i = text.indexOf(g, i + 1)) at.push(i);
	if (at.length === 0) return {text, off: 0};
	at.sort((a, b) => a - b);
	let best = 0;
	let bestCount = 0;
	for (let lo = 0, hi = 0; hi < at.length; hi++) {
		while (at[hi]! - at[lo]! > qLength) lo++;
		if (hi - lo + 1 > bestCount) {
			bestCount = hi - lo + 1;
			best = lo;
		}
	}
	const start = Math.max(0, at[best]! - qLength);
	const end = Math.min(text.length, at[best + bestCount - 1]! + 3 + qLength);
	return {text: text.slice(start, end), off: start};
}

/**
 * With a display limit, most spelling-variant candidates handed to fuse.js per
 * kind (those sharing most trigrams): about a screenful. Each costs tens of
 * microseconds, and five kinds are ranked on every keystroke.
 */
const MAX_FUZZY_SHOWN = 30;

/** With a display limit, how far each posting is read for spelling variants. */
const FUZZY_SAMPLE = 2000;

/**
 * How many candidates per shown hit a short query ranks at most. Sentences are
 * numbered shortest first, so the first candidates are those with the best
 * coverage; a few per hit leave room for the word-boundary bonuses.
 */
const SAMPLE_FACTOR = 4;

export type RankOptions = {
	/** Records known to contain the query (a session's narrowed set); computed when absent. */
	direct?: number[];
	maxFuzzy?: number;
	/**
	 * How many hits the caller will show. Fuzzy scores sit below every direct
	 * score, so with this many direct hits the fuzzy pass cannot change the top.
	 */
	limit?: number;
};

export function rankKind(ix: TextIndex, q: string, options: RankOptions = {}): Scored[] {
	if (q.length < 2 || ix.records.length === 0) return [];
	let direct = options.direct ?? containing(ix, q);
	// A query of two or three letters is contained in most records: scoring them
	// all costs a keystroke hundreds of milliseconds at scale. With a limit, rank a
	// bounded sample in the index's order; a longer query narrows the set anyway.
	if (options.limit !== undefined && Number.isFinite(options.limit) && direct.length > options.limit * SAMPLE_FACTOR) {
		direct = direct.slice(0, options.limit * SAMPLE_FACTOR);
	}
	const scored = new Map<number, Scored>();
	// A record whose only occurrence is inside a word of a label is no match.
	const put = (d: number, s: Scored) => {
		if (s.score > 0) scored.set(d, s);
	};
	for (const d of direct) put(d, directScore(ix, d, q, 1));
	// A single word typed with its proclitics (وستولتنبرغ) also finds the bare form.
	// A bare stem of three letters is in most records: with a limit, only its
	// first matches in the index's order are ranked, as for the query itself.
	const bounded = options.limit !== undefined && Number.isFinite(options.limit);
	if (!q.includes(' ')) {
		for (const {stem} of procliticStems(q).slice(1)) {
			if (stem.length < 3) continue;
			const src = candidateSource(ix, stem);
			if (!src) continue;
			for (const d of walkSource(ix, src, bounded ? options.limit! * SAMPLE_FACTOR : undefined)) {
				if (!scored.has(d)) put(d, directScore(ix, d, stem, 0.95));
			}
		}
	}
	// Under five letters a query has too few trigrams for overlap to mean anything.
	const skipFuzzy = scored.size >= (options.limit ?? Number.POSITIVE_INFINITY) || q.replace(/ /g, '').length < 5;
	// fuse.js is the costly step: with a display limit it gets only as many
	// candidates (most shared trigrams first) as there are places left to fill.
	const room = bounded ? Math.min(MAX_FUZZY_SHOWN, Math.max(1, options.limit! - scored.size)) : Number.POSITIVE_INFINITY;
	const fuzzy = (skipFuzzy ? [] : fuzzyCandidates(ix, q, {max: Math.min(options.maxFuzzy ?? 300, room), sample: bounded ? FUZZY_SAMPLE : undefined}))
		.map(c => c.doc)
		.filter(d => !scored.has(d) && !recordContains(ix, d, q));
	if (fuzzy.length > 0) {
		const grams = queryTrigrams(q);
		const latin = /[a-z]/.test(q);
		const items = fuzzy.map(d => {
			// Labels and prose are matched only at word starts: no spelling variants found in them.
			const wordsFrom = ix.records[d]!.wordsFrom ?? Number.POSITIVE_INFINITY;
			const windows = ix.norms[d]!.map((n, field) => (field >= wordsFrom ? {text: '', off: 0} : windowOf(n, grams, q.length)));
			return {d, n: windows.map(w => w.text), off: windows.map(w => w.off)};
		});
		const fuse = new Fuse(items, {
			keys: ['n'],
			includeScore: true,
			includeMatches: true,
			ignoreLocation: true,
			ignoreFieldNorm: true,
			isCaseSensitive: true,
			threshold: FUSE_THRESHOLD,
			minMatchCharLength: 2,
			shouldSort: false,
		});
		for (const r of fuse.search(q)) {
			const score = FUZZY_CEILING * (1 - (r.score ?? 1));
			// The field whose matched run is longest is the one to show.
			let field = 0;
			let run: [number, number] | null = null;
			for (const m of r.matches ?? []) {
				for (const [s, e] of m.indices) {
					if (!run || e - s > run[1] - run[0]) {
						run = [s, e];
						field = m.refIndex ?? 0;
					}
				}
			}
			const off = r.item.off[field] ?? 0;
			// An English name misspelt still starts where a word does: "sherman" is not a variant of the "erman" in "German".
			if (latin && run && !startsWord(ix.norms[r.item.d]![field]!, off + firstLetter(r.item.n[field]!, run[0]))) continue;
			scored.set(r.item.d, run ? {doc: r.item.d, score, field, run: [off + run[0], off + run[1] + 1]} : {doc: r.item.d, score, field, spans: []});
		}
	}
	return [...scored.values()].sort((a, b) => b.score - a.score || a.doc - b.doc);
}
