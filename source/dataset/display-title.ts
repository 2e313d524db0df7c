// What to show where an article's title goes. A page without a headline has
// title null in the dataset (a title is never made up from the story); the
// readers then show the first body sentence cut at a word, and say so, so that
// nobody takes it for the outlet's headline. One helper for every reader: the
// explorer, `show`, `list articles`, search hits.

/** Marks a shown title that is not the page's headline but its first sentence. */
export const DERIVED_TITLE_MARK = '[no headline]';

/** About how many columns of the first sentence stand in for a missing headline. */
export const DERIVED_TITLE_COLUMNS = 60;

export type DisplayTitle = {text: string; derived: boolean};

type Titled = {title: string | null; sentences: ReadonlyArray<{kind: string; text: string}>};

/** The headline, or the first body sentence cut at a word boundary to ~60 columns + … (derived: true). */
export function displayTitle(article: Titled, columns = DERIVED_TITLE_COLUMNS): DisplayTitle {
	// Datasets written before titles were nullable have '' for none.
	if (article.title !== null && article.title.trim() !== '') return {text: article.title, derived: false};
	const first = article.sentences.find(s => s.kind === 'body') ?? article.sentences.find(s => s.kind !== 'caption');
	return {text: first ? cutAtWord(first.text.replace(/\s+/g, ' ').trim(), columns) : '', derived: true};
}

/** The title as one plain string, the derived one with its mark in front ("[no headline] First words…"). */
export function displayTitleText(article: Titled, columns = DERIVED_TITLE_COLUMNS): string {
	const t = displayTitle(article, columns);
	return t.derived ? `${DERIVED_TITLE_MARK} ${t.text}`.trimEnd() : t.text;
}

/**
 * Cuts at the last space before `columns` characters (combining marks such as
 * Arabic harakat take no column), adding … when anything was cut. A text with
 * no space that early is cut inside its first word rather than not at all.
 */
export function cutAtWord(text: string, columns: number): string {
	const chars = [...text];
	let width = 0;
	let end = chars.length;
	for (let i = 0; i < chars.length; i++) {
		if (!/\p{M}/u.test(chars[i]!)) width++;
		if (width > columns) {
			end = i;
			break;
		}
	}
	if (end === chars.length) return text;
	const head = chars.slice(0, end).join('');
	const space = head.lastIndexOf(' ');
	const cut = space > 0 ? head.slice(0, space) : head;
	return `${cut.replace(/[\s،,;:.\-–—]+$/u, '')}…`;
}
