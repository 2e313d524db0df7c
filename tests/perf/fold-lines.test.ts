// Two clean fast paths against their plain forms: foldLines (every line of
// an article folded into one buffer and decoded once) must give each line's
// foldText, and wordCount (one table read per code unit) the number of
// words the plain split finds (clean-reference's words(), main's code). On
// the seeds, a generated corpus and random text of every path: spaces of
// every kind, NFKC expansions, surrogate pairs and lone surrogates (at a
// line's end too), harakat, digits, Latin.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {foldLines, foldText} from '../../source/ingest/clean/fold.js';
import {wordCount} from '../../source/ingest/clean/shape.js';
import {seeds} from '../ingest/helpers.js';
import {referenceFold} from './clean-reference.js';
import {words} from './clean-reference/clean/shape.js';

/** The lines of a text as clean cuts them. */
function linesOf(text: string): Array<{start: number; end: number; text: string}> {
	const out: Array<{start: number; end: number; text: string}> = [];
	let start = 0;
	for (const t of text.split('\n')) {
		out.push({start, end: start + t.length, text: t});
		start += t.length + 1;
	}
	return out;
}

function same(text: string): void {
	const lines = linesOf(text);
	const folds = foldLines(text, lines);
	expect(folds).toHaveLength(lines.length);
	lines.forEach((l, k) => {
		expect(folds[k], `fold of line ${k + 1}: «${l.text.slice(0, 60)}»`).toBe(referenceFold(l.text));
		expect(foldText(l.text)).toBe(folds[k]);
		expect(wordCount(l.text), `words of «${l.text.slice(0, 60)}»`).toBe(words(l.text).length);
	});
}

const tmp = mkdtempSync(join(tmpdir(), 'fold-lines-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('foldLines and wordCount agree with the plain fold and word split', () => {
	it('on the seeds', () => {
		for (const a of seeds()) same(a.text);
	});

	it('on a generated corpus', () => {
		writeCorpus({articles: 60, out: tmp, seed: 5});
		const files = readdirSync(tmp).filter(f => f.endsWith('.txt'));
		expect(files.length).toBe(60);
		for (const f of files) same(readFileSync(join(tmp, f), 'utf8'));
	}, 120_000);

	const units = [
		...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱىةؤئـًٌٍَُِّْٰ٠١٢٣0123456789ABCxyz.،:«»|-',
		' ',
		'  ',
		'\t',
		'\u00a0',
		'\u2003',
		'\u3000',
		'\ufeff',
		'\n',
		'\n\n',
		'ﻻ',
		'ﷺ',
		'ﷲ',
		'Ａ',
		'²',
		'😀',
		'𝐀',
		'\ud83d',
		'\ude00',
		'\ud800\n',
		'é',
		'e\u0301',
	];
	it('on random texts of every path, many lines each', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...units), {maxLength: 200}), a => same(a.join(''))),
			{numRuns: 1500},
		);
	});

	it('on a text long enough to grow the buffer', () => {
		same(`${'أعلنَ الأمين  العام ﷺ ٢٠٢٢ ﻻ NATO 😀 \ud83d\n'.repeat(400)}  `);
	});
});
