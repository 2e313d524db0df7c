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

export function visualOrder(text: string, direction: Direction | 'auto'): VisualOrder {
	const levels = bidi.getEmbeddingLevels(text, direction);
	return {
		order: bidi.getReorderedIndices(text, levels),
		levels: levels.levels,
		mirrored: bidi.getMirroredCharactersMap(text, levels.levels),
	};
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
