// Bundled in place of string-width for every module of the bundle (Ink and its
// helpers included; see scripts/build.mjs). Ink measures each text node, and
// each line of a clipped pane, again on every frame, and string-width segments
// and runs Unicode-property patterns over the whole line: with Arabic rows that
// was the largest single cost of a cursor move. The width of a string never
// changes, and a frame mostly shows the lines of the previous one.
import stringWidth from 'string-width';
import {simpleWidth} from './simple-width.js';

const widths = new Map<string, number>();
const LIMIT = 20_000;

export default function memoStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
	if (options !== undefined || typeof text !== 'string') return stringWidth(text, options);
	let width = widths.get(text);
	if (width === undefined) {
		width = simpleWidth(text) ?? stringWidth(text);
		if (widths.size >= LIMIT) widths.clear();
		widths.set(text, width);
	}
	return width;
}
