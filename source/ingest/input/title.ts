// A title stated by a page's metadata or a record is part of the article's
// text like any .txt title: its first line, so it is sentence 0 with a line
// number, searchable and shown in the reader. The reader puts it there (unless
// the text already opens with it) and the pipeline marks that line as the
// title, whatever the cleaner's line rules would have chosen.
import {collapseSpaces} from '../../arabic/chars.js';
import type {CleanedArticle, RawArticle} from '../types.js';

const same = (a: string, b: string) => collapseSpaces(a).trim() === collapseSpaces(b).trim();

/** The text with the title as its first line, and that line's number. */
export function placeTitle(text: string, title: string | undefined): {text: string; titleLine?: number} {
	const t = title ? collapseSpaces(title).trim() : '';
	if (!t) return {text};
	const lines = text.split('\n');
	const first = lines.findIndex(l => l.trim() !== '');
	if (first >= 0 && same(lines[first]!, t)) return {text, titleLine: first + 1};
	return {text: `${t}\n\n${text}`, titleLine: 1};
}

/** The cleaned article with the stated title's line as its title line. */
export function withStatedTitle(cleaned: CleanedArticle, raw: RawArticle): CleanedArticle {
	const at = raw.titleLine;
	const line = at ? cleaned.lines[at - 1] : undefined;
	if (!line || !raw.title || line.text.trim() === '') return cleaned;
	const lines = cleaned.lines.map(l => {
		if (l === line) {
			const {reason: _, ...rest} = l;
			return {...rest, kind: 'title' as const};
		}
		// The cleaner's own pick, when another line, is text again.
		if (l.kind === 'title') return {...l, kind: 'body' as const};
		return l;
	});
	return {...cleaned, lines, title: line.text.trim(), titleLine: at!};
}
