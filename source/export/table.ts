// Aligned columns for a terminal. Cells are sanitised (no control character
// reaches the terminal), measured in display columns, and the widest columns
// give way first until the table fits the terminal width.
import {logical} from '../text/clusters.js';
import {truncate} from '../text/layout.js';
import {sanitize} from '../text/sanitize.js';
import {displayWidth} from '../text/width.js';

export type TableOptions = {
	/** Terminal width in columns, or null for no limit (a file). */
	width: number | null;
	/** Display width of a string; defaults to its width in stored order (a file's). */
	measure?: (text: string) => number;
	/**
	 * The cell as the terminal should receive it in exactly `columns` columns:
	 * cut with an ellipsis, padded, and (for bidi-aware output) reordered,
	 * shaped and right-aligned when right-to-left. Defaults to cut-and-pad in stored order.
	 */
	fit?: (text: string, columns: number) => string;
};

/**
 * Columns that are never cut: an id is what you copy into `show`, `--ids` or
 * `compare`, and a cut one (`meeting-nato-russia-council…`) is useless; so is
 * a cut date (`202…`). The other columns (the text first, being widest) give
 * way instead.
 */
export const WHOLE_COLUMNS: ReadonlySet<string> = new Set(['id', 'date', 'published']);

const GAP = '  ';
const MIN_COLUMN = 4;
/** No column is wider than this even on a wide terminal: long texts wrap nowhere, so cut them. */
const MAX_COLUMN = 80;

/**
 * Column widths: natural widths, then shrink the widest until the total fits.
 * A column whose minimum is its natural width (an id) is never capped or cut.
 */
export function fitColumns(natural: number[], width: number | null, minimums: number[]): number[] {
	const widths = natural.map((w, i) => ((minimums[i] ?? 0) >= w ? w : Math.min(w, width === null ? Number.POSITIVE_INFINITY : MAX_COLUMN)));
	const floors = widths.map((w, i) => Math.min(w, minimums[i] ?? 0));
	if (width === null) return widths;
	const gaps = GAP.length * Math.max(0, widths.length - 1);
	let total = widths.reduce((sum, w) => sum + w, 0) + gaps;
	while (total > width) {
		let widest = -1;
		for (let i = 0; i < widths.length; i++) if (widths[i]! > floors[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
		if (widest < 0) break; // Every column at its minimum: let the terminal wrap.
		widths[widest]!--;
		total--;
	}
	return widths;
}

export function renderTable(header: readonly string[], rows: readonly string[][], options: TableOptions): string[] {
	const measure = options.measure ?? ((text: string) => displayWidth(text, logical));
	const fit = options.fit ?? ((text: string, columns: number) => truncate(text, columns, logical));
	const clean = (cell: string) => sanitize(cell.replace(/\r\n|\r|\n/g, ' '));
	const head = header.map(clean);
	const body = rows.map(row => row.map(clean));
	// A loop, not Math.max(...rows): spreading hundreds of thousands of rows overflows the call stack.
	const natural = head.map((cell, i) => {
		let widest = measure(cell);
		for (const row of body) widest = Math.max(widest, measure(row[i] ?? ''));
		return widest;
	});
	const minimums = head.map((cell, i) => (WHOLE_COLUMNS.has(header[i]!) ? natural[i]! : Math.min(Math.max(MIN_COLUMN, measure(cell)), MIN_COLUMN + 4)));
	const widths = fitColumns(natural, options.width, minimums);
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => fit(cell, widths[i] ?? 0))
			.join(GAP)
			.trimEnd();
	const rule = widths.map(w => '─'.repeat(w)).join(GAP);
	return [line(head), rule, ...body.map(line)];
}
