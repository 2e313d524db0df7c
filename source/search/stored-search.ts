// Direct text matches over the stored index. A sentence is a hit iff its
// searchText contains the query's, as in the JSON layout's search:
//   one word     the words containing it (gram table) → union of their lists:
//                exact, no text read; scored from the stored lengths;
//   several      the first part must end a word, middle parts be whole words,
//                the last part start a word: each part's lists are intersected,
//                then the candidates are checked against their normalised text,
//                rebuilt from the forward index (each sentence's word ids),
//                only as many as the caller shows.
// A query whose parts are all very common (two letters typed) has too many
// candidates to gather per keystroke; it is answered by reading sentences
// (from the forward index) in reading order until enough hits are found (they
// are everywhere, so this is a few hundred sentences), which is what the JSON
// search's sample of the first matches in corpus order gives too.
import {FIELD_SEP} from './stored-index.js';
import type {FragmentMode, WordIndexReader} from './word-index.js';

export type TextHit = {doc: number; score: number; field: number};

/**
 * With a limit, a part whose words' lists hold more entries than this is not
 * gathered: reading sentences in order finds `limit` of its matches sooner.
 * (Scanning costs about limit × docs / weight sentences, gathering about
 * weight list entries, each some thirty times cheaper than a sentence.)
 */
const broad = (limit: number, docs: number) => Math.max(20_000, Math.sqrt(limit * docs * 30));
/** As the in-memory search: at most this many matches per shown hit are ranked. */
const SAMPLE_FACTOR = 20;
/** Sentences a broad query reads at most, per keystroke. */
const SCAN_BUDGET = 20_000;
/** Candidates of a several-word query whose text is read at most, per keystroke, with a limit. */
const CHECK_BUDGET = 4000;

/** The in-memory search's direct score (rank.ts), for a normalised field and the query. */
export function coverScore(norm: string, q: string): number {
	const at = norm.indexOf(q);
	if (at < 0) return 0;
	const wordStart = at === 0 || norm[at - 1] === ' ';
	const wordEnd = at + q.length === norm.length || norm[at + q.length] === ' ';
	return 0.75 + 0.15 * (q.length / norm.length) + (wordStart ? 0.05 : 0) + (wordEnd ? 0.05 : 0);
}

const byScore = (a: TextHit, b: TextHit) => b.score - a.score || a.doc - b.doc;

type Part = {text: string; mode: FragmentMode};

function partsOf(q: string): Part[] {
	const parts = q.split(' ');
	if (parts.length === 1) return [{text: q, mode: 'any'}];
	return parts.map((text, i) => ({text, mode: i === 0 ? 'suffix' : i === parts.length - 1 ? 'prefix' : 'exact'}));
}

/**
 * Sentences containing the normalised query `q`, best first. With a `limit`,
 * at most that many (and a broad query reads only a bounded stretch);
 * without one, every matching sentence.
 */
export function matchSentences(ix: WordIndexReader, q: string, limit?: number): TextHit[] {
	if (q.length < 2) return [];
	const bounded = limit !== undefined && Number.isFinite(limit);
	const parts = partsOf(q)
		.filter(p => p.text.length >= 2)
		.map(p => {
			const words = ix.wordsWith(p.text, p.mode);
			return {...p, words, weight: ix.weight(words)};
		})
		.sort((a, b) => a.weight - b.weight);
	// The per-document counter is a byte: eight selective parts narrow enough; the text check does the rest.
	const usable = (bounded ? parts.filter(p => p.weight <= broad(limit, ix.table.docs)) : parts).slice(0, 8);
	if (usable.length === 0) return scanned(ix, q, bounded ? limit : undefined);
	if (usable.some(p => p.weight === 0)) return [];

	// One word: the union is exact, and where the query sits in a matching word is known per word.
	if (!q.includes(' ')) {
		const flags = ix.scratch();
		const touched: number[] = [];
		for (const id of usable[0]!.words) {
			const w = ix.word(id);
			const f = 1 | (w.startsWith(q) ? 2 : 0) | (w.endsWith(q) ? 4 : 0);
			for (const doc of ix.postings(id)) {
				if (flags[doc] === 0) touched.push(doc);
				flags[doc]! |= f;
			}
		}
		const docs = Uint32Array.from(touched).sort();
		const sample = bounded && docs.length > limit * SAMPLE_FACTOR ? docs.subarray(0, limit * SAMPLE_FACTOR) : docs;
		const lengths = ix.lengths;
		const out: TextHit[] = [];
		for (const doc of sample) {
			const f = flags[doc]!;
			out.push({doc, field: 0, score: 0.75 + 0.15 * (q.length / Math.max(q.length, lengths[doc]!)) + (f & 2 ? 0.05 : 0) + (f & 4 ? 0.05 : 0)});
		}
		for (const doc of touched) flags[doc] = 0;
		out.sort(byScore);
		return bounded ? out.slice(0, limit) : out;
	}

	// Several words: intersect the parts' lists (a counter per document), then check the text.
	const counter = ix.scratch();
	const touched: number[] = [];
	usable.forEach((p, i) => {
		for (const id of p.words) {
			for (const doc of ix.postings(id)) {
				if (counter[doc] !== i) continue;
				if (i === 0) touched.push(doc);
				counter[doc] = i + 1;
			}
		}
	});
	const candidates = Uint32Array.from(touched.filter(doc => counter[doc] === usable.length)).sort();
	for (const doc of touched) counter[doc] = 0;
	const out: TextHit[] = [];
	let checked = 0;
	for (const doc of candidates) {
		// With a limit, a screenful: the next keystroke narrows the candidates anyway.
		if (bounded && (out.length >= limit || checked++ >= CHECK_BUDGET)) break;
		const score = coverScore(ix.text(doc), q);
		if (score > 0) out.push({doc, score, field: 0});
	}
	return out.sort(byScore);
}

/** Reads sentences in order, keeping those that contain q (all of them without a limit). */
function scanned(ix: WordIndexReader, q: string, limit: number | undefined): TextHit[] {
	const out: TextHit[] = [];
	let read = 0;
	ix.scan((g, text) => {
		const score = coverScore(text, q);
		if (score > 0) out.push({doc: g, score, field: 0});
		read++;
		return limit === undefined || (out.length < limit && read < SCAN_BUDGET);
	});
	return out.sort(byScore);
}

/** Best field of an entity's normalised text (fields joined by FIELD_SEP) containing q, or undefined. */
function entityScore(text: string, q: string): {score: number; field: number} | undefined {
	let best: {score: number; field: number} | undefined;
	text.split(FIELD_SEP).forEach((part, field) => {
		const score = coverScore(part.trim(), q);
		if (score > 0 && (!best || score > best.score)) best = {score, field};
	});
	return best;
}

/**
 * Events or articles containing q, best first, from their stored word index:
 * the matches are found as sentences are, then the best `limit` are scored by
 * the field they match in, as the in-memory search scores them.
 */
export function matchEntities(ix: WordIndexReader, q: string, limit?: number): TextHit[] {
	if (q.length < 2 || q.includes(FIELD_SEP)) return [];
	// Scored by the whole record first: a few more than asked, so the field scores can reorder them.
	const bounded = limit !== undefined && Number.isFinite(limit);
	const hits: TextHit[] = [];
	for (const h of matchSentences(ix, q, bounded ? limit * 2 : undefined)) {
		const best = entityScore(ix.text(h.doc), q);
		if (best) hits.push({doc: h.doc, ...best});
	}
	hits.sort(byScore);
	return bounded ? hits.slice(0, limit) : hits;
}
