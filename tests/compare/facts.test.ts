import {describe, expect, it} from 'vitest';
import {miniDataset, miniIds} from '../fixtures/mini-dataset.js';
import {actor, article, compareIn, conflictsIn, dataset, event} from './build.js';

const EV = 'geneva';
const a = article('000_a', null, '2022-01-04', [
	{text: 'محادثات أمريكية روسية في جنيف يوم 10 يناير', dates: [['10 يناير', '2022-01-10']], places: [['geneva', 'Geneva', 'جنيف']], events: [EV]},
	{text: 'استمرت المحادثات 8 ساعات', numbers: [['8 ساعات', 8, 'hours']], events: [EV]},
]);
const b = article('001_b', 'Outlet B', '2022-01-12', [
	{text: 'مباحثات جنيف أمس الثلاثاء 11/01/2022 فشلت', dates: [['11/01/2022', '2022-01-11']], places: [['geneva', 'Geneva', 'جنيف']], events: [EV]},
	{text: 'استمرت المباحثات 7 ساعات', numbers: [['7 ساعات', 7, 'hours']], events: [EV]},
]);
const c3 = article('002_c', 'Outlet C', '2022-01-05', [{text: 'ستبدأ المحادثات في يناير', dates: [['يناير', '2022-01']], events: [EV]}]);
const d = article('003_d', 'Outlet D', '2022-01-06', [{text: 'لا علاقة', events: []}]);
const ev = event(EV, [a, b, c3], {
	date: '2022-01-10',
	dateClaims: [
		{article: '000_a', value: '2022-01-10', end: null, sentence: '000_a:0'},
		{article: '001_b', value: '2022-01-11', end: null, sentence: '001_b:0'},
		{article: '002_c', value: '2022-01', end: null, sentence: '002_c:0'},
	],
	statusClaims: [
		{article: '000_a', status: 'scheduled', sentence: '000_a:0'},
		{article: '001_b', status: 'held', sentence: '001_b:0'},
		{article: '001_b', status: 'failed', sentence: '001_b:0'},
		{article: '002_c', status: 'scheduled', sentence: '002_c:0'},
	],
});
const agreeing = event('quiet', [a], {dateClaims: [{article: '000_a', value: '2022-01-10', end: null, sentence: '000_a:0'}]});
const ds = dataset([a, b, c3, d], [ev, agreeing]);
const c = compareIn(ds, EV);
const fact = (key: string) => c.facts.find(f => f.key === key)!;

describe('columns', () => {
	it('has one column per reporting outlet in publication order, unknown outlets labelled by number', () => {
		expect(c.columns.map(col => col.article)).toEqual(['000_a', '002_c', '001_b']);
		expect(c.columns[0]!.label).toBe('Unattributed (000)');
		expect(c.columns[2]!.published).toBe('2022-01-12');
	});
});

describe('fact grid', () => {
	it('has the date, place, participants, speakers, numbers and status rows, the conflicting ones first', () => {
		expect(c.facts.map(f => f.key)).toEqual(['date', 'numbers', 'place', 'participants', 'speakers', 'status']);
	});

	it('marks a date conflict with each value and who gives it, and a coarser date is no conflict', () => {
		const date = fact('date');
		expect(date.conflict).toBe(true);
		// Three outlets, three values: no majority, so every value carries the mark.
		expect(date.conflictValues).toEqual([
			{value: '2022-01', articles: ['002_c'], published: ['2022-01-05'], odd: true},
			{value: '2022-01-10', articles: ['000_a'], published: ['2022-01-04'], odd: true},
			{value: '2022-01-11', articles: ['001_b'], published: ['2022-01-12'], odd: true},
		]);
		expect(date.cells['001_b']).toEqual({values: ['2022-01-11'], sentences: ['001_b:0']});
	});

	it('reads scheduled (before) then failed (after) as a development, not a status conflict', () => {
		const status = fact('status');
		expect(status.conflict).toBe(false);
		expect(status.cells['001_b']!.values).toEqual(['failed']);
		expect(c.timeline.map(s => [s.article, s.status])).toEqual([
			['000_a', 'scheduled'],
			['002_c', 'scheduled'],
			['001_b', 'failed'],
		]);
		expect(c.timeline[2]!.text).toBe('held and failed, as of 12 Jan');
	});

	it('marks the same unit measured differently as a numbers conflict', () => {
		expect(fact('numbers').conflict).toBe(true);
		expect(fact('numbers').cells['000_a']!.values).toEqual(['8 ساعات']);
	});

	it('leaves omissions as null cells, without a conflict', () => {
		expect(fact('place').cells['002_c']).toBeNull();
		expect(fact('place').cells['000_a']!.values).toEqual(['Geneva']);
		expect(fact('place').conflict).toBe(false);
		expect(fact('numbers').cells['002_c']).toBeNull();
	});

	it('has no conflict when outlets agree (mini dataset Geneva event: one date claim)', () => {
		const g = compareIn(miniDataset, miniIds.genevaEvent);
		expect(g.facts.find(f => f.key === 'date')!.conflict).toBe(false);
		expect(g.facts.find(f => f.key === 'status')!.conflict).toBe(false);
	});

	it('lists events with conflicts and the facts in dispute', () => {
		expect(conflictsIn(ds)).toEqual([{eventId: EV, facts: ['date', 'numbers']}]);
		expect(conflictsIn(miniDataset)).toEqual([{eventId: miniIds.nrcEvent, facts: ['date']}]);
	});
});

describe('voices and citations', () => {
	const STOLT: [string, string] = ['jens-stoltenberg', 'Jens Stoltenberg'];
	const x = article('000_x', 'X', '2022-01-01', [
		{text: 'اجتماع الناتو وروسيا', events: ['nrc']},
		{text: 'وقال ستولتنبرغ إن الحوار ضروري', said: {speaker: STOLT, verb: 'قال'}, events: ['nrc']},
		{text: 'وأكد ستولتنبرغ أن الحلف لن يساوم', said: {speaker: STOLT, verb: 'أكد'}},
		{
			text: 'وزعم ريابكوف حسب وكالة تاس ووكالة تاس أن الغرب لم يستمع',
			said: {speaker: ['sergei-ryabkov', 'Sergei Ryabkov'], verb: 'زعم'},
			cited: [['tass', 'TASS', 'agency', 'وكالة تاس']],
		},
		{
			text: 'وقال مسؤول في الناتو إن الباب مفتوح',
			said: {role: 'مسؤول في الناتو', verb: 'قال'},
			cited: [['nato-source', 'NATO source', 'anonymous', 'مسؤول في الناتو']],
		},
		{text: 'ونقلت رويترز عن مصدر', cited: [['reuters', 'Reuters', 'agency', 'رويترز']]},
		{text: 'وذكرت تاس لاحقا', cited: [['tass', 'TASS', 'agency', 'تاس']]},
	]);
	const ds2 = dataset([x], [event('nrc', [x])], [actor('jens-stoltenberg', 'Jens Stoltenberg', 'NATO'), actor('sergei-ryabkov', 'Sergei Ryabkov', 'Russia')]);
	const cx = compareIn(ds2, 'nrc');

	it('counts speakers over the whole article with their affiliation; role-only speakers are anonymous', () => {
		expect(cx.voices['000_x']).toEqual([
			{speaker: 'jens-stoltenberg', name: 'Jens Stoltenberg', affiliation: 'NATO', kind: 'person', count: 2},
			{speaker: 'sergei-ryabkov', name: 'Sergei Ryabkov', affiliation: 'Russia', kind: 'person', count: 1},
			{speaker: 'مسؤول في الناتو', name: 'مسؤول في الناتو', affiliation: 'anonymous', kind: 'anonymous', count: 1},
		]);
	});

	it('counts citations per sentence over the whole article', () => {
		expect(cx.citations['000_x']).toEqual([
			{id: 'tass', name: 'TASS', kind: 'agency', count: 2},
			{id: 'nato-source', name: 'NATO source', kind: 'anonymous', count: 1},
			{id: 'reuters', name: 'Reuters', kind: 'agency', count: 1},
		]);
	});

	it('lists the reporting verbs per speaker', () => {
		expect(cx.wording.verbs['000_x']!.find(v => v.speaker === 'jens-stoltenberg')!.verbs).toEqual(['قال', 'أكد']);
		expect(cx.wording.verbs['000_x']!.find(v => v.speaker === 'sergei-ryabkov')!.verbs).toEqual(['زعم']);
	});
});

describe('distinctive wording', () => {
	it('lists phrases only one outlet uses about a party, not names or shared words', () => {
		const RU: [string, string, string] = ['russia', 'Russia', 'روسيا'];
		const x = article('000_x', 'X', '2022-01-01', [
			{text: 'وأصدرت روسيا التي تعيث فسادا في الغرب قائمة مقترحات', places: [RU], events: ['e']},
			{text: 'قائمة مقترحات طويلة بلا ذكر لأحد', events: ['e']},
		]);
		const y = article('001_y', 'Y', '2022-01-02', [{text: 'وأصدرت روسيا قائمة مقترحات أمنية', places: [RU], events: ['e']}]);
		const cx = compareIn(dataset([x, y], [event('e', [x, y])]), 'e');
		expect(cx.wording.distinctive['000_x']).toEqual([{phrase: 'تعيث فسادا', about: 'Russia', sentence: '000_x:0'}]);
		expect(cx.wording.distinctive['001_y']).toEqual([]);
	});
});
