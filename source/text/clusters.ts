// A cluster is what occupies terminal cells as one unit: a base character with
// the harakat and other zero-width marks that ride on it. Wrapping, reordering
// and truncation move whole clusters, so a mark never lands on the wrong letter.
import memoStringWidth from './string-width-memo.js';
import {sanitizeWithMap} from './sanitize.js';
import {shapeWithMap} from './shape.js';
import {oneCellPerCodePoint} from './simple-width.js';

export interface Cluster {
	text: string;
	width: number;
	// Index in the original (unsanitised, unshaped) text of the cluster's base.
	source: number;
	// Last original index the cluster covers, inclusive (placeholders and
	// ligatures cover more than one).
	sourceEnd: number;
	style?: string;
	space: boolean;
}

export interface Highlight {
	start: number;
	end: number;
	style: string;
}

export interface ShapingMode {
	reorder: boolean;
	shape: boolean;
}

/** Text in stored order, letters unjoined: files, pipes, and labels we wrote ourselves. */
export const logical: ShapingMode = {reorder: false, shape: false};

// Made on first use: the first Intl.Segmenter loads ICU's break data (~20 ms
// before the first frame), and most lines never need it (graphemes below).
let segmenter: Intl.Segmenter | undefined;

/** Grapheme clusters of `text`: each code point alone where none joins another. */
function graphemes(text: string): Iterable<{segment: string; index: number}> {
	if (oneCellPerCodePoint(text)) return Array.from(text, (segment, index) => ({segment, index}));
	segmenter ??= new Intl.Segmenter('und', {granularity: 'grapheme'});
	return segmenter.segment(text);
}

// Characters that only carry direction; once the app has reordered a line they
// have done their work and are dropped from the visual output.
export const directionMarks = /^[\u200E\u200F\u061C]+$/;

// A cluster's width depends only on its text and the same few hundred clusters
// come back on every screen: measured through the bounded memo Ink uses too.
const clusterWidth = memoStringWidth;

export function toClusters(text: string, mode: ShapingMode, highlights: Highlight[] = []): Cluster[] {
	const sanitized = sanitizeWithMap(text);
	let display = sanitized.text;
	let map = sanitized.map;
	if (mode.reorder && mode.shape) {
		const shaped = shapeWithMap(display);
		display = shaped.text;
		map = shaped.map.map(i => sanitized.map[i]!);
	}

	const clusters: Cluster[] = [];
	let previousEnd = -1;
	for (const {segment, index} of graphemes(display)) {
		const source = map[index]!;
		let sourceEnd = map[index + segment.length - 1]!;
		// A ligature or a dropped character leaves a gap in the source indices;
		// the cluster after it owns nothing of the gap, the one before does.
		if (clusters.length > 0 && source > previousEnd + 1) clusters[clusters.length - 1]!.sourceEnd = source - 1;
		if (sourceEnd < source) sourceEnd = source;
		previousEnd = sourceEnd;
		clusters.push({
			text: segment,
			width: clusterWidth(segment),
			source,
			sourceEnd,
			style: styleAt(highlights, source),
			space: /^\s+$/u.test(segment),
		});
	}

	if (clusters.length > 0 && previousEnd < text.length - 1) clusters[clusters.length - 1]!.sourceEnd = text.length - 1;
	return clusters;
}

// The last highlight wins where spans overlap, so callers can layer a search
// match over entity colours by listing it last.
function styleAt(highlights: Highlight[], index: number): string | undefined {
	let style: string | undefined;
	for (const h of highlights) if (index >= h.start && index < h.end) style = h.style;
	return style;
}
