// Issue 17, part 4: a comparison that knows time. Each outlet's claim is as of
// the day it wrote; a status that changes between reports of different days
// is a development, and only claims about the same state of the world that
// cannot both be true are contradictions.
import {describe, expect, it} from 'vitest';
import type {EventMention} from '../../source/dataset/schema.js';
import {publicationTiming, shortDay, timingText} from '../../source/compare/timing.js';
import {article, compareIn, dataset, event} from './build.js';

const EV = 'talks';

function mention(articleId: string, index: number, extra: Partial<EventMention> = {}): EventMention {
	return {
		article: articleId,
		sentence: `${articleId}:${index}`,
		type: 'talks',
		plover: 'CONSULT',
		date: null,
		end: null,
		place: null,
		participants: [],
		status: 'unknown',
		outcomes: [],
		numbers: [],
		...extra,
	};
}

/** One outlet per (published, status), each with one sentence linked to the event. */
function comparisonOf(claims: Array<[published: string, status: EventMention['status'], extra?: Partial<EventMention>]>, date = '2022-01-10') {
	const articles = claims.map(([published], i) => article(`00${i}_x`, `Outlet ${i}`, published, [{text: 'محادثات جنيف', events: [EV]}]));
	const ev = event(EV, articles, {
		date,
		statusClaims: claims.filter(([, s]) => s !== 'unknown').map(([, status], i) => ({article: `00${i}_x`, status, sentence: `00${i}_x:0`})),
		mentionDetails: claims.map(([, status, extra], i) => mention(`00${i}_x`, 0, {status, ...extra})),
	});
	return compareIn(dataset(articles, [ev]), EV);
}

const status = (c: ReturnType<typeof comparisonOf>) => c.facts.find(f => f.key === 'status')!;

describe('publication relative to the event', () => {
	it('is before, on or after the event, with the days between', () => {
		expect(publicationTiming('2021-12-26', '2022-01-12')).toEqual({relation: 'before', days: -17});
		expect(publicationTiming('2022-01-12', '2022-01-12')).toEqual({relation: 'on', days: 0});
		expect(publicationTiming('2022-01-14', '2022-01-12')).toEqual({relation: 'after', days: 2});
		// A range: after its last day.
		expect(publicationTiming('2022-01-14', '2022-01-12', '2022-01-13')).toEqual({relation: 'after', days: 1});
		expect(publicationTiming('2022-01-13', '2022-01-12', '2022-01-13')).toEqual({relation: 'on', days: 0});
	});

	it('has no days for a coarse event date, and no relation when the report falls inside it', () => {
		expect(publicationTiming('2021-12-26', '2022-01')).toEqual({relation: 'before', days: null});
		expect(publicationTiming('2022-02-01', '2022-01')).toEqual({relation: 'after', days: null});
		expect(publicationTiming('2022-01-20', '2022-01')).toBeNull();
		expect(publicationTiming(null, '2022-01-12')).toBeNull();
		expect(publicationTiming('2022-01-12', null)).toBeNull();
	});

	it('is said in words', () => {
		expect(timingText({relation: 'before', days: -17})).toBe('17 days before');
		expect(timingText({relation: 'after', days: 1})).toBe('1 day after');
		expect(timingText({relation: 'on', days: 0})).toBe('on the day');
		expect(shortDay('2021-12-26', '2022')).toBe('26 Dec 2021');
		expect(shortDay('2022-01-04', '2022')).toBe('4 Jan');
	});

	it('is on every column of a comparison', () => {
		const c = comparisonOf([
			['2022-01-04', 'scheduled'],
			['2022-01-12', 'held'],
		]);
		expect(c.columns.map(col => col.timing?.relation)).toEqual(['before', 'after']);
	});
});

describe('status timeline', () => {
	it("reads scheduled before the talks and held and failed after them as a development, with each report's date", () => {
		const c = comparisonOf([
			['2021-12-26', 'scheduled'],
			['2022-01-04', 'scheduled'],
			['2022-01-12', 'failed', {outcomes: [{kind: 'failed', text: 'فشل'}], numbers: [{value: 4, unit: 'ساعات', counts: 'hours', text: '4 ساعات'}]}],
		]);
		expect(status(c).conflict).toBe(false);
		expect(c.timeline.map(s => [s.published, s.status])).toEqual([
			['2021-12-26', 'scheduled'],
			['2022-01-04', 'scheduled'],
			['2022-01-12', 'failed'],
		]);
		expect(c.timeline.map(s => s.text)).toEqual(['scheduled, as of 26 Dec 2021', 'scheduled, as of 4 Jan', 'held and failed after 4 hours, as of 12 Jan']);
	});

	it('finds a contradiction between two reports of the same day that tell different phases', () => {
		const c = comparisonOf([
			['2022-01-05', 'scheduled'],
			['2022-01-05', 'held'],
		]);
		expect(status(c).conflict).toBe(true);
		expect(status(c).conflictValues!.map(v => [v.value, v.published])).toEqual([
			['held', ['2022-01-05']],
			['scheduled', ['2022-01-05']],
		]);
	});

	it('does not on the day of the event itself (a morning\'s "to be held", an evening\'s "held")', () => {
		expect(
			status(
				comparisonOf([
					['2022-01-10', 'scheduled'],
					['2022-01-10', 'held'],
				]),
			).conflict,
		).toBe(false);
	});

	it('finds held against cancelled whenever told, and "to come" after another outlet reported it over', () => {
		expect(
			status(
				comparisonOf([
					['2022-01-11', 'held'],
					['2022-01-14', 'cancelled'],
				]),
			).conflict,
		).toBe(true);
		expect(
			status(
				comparisonOf([
					['2022-01-11', 'held'],
					['2022-01-13', 'scheduled'],
				]),
			).conflict,
		).toBe(true);
		// Postponed, then held on a later day: a development.
		expect(
			status(
				comparisonOf([
					['2022-01-03', 'postponed'],
					['2022-01-11', 'held'],
				]),
			).conflict,
		).toBe(false);
	});
});

describe('numbers as of the day they were reported', () => {
	const killed = (value: number, text: string): Partial<EventMention> => ({numbers: [{value, unit: 'قتيلا', counts: 'killed', text}]});

	it('912 and 1,014 dead reported on the same day conflict, shown with both reporting dates', () => {
		const c = comparisonOf(
			[
				['2023-02-08', 'unknown', killed(912, '912 قتيلا')],
				['2023-02-08', 'unknown', killed(1014, '1014 قتيلا')],
			],
			'2023-02-06',
		);
		const numbers = c.facts.find(f => f.key === 'numbers')!;
		expect(numbers.conflict).toBe(true);
		expect(numbers.conflictValues).toEqual([
			{value: '1,014 killed', articles: ['001_x'], published: ['2023-02-08'], odd: true},
			{value: '912 killed', articles: ['000_x'], published: ['2023-02-08'], odd: true},
		]);
		expect(c.facts[0]!.key).toBe('numbers');
	});

	it('a toll that rises from one day to the next is a development', () => {
		const c = comparisonOf(
			[
				['2023-02-07', 'unknown', killed(912, '912 قتيلا')],
				['2023-02-08', 'unknown', killed(1014, '1014 قتيلا')],
			],
			'2023-02-06',
		);
		expect(c.facts.find(f => f.key === 'numbers')!.conflict).toBe(false);
		expect(c.facts.find(f => f.key === 'numbers')!.cells['000_x']!.values).toEqual(['912 killed']);
	});

	it('how long finished talks lasted is one state of the world, whichever day it is told', () => {
		const hours = (value: number): Partial<EventMention> => ({numbers: [{value, unit: 'ساعات', counts: 'hours', text: `${value} ساعات`}]});
		const c = comparisonOf([
			['2022-01-11', 'held', hours(4)],
			['2022-01-13', 'held', hours(5)],
		]);
		expect(c.facts.find(f => f.key === 'numbers')!.conflict).toBe(true);
	});
});

describe('the conflict mark', () => {
	it('goes on the values that differ from the majority', () => {
		const articles = ['000_a', '001_b', '002_c'].map((id, i) => article(id, `O${i}`, '2022-01-05', [{text: 'محادثات', events: [EV]}]));
		const ev = event(EV, articles, {
			dateClaims: [
				{article: '000_a', value: '2022-01-10', end: null, sentence: '000_a:0'},
				{article: '001_b', value: '2022-01-10', end: null, sentence: '001_b:0'},
				{article: '002_c', value: '2022-01-11', end: null, sentence: '002_c:0'},
			],
		});
		const date = compareIn(dataset(articles, [ev]), EV).facts.find(f => f.key === 'date')!;
		expect(date.conflictValues!.map(v => [v.value, v.odd])).toEqual([
			['2022-01-10', false],
			['2022-01-11', true],
		]);
	});
});
