// Test-only oracle: a copy of this file as it was on main at c220436, before the
// clean/sentence fast paths. tests/perf/clean.test.ts checks the new code against it.
// The tail: what follows the story's last paragraph. Once a closing piece of
// furniture stands there (share buttons, tags, "يتبع", a comment form, the
// copyright), the rest of the page is furniture too: teasers for other
// stories, footer menus, the masthead, "منذ ساعتين". A long line is kept all
// the same: a story paragraph written without its full stop may follow a
// share bar. Before the closing furniture nothing is dropped by its shape
// alone: a story may end on a list of prices or names without stops.
import type {CleanLine} from '../../../../source/ingest/types.js';
import {isMasthead, isTicker} from './furniture.js';
import type {BoilerplateLexicon} from './lexicon.js';
import {headlineShaped, isStoryParagraph, words} from './shape.js';
import type {Folded, Mark} from './title.js';

/** Reasons that close a story. Not 'related' or 'advertisement': those stand in mid-story too. */
const CLOSING = new Set([
	'share',
	'follow',
	'tags',
	'comment-form',
	'copyright',
	'subscribe',
	'continued',
	'credit',
	'widget',
	'site-links',
	'contact',
	'page-controls',
	'disclaimer',
	'teaser',
]);

/** A line this long after the closing furniture is still kept: no teaser or menu runs to it. */
const KEEP_WORDS = 20;

/** Index of the story's last paragraph at or after `from`, or -1. */
export function lastStoryParagraph(lines: CleanLine[], from: number): number {
	for (let i = lines.length - 1; i >= from; i--) {
		const l = lines[i]!;
		if ((l.kind === 'body' || l.kind === 'title') && isStoryParagraph(l.text)) return i;
	}
	return -1;
}

export function markTail(lines: CleanLine[], last: number, lex: BoilerplateLexicon, folded: Folded, mark: Mark): void {
	let closed = false;
	for (let i = last + 1; i < lines.length; i++) {
		const l = lines[i]!;
		if (l.kind === 'boilerplate' && CLOSING.has(l.reason ?? '')) closed = true;
		if (l.kind !== 'body' || !closed) continue;
		if (words(l.text).length >= KEEP_WORDS) continue;
		const f = folded(l);
		mark(l, isMasthead(f, l.text, lex) ? 'masthead' : isTicker(f, l.text, lex) ? 'ticker' : headlineShaped(l.text) ? 'teaser' : 'footer');
	}
}
