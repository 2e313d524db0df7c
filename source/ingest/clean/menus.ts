// Menus: a run of one- to three-word lines (أخبار / حوادث / رياضة / فن…, من
// نحن / أعلن معنا). Outside the story any such run of three is a menu; inside
// it, half its lines must be site sections, so that a short list in the story
// (names, countries) stays.
import type {CleanLine} from '../types.js';
import {isSectionWord} from './furniture.js';
import type {BoilerplateLexicon} from './lexicon.js';
import {SENTENCE_PUNCT, words} from './shape.js';
import type {Folded, Mark} from './title.js';

const MIN_RUN = 3;

const menuItem = (l: CleanLine) => {
	if (l.text.length > 60) return false;
	const n = words(l.text).length;
	return n >= 1 && n <= 3 && !SENTENCE_PUNCT.test(l.text);
};

export function markMenuRuns(lines: CleanLine[], from: number, to: number, needSections: boolean, lex: BoilerplateLexicon, folded: Folded, mark: Mark): void {
	let run: CleanLine[] = [];
	const close = () => {
		const sections = run.filter(l => words(folded(l)).every(w => isSectionWord(w, lex))).length;
		if (run.length >= MIN_RUN && (!needSections || sections * 2 >= run.length)) for (const l of run) mark(l, 'menu');
		run = [];
	};
	for (let i = from; i < to; i++) {
		const l = lines[i]!;
		// Blank lines and furniture already found (اتصل بنا) neither extend nor break a run.
		if (l.kind === 'blank' || l.kind === 'boilerplate') continue;
		if (l.kind === 'body' && menuItem(l)) run.push(l);
		else close();
	}
	close();
}
