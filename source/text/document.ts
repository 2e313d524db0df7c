// Plain-text documents (a Markdown report, an article to read) laid out for a
// terminal the way the explorer lays out its views: each line wrapped to the
// width and, in bidi mode, reordered and shaped. A Markdown table row is laid
// out cell by cell: reordered whole, the neutral `|` between two Arabic cells
// would join them into one right-to-left run and swap the cells.
import type {ShapingMode} from './clusters.js';
import {layoutParagraph, type Align} from './layout.js';
import {displayWidth} from './width.js';

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** One line of text in visual order for `mode`, unwrapped and unpadded. */
export function visualLine(text: string, mode: ShapingMode): string {
	if (!mode.reorder || !RTL.test(text)) return text;
	const width = Math.max(1, displayWidth(text, mode));
	return layoutParagraph(text, width, {mode, align: 'left'})
		.map(line =>
			line.segments
				.map(segment => segment.text)
				.join('')
				.trimEnd(),
		)
		.join(' ');
}

/** Splits a Markdown row on its unescaped pipes: `| a | b\|c |` → ['a', 'b\|c']. */
function tableCells(row: string): string[] {
	const inner = row.trim().slice(1, -1);
	const cells: string[] = [];
	let cell = '';
	for (let i = 0; i < inner.length; i++) {
		const char = inner[i]!;
		if (char === '\\' && i + 1 < inner.length) {
			cell += char + inner[i + 1];
			i++;
		} else if (char === '|') {
			cells.push(cell);
			cell = '';
		} else cell += char;
	}
	cells.push(cell);
	return cells;
}

/** A paragraph wrapped to `width` and laid out (reordered, shaped, aligned) for `mode`. */
export function layoutBlock(text: string, width: number, mode: ShapingMode, align: Align = 'auto'): string[] {
	if (text.trim() === '') return [''];
	return layoutParagraph(text, Math.max(1, width), {mode, align}).map(line =>
		line.segments
			.map(segment => segment.text)
			.join('')
			.trimEnd(),
	);
}

/**
 * An English document quoting Arabic (the comparison report), line by line,
 * for a terminal `width` columns wide: prose lines
 * wrapped and laid out; table rows laid out per cell and left whole (a table
 * wider than the terminal wraps as the terminal wraps it, as Markdown does).
 */
export function layoutDocument(text: string, width: number, mode: ShapingMode): string {
	const out: string[] = [];
	for (const line of text.split('\n')) {
		if (TABLE_ROW.test(line)) {
			if (!RTL.test(line)) out.push(line);
			else
				out.push(
					`|${tableCells(line)
						.map(cell => visualLine(cell, mode))
						.join('|')}|`,
				);
			continue;
		}
		// Lines without right-to-left text are kept as written (indentation, code).
		if (!RTL.test(line)) {
			out.push(line);
			continue;
		}
		// The document is English with Arabic quoted in it: a left-to-right mark
		// makes each line left-to-right, so a list item that opens with a quote
		// keeps its `- ` on the left and its English after the quote.
		out.push(...layoutBlock(`\u200E${line}`, width, mode, 'left'));
	}
	return out.join('\n');
}
