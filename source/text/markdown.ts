// Markdown that renders untrusted text as text. News text and file names are
// input: without escaping, `<script>` or `<img onerror=…>` would be live HTML
// in a renderer that allows it, `[click](javascript:…)` a live link, and a `|`
// or a backtick in a file name would end a table cell or a code span early.
// Everything here also goes through the display sanitiser first.
import {sanitize} from './sanitize.js';

const oneLine = (text: string) => text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');

/**
 * Inline text (a heading, a list item, a table cell's line): HTML's `& < >`
 * as entities; `\ | [ ]` and backticks backslash-escaped (no link, image or
 * code span can start, no cell can end); a `javascript:`-style scheme
 * broken (`javascript\:`), so no renderer's autolinker makes it a link.
 */
export function mdInline(text: string): string {
	return sanitize(oneLine(text))
		.replace(/[\\`|[\]]/g, c => `\\${c}`)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\b(javascript|vbscript|data|file):/gi, '$1\\:');
}

/** A table cell: each line inline-escaped, lines joined with <br> (the one tag the tool writes). */
export function mdCellText(text: string): string {
	return text
		.split(/\r\n|\r|\n/)
		.map(line => mdInline(line))
		.join('<br>');
}

/**
 * A code span (ids, `file:line`): a fence longer than any run of backticks
 * inside, padded when the text starts or ends with one. Inside a table cell a
 * `|` still ends the cell (GFM), so `inTable` escapes it.
 */
export function mdCode(text: string, options: {inTable?: boolean} = {}): string {
	let body = sanitize(oneLine(text));
	if (options.inTable) body = body.replace(/\|/g, '\\|');
	const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map(run => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
	return `${fence}${pad}${body}${pad}${fence}`;
}
