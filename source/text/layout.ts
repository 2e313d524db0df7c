// The one text-layout path for every view and for `table` output:
// sanitise → (shape) → wrap in logical order → reorder each line → align.
import {directionMarks, toClusters, type Cluster, type Highlight, type ShapingMode} from './clusters.js';
import {paragraphDirection, reorderClusters, type Direction} from './reorder.js';
import {sanitize} from './sanitize.js';

export interface Segment {
	text: string;
	style?: string;
}

export interface Line {
	// Left to right, ready to draw; the padding is a segment without style.
	segments: Segment[];
	// Always the width asked for.
	width: number;
	direction: Direction;
	// Original-text offsets this line shows: [start, end).
	start: number;
	end: number;
}

export type Align = 'auto' | 'left' | 'right';

export interface LayoutOptions {
	mode: ShapingMode;
	highlights?: Highlight[];
	align?: Align;
}

// Stand-in for a character too wide for the whole line (a wide glyph in a
// one-column cell): the line must still be exactly `width` columns.
const tooWide = '?';

function fitCluster(cluster: Cluster, width: number): Cluster {
	return cluster.width > width ? {...cluster, text: tooWide, width: 1} : cluster;
}

function widthOf(clusters: Cluster[]): number {
	let w = 0;
	for (const c of clusters) w += c.width;
	return w;
}

// Greedy wrap at spaces, in logical order. Spaces at a break are dropped;
// a word longer than the line is cut at a cluster boundary.
export function wrapClusters(clusters: Cluster[], width: number): Cluster[][] {
	const lines: Cluster[][] = [];
	let line: Cluster[] = [];
	let lineWidth = 0;
	let pending: Cluster[] = [];
	let k = 0;
	const flush = () => {
		lines.push(line);
		line = [];
		lineWidth = 0;
	};

	while (k < clusters.length) {
		if (clusters[k]!.space) {
			pending = [];
			while (k < clusters.length && clusters[k]!.space) pending.push(clusters[k++]!);
			continue;
		}
		const word: Cluster[] = [];
		while (k < clusters.length && !clusters[k]!.space) word.push(fitCluster(clusters[k++]!, width));
		const wordWidth = widthOf(word);
		const gap = line.length === 0 ? [] : pending;
		const gapWidth = widthOf(gap);
		pending = [];

		if (lineWidth + gapWidth + wordWidth <= width) {
			line.push(...gap, ...word);
			lineWidth += gapWidth + wordWidth;
			continue;
		}
		if (wordWidth <= width) {
			flush();
			line.push(...word);
			lineWidth = wordWidth;
			continue;
		}
		// Too long for any line: start it here if at least one column is left
		// after the space, then cut.
		if (line.length > 0 && lineWidth + gapWidth < width) {
			line.push(...gap);
			lineWidth += gapWidth;
		} else if (line.length > 0) {
			flush();
		}
		for (const c of word) {
			if (lineWidth + c.width > width) flush();
			line.push(c);
			lineWidth += c.width;
		}
	}
	if (line.length > 0 || lines.length === 0) lines.push(line);
	return lines;
}

function toSegments(clusters: Cluster[]): Segment[] {
	const segments: Segment[] = [];
	for (const c of clusters) {
		const last = segments[segments.length - 1];
		if (last && last.style === c.style) last.text += c.text;
		else segments.push(c.style === undefined ? {text: c.text} : {text: c.text, style: c.style});
	}
	return segments;
}

interface Body {
	segments: Segment[];
	used: number;
	start: number;
	end: number;
}

function visualBody(clusters: Cluster[], direction: Direction, mode: ShapingMode, fallbackStart: number): Body {
	const visual = mode.reorder ? reorderClusters(clusters, direction).filter(c => !directionMarks.test(c.text)) : clusters;
	let start = fallbackStart;
	let end = fallbackStart;
	if (clusters.length > 0) {
		start = Math.min(...clusters.map(c => c.source));
		end = Math.max(...clusters.map(c => c.sourceEnd)) + 1;
	}
	return {segments: toSegments(visual), used: widthOf(visual), start, end};
}

function alignRight(direction: Direction, options: {mode: ShapingMode; align?: Align}): boolean {
	const align = options.align ?? 'auto';
	return align === 'right' || (align === 'auto' && options.mode.reorder && direction === 'rtl');
}

function padded(body: Segment[], used: number, width: number, right: boolean): Segment[] {
	const padding = Math.max(0, width - used);
	if (padding === 0) return body;
	const pad = {text: ' '.repeat(padding)};
	return right ? [pad, ...body] : [...body, pad];
}

function finishLine(clusters: Cluster[], width: number, direction: Direction, options: LayoutOptions, fallbackStart: number): Line {
	const body = visualBody(clusters, direction, options.mode, fallbackStart);
	const segments = padded(body.segments, body.used, width, alignRight(direction, options));
	return {segments, width, direction, start: body.start, end: body.end};
}

// One paragraph (no line breaks expected: they would show as ␊) laid out
// into lines of exactly `width` columns, in visual order when mode.reorder.
export function layoutParagraph(text: string, width: number, options: LayoutOptions): Line[] {
	if (width < 1) return [];
	const direction = paragraphDirection(sanitize(text));
	const clusters = toClusters(text, options.mode, options.highlights);
	return wrapClusters(clusters, width).map(line => finishLine(line, width, direction, options, text.length));
}

// Several paragraphs separated by line breaks; highlight offsets and the
// lines' start/end stay relative to the whole text.
export function layoutText(text: string, width: number, options: LayoutOptions): Line[] {
	const lines: Line[] = [];
	const breaks = /\r\n|\r|\n/g;
	let start = 0;
	for (;;) {
		const match = breaks.exec(text);
		const end = match ? match.index : text.length;
		const highlights = (options.highlights ?? []).filter(h => h.end > start && h.start < end).map(h => ({...h, start: h.start - start, end: h.end - start}));
		for (const line of layoutParagraph(text.slice(start, end), width, {...options, highlights})) {
			lines.push({...line, start: line.start + start, end: line.end + start});
		}
		if (!match) break;
		start = match.index + match[0].length;
	}
	return lines;
}

export interface TruncateOptions {
	highlights?: Highlight[];
	align?: Align;
}

// One line of exactly `width` columns. Text that does not fit is cut at its
// logical end and the ellipsis goes where that end shows: on the left of a
// reordered right-to-left line, on the right otherwise (a terminal that
// reorders by itself puts the logically last character on the left).
export function truncateLine(text: string, width: number, mode: ShapingMode, options: TruncateOptions = {}): Line {
	return truncateLineFrom(text, width, mode, options, true);
}

/** truncateLine without its prefix shortcut: the reference the shortcut is tested against. */
export function truncateLineWhole(text: string, width: number, mode: ShapingMode, options: TruncateOptions = {}): Line {
	return truncateLineFrom(text, width, mode, options, false);
}

function truncateLineFrom(text: string, width: number, mode: ShapingMode, options: TruncateOptions, prefix: boolean): Line {
	const direction = paragraphDirection(sanitize(text));
	if (width < 1) return {segments: [], width: 0, direction, start: 0, end: 0};
	const cut = truncatedBody(text, width, direction, mode, options, prefix);
	const segments = padded(cut.segments, cut.used, width, alignRight(direction, {mode, align: options.align}));
	return {segments, width, direction, start: cut.start, end: cut.end};
}

// Characters past the columns a line shows that are still shaped and clustered:
// a list row may hold a whole paragraph, of which it shows the first forty columns.
const PREFIX_SLACK = 32;

function truncatedBody(text: string, width: number, direction: Direction, mode: ShapingMode, options: TruncateOptions, prefix = true): Body {
	if (prefix && text.length > 2 * width + PREFIX_SLACK) {
		const clusters = toClusters(text.slice(0, 2 * width + PREFIX_SLACK), mode, options.highlights).map(c => fitCluster(c, width));
		// The prefix's last clusters may be cut short (a mark, a ligature's second
		// letter, half a surrogate pair): they must lie beyond the cluster that ends the cut.
		const body = cutBody(clusters, width, direction, mode, 2);
		if (body) return body;
	}
	const clusters = toClusters(text, mode, options.highlights).map(c => fitCluster(c, width));
	if (widthOf(clusters) <= width) return visualBody(clusters, direction, mode, text.length);
	return cutBody(clusters, width, direction, mode, 0)!;
}

/** The clusters that fit in `width - 1` columns, and an ellipsis; undefined unless `spare` clusters follow the one that did not fit. */
function cutBody(clusters: Cluster[], width: number, direction: Direction, mode: ShapingMode, spare: number): Body | undefined {
	const kept: Cluster[] = [];
	let used = 0;
	let next = 0;
	for (; next < clusters.length; next++) {
		const c = clusters[next]!;
		if (used + c.width > width - 1) break;
		kept.push(c);
		used += c.width;
	}
	if (next + spare >= clusters.length) return undefined;
	// A prefix must also show that the whole text does not fit.
	if (spare > 0 && widthOf(clusters.slice(0, clusters.length - spare)) <= width) return undefined;
	while (kept.length > 0 && kept[kept.length - 1]!.space) kept.pop();
	const body = visualBody(kept, direction, mode, 0);
	const ellipsis: Segment = {text: '…', style: 'dim'};
	const segments = mode.reorder && direction === 'rtl' ? [ellipsis, ...body.segments] : [...body.segments, ellipsis];
	return {...body, segments, used: body.used + 1};
}

// The truncated text as a plain string; padded to `width` unless pad is false.
export function truncate(text: string, width: number, mode: ShapingMode, options: TruncateOptions & {pad?: boolean} = {}): string {
	if (options.pad === false) {
		if (width < 1) return '';
		const direction = paragraphDirection(sanitize(text));
		return truncatedBody(text, width, direction, mode, options)
			.segments.map(s => s.text)
			.join('');
	}
	return truncateLine(text, width, mode, options)
		.segments.map(s => s.text)
		.join('');
}
