// Turning laid-out lines into strings. Style names stay plain strings here;
// the caller supplies what each one looks like (chalk functions fit).
import chalk from 'chalk';
import type {Line, Segment} from './layout.js';

export type StyleName = 'match' | 'actor' | 'place' | 'date' | 'org' | 'source' | 'selected' | 'dim' | 'conflict';

export type StyleMap = Partial<Record<string, (text: string) => string>>;

export function renderSegments(segments: Segment[], styles: StyleMap = {}): string {
	let out = '';
	for (const s of segments) {
		const paint = s.style === undefined ? undefined : styles[s.style];
		out += paint ? paint(s.text) : s.text;
	}
	return out;
}

export function renderLine(line: Line, styles: StyleMap = {}): string {
	return renderSegments(line.segments, styles);
}

export function plainText(line: Line): string {
	return renderSegments(line.segments);
}

// A default look for output outside the explorer (e.g. `table`); chalk drops
// the colours by itself when stdout is not a colour terminal.
export const defaultStyles: Record<StyleName, (text: string) => string> = {
	match: chalk.black.bgYellow,
	actor: chalk.cyan,
	place: chalk.green,
	date: chalk.magenta,
	org: chalk.blue,
	source: chalk.yellow,
	selected: chalk.inverse,
	dim: chalk.dim,
	conflict: chalk.red.bold,
};
