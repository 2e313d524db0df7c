// Markdown tables: control characters made visible (sanitize), `|` escaped,
// line breaks as <br>, formulas neutralised like CSV (a .md file is often
// pasted into a spreadsheet), so any cell is safe to render and to open.
import {sanitize} from '../text/sanitize.js';
import {neutraliseFormula} from './safe-cell.js';

export function mdCell(value: string): string {
	const lines = value.split(/\r\n|\r|\n/).map(line => sanitize(line));
	const escaped = lines.join('<br>').replaceAll('\\', '\\\\').replaceAll('|', '\\|');
	// Keep the backslash escaping away from <br> (no backslashes in it).
	return neutraliseFormula(escaped);
}

export function mdHeader(fields: readonly string[]): string {
	return `| ${fields.map(mdCell).join(' | ')} |\n|${fields.map(() => '---').join('|')}|\n`;
}

export function mdRow(cells: readonly string[]): string {
	return `| ${cells.map(mdCell).join(' | ')} |\n`;
}
