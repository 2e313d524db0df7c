// normaliseWithMap's table-and-buffer fast path against the plain code it
// replaced (normalise-reference.ts, main's copy): the same text and the same
// offset map, element for element, on every line and sentence of the seeds and
// a generated corpus, and on random strings of the characters that take the
// slow paths (presentation forms and ligatures NFKC expands, lone and paired
// surrogates, harakat, digits of three systems, Latin capitals, spaces).
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {normaliseWithMap} from '../../source/arabic/normalise.js';
import {clean} from '../../source/ingest/clean.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {boilerplate, raw, seeds} from '../ingest/helpers.js';
import * as ref from './normalise-reference.js';

function same(text: string): void {
	const mine = normaliseWithMap(text);
	const theirs = ref.normaliseWithMap(text);
	expect(mine.text, `text of «${text.slice(0, 80)}»`).toBe(theirs.text);
	// Element by element and by length: a hole or a stale tail would show.
	expect(mine.map.length, `map length of «${text.slice(0, 80)}»`).toBe(theirs.map.length);
	expect([...mine.map], `map of «${text.slice(0, 80)}»`).toEqual(theirs.map);
}

function texts(file: string, text: string): string[] {
	return [text, ...text.split('\n'), ...splitSentences(clean(raw(text, file), boilerplate)).map(s => s.text)];
}

const tmp = mkdtempSync(join(tmpdir(), 'normalise-perf-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('normaliseWithMap fast path = plain normaliseWithMap', () => {
	it('on the seeds: whole texts, lines and sentences', () => {
		let n = 0;
		for (const a of seeds()) {
			for (const t of texts(a.file, a.text)) {
				same(t);
				n++;
			}
		}
		expect(n).toBeGreaterThan(100);
	});

	it('on a generated corpus', () => {
		const c = writeCorpus({articles: 80, out: tmp, seed: 11});
		expect(readdirSync(tmp).length).toBeGreaterThan(0);
		for (const f of c.files) for (const t of texts(f, readFileSync(join(tmp, f), 'utf8'))) same(t);
	}, 120_000);

	// The characters of every path: kept, replaced, dropped, expanded by NFKC, surrogates.
	const alphabet = [
		...'پچژڤگکیابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱىةؤئـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴ 0123456789ABCxyz.،«»\t\u00a0',
		'ﻻ',
		'ﷺ',
		'ﷲ',
		'ﻷ',
		'ﺎ',
		'Ａ',
		'²',
		'ﬁ',
		'😀',
		'\ud83d',
		'\ude00',
		'\ud800a',
		'é',
		'e\u0301',
	];
	it('on random strings of the characters that take every path', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 60}), a => same(a.join(''))),
			{numRuns: 2000},
		);
	});

	it('on long texts (the buffer grows) and on texts past the presized map', () => {
		const line = 'أعلنَ الأمين العام ﷺ ٢٠٢٢ ﻻ NATO 😀 \ud83d ';
		same(line.repeat(300));
		same(line.repeat(2000));
	});
});
