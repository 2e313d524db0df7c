// The clean / sentence-splitting fast paths against the plain code they
// replaced (tests/perf/clean-reference, main's code before them): the same
// cleaned article and the same sentences on the seeds, the page and shape
// fixtures (.txt, .html, .ndjson, .csv), a generated corpus, and random lines
// mixing furniture with story text. Any drift of the fast path fails here.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {clean, loadBoilerplate} from '../../source/ingest/clean.js';
import {fold} from '../../source/ingest/clean/lexicon.js';
import {planUnits} from '../../source/ingest/input/units.js';
import {readUnit} from '../../source/ingest/input/read-unit.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import type {RawArticle} from '../../source/ingest/types.js';
import * as reference from './clean-reference.js';

const root = join(import.meta.dirname, '../..');
const json = JSON.parse(readFileSync(join(root, 'data/lexicon/boilerplate.json'), 'utf8'));
const fast = loadBoilerplate(json);
const plain = reference.loadBoilerplate(json);
const agencies = loadLexicons().entities.agencies;

/** Cleans and splits `raw` both ways; the two must agree field for field. */
function expectSame(raw: RawArticle): void {
	const mine = clean(raw, fast, agencies);
	const theirs = reference.clean(raw, plain, agencies);
	expect(mine).toEqual(theirs);
	expect(splitSentences(mine)).toEqual(reference.splitSentences(theirs));
}

/** Every article a folder's files give, read as ingest reads them. */
async function articles(dir: string): Promise<RawArticle[]> {
	const files = readdirSync(dir)
		.filter(f => /\.(txt|html|ndjson|csv)$/.test(f) && !/gold|expected/.test(f))
		.sort();
	const out: RawArticle[] = [];
	for await (const {unit} of planUnits(dir, files)) {
		if (unit.kind === 'skip') continue;
		const read = await readUnit(dir, unit);
		if (read.ok) out.push(read.article);
	}
	return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'clean-perf-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('clean and splitSentences agree with the plain reference', () => {
	it('on the seeds', async () => {
		const raws = await articles(join(root, 'data/raw'));
		expect(raws.length).toBeGreaterThanOrEqual(5);
		for (const raw of raws) expectSame(raw);
	});

	it('on the page and shape fixtures (text, HTML, NDJSON, CSV)', async () => {
		for (const d of ['pages', 'shapes', 'heldout', 'discover']) {
			const raws = await articles(join(root, 'tests/fixtures', d));
			expect(raws.length).toBeGreaterThan(0);
			for (const raw of raws) expectSame(raw);
		}
	});

	it('on a generated corpus', async () => {
		writeCorpus({articles: 120, out: join(tmp, 'gen'), seed: 7});
		const raws = await articles(join(tmp, 'gen'));
		expect(raws.length).toBe(120);
		for (const raw of raws) expectSame(raw);
	}, 120_000);

	it('on random pages of furniture, bylines, dates and story lines', async () => {
		const seedLines = (await articles(join(root, 'tests/fixtures/pages'))).flatMap(a => a.text.split('\n'));
		const phrases = [
			...Object.values(json.lines ?? {}).flat(),
			...Object.values(json.prefixes ?? {}).flat(),
			...Object.values(json.contains ?? {}).flat(2),
			...Object.values(json.only ?? {}).flat(),
			...(json.sectionWords ?? []),
			...(json.captionCredits ?? []),
			...(json.mastheadTitles ?? []),
			...(json.listHeadings ?? []),
			...(json.tickerWords ?? []),
			...(json.breakingPrefixes ?? []),
		] as string[];
		const bits = [
			...phrases,
			'بروكسل / الأناضول',
			'كييف- (أ ش أ):',
			'(الرائد) -',
			'بقلم: سامر علي',
			'الثلاثاء، 08 فبراير 2022 02:15 م',
			'١٥.٠٢.٢٠٢٢',
			'نشر في 12/01/2022',
			'قال الأمين العام للناتو إن الحلف مستعد للحوار.',
			'«لا يمكننا القبول» قال لافروف. ثم غادر!',
			'د. سامر U.S. 3.5 مليار… هل؟',
			'#أوكرانيا #روسيا',
			'ع ح/ م م',
			'Maghreb Actu',
			'© 2022 الخليج 24. جميع الحقوق محفوظة',
			' | ',
			' › ',
			'😀 ',
			'___',
			'\u00a0',
			'  ',
			'ـــ',
			'\u200f',
			'ﻻ',
		];
		const line = fc
			.array(fc.oneof(fc.constantFrom(...bits), fc.constantFrom(...seedLines), fc.string({maxLength: 12})), {maxLength: 6})
			.map(parts => parts.join(' '));
		fc.assert(
			fc.property(fc.array(line, {minLength: 1, maxLength: 30}), lines => {
				const text = lines.join('\n');
				expect(fold(text)).toBe(reference.referenceFold(text));
				if (!text.trim()) return;
				expectSame({id: 'random', file: 'random.txt', text, language: {value: 'ar', from: 'text'}});
			}),
			{numRuns: 300, seed: 21},
		);
	}, 120_000);

	// pieces() finds its candidates (a stop, or a bullet after a space) by code unit,
	// not by the look-behind RegExp it had: every code unit, in each place a
	// candidate depends on (after a space, before or after one, beside a stop), must
	// split as the plain splitter does.
	it('splits around every code unit as the plain splitter does', () => {
		const differ: string[] = [];
		const article = (text: string) => ({
			id: 'c',
			file: 'c.txt',
			text,
			lines: [{line: 1, start: 0, end: text.length, text, kind: 'body' as const}],
			title: null,
			titleLine: null,
			outlet: null,
			wire: null,
		});
		for (let c = 0; c < 0x10000; c++) {
			const s = String.fromCharCode(c);
			for (const t of [`قال ${s}ثم. ذهب`, `قال ${s}${s} بعد`, `قال ${s} x${s}y. z`, `${s}قال. ${s}`, `«قال. ${s}» ثم`, `ب ${s}ب ج`, `قال ${s}${s}${s}x. y`]) {
				const a = article(t);
				if (JSON.stringify(splitSentences(a)) !== JSON.stringify(reference.splitSentences(a))) differ.push(JSON.stringify(t));
			}
		}
		expect(differ).toEqual([]);
	});

	it('folds every code unit as the plain fold does', () => {
		const differ: string[] = [];
		for (let c = 0; c < 0x10000; c++) {
			const s = String.fromCharCode(c);
			for (const t of [s, `ب${s} x`, ` ${s}${s} `]) if (fold(t) !== reference.referenceFold(t)) differ.push(JSON.stringify(t));
		}
		expect(differ).toEqual([]);
		for (const t of ['\ud83d\ude00 x', 'x \ud83d', '\ude00\ud83d', 'ﷺ  ﷺ', '\u3000a\u3000', '①②', 'Ａ ｶ']) expect(fold(t)).toBe(reference.referenceFold(t));
	});
});
