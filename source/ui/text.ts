// The UI's one door to the text-layout module: every dataset string shown on
// screen goes through sanitize + layout here, so Arabic reads right and no
// control character reaches the terminal.
import {layoutParagraph, truncateLine, type Line, type Segment} from '../text/layout.js';
import {sanitize} from '../text/sanitize.js';
import {detectBidiMode, type BidiFlag, type BidiMode} from '../text/bidi-mode.js';
import type {Highlight, ShapingMode} from '../text/clusters.js';
import {displayWidth as measureWidth} from '../text/width.js';

export type {Line, Segment, Highlight, ShapingMode, BidiMode, BidiFlag};
export {sanitize, detectBidiMode};
export {displayWidth} from '../text/width.js';
export {logical} from '../text/clusters.js';

/** Style names the views put on highlights; `styleProps` turns them into Ink props. */
export type StyleName = 'actor' | 'org' | 'place' | 'date' | 'source' | 'number' | 'verb' | 'match' | 'dim';

/** What a laid-out line depends on, as a cache key. */
function layoutKey(text: string, width: number, mode: ShapingMode, highlights: Highlight[], align: string): string {
	return `${width}|${mode.reorder ? 1 : 0}${mode.shape ? 1 : 0}|${align}|${highlights.map(h => `${h.start},${h.end},${h.style}`).join(';')}|${text}`;
}

// The detail pane lays out the sentence under the cursor; moving back and forth
// (j, k, j) brings the same paragraphs back, so their lines are remembered too.
// Lines are never changed once made, so one can be shown twice.
const laidOut = new Map<string, Line[]>();
const LAYOUT_CACHE = 500;

/** A paragraph as lines of exactly `width` columns, in visual order when mode.reorder. */
export function layout(text: string, width: number, mode: ShapingMode, highlights: Highlight[] = [], align: 'auto' | 'left' | 'right' = 'auto'): Line[] {
	const key = layoutKey(text, width, mode, highlights, align);
	let lines = laidOut.get(key);
	if (!lines) {
		lines = layoutParagraph(text, width, {mode, highlights, align});
		if (laidOut.size >= LAYOUT_CACHE) laidOut.clear();
		laidOut.set(key, lines);
	}
	return lines;
}

// Every visible row is laid out again on every frame (a cursor move re-renders
// the lists); the same rows come back, so their layout is remembered.
const fitted = new Map<string, Line>();
const FIT_CACHE = 4000;

/** One line of exactly `width` columns, cut at the logical end with an ellipsis. */
export function fit(text: string, width: number, mode: ShapingMode, highlights: Highlight[] = [], align: 'auto' | 'left' | 'right' = 'auto'): Line {
	const key = layoutKey(text, width, mode, highlights, align);
	let line = fitted.get(key);
	if (!line) {
		line = truncateLine(text, Math.max(0, width), mode, {highlights, align});
		if (fitted.size >= FIT_CACHE) fitted.clear();
		fitted.set(key, line);
	}
	return line;
}

/** Columns dataset text takes once laid out in a mode (after sanitising and shaping). */
export function textWidth(text: string, mode: ShapingMode): number {
	return measureWidth(text, mode);
}

/** Plain text of a laid-out line (for tests and captures). */
export function lineText(line: Line): string {
	return line.segments.map(s => s.text).join('');
}
