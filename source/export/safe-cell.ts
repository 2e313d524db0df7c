// A spreadsheet runs a cell that starts with = + - @ (and, in some programs,
// tab or carriage return) as a formula: =HYPERLINK(...) in a news quote would
// become a live link. OWASP's advice is to prefix such cells with a single
// quote, which spreadsheets show as text and CSV readers keep as text.
const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
	return formulaStart.test(cell) ? `'${cell}` : cell;
}
