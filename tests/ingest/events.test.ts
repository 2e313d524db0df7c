// Event linking on hand-made sentences: the clustering rules alone, with a stub
// world, so a failure here points at events/ and not at extraction.
import {describe, expect, it} from 'vitest';
import type {Article, Sentence} from '../../source/dataset/schema.js';
import {linkEvents} from '../../source/ingest/events/link.js';
import {findTriggers} from '../../source/ingest/events/mentions.js';
import type {EventLexicon} from '../../source/ingest/events/types.js';
import {stubWorld} from './event-world.js';
import lexJson from '../../data/lexicon/events.json' with {type: 'json'};

const lex = lexJson as unknown as EventLexicon;

const places: Record<string, {kind: string; country: string | null; en: string}> = {
	brussels: {kind: 'city', country: 'belgium', en: 'Brussels'},
	geneva: {kind: 'city', country: 'switzerland', en: 'Geneva'},
	moscow: {kind: 'city', country: 'russia', en: 'Moscow'},
	washington: {kind: 'city', country: 'united-states', en: 'Washington'},
	ukraine: {kind: 'country', country: 'ukraine', en: 'Ukraine'},
	russia: {kind: 'country', country: 'russia', en: 'Russia'},
	'united-states': {kind: 'country', country: 'united-states', en: 'United States'},
};
const orgs: Record<string, {parent: string | null; seat: string | null; body: boolean; en: string}> = {
	nato: {parent: null, seat: 'brussels', body: true, en: 'NATO'},
	'nato-russia-council': {parent: 'nato', seat: 'brussels', body: true, en: 'NATO–Russia Council'},
	'nato-military-committee': {parent: 'nato', seat: 'brussels', body: true, en: 'NATO Military Committee'},
	'russian-foreign-ministry': {parent: null, seat: 'moscow', body: false, en: 'Russian Foreign Ministry'},
};
const world = stubWorld({
	placeKind: id => places[id]?.kind ?? null,
	placeName: id => places[id]?.en ?? id,
	countryOf: id => places[id]?.country ?? null,
	isBody: id => orgs[id]?.body ?? false,
	parentOf: id => orgs[id]?.parent ?? null,
	isGeneric: id => Object.values(orgs).some(o => o.parent === id),
	orgName: id => orgs[id]?.en ?? id,
	seatOf: id => orgs[id]?.seat ?? null,
	actorSeat: id => (id === 'vladimir-putin' ? 'moscow' : null),
});

/** A sentence whose entities are placed by finding their text. */
function sentence(
	id: string,
	text: string,
	ents: {dates?: Array<[string, string, string?, string?]>; places?: string[][]; orgs?: string[][]; actors?: string[][]},
): Sentence {
	const at = (needle: string) => {
		const i = text.indexOf(needle);
		if (i < 0) throw new Error(`"${needle}" not in "${text}"`);
		return {start: i, end: i + needle.length, text: needle};
	};
	return {
		id,
		index: Number(id.split(':')[1]),
		line: 1,
		start: 0,
		end: text.length,
		text,
		kind: 'body',
		actors: (ents.actors ?? []).map(([t, a]) => ({...at(t!), id: a!, nameEn: a!, nameAr: t!})),
		roles: [],
		organizations: (ents.orgs ?? []).map(([t, o]) => ({...at(t!), id: o!, nameEn: o!})),
		places: (ents.places ?? []).map(([t, p]) => ({...at(t!), id: p!, nameEn: p!})),
		dates: (ents.dates ?? []).map(([t, v, e, q]) => ({
			...at(t),
			value: v,
			rangeEnd: e ?? null,
			resolution: 'absolute' as const,
			qualifier: (q ?? null) as Sentence['dates'][number]['qualifier'],
		})),
		citedSources: [],
		attribution: null,
		numbers: [],
		events: [],
	};
}

function article(id: string, published: string, sentences: Sentence[]): Article {
	return {
		id,
		file: `${id}.txt`,
		outlet: null,
		title: '',
		titleLine: 1,
		published,
		publishedFrom: 'manifest',
		url: null,
		language: 'ar',
		sentences,
		boilerplate: [],
		captions: [],
	};
}

describe('event triggers', () => {
	it('finds triggers through proclitics and the article, on word boundaries', () => {
		const found = findTriggers('وسيعقد الاجتماع ولاجتماعات والمحادثات بشأن اجتماعية', lex);
		expect(found.map(f => f.trigger.type)).toEqual(['meeting', 'meeting', 'talks']);
	});
	it('finds multi-word triggers with harakat and hamza variants in the text', () => {
		const found = findTriggers('خلال مؤتمرِه الصحفى السنوي', lex);
		expect(found.map(f => f.trigger.type)).toEqual(['press-conference']);
	});
});

describe('event linking', () => {
	const a = article('000', '2021-12-26', [
		sentence('000:1', 'قرر عقد اجتماع لمجلس الناتو وروسيا في 12 يناير، حسبما ذكرت وكالة يوم الأحد.', {
			orgs: [['مجلس الناتو وروسيا', 'nato-russia-council']],
			dates: [
				['12 يناير', '2022-01-12'],
				['يوم الأحد', '2021-12-26'],
			],
		}),
		sentence('000:2', 'ذكر المكتب يومي 12 و13 يناير ان بروكسل ستستضيف اجتماعا للجنة العسكرية للناتو.', {
			orgs: [['للجنة العسكرية للناتو', 'nato-military-committee']],
			places: [['بروكسل', 'brussels']],
			dates: [['يومي 12 و13 يناير', '2022-01-12', '2022-01-13']],
		}),
		sentence('000:3', 'واشنطن مستعدة لبدء محادثات في وقت مبكر من عام 2022 في جنيف.', {
			places: [
				['واشنطن', 'washington'],
				['جنيف', 'geneva'],
			],
			dates: [['في وقت مبكر من عام 2022', '2022', undefined, 'early']],
		}),
		sentence('000:4', 'اكد بوتين خلال مؤتمره الصحفى السنوى ان موسكو تنظر.', {actors: [['بوتين', 'vladimir-putin']], places: [['موسكو', 'moscow']]}),
	]);
	const b = article('001', '2022-01-12', [
		sentence('001:1', 'مباحثات جنيف أمس الثلاثاء الموافق: 11/01/2022م بين موسكو و واشنطن.', {
			places: [
				['جنيف', 'geneva'],
				['موسكو', 'moscow'],
				['واشنطن', 'washington'],
			],
			dates: [['11/01/2022', '2022-01-11']],
		}),
		sentence('001:2', 'فشل الاجتماع بين الناتو و روسيا في مقر الحلف ببروكسل اليوم.', {
			orgs: [['الناتو', 'nato']],
			places: [
				['روسيا', 'russia'],
				['بروكسل', 'brussels'],
			],
			dates: [['اليوم', '2022-01-12']],
		}),
	]);
	const c = article('002', '2022-01-04', [
		sentence('002:1', 'وسيعقد اجتماع المجلس في بروكسل يوم 12 يناير بعد أن أجرى مسؤولون محادثات أمنية في 10 يناير في جنيف.', {
			places: [
				['بروكسل', 'brussels'],
				['جنيف', 'geneva'],
			],
			dates: [
				['12 يناير', '2022-01-12'],
				['10 يناير', '2022-01-10'],
			],
		}),
		sentence('002:2', 'وقبل أيام أشار بوتين خلال مؤتمره الصحافي السنوي.', {actors: [['بوتين', 'vladimir-putin']]}),
	]);
	const {events, sentenceEvents} = linkEvents([a, b, c], lex, world);
	const find = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred);

	it('keeps the NATO–Russia Council and the Military Committee apart though they share a day and a city', () => {
		const nrc = find(e => e.label.startsWith('NATO–Russia Council'));
		const mc = find(e => e.label.startsWith('NATO Military Committee'));
		expect(nrc).toHaveLength(1);
		expect(mc).toHaveLength(1);
		expect(nrc[0]!.date).toBe('2022-01-12');
		expect(nrc[0]!.place).toBe('Brussels');
		expect(nrc[0]!.articles).toEqual(['000', '001', '002']);
		expect(mc[0]!.date).toBe('2022-01-12');
		expect(mc[0]!.end).toBe('2022-01-13');
	});

	it('clusters the Geneva talks across outlets that date them differently, keeping both claims', () => {
		const geneva = find(e => e.place === 'Geneva');
		expect(geneva).toHaveLength(1);
		const claims = geneva[0]!.dateClaims.map(d => `${d.article}:${d.value}`).sort();
		expect(claims).toEqual(['001:2022-01-11', '002:2022-01-10']);
		// The vague "early 2022 in Geneva" joins rather than founding a duplicate.
		expect(geneva[0]!.sentences).toContain('000:3');
	});

	it('records what each outlet says happened: held and failed versus scheduled', () => {
		const nrc = find(e => e.label.startsWith('NATO–Russia Council'))[0]!;
		const status = Object.fromEntries(nrc.statusClaims.map(s => [s.article, s.status]));
		expect(status['001']).toBe('failed');
		expect(status['000']).toBe('scheduled');
		expect(status['002']).toBe('scheduled');
	});

	it('links a press conference by its speaker and places it at his seat, with no date', () => {
		const pc = find(e => e.type === 'press-conference');
		expect(pc).toHaveLength(1);
		expect(pc[0]!.articles).toEqual(['000', '002']);
		expect(pc[0]!.date).toBeNull();
		expect(pc[0]!.place).toBe('Moscow');
	});

	it('links sentences back to their events with stable ids', () => {
		expect(sentenceEvents.get('002:1')).toHaveLength(2);
		const again = linkEvents([c, b, a], lex, world);
		expect(again.events.map(e => e.id)).toEqual(events.map(e => e.id));
	});
});

describe('ids from names', () => {
	it('keeps Arabic names distinct instead of collapsing them to an empty id', async () => {
		const {slug} = await import('../../source/dataset/ids.js');
		expect(slug('EU Reporter')).toBe('eu-reporter');
		expect(slug('Jens Plötner')).toBe('jens-plotner');
		expect(slug('الوطن العربي')).toBe('الوطن-العربي');
		expect(slug('المدار')).not.toBe(slug('الوطن العربي'));
		expect(slug('المدار')).not.toBe('');
	});
});
