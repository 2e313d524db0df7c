// Teaser lists: under a heading such as "اقرأ أيضا" or "الأكثر قراءة" stand
// the headlines of other stories, one a line. They end at the first line that
// is not shaped like a headline, so the story that resumes under a read-also
// box in mid-article is kept.
import type {CleanLine} from '../types.js';
import {lineForm, type BoilerplateLexicon} from './lexicon.js';
import {teaserShaped} from './shape.js';
import type {Folded, Mark} from './title.js';

/** Read-also boxes in mid-story hold a handful of links; longer lists are the page's own widgets. */
const MAX_ITEMS = 6;

export function markTeaserLists(lines: CleanLine[], from: number, lex: BoilerplateLexicon, folded: Folded, mark: Mark): void {
	if (lex.listHeadings.size === 0) return;
	for (let i = from; i < lines.length; i++) {
		const h = lines[i]!;
		if (h.kind !== 'body' && h.kind !== 'boilerplate') continue;
		const f = folded(h);
		if (f.length > lex.listHeadingsMax || !lex.listHeadings.has(lineForm(f))) continue;
		if (h.kind === 'body') mark(h, 'related');
		let items = 0;
		for (let j = i + 1; j < lines.length && items < MAX_ITEMS; j++) {
			const l = lines[j]!;
			if (l.kind !== 'body') {
				if (l.kind === 'title') break;
				continue;
			}
			if (!teaserShaped(l.text)) break;
			mark(l, 'teaser');
			items++;
		}
	}
}
