// Test-only oracle: a copy of this file as it was on main at c220436, before the
// clean/sentence fast paths. tests/perf/clean.test.ts checks the new code against it.
// Menus: a run of three or more one- to three-word lines, half of them site
// sections (أخبار / حوادث / رياضة / فن…). A short list in the story (names,
// countries), or any run under a line that introduces it ("…هم:"), stays.
import type {CleanLine} from '../../../../source/ingest/types.js';
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

export function markMenuRuns(lines: CleanLine[], from: number, to: number, lex: BoilerplateLexicon, folded: Folded, mark: Mark): void {
	let run: CleanLine[] = [];
	let introduced = false;
	const close = () => {
		const sections = run.filter(l => words(folded(l)).every(w => isSectionWord(w, lex))).length;
		if (run.length >= MIN_RUN && !introduced && sections * 2 >= run.length) for (const l of run) mark(l, 'menu');
		run = [];
	};
	let previous: CleanLine | null = null;
	for (let i = from; i < to; i++) {
		const l = lines[i]!;
		// Blank lines and furniture already found (اتصل بنا) neither extend nor break a run.
		if (l.kind === 'blank' || l.kind === 'boilerplate') continue;
		if (l.kind === 'body' && menuItem(l)) {
			if (run.length === 0) introduced = previous !== null && /[:：]\s*$/u.test(previous.text);
			run.push(l);
		} else close();
		previous = l;
	}
	close();
}
