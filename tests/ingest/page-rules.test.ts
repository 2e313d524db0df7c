// The rules behind tests/ingest/pages.test.ts one at a time, each on its own
// invented lines: datelines, repeated headlines, tickers, teaser lists, menus,
// the tail after a story, copyright holders and self-credits.
import {describe, expect, it} from 'vitest';
import {clean, copyrightHolder, loadBoilerplate} from '../../source/ingest/clean.js';
import {parseDateline} from '../../source/ingest/clean/dateline.js';
import {relation} from '../../source/ingest/clean/title.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {DataError} from '../../source/errors.js';
import {raw} from './helpers.js';

const lex = loadLexicons();
const page = (...lines: string[]) => clean(raw(lines.join('\n')), lex.boilerplate, lex.entities.agencies);
const reasons = (c: ReturnType<typeof page>) => c.lines.map(l => (l.kind === 'boilerplate' ? l.reason : l.kind));

const headline = 'البلدية تفتتح حديقة عامة جديدة في حي الشاطئ';
const lede = 'افتتحت البلدية، صباح اليوم، حديقة عامة جديدة على مساحة عشرة آلاف متر مربع في حي الشاطئ، تضم ملاعب للأطفال ومسارات للمشي.';
const second = 'وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السادسة صباحا حتى منتصف الليل.';

describe('datelines', () => {
	it('reads place and credit in the wire forms', () => {
		expect(parseDateline('بروكسل / الأناضول')).toMatchObject({place: 'بروكسل', credit: 'الأناضول', standalone: true});
		expect(parseDateline('كييف- (أ ش أ): أعلن الجيش')).toMatchObject({place: 'كييف', credit: 'أ ش أ', bracketed: true, standalone: false});
		expect(parseDateline('موسكو في 10 فبراير /أ ش أ/ قال المتحدث')).toMatchObject({place: 'موسكو', credit: 'أ ش أ'});
		expect(parseDateline('عمّان 12 أيار (بترا) - أعلنت الوزارة')).toMatchObject({place: 'عمّان', credit: 'بترا'});
		expect(parseDateline('موسكو - سبوتنيك. أعلنت الوزارة')).toMatchObject({place: 'موسكو', credit: 'سبوتنيك', bracketed: false});
		expect(parseDateline('(الرائد) - أعلن الوزير')).toMatchObject({place: null, credit: 'الرائد'});
	});

	it('does not take a citation in running text for a dateline', () => {
		expect(parseDateline('وقال (رويترز) إن الاجتماع انتهى')).toBeNull();
		expect(parseDateline('أعلنت الوزارة أن الحديقة ستفتح غدا')).toBeNull();
	});

	it('names the wire agency, initials without their spaces and dots, and keeps the outlet apart', () => {
		expect(page(headline, 'الجزائر - وأج: ' + lede).wire).toMatchObject({id: 'aps', place: 'الجزائر'});
		expect(page(headline, 'تونس (وات) - ' + lede).wire).toMatchObject({id: 'tap', place: 'تونس'});
		expect(page(headline, 'الدوحة - (أ.ش.أ): ' + lede).wire?.id).toBe('mena');
		const c = page(headline, 'القاهرة - واس: ' + lede, '© 2024 الفجر الجديد');
		expect([c.wire?.id, c.outlet]).toEqual(['spa', 'الفجر الجديد']);
	});

	it('gives neither wire nor outlet for "(وكالات)" or "(خاص)"', () => {
		for (const credit of ['بيروت - (وكالات): ', '(خاص) - ']) {
			const c = page(headline, credit + lede);
			expect([c.wire, c.outlet]).toEqual([null, null]);
		}
	});
});

describe('outlet from the page itself', () => {
	it('takes a self-credit in the lede, not an outlet the story quotes', () => {
		expect(page(headline, 'الفجر الجديد - ' + lede).outlet).toBe('الفجر الجديد');
		expect(page(headline, 'الرباط - الفجر الجديد: ' + lede).outlet).toBe('الفجر الجديد');
		expect(page(headline, 'القاهرة - ' + lede).outlet).toBeNull();
		expect(page(headline, 'قالت صحيفة الفجر الجديد في تقرير إن الحديقة ستفتح غدا بعد أعمال استمرت عامين.').outlet).toBeNull();
		expect(page(headline, 'غزة - محمد سالم: ' + lede).outlet).toBeNull();
	});

	it('reads the holder of a copyright line', () => {
		const bp = lex.boilerplate;
		expect(copyrightHolder('جميع الحقوق محفوظة لدار الفجر 2024', bp)).toBe('دار الفجر');
		expect(copyrightHolder('جميع الحقوق محفوظة لـ «الفجر الجديد»', bp)).toBe('الفجر الجديد');
		expect(copyrightHolder('جميع الحقوق محفوظة لـ شبكة الفجر', bp)).toBe('الفجر');
		expect(copyrightHolder('Copyright © 2024 Fajr Today. All Rights Reserved', bp)).toBe('Fajr Today');
		expect(copyrightHolder('Copyright © 2022', bp)).toBeNull();
		expect(copyrightHolder('جميع الحقوق محفوظة للناشر © 2024', bp)).toBeNull();
		expect(copyrightHolder('© 2024 - تصميم وتطوير شركة نون للبرمجيات', bp)).toBeNull();
	});

	it('takes the site from "Headline | Site", whether or not the plain headline is there too', () => {
		const both = page(headline, `${headline} | الفجر الجديد`, lede);
		expect([both.title, both.outlet, reasons(both)[1]]).toEqual([headline, 'الفجر الجديد', 'repeated-title']);
		const only = page(`${headline} | الفجر الجديد`, lede);
		expect([only.title, only.outlet]).toEqual([headline, 'الفجر الجديد']);
		expect(page(`${headline} | رياضة`, lede).outlet).toBeNull();
		const before = page(`الفجر الجديد | ${headline}`, headline, lede);
		expect([before.title, before.outlet, reasons(before)[0]]).toEqual([headline, 'الفجر الجديد', 'repeated-title']);
	});

	it('never takes page chrome for a name', () => {
		expect(page('icon', 'Menu', headline, lede, 'Copyright © 2022').outlet).toBeNull();
		expect(page('Breaking News', headline, lede).outlet).toBeNull();
		expect(page('AFP', headline, lede).outlet).toBeNull();
		expect(page(headline, '(فيديو) - ' + lede).outlet).toBeNull();
	});
});

describe('the headline', () => {
	it('is null when the first substantial line is a paragraph', () => {
		expect(page(lede, second).title).toBeNull();
		expect(page('انفجار في الميناء.', lede).title).toBeNull();
		expect(reasons(page('انفجار في الميناء.', lede))[0]).toBe('body');
	});

	it('is never a paragraph: two sentences, or past 25 words', () => {
		expect(page('الحديقة تفتح غدا. والبلدية تعد بالمزيد', lede).title).toBeNull();
		expect(page(`${headline} ${headline} ${headline} ${headline}`, lede).title).toBeNull();
		expect(page('د. سامر الخطيب يكتب عن الحدائق العامة', lede).title).toBe('د. سامر الخطيب يكتب عن الحدائق العامة');
	});

	it('takes the plain headline under a breadcrumb that ends with it, cut short or not', () => {
		const c = page(`الرئيسية › محليات › ${headline}`, headline, lede);
		expect([c.title, c.titleLine, reasons(c)[0]]).toEqual([headline, 2, 'breadcrumb']);
		const cut = page('الرئيسية › محليات › البلدية تفتتح حديقة عامة…', headline, lede);
		expect([cut.title, reasons(cut)[0]]).toEqual([headline, 'breadcrumb']);
		expect(relation('الرئيسية › محليات', headline)).toBeNull();
	});

	it('skips a save-date banner, a ticker and a masthead above it', () => {
		const c = page('الخميس 4 يوليو 2024', 'الدولار 47.85 جنيه | اليورو 51.20 جنيه', 'رئيس التحرير: سامي الخطيب', headline, lede);
		expect(reasons(c)).toEqual(['save-date-banner', 'ticker', 'masthead', 'title', 'body']);
	});

	it("keeps a dated line that says it is the story's for the publication date", () => {
		expect(reasons(page('الأحد 26 ديسمبر 2021 - 11:40 ص', headline, lede))[0]).toBe('published-meta');
		expect(reasons(page(headline, 'الخميس 4 يوليو 2024', lede))[1]).toBe('published-meta');
		expect(reasons(page('آخر تحديث: الأحد 26 ديسمبر 2021', headline, lede)).slice(0, 2)).toEqual(['published-meta', 'title']);
		expect(reasons(page('22 جمادى الأولى 1443 هـ', headline, lede)).slice(0, 2)).toEqual(['save-date-banner', 'title']);
		// With the story's date under the headline, the one above it is the save date, clock or not.
		expect(reasons(page('الخميس 4 يوليو 2024 05:30 م', headline, 'الأحد 26 ديسمبر 2021 - 11:40 ص', lede)).slice(0, 3)).toEqual([
			'save-date-banner',
			'title',
			'published-meta',
		]);
	});

	it('takes a price line or a breaking-news bar for furniture only when a headline follows', () => {
		const c = page('الدولار يسجل 48.5 جنيه في البنوك', 'عاجل | وزير المالية يعلن زيادة الأجور', headline, lede);
		expect(reasons(c)).toEqual(['ticker', 'breaking-news', 'title', 'body']);
		expect(page('عاجل | وزير المالية يعلن زيادة الأجور', lede).title).toBe('عاجل | وزير المالية يعلن زيادة الأجور');
	});

	it('keeps a headline about prices as the headline', () => {
		expect(page('الدولار يتجاوز 50 جنيها في البنوك المصرية', lede).title).toBe('الدولار يتجاوز 50 جنيها في البنوك المصرية');
		expect(page('الأزمة الاقتصادية في المنطقة (2021–2023)', lede).title).toBe('الأزمة الاقتصادية في المنطقة (2021–2023)');
	});
});

describe('furniture in and after the story', () => {
	it('ends a read-also list where the story resumes', () => {
		const c = page(headline, lede, 'اقرأ أيضا', 'افتتاح مكتبة عامة في حي الميناء', second);
		expect(reasons(c)).toEqual(['title', 'body', 'related', 'teaser', 'body']);
		// A subheading of the story right under the box is not a teaser.
		const sub = page(headline, lede, 'اقرأ أيضا', 'افتتاح مكتبة عامة في حي الميناء', 'ردود فعل السكان', second);
		expect(reasons(sub)).toEqual(['title', 'body', 'related', 'teaser', 'body', 'body']);
	});

	it('keeps a story paragraph that contains "اقرأ"', () => {
		const line = 'وقال: "اقرأ أيضا ما كتبناه أمس عن الحديقة، فالقصة لم تنته بعد".';
		expect(reasons(page(headline, lede, line, second))).toEqual(['title', 'body', 'body', 'body']);
	});

	it('keeps a short list in the story, drops a menu run', () => {
		const list = page(headline, lede, 'وتشارك في المشروع ثلاث دول هي:', 'مصر', 'الأردن', 'تونس', second);
		expect(reasons(list).filter(r => r !== 'body')).toEqual(['title']);
		const menu = page(headline, lede, 'أخبار', 'رياضة', 'فن', second);
		expect(reasons(menu)).toEqual(['title', 'body', 'menu', 'menu', 'menu', 'body']);
	});

	it('keeps a story that ends on a list without stops: prices, or section-like words under a colon', () => {
		const prices = page(headline, lede, 'وجاءت أسعار العملات اليوم كالتالي:', 'الدولار 48.50 جنيه', 'اليورو 52.10 جنيه', 'الريال 12.90 جنيه', 'شارك');
		expect(reasons(prices)).toEqual(['title', 'body', 'body', 'body', 'body', 'body', 'share']);
		const sections = page(headline, lede, 'وتشمل الجوائز ثلاث فئات:', 'ثقافة', 'رياضة', 'فنون', second);
		expect(reasons(sections).filter(r => r !== 'body')).toEqual(['title']);
	});

	it('drops the tail after closing furniture, but not a long line written without its stop', () => {
		const long = 'وأشار رئيس البلدية إلى أن المرحلة الثانية من المشروع ستشمل إنشاء حديقة أخرى في الحي الشمالي بعد الانتهاء من الدراسات الفنية';
		const c = page(headline, lede, 'شارك', 'مهرجان الزهور يعود في الربيع', 'منذ ساعتين', long);
		expect(reasons(c)).toEqual(['title', 'body', 'share', 'teaser', 'footer', 'body']);
	});

	it('reads hashtag lines, wire desk initials and comment forms as furniture', () => {
		const c = page(headline, lede, '#الحدائق #البلدية', 'ع ح/ م م', 'أضف تعليق', 'الاسم *', 'البريد الإلكتروني *', 'إرسال');
		expect(reasons(c)).toEqual(['title', 'body', 'tags', 'wire-initials', 'comment-form', 'comment-form', 'comment-form', 'comment-form']);
	});

	it('keeps a credit line that names an agency, drops one that does not', () => {
		expect(reasons(page(headline, lede, 'المصدر: وكالة الأنباء الأردنية'))[2]).toBe('body');
		expect(reasons(page(headline, lede, 'المصدر: الفجر الجديد'))[2]).toBe('credit');
	});
});

describe('boilerplate.json', () => {
	it('is validated on load, with the JSON path of a mistake', () => {
		expect(() => loadBoilerplate({lines: {share: 'شارك'}})).toThrow(DataError);
		expect(() => loadBoilerplate({lines: {share: 'شارك'}})).toThrow(/boilerplate\.json at \$\.lines\.share/);
	});
});

describe('header lines around a headline-less page', () => {
	it('takes a schedule of clock times (prayer times) for a ticker, not a headline', () => {
		const c = page('الرئيسية', 'أوقات الصلاة: وهران الفجر 05:10 الظهر 12:51 العصر 16:20', lede, second);
		expect(reasons(c)[1]).toBe('ticker');
		expect(c.title).toBeNull();
	});

	it('takes "Site - tagline | رئيس التحرير: name" for the masthead, with the headline under it', () => {
		const c = page('الوادي الإخباري - موقع مستقل | رئيس التحرير: سمير الهادي', headline, lede);
		expect(reasons(c)[0]).toBe('masthead');
		expect(c.title).toBe(headline);
	});
});
