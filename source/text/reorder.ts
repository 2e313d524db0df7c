// The reordering step of the Unicode bidirectional algorithm, done by bidi-js
// (a maintained implementation that passes the Unicode conformance tests).
// We only decide the paragraph direction and move whole clusters.
import bidiImport from 'bidi-js';
import type {Cluster} from './clusters.js';

// bidi-js is CommonJS with `module.exports = factory` but its typings declare a
// default export; Node and bundlers hand us the factory either way.
type Factory = typeof bidiImport.default;
const bidiFactory = ((bidiImport as unknown as {default?: Factory}).default ?? bidiImport) as unknown as Factory;
const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl';

// Rules P2–P3: the first strong character decides. Paragraphs with no strong
// character are left-to-right.
export function paragraphDirection(text: string): Direction {
	for (const ch of text) {
		const type = bidi.getBidiCharTypeName(ch);
		if (type === 'L') return 'ltr';
		if (type === 'R' || type === 'AL') return 'rtl';
	}
	return 'ltr';
}

export interface VisualOrder {
	// Code-unit indices of `text` from left to right.
	order: number[];
	levels: Uint8Array;
	// Replacement characters for brackets and quotes in right-to-left runs.
	mirrored: Map<number, string>;
}

/** The full algorithm (bidi-js), always: the reference the fast path is tested against. */
export function visualOrderFull(text: string, direction: Direction | 'auto'): VisualOrder {
	const levels = bidi.getEmbeddingLevels(text, direction);
	return {
		order: bidi.getReorderedIndices(text, levels),
		levels: levels.levels,
		mirrored: bidi.getMirroredCharactersMap(text, levels.levels),
	};
}

// Bidi classes of UTF-16 code units, looked up once each: bidi-js keeps them
// in a Map keyed by code point, which the fast path below would otherwise ask
// once per character per line.
const unitTypes = new Uint32Array(0x10000);
const typeOf = (unit: number): number => {
	let type = unitTypes[unit]!;
	if (type === 0) unitTypes[unit] = type = bidi.getBidiCharType(String.fromCharCode(unit));
	return type;
};
/*
 * Lines whose levels the algorithm would give all alike, without running it:
 * - right-to-left paragraph, only R, AL, marks, whitespace, separators and
 *   other neutrals (no digits, no L, no AN, no explicit embeddings or
 *   isolates, no B or BN): W1 turns marks into the class before them (or sos,
 *   R); W4–W6 turn ES, ET and CS into ON when no number is near; N1–N2 give
 *   every neutral R, being between R, AL or the R of sos/eos; L1 puts trailing
 *   whitespace at the paragraph's level, 1. Every level is 1: the line
 *   reversed, every character with a mirror mirrored (bracket pairs, N0,
 *   resolve to R as well).
 * - left-to-right paragraph, only L, EN, ES, ET, CS, marks, whitespace and
 *   neutrals: EN after L or sos (L) becomes L (W7), neutrals between L become
 *   L: every level is 0, the line as it is, nothing mirrored.
 * tests/text/reorder-fast.test.ts compares both with the full algorithm.
 */
let masks: {rtl: number; ltr: number} | undefined;
/**
 * The classes each direction allows, found from one sample character per class
 * (bidi-js does not export its class bits). Found on first use, not when the
 * module loads: the first lookup makes bidi-js parse its whole class table
 * (~20 ms), which an ingest, which loads this module with the export code
 * but never lays out a line, would otherwise pay at every start.
 */
const classMasks = (): {rtl: number; ltr: number} => {
	if (masks) return masks;
	const [L, R, AL, EN, ES, ET, CS, NSM, WS, S, ON] = ['a', '\u05D0', '\u0627', '0', '+', '#', ',', '\u064E', ' ', '\t', '!'].map(ch =>
		bidi.getBidiCharType(ch),
	) as number[];
	masks = {rtl: R! | AL! | NSM! | WS! | S! | ON! | ES! | ET! | CS!, ltr: L! | EN! | ES! | ET! | CS! | NSM! | WS! | S! | ON!};
	return masks;
};

function uniformOrder(text: string, direction: Direction | 'auto'): VisualOrder | undefined {
	if (direction === 'auto') return undefined;
	const allowed = classMasks()[direction];
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const unit = text.charCodeAt(i);
		// Surrogate halves: bidi-js classes code units, leave pairs to it.
		if (unit >= 0xd800 && unit <= 0xdfff) return undefined;
		if ((typeOf(unit) & allowed) === 0) return undefined;
	}
	const order = new Array<number>(n);
	const mirrored = new Map<number, string>();
	if (direction === 'ltr') {
		for (let i = 0; i < n; i++) order[i] = i;
		return {order, levels: new Uint8Array(n), mirrored};
	}
	for (let i = 0; i < n; i++) {
		order[i] = n - 1 - i;
		const mirror = bidi.getMirroredCharacter(text[i]!);
		if (mirror !== null) mirrored.set(i, mirror);
	}
	return {order, levels: new Uint8Array(n).fill(1), mirrored};
}

/** Visual order of one line: the fast path where it provably agrees, else the full algorithm. */
export function visualOrder(text: string, direction: Direction | 'auto'): VisualOrder {
	return uniformOrder(text, direction) ?? visualOrderFull(text, direction);
}

// Reorders one displayed line of clusters. A cluster takes the place of the
// first of its code units to appear, and keeps its own characters in logical
// order: a terminal attaches a combining mark to the cell before it, so the
// marks must still follow their base after a right-to-left run is reversed
// (rule L3 of UAX #9).
export function reorderClusters(clusters: Cluster[], direction: Direction): Cluster[] {
	if (clusters.length === 0) return clusters;
	const text = clusters.map(c => c.text).join('');
	const owner: number[] = [];
	clusters.forEach((c, k) => {
		for (let u = 0; u < c.text.length; u++) owner.push(k);
	});
	const starts: number[] = [];
	let offset = 0;
	for (const c of clusters) {
		starts.push(offset);
		offset += c.text.length;
	}

	const {order, mirrored} = visualOrder(text, direction);
	const seen = new Set<number>();
	const result: Cluster[] = [];
	for (const unit of order) {
		const k = owner[unit]!;
		if (seen.has(k)) continue;
		seen.add(k);
		const cluster = clusters[k]!;
		const swap = mirrored.get(starts[k]!);
		result.push(swap ? {...cluster, text: swap + cluster.text.slice(1)} : cluster);
	}
	return result;
}
