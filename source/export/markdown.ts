// Markdown tables: control characters made visible, `|`, HTML and link
// syntax escaped, line breaks as <br> (text/markdown.ts), formulas
// neutralised like CSV (a .md file is often pasted into a spreadsheet), so any
// cell is safe to render and to open.
import {mdCellText} from '../text/markdown.js';
import {neutraliseFormula} from './safe-cell.js';

export function mdCell(value: string): string {
	return neutraliseFormula(mdCellText(value));
}

export function mdHeader(fields: readonly string[]): string {
	return `| ${fields.map(mdCell).join(' | ')} |\n|${fields.map(() => '---').join('|')}|\n`;
}

export function mdRow(cells: readonly string[]): string {
	return `| ${cells.map(mdCell).join(' | ')} |\n`;
}
