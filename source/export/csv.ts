// RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a
// comma, a quote, CR or LF, quotes doubled inside.
import {neutraliseFormula} from './safe-cell.js';

const needsQuotes = /[",\r\n]/;

export function csvCell(value: string): string {
	const safe = neutraliseFormula(value);
	return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
	return `${cells.map(csvCell).join(',')}\r\n`;
}
