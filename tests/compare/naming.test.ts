// Issue 17, part 4: the fact rows are the event's own (its mentions' place,
// participants and numbers), and an organisation one outlet names in the
// place of the event's body, where the others name another, is a naming
// discrepancy of its own row, not a participant. The rule is positional (the
// organisation right after the event's word), so it holds for any body.
import {describe, expect, it} from 'vitest';
import type {EventMention} from '../../source/dataset/schema.js';
import {eventWordStem} from '../../source/compare/naming.js';
import {article, compareIn, dataset, event} from './build.js';

const EV = 'meeting-arab-league';
const LEAGUE: [string, string, string] = ['arab-league', 'Arab League', 'جامعة الدول العربية'];
const GCC: [string, string, string] = ['gcc', 'Gulf Cooperation Council', 'مجلس التعاون الخليجي'];
const EGYPT: [string, string, string] = ['egypt', 'Egypt', 'مصر'];
const CAIRO: [string, string, string] = ['cairo', 'Cairo', 'القاهرة'];
const RIYADH: [string, string, string] = ['riyadh', 'Riyadh', 'الرياض'];

function mention(sentence: string, extra: Partial<EventMention> = {}): EventMention {
	return {
		article: sentence.slice(0, sentence.indexOf(':')),
		sentence,
		type: 'meeting',
		plover: 'CONSULT',
		date: null,
		end: null,
		place: null,
		participants: [],
		status: 'scheduled',
		outcomes: [],
		numbers: [],
		...extra,
	};
}

const a = article('000_a', 'A', '2023-05-10', [
	{text: 'اجتماعا لمجلس التعاون الخليجي في القاهرة', orgs: [GCC], places: [CAIRO], events: [EV]},
	{text: 'ويشارك وزير خارجية مصر في الاجتماع بالقاهرة', places: [EGYPT, CAIRO], events: [EV]},
	{text: 'وكان الوزير قد زار الرياض الشهر الماضي', places: [RIYADH]},
]);
const b = article('001_b', 'B', '2023-05-11', [{text: 'تعقد اجتماع جامعة الدول العربية في القاهرة', orgs: [LEAGUE], places: [CAIRO], events: [EV]}]);
const c3 = article('002_c', 'C', '2023-05-12', [
	{text: 'ويبدأ باجتماع لجامعة الدول العربية في القاهرة ثم ينتقل الوفد إلى الرياض', orgs: [LEAGUE], places: [CAIRO, RIYADH], events: [EV]},
	{text: 'الاجتماع في القاهرة يستمر 3 ساعات', places: [CAIRO], numbers: [['3 ساعات', 3, 'ساعات']], events: [EV]},
]);
const ev = event(EV, [a, b, c3], {
	labelAr: 'اجتماع جامعة الدول العربية · القاهرة',
	date: '2023-05-14',
	place: 'cairo',
	participants: ['arab-league'],
	mentionDetails: [
		mention('000_a:0', {participants: ['gcc'], place: 'cairo'}),
		mention('000_a:1', {participants: ['egypt'], place: 'cairo'}),
		mention('001_b:0', {participants: ['arab-league'], place: 'cairo'}),
		mention('002_c:0', {participants: ['arab-league'], place: 'cairo'}),
		mention('002_c:1', {place: 'cairo', numbers: [{value: 3, unit: 'ساعات', counts: 'hours', text: '3 ساعات'}]}),
	],
});
const cmp = compareIn(dataset([a, b, c3], [ev]), EV);
const fact = (key: string) => cmp.facts.find(f => f.key === key);

describe('naming discrepancies', () => {
	it('stems the event word whatever its prefix or tanween', () => {
		for (const w of ['اجتماع', 'اجتماعا', 'باجتماع', 'الاجتماع', 'واجتماع']) expect(eventWordStem(w)).toBe('اجتماع');
	});

	it("finds the organisation one outlet puts in the body's place, against the body the others name", () => {
		expect(cmp.naming).toEqual([
			{
				article: '000_a',
				sentence: '000_a:0',
				named: {id: 'gcc', name: 'Gulf Cooperation Council', text: 'مجلس التعاون الخليجي'},
				body: {id: 'arab-league', name: 'Arab League', articles: ['001_b', '002_c']},
			},
		]);
		expect(fact('naming')!.cells['000_a']!.values).toEqual(['Gulf Cooperation Council (for Arab League)']);
		expect(fact('naming')!.cells['001_b']).toBeNull();
	});

	it('does not count the misnamed body as a participant', () => {
		expect(fact('participants')!.cells['000_a']!.values).toEqual(['Egypt']);
		expect(fact('participants')!.cells['001_b']!.values).toEqual(['Arab League']);
	});

	it('says nothing when no two outlets agree on a body', () => {
		const one = event(EV, [a, b], {...ev, articles: ['000_a', '001_b'], sentences: ['000_a:0', '001_b:0']});
		expect(compareIn(dataset([a, b], [one]), EV).naming).toEqual([]);
	});

	it('is not a naming row when every outlet agrees', () => {
		const agreeing = event(EV, [b, c3], {...ev, mentionDetails: ev.mentionDetails!.filter(m => m.article !== '000_a')});
		const c = compareIn(dataset([b, c3], [agreeing]), EV);
		expect(c.naming).toEqual([]);
		expect(c.facts.map(f => f.key)).not.toContain('naming');
	});
});

describe("the event's own facts", () => {
	it('places the event where its mentions put it, not at every place the sentences name', () => {
		for (const id of ['000_a', '001_b', '002_c']) expect(fact('place')!.cells[id]!.values).toEqual(['Cairo']);
	});

	it('counts what the mentions count, by what the number counts', () => {
		expect(fact('numbers')!.cells['002_c']!.values).toEqual(['3 hours']);
		expect(fact('numbers')!.cells['001_b']).toBeNull();
	});

	it('titles rows by what they tell, not by their kind alone', () => {
		const titles = cmp.rows.map(r => r.title);
		expect(titles.some(t => /Cairo/.test(t))).toBe(true);
		expect(titles.every(t => t !== 'Date and place')).toBe(true);
	});
});

describe('the sentences behind a fact', () => {
	it('are those that give its value, not every mention of the outlet', () => {
		expect(fact('numbers')!.cells['002_c']!.sentences).toEqual(['002_c:1']);
		expect(fact('participants')!.cells['002_c']!.sentences).toEqual(['002_c:0']);
	});
});
