// Attribution and citation rules added for articles outside the seeds; each
// case is its own sentence, not a fixture's.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractEntities} from '../../source/ingest/extract/index.js';
import {loadLexicon} from '../../source/lexicon/load.js';

const lexicon = loadLexicon(join(import.meta.dirname, '..', '..', 'data', 'lexicon'));
const run = (text: string, date: string | null = '2022-02-10') => extractEntities(text, {date, lexicon, previousSpeaker: null});
const agencies = (text: string) =>
	run(text)
		.citedSources.filter(c => c.kind === 'agency')
		.map(c => c.name);

describe('citations beyond the seeds', () => {
	it('credits the agency of a dateline', () => {
		expect(agencies('وارسو - (أ ف ب) - أعلنت الحكومة البولندية تعزيز حدودها')).toEqual(['AFP']);
		expect(agencies('كييف/ الأناضول: استقبل الرئيس الأوكراني وفدا أوروبيا')).toEqual(['Anadolu Agency']);
		expect(agencies('برلين - د ب أ. قالت الحكومة الألمانية إنها تدرس الطلب')).toEqual(['DPA']);
	});
	it('credits an agency that is the subject of a reporting verb', () => {
		expect(agencies('وكانت إنترفاكس قد ذكرت أن الوفد غادر')).toEqual(['Interfax']);
	});
	it('does not credit an agency merely named', () => {
		expect(agencies('أغلقت السلطات مكتب رويترز في المدينة')).toEqual([]);
	});
});

describe('attribution beyond the seeds', () => {
	const who = (text: string) => {
		const a = run(text).attribution;
		return a ? [a.speaker?.nameEn ?? a.role, a.verb] : null;
	};
	it('finds a subject written before its verb', () => {
		expect(who('لكن وزير الدفاع البريطاني بن والاس قال إن لندن سترسل أسلحة')).toEqual(['Ben Wallace', 'قال']);
		expect(who('وكان لافروف قد أكد أن موسكو لن تتراجع')).toEqual(['Sergey Lavrov', 'أكد']);
		expect(who('أما المستشار الألماني، فقال إن برلين تدعم الحوار')).toEqual(['Olaf Scholz', 'قال']);
	});
	it('gives نقل عن to the one quoted, not the relaying agency', () => {
		expect(who('ونقلت وكالة تاس عن ريابكوف قوله إن الرد جاهز')).toEqual(['Sergei Ryabkov', 'نقلت']);
	});
	it('keeps an anonymous source fronted before قد قال a role, not a person', () => {
		const a = run('وكان مسؤول في الحلف قد قال إن التعزيزات ستصل قريبا').attribution;
		expect(a?.speaker ?? null).toBeNull();
		expect(a?.role).toBeTruthy();
	});
	it('knows new spellings and officials of the period', () => {
		const names = (t: string) => run(t).actors.map(a => a.nameEn);
		expect(names('وصرح بلنكن للصحفيين')).toEqual(['Antony Blinken']);
		expect(names('استقبل الرئيس البولندي أندريه دودا نظيره')).toContain('Andrzej Duda');
		expect(names('قالت المتحدثة باسم حلف الناتو إن الحلف مستعد')).toEqual(['Oana Lungescu']);
	});
});
