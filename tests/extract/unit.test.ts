// Hand-made cases for the matching rules the seeds exercise only in part.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractEntities} from '../../source/ingest/extract/index.js';
import {loadLexicon} from '../../source/lexicon/load.js';

const lexicon = loadLexicon(join(import.meta.dirname, '..', '..', 'data', 'lexicon'));
const run = (text: string, date: string | null = '2022-01-12', previousSpeaker: {id: string; nameEn: string} | null = null) =>
	extractEntities(text, {date, lexicon, previousSpeaker});
const ids = (xs: Array<{id: string}>) => xs.map(x => x.id);

describe('proclitics', () => {
	it('sees through و ب ل and the article', () => {
		const r = run('وستولتنبرغ التقى بروسيا لموسكو والناتو ببروكسل');
		expect(ids(r.actors)).toEqual(['jens-stoltenberg']);
		expect(r.actors[0]!.text).toBe('ستولتنبرغ');
		expect(ids(r.organizations)).toEqual(['nato']);
		expect(ids(r.places)).toEqual(['russia', 'moscow', 'brussels']);
	});

	it('strips ل only when the stem is known, and keeps لل + lam nouns', () => {
		expect(run('لكن ليس لديهما شيء').places).toEqual([]);
		expect(ids(run('اجتماع للجنة العسكرية للناتو').organizations)).toEqual(['nato-military-committee']);
		expect(ids(run('حلف لناتو').organizations)).toEqual(['nato']);
	});

	it('credits an agency behind لـ and quotes', () => {
		const r = run('وأضاف المصدر لـ”رويترز”، أن الاجتماع تأجل');
		expect(r.citedSources.map(s => [s.id, s.kind])).toEqual([['agency:reuters', 'agency']]);
		expect(r.citedSources[0]!.text).toBe('رويترز');
	});
});

describe('longest match and overlaps', () => {
	it('prefers the council over NATO and Russia, and Belarus over Russia', () => {
		const r = run('عقد اجتماع لمجلس حلف شمال الأطلسي وروسيا قرب حدود بيلا روسيا');
		expect(ids(r.organizations)).toEqual(['nato-russia-council']);
		expect(ids(r.places)).toEqual(['belarus']);
	});

	it('a place inside an organisation name is not a place', () => {
		const r = run('منظمة الأمن والتعاون في أوروبا ومقرها فيينا');
		expect(ids(r.organizations)).toEqual(['osce']);
		expect(ids(r.places)).toEqual(['vienna']);
	});

	it('a first name alone is nobody; the full name is someone', () => {
		expect(run('قال ينس إن الوضع خطير').actors).toEqual([]);
		expect(ids(run('اتفق ينس بلوتنر وينس ستولتنبرج').actors)).toEqual(['jens-ploetner', 'jens-stoltenberg']);
	});

	it('spellings of one person map to one id', () => {
		for (const s of ['ستولتنبرغ', 'ستولتنبرج', 'ستولتنبيرغ', 'ستولتبرغ']) expect(ids(run(`وقال ${s} إن`).actors)).toEqual(['jens-stoltenberg']);
		expect(ids(run('سيرجي لافروف وسيرغي لافروف').actors)).toEqual(['sergey-lavrov', 'sergey-lavrov']);
	});
});

describe('roles', () => {
	// A role phrase alone, as the subject of a statement: who it names on a date.
	const holder = (phrase: string, date: string) => ids(run(`وقال ${phrase} إن`, date).actors);

	it('resolves by date: Merkel before 2021-12-08, Scholz from then', () => {
		expect(holder('المستشار الألماني', '2021-11-30')).toEqual(['angela-merkel']);
		expect(holder('المستشار الألماني', '2021-12-08')).toEqual(['olaf-scholz']);
		expect(ids(run('وقال المستشار الألماني إن', '2022-01-10').actors)).toEqual(['olaf-scholz']);
		expect(ids(run('وقال المستشار الألماني إن', '2021-06-01').actors)).toEqual(['angela-merkel']);
	});

	it('NATO Secretary General phrases resolve to Stoltenberg', () => {
		for (const p of ['الأمين العام لحلف شمال الأطلسي', 'أمين عام حلف شمال الأطلسي', 'الأمين العام للناتو', 'رئيس الناتو']) {
			expect(holder(p, '2022-01-12')).toEqual(['jens-stoltenberg']);
		}
		expect(holder('الأمين العام للناتو', '2010-01-01')).toEqual([]);
	});

	it('an office held by two people stays a role unless a name follows', () => {
		expect(holder('نائب وزير الخارجية الروسي', '2022-01-12')).toEqual([]);
		const bare = run('أوضح نائب وزير الخارجية الروسي أن الحوار صعب');
		expect(bare.actors).toEqual([]);
		expect(bare.roles).toMatchObject([{roleEn: 'Russian deputy foreign minister', text: 'نائب وزير الخارجية الروسي'}]);
		expect(bare.attribution).toMatchObject({speaker: null, role: 'Russian deputy foreign minister', verb: 'أوضح'});
		const named = run('وقال نائب وزير الخارجية الروسي سيرجي ريابكوف إن');
		expect(ids(named.actors)).toEqual(['sergei-ryabkov']);
		expect(named.roles).toEqual([]);
		expect(named.attribution?.speaker?.id).toBe('sergei-ryabkov');
	});

	it('a modifier before an office makes it another office', () => {
		expect(run('قال نائب الرئيس الروسي إن').actors).toEqual([]);
		expect(ids(run('قال الرئيس الروسي إن').actors)).toEqual(['vladimir-putin']);
	});
});

describe('Kyiv versus كيف "how"', () => {
	it('accepts كيف only with a preposition', () => {
		expect(run('لا نعرف كيف سيرد الحلف').places).toEqual([]);
		expect(run('وكيف يمكن ذلك').places).toEqual([]);
		expect(ids(run('لإظهار الدعم لكيف').places)).toEqual(['kyiv']);
		expect(ids(run('وصل الوزير إلى كيف').places)).toEqual(['kyiv']);
		expect(ids(run('وتتهم كييف موسكو').places)).toEqual(['kyiv', 'moscow']);
	});
});

describe('anonymous sources and attribution', () => {
	it('names the source by qualifier and head', () => {
		const cases: Array<[string, string, string]> = [
			['نقلا عن مصدر في الحلف', 'anonymous:nato', 'NATO source'],
			['حسبما قال مسؤول في الناتو يوم الثلاثاء', 'anonymous:nato', 'NATO official'],
			['في وقت قال فيه مصدر حكومي ألماني إن', 'anonymous:german-government', 'German government source'],
			['وقال مسؤول تنفيذي من بايدن للصحفيين', 'anonymous:us-administration', 'US administration official'],
		];
		for (const [text, id, name] of cases) {
			const r = run(text);
			expect(
				r.citedSources.map(s => [s.id, s.name, s.kind]),
				text,
			).toEqual([[id, name, 'anonymous']]);
		}
	});

	it('the name after من is not the speaker', () => {
		const r = run('وقال مسؤول تنفيذي من بايدن للصحفيين يوم الجمعة إن واشنطن');
		expect(r.attribution).toMatchObject({speaker: null, role: 'US administration official', verb: 'قال'});
		expect(ids(r.actors)).toEqual(['joe-biden']);
	});

	it('plural officials taking part are not sources', () => {
		expect(run('بعد أن أجرى مسؤولون أمريكيون وروس محادثات').citedSources).toEqual([]);
	});

	it('an agency that is only the subject of news is not cited', () => {
		expect(run('أغلقت رويترز مكتبها في موسكو').citedSources).toEqual([]);
		expect(ids(run('وفقا لما ذكرته وكالة انباء تاس').citedSources)).toEqual(['agency:tass']);
		expect(ids(run('بروكسل ، 2021. رويترز / باسكال روسينول').citedSources)).toEqual(['agency:reuters']);
	});

	it('role + comma + name, and a bare surname', () => {
		expect(run('قالت نائب وزير الخارجية الأمريكية، ويندي شيرمان، الاثنين، إن').attribution).toMatchObject({speaker: {id: 'wendy-sherman'}, verb: 'قالت'});
		expect(run('وأضاف كورتونوف: “الموقف”').attribution).toMatchObject({speaker: {id: 'andrey-kortunov'}, verb: 'أضاف'});
	});

	it('a subjectless verb continues the previous speaker only at sentence start', () => {
		const prev = {id: 'jens-stoltenberg', nameEn: 'Jens Stoltenberg'};
		expect(run('وأضاف: “لن نساوم”', null, prev).attribution).toMatchObject({speaker: prev, verb: 'أضاف'});
		expect(run('وأشار أن الحلف مستعد', null, prev).attribution?.speaker).toEqual(prev);
		expect(run('وبالاضافة الى ذلك اكد ان الناتو', null, prev).attribution).toBeNull();
		expect(run('وأضاف: “لن نساوم”', null, null).attribution).toBeNull();
	});
});
