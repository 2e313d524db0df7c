// parseDateline's code-unit gate (mayOpenDateline, source/ingest/clean/dateline.ts)
// must only skip lines none of the three patterns can match: the dateline it
// gives equals the plain parser's (clean-reference, main's code) on every line
// of the seeds and fixtures and on random lines built from the pieces
// datelines and ledes are made of.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {leadingName, parseDateline} from '../../source/ingest/clean/dateline.js';
import * as reference from './clean-reference/clean/dateline.js';

const root = join(import.meta.dirname, '../..');

function same(line: string): void {
	expect(parseDateline(line), `«${line}»`).toEqual(reference.parseDateline(line));
	expect(leadingName(line)).toEqual(reference.leadingName(line));
}

function textFiles(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, {withFileTypes: true})) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...textFiles(p));
		else if (/\.(txt|html|ndjson|csv)$/.test(e.name) && !/gold|expected/.test(e.name)) out.push(p);
	}
	return out;
}

describe('parseDateline with its gate = the plain parser', () => {
	it('on every line of the seeds and the fixtures', () => {
		let lines = 0;
		for (const f of [...textFiles(join(root, 'data/raw')), ...textFiles(join(root, 'tests/fixtures'))]) {
			for (const line of readFileSync(f, 'utf8').split('\n')) {
				same(line);
				lines++;
			}
		}
		expect(lines).toBeGreaterThan(1000);
	});

	const pieces = [
		'موسكو',
		'القاهرة',
		'بروكسل',
		'الرباط',
		'كييف',
		'نيو يورك',
		'مدينة غزة الجديدة',
		'الأناضول',
		'سبوتنيك.',
		'أ ش أ',
		'أ.ش.أ',
		'واس',
		'الصباح المغربي',
		'قال',
		'إن',
		'الرئيس',
		'10',
		'١٠',
		'فبراير',
		'2022',
		'في',
		'ف',
		'هـ',
		'مُوسْكُو',
		'😀',
		'𝐀𝐁',
		'\ud83d',
		'Moscow',
		'AFP',
	];
	const seps = [' ', '  ', '\t', ' - ', '-', ' – ', '—', ' / ', '/', ':', ' : ', '، ', ',', ' (', ')', '(', '[', ']', ' .', '.', ' ', ''];
	const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...seps)), {maxLength: 14}).map(a => a.join(''));

	// Shaped like a dateline, piece by piece, each piece perhaps missing or bent.
	const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t');
	const word = fc.constantFrom('موسكو', 'القاهرة', 'غزة', 'مُوسْكُو', 'Moscow', 'قال', 'الرئيس', 'ف', 'في', '٣', '𝐀', '\ud83d');
	const place = fc.array(fc.tuple(blank, word), {minLength: 1, maxLength: 4}).map(ws => ws.map(([b, w], k) => (k === 0 ? w : (b || ' ') + w)).join(''));
	const date = fc.constantFrom('', ' 10 فبراير 2022', '، 10 فبراير', ' في 10 فبراير', ' في١٠ فبراير', ',9', '، في', ' فبراير', '،،');
	const sep = fc.constantFrom('', '-', ' - ', '–', '—', '/', ':', ' : ', '.', '،');
	const credit = fc.constantFrom('(واس)', '[واس]', '(أ ش أ)', '/أ ش أ/', 'الأناضول', 'سبوتنيك.', 'الصباح المغربي:', '(الرائد) -', '', 'قال إن الحلف مستعد');
	const tail = fc.constantFrom('', ' -', ':', ' قال الرئيس إن…', ' - قال', '.');
	const shaped = fc.tuple(blank, place, date, blank, sep, blank, credit, tail).map(parts => parts.join(''));

	it('on lines shaped like datelines, each piece perhaps missing or bent', () => {
		fc.assert(
			fc.property(shaped, l => same(l)),
			{numRuns: 5000},
		);
	});

	it('on random lines of places, dates, credits, brackets, dashes and blanks', () => {
		fc.assert(
			fc.property(line, l => same(l)),
			{numRuns: 5000},
		);
	});
});
