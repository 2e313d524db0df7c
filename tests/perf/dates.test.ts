// Differential test of the date extractor's fast path (issue 21): the trigger
// scan with sticky patterns (source/ingest/extract/dates.ts) against the old
// extractor that ran every pattern over the whole sentence, kept verbatim in
// dates-reference.ts. Every match, offset, resolution and the Hijri blanking
// must agree on the seeds, on a generated corpus and on random strings built
// from calendar words, digits, separators and filler.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {loadCalendar, type CalendarJson} from '../../source/ingest/calendar.js';
import {clean} from '../../source/ingest/clean.js';
import {blankHijri, extractDates, matchDates} from '../../source/ingest/extract/dates.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {boilerplate, calendar, lexiconDir, raw, seeds} from '../ingest/helpers.js';
import * as ref from './dates-reference.js';

const ANCHORS = ['2022-01-12', '2021-12-31', null] as const;

/** Both extractors on one text; the message names the text so a drift is easy to replay. */
function same(text: string, cal = calendar): void {
	for (const anchor of ANCHORS) {
		const opts = {yearHint: 2022};
		expect(extractDates(text, anchor, cal, opts), `«${text}» @ ${anchor}`).toEqual(ref.extractDates(text, anchor, cal, opts));
	}
	expect(matchDates(text, cal).matches, `matches of «${text}»`).toEqual(ref.matchDates(text, cal).matches);
}

function sentencesOf(file: string, text: string): string[] {
	return splitSentences(clean(raw(text, file), boilerplate)).map(s => s.text);
}

const json = JSON.parse(readFileSync(join(lexiconDir, 'calendar.json'), 'utf8')) as CalendarJson;

describe('dates fast path = old extractor', () => {
	it('on every sentence of the seeds (and on each seed as one text)', () => {
		let dated = 0;
		for (const a of seeds()) {
			same(a.text);
			for (const s of sentencesOf(a.file, a.text)) {
				same(s);
				dated += extractDates(s, '2022-01-12', calendar).length;
			}
		}
		// The comparison means something only if the seeds hold dates.
		expect(dated).toBeGreaterThan(50);
	});

	const dir = mkdtempSync(join(tmpdir(), 'dates-diff-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('on every sentence of a generated corpus', () => {
		const c = writeCorpus({articles: 120, out: dir, seed: 7});
		let dated = 0;
		for (const f of c.files) {
			for (const s of sentencesOf(f, readFileSync(join(dir, f), 'utf8'))) {
				same(s);
				dated += extractDates(s, '2022-01-12', calendar).length;
			}
		}
		expect(dated).toBeGreaterThan(200);
	}, 60_000);

	// Pieces as written in articles (hamza, ة, Arabic-Indic digits), so normalisation runs too.
	const calendarWords = [
		...json.months.flatMap(m => m.names),
		...json.weekdays.flatMap(w => w.names),
		...Object.keys(json.ordinalDays),
		...json.today,
		...json.yesterday,
		...json.tomorrow,
		...(json.dayParts ?? []),
		...json.dayWord,
		...json.rangeDayWord,
		...json.dateLinkers,
		...json.next,
		...json.previous,
		...json.current,
		...json.this,
		...json.units.week,
		...json.units.month,
		...json.units.year,
		...json.yearWords,
		...json.monthWords,
		...json.yearPrepositions,
		...(json.notYearBefore ?? []),
		...json.monthPrepositions,
		...json.notTodayAfter,
		...json.qualifierLinkers,
		...Object.values(json.qualifiers).flat(),
		...(json.tense?.future ?? []),
		...(json.tense?.pastVerbs ?? []).slice(0, 8),
		'بعد غد',
		'أول من أمس',
		'قبل أمس',
		'رجب',
		'ذو الحجة',
		'هـ',
		'م',
		'ذلك',
	];
	const numbers = ['5', '12', '31', '2022', '2021', '1443', '0', '99', '٢٠٢٢', '١٢', '19:07', '12/01/2022', '2022-01-12', '2022.01.12', '2021–2022'];
	const separators = [' ', ' ', ' ', '', '/', '-', '–', '.', ':', '،', ',', '(', ')', '"', '«', '»', '\n', ' و', ' ف', ' ب', ' ل', '  '];
	const filler = ['كتاب', 'حكومه', 'بغداد', 'الحكومة', 'قال', 'وزير', 'في', 'من', 'عالم', 'الجيش', 'المتحدة', 'the', 'Jan', 'May', 'x', '%', 'ألف'];
	const piece = fc.oneof(
		{weight: 4, arbitrary: fc.constantFrom(...calendarWords)},
		{weight: 3, arbitrary: fc.constantFrom(...numbers)},
		{weight: 2, arbitrary: fc.integer({min: 0, max: 2100}).map(String)},
		{weight: 2, arbitrary: fc.constantFrom(...filler)},
	);
	const text = fc.array(fc.tuple(piece, fc.constantFrom(...separators)), {minLength: 1, maxLength: 14}).map(parts => parts.map(([p, s]) => p + s).join(''));

	it('on random strings of calendar words, digits, separators and filler', () => {
		fc.assert(
			fc.property(text, t => {
				same(t);
				expect(blankHijri(t)).toBe(ref.blankHijri(t));
			}),
			{numRuns: 3000, seed: 2112},
		);
	});

	it('on random strings with a calendar that has an empty word list (patterns may then start anywhere)', () => {
		const sparse = loadCalendar({...json, dayWord: [], this: []});
		fc.assert(
			fc.property(text, t => same(t, sparse)),
			{numRuns: 400, seed: 5},
		);
	});

	// The year-first patterns (iso, ymd, yearRange) run only where the four digits are followed
	// by what each needs next (a dash, a slash or dot, a dash or م): every shape of what may follow a year.
	it('on years followed by every separator, with and without م and spaces', () => {
		const after = ['-', '–', '—', '/', '.', ' - ', ' م - ', 'م-', ' م', ' م ', '  /  ', ' . ', ':', '،', ' و', ' الى ', ''];
		const next = ['2022', '22', '01-12', '01/12', '1/2', '12', ' م', 'م', '', 'يناير'];
		fc.assert(
			fc.property(
				fc.constantFrom('', 'في ', 'عام ', 'منذ ', 'قال '),
				fc.constantFrom('2021', '1999', '2022', '1850', '3021', '20211'),
				fc.constantFrom(...after),
				fc.constantFrom(...next),
				fc.constantFrom(...after),
				fc.constantFrom('', '2023', 'الماضي', ' قتيلا'),
				(a, y, s1, n1, s2, n2) => same(`${a}${y}${s1}${n1}${s2}${n2}`),
			),
			{numRuns: 1500, seed: 4},
		);
	});

	it('blanks Hijri dates like the old replace, wherever digits stand', () => {
		const hijri = fc
			.array(fc.constantFrom('8 رجب 1443 هـ', '12 ذو الحجة', '3 ربيع الاول 1442', '١٥ شعبان', '5', '2022', ' ', 'قال', 'هـ', 'ه', '1'), {maxLength: 10})
			.map(ps => ps.join(' '));
		fc.assert(
			fc.property(hijri, t => {
				expect(blankHijri(t)).toBe(ref.blankHijri(t));
				same(t);
			}),
			{numRuns: 1000, seed: 9},
		);
	});
});
