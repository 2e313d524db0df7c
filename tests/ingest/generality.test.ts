// Rules added for articles outside the seeds (other outlets, headers, date
// forms). Each case uses its own sentence, not a fixture's.
import {describe, expect, it} from 'vitest';
import {clean, copyrightHolder} from '../../source/ingest/clean.js';
import {extractDates} from '../../source/ingest/extract/dates.js';
import {boilerplate, calendar, raw} from './helpers.js';
import {detectPublished} from '../../source/ingest/published.js';
import {splitSentences} from '../../source/ingest/sentences.js';

const dates = (text: string, anchor = '2022-02-09') => extractDates(text, anchor, calendar).map(d => [d.value, d.rangeEnd ?? null, d.qualifier]);
const title = 'وزراء دفاع الحلف يبحثون تعزيز الجناح الشرقي في اجتماع طارئ';
const lead = 'عقد وزراء دفاع دول الحلف اجتماعاً طارئاً في العاصمة البلجيكية لبحث إرسال تعزيزات إضافية إلى دول الجناح الشرقي للحلف خلال الأسابيع المقبلة.';

describe('dates beyond the seeds', () => {
	it('reads year-first numeric dates (2022/02/03, 2022.02.03)', () => {
		expect(dates('وصل الوفد يوم 2022/02/03 إلى وارسو')).toEqual([['2022-02-03', null, null]]);
		expect(dates('بتاريخ 2021.12.30 وقع الاتفاق')).toEqual([['2021-12-30', null, null]]);
	});
	it('reads dotted day-first dates in Arabic-Indic digits', () => {
		expect(dates('٠٣.٠٢.٢٠٢٢')).toEqual([['2022-02-03', null, null]]);
	});
	it('reads a span of years as a range', () => {
		expect(dates('حرب الخليج (1990–1991) وتداعياتها')).toEqual([['1990', '1991', null]]);
	});
	it('resolves بعد غد and أول أمس two days from publication', () => {
		expect(dates('تبدأ المناورات بعد غد الجمعة')).toEqual([['2022-02-11', null, null]]);
		expect(dates('وصل الوزير أول من أمس إلى وارسو')).toEqual([['2022-02-07', null, null]]);
	});
	it('does not read "ذلك اليوم" as today', () => {
		expect(dates('وتذكر الجميع ما حدث في ذلك اليوم')).toEqual([]);
	});
	it('ignores Hijri dates and keeps the Gregorian one beside them', () => {
		expect(dates('الخميس 8 رجب 1443 هـ الموافق 10 فبراير 2022 م')).toEqual([['2022-02-10', null, null]]);
		expect(dates('في 15 شعبان 1443 هـ')).toEqual([]);
	});
	it('reads ordinal day words up to 31 and keeps qualified months apart', () => {
		expect(dates('في الحادي والثلاثين من يناير')).toEqual([['2022-01-31', null, null]]);
		expect(dates('يعود الوفد أواخر الشهر المقبل')).toEqual([['2022-03', null, 'late']]);
	});
});

describe('page furniture beyond the seeds', () => {
	const reason = (line: string) => clean(raw([title, lead, line].join('\n')), boilerplate).lines[2]!.reason ?? null;
	it('drops follow, share, tag, byline, source and copyright lines', () => {
		expect(reason('تابعونا عبر إنستغرام ويوتيوب')).toBe('follow');
		expect(reason('شارك على: واتساب | تلغرام')).toBe('share');
		expect(reason('كلمات مفتاحية: الدفاع، الحلف')).toBe('tags');
		expect(reason('المصدر: وكالات + مواقع')).toBe('credit');
		expect(reason('حقوق النشر محفوظة لموقع الشرق اليوم 2021')).toBe('copyright');
		expect(reason('هذا الموقع يستخدم ملفات الكوكيز لتحسين التصفح')).toBe('consent');
		expect(reason('انظر أيضا')).toBe('widget');
	});
	it('marks a dated header under the title and keeps a dateline line', () => {
		const c = clean(raw([title, 'السبت 5 فبراير 2022 - 11:20 ص', 'وارسو/ رويترز', lead].join('\n')), boilerplate);
		expect(c.lines[1]!.reason).toBe('published-meta');
		expect(c.lines[2]!.kind).toBe('body');
	});
	it('names the outlet from a copyright line', () => {
		expect(copyrightHolder('جميع الحقوق محفوظة لجريدة الفجر الجديد © 2021', boilerplate)).toBe('الفجر الجديد');
		expect(copyrightHolder('© 2021 Sahel Post. All rights reserved', boilerplate)).toBe('Sahel Post');
		const c = clean(raw([title, lead, 'جميع الحقوق محفوظة © شبكة الوادي 2022'].join('\n')), boilerplate);
		expect(c.outlet).toBe('الوادي');
	});

	it("keeps a descriptor that the name's last adjective agrees with (data/lexicon/boilerplate.json descriptorAdjectives)", () => {
		// "المرصد الإخبارية" would be no one's name: the adjective describes the network.
		expect(copyrightHolder('© 2023 شبكة المرصد الإخبارية. جميع الحقوق محفوظة', boilerplate)).toBe('شبكة المرصد الإخبارية');
		expect(copyrightHolder('جميع الحقوق محفوظة لموقع صدى البلد الإخباري', boilerplate)).toBe('موقع صدى البلد الإخباري');
		// Without such an adjective the descriptor still goes.
		expect(copyrightHolder('جميع الحقوق محفوظة لصحيفة الرأي الجديد 2022', boilerplate)).toBe('الرأي الجديد');
		expect(copyrightHolder('جميع الحقوق محفوظة © شبكة الوادي 2022', boilerplate)).toBe('الوادي');
	});
});

describe('page headers and wire datelines', () => {
	it('a "site | section" header is furniture and names the outlet, never the title', () => {
		const page = {
			id: 'x',
			file: 'x.txt',
			text: 'الشرق اليوم | أخبار دولية\nوزير الخارجية يلتقي نظيره في العاصمة لبحث الأزمة\nقال الوزير إن المحادثات كانت صريحة.',
		};
		const c = clean(page, boilerplate);
		expect(c.title).toBe('وزير الخارجية يلتقي نظيره في العاصمة لبحث الأزمة');
		expect(c.lines[0]!.kind).toBe('boilerplate');
		expect(c.outlet).toBe('الشرق اليوم');
		const both = clean({...page, text: 'سياسة | دولي\nوزير الخارجية يلتقي نظيره في العاصمة لبحث الأزمة'}, boilerplate);
		expect(both.outlet).toBeNull();
	});

	it('a wire dateline opening the lead gives the publication date', () => {
		const wire = {id: 'y', file: 'y.txt', text: 'عنوان الخبر عن لقاء الوزيرين في العاصمة\nباريس 3 مارس 2022 (أ ف ب) - قال الوزير إن الحوار مستمر.'};
		const c = clean(wire, boilerplate);
		expect(detectPublished(c, splitSentences(c), calendar)?.date).toBe('2022-03-03');
	});
});
