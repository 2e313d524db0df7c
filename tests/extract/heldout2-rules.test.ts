// Rules and lexicon entries added for the second held-out batch; each case is
// its own sentence, not a fixture's.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractEntities} from '../../source/ingest/extract/index.js';
import {extractDates} from '../../source/ingest/extract/dates.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';

const {entities: lexicon, calendar} = loadLexicons(join(import.meta.dirname, '..', '..', 'data', 'lexicon'));
const run = (text: string, date: string | null = '2022-02-16') => extractEntities(text, {date, lexicon, previousSpeaker: null});
const agencies = (text: string) =>
	run(text)
		.citedSources.filter(c => c.kind === 'agency')
		.map(c => c.name);
const who = (text: string, previous: {id: string; nameEn: string} | null = null) => {
	const a = extractEntities(text, {date: '2022-02-16', lexicon, previousSpeaker: previous}).attribution;
	return a ? [a.speaker?.nameEn ?? a.role, a.verb] : null;
};

describe('Arab agencies and bracketed credits', () => {
	it('credits an agency in brackets or slashes wherever it stands', () => {
		expect(agencies('وصل الوفد الأوروبي إلى العاصمة مساء الأربعاء. (وام)')).toEqual(['WAM']);
		expect(agencies('الرياض في 16 فبراير /واس/ استقبل ولي العهد السفير')).toEqual(['SPA']);
		expect(agencies('القاهرة 16 فبراير 2022 (أ ش أ) - بحث وزير الخارجية مع نظيره')).toEqual(['MENA']);
	});
	it('credits an agency after a verb with an object pronoun', () => {
		expect(agencies('في تصريحات نقلتها وكالة إنترفاكس قال المسؤول إن الوضع هادئ')).toEqual(['Interfax']);
	});
	it('does not credit a bare agency acronym in running text', () => {
		expect(agencies('زار مراسل كونا المعرض الدولي للكتاب')).toEqual([]);
	});
});

describe('speakers introduced by a title the lexicon lacks', () => {
	it('takes the name after an unlisted title', () => {
		expect(who('قال نائب مستشار الأمن القومي الأمريكي جو بايدن إن')).toEqual(['Joe Biden', 'قال']);
		expect(who('وأكدت سفيرة بلادها لدى الاتحاد كامالا هاريس أن الدعم مستمر')).toEqual(['Kamala Harris', 'أكدت']);
	});
	it('does not walk past a preposition into a complement', () => {
		expect(who('قال مسؤول كبير في إدارة الرئيس جو بايدن إن العقوبات جاهزة')?.[0]).not.toBe('Joe Biden');
	});
	it('prefers the holder named after an office', () => {
		expect(who('وقال الناطق باسم المنظمة ستيفان دوجاريك للصحفيين إن الأمين العام قلق')).toEqual(['Stéphane Dujarric', 'قال']);
	});
	it('skips an object pronoun between verb and subject', () => {
		expect(who('قال لنا دبلوماسي غربي رفيع إن المحادثات متعثرة')?.[1]).toBe('قال');
		expect(who('قال لنا دبلوماسي غربي رفيع إن المحادثات متعثرة')?.[0]).toMatch(/diplomat/);
	});
	it('reads a bare definite title after the verb as the previous speaker', () => {
		expect(who('وتابع المستشار الألماني أن برلين لن تتراجع', {id: 'olaf-scholz', nameEn: 'Olaf Scholz'})).toEqual(['Olaf Scholz', 'تابع']);
	});
});

describe('lexicon spellings', () => {
	it('knows تراس and جوتيريس', () => {
		expect(run('التقت تراس نظيرها الفرنسي').actors.map(a => a.nameEn)).toEqual(['Liz Truss']);
		expect(run('دعا جوتيريس إلى ضبط النفس').actors.map(a => a.nameEn)).toEqual(['António Guterres']);
	});
	it('reads a bare مجلس الأمن as the UN body, and الحكومة البريطانية', () => {
		expect(run('اجتمع مجلس الأمن بطلب من فرنسا').organizations.map(o => o.nameEn)).toEqual(['UN Security Council']);
		expect(run('اجتمع مجلس الأمن الروسي في الكرملين').organizations.map(o => o.nameEn)).toContain('Russian Security Council');
		expect(run('قررت الحكومة البريطانية طرد دبلوماسيين').organizations.map(o => o.nameEn)).toEqual(['British government']);
	});
	it('places beyond Europe', () => {
		expect(run('امتنعت الهند والغابون وكينيا عن التصويت').places.map(p => p.nameEn)).toEqual(['India', 'Gabon', 'Kenya']);
	});
	it('resolves يوم غد with a weekday', () => {
		expect(extractDates('يصل الوفد يوم غد الخميس إلى العاصمة', '2022-02-16', calendar).map(d => d.value)).toEqual(['2022-02-17']);
	});
});
