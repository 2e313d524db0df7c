import {describe, expect, it} from 'vitest';
import {clean} from '../../source/ingest/clean.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {extractDates} from '../../source/ingest/extract/dates.js';
import {extractNumbers} from '../../source/ingest/extract/numbers.js';
import {boilerplate, calendar, goldFor, seeds} from './helpers.js';

const one = (text: string, anchor: string | null, opts = {}) => {
	const ds = extractDates(text, anchor, calendar, opts);
	expect(ds, `one date in «${text}»: ${JSON.stringify(ds)}`).toHaveLength(1);
	const d = ds[0]!;
	expect(text.slice(d.start, d.end)).toBe(d.text);
	return d;
};
const v = (text: string, anchor: string | null, opts = {}) => {
	const d = one(text, anchor, opts);
	return d.rangeEnd ? [d.value, d.rangeEnd] : d.value;
};

describe('dates: seeds against gold (unqualified values, anchor = gold published)', () => {
	let tp = 0,
		fp = 0,
		fn = 0;
	const rows: string[] = [];
	for (const article of seeds()) {
		it(`${article.id}`, () => {
			const g = goldFor(article.file);
			const found = new Set<string>();
			for (const s of splitSentences(clean(article, boilerplate))) {
				const ds = extractDates(s.text, g.published, calendar);
				for (const d of ds) expect(s.text.slice(d.start, d.end)).toBe(d.text);
				// No two dates of one sentence overlap.
				const sorted = [...ds].sort((a, b) => a.start - b.start);
				for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
				for (const d of ds) {
					if (d.qualifier !== null) continue;
					if (d.value) found.add(d.value);
					if (d.rangeEnd) found.add(d.rangeEnd);
				}
			}
			const want = new Set(g.dates);
			const t = [...found].filter(x => want.has(x)).length;
			const p = found.size ? t / found.size : 1;
			const r = want.size ? t / want.size : 1;
			tp += t;
			fp += found.size - t;
			fn += want.size - t;
			rows.push(
				`${article.id} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} extra=[${[...found].filter(x => !want.has(x))}] missed=[${[...want].filter(x => !found.has(x))}]`,
			);
		});
	}
	it('micro-F1 ≥ 0.95', () => {
		const p = tp / (tp + fp),
			r = tp / (tp + fn),
			f1 = (2 * p * r) / (p + r);
		console.log(`${rows.join('\n')}\nmicro P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)}`);
		expect(rows).toHaveLength(5);
		expect(f1).toBeGreaterThanOrEqual(0.95);
	});
});

describe('dates: forms', () => {
	const A = '2022-01-04';
	it('day and month in both month systems', () => {
		expect(v('في 12 كانون الثاني/يناير،', A)).toBe('2022-01-12');
		expect(v('في 12 يناير كانون الثاني وتدرسه', A)).toBe('2022-01-12');
		expect(v('في 21 أكتوبر / تشرين الأول 2021.', A)).toBe('2021-10-21');
		expect(v('لاتفيا ، 30 نوفمبر 2021.', A)).toBe('2021-11-30');
		expect(v('في 17 ديسمبر/كانون الأول، أصدرت', A)).toBe('2021-12-17');
	});
	it('numeric dates, with م and Arabic-Indic digits', () => {
		expect(v('بتاريخ 12/01/2022 في بروكسل', null)).toBe('2022-01-12');
		expect(v('أمس 11/01/2022م بين', null)).toBe('2022-01-11');
		expect(v('في ١٢ يناير ٢٠٢٢', null)).toBe('2022-01-12');
		expect(one('في ١٢ يناير ٢٠٢٢', null).text).toBe('١٢ يناير ٢٠٢٢');
	});
	it('weekday with a date is one expression', () => {
		const d = one('قال مسؤول يوم الثلاثاء (4 يناير).', A);
		expect([d.text, d.value]).toEqual(['يوم الثلاثاء (4 يناير)', '2022-01-04']);
		const t = one('اليوم الأربعاء الموافق : 12/01/2022 إجتماع', null);
		expect([t.text, t.value, t.resolution]).toEqual(['اليوم الأربعاء الموافق : 12/01/2022', '2022-01-12', 'absolute']);
	});
	it('ranges', () => {
		expect(v('اجتماع يومي 12 و13 يناير للجنة', '2021-12-26')).toEqual(['2022-01-12', '2022-01-13']);
		expect(v('ذكر يومى 12 و 13 يناير ان', '2021-12-26')).toEqual(['2022-01-12', '2022-01-13']);
	});
	it('months and years', () => {
		expect(v('عُلّقت أعمالها في تموز/يوليو 2019.', A)).toBe('2019-07');
		expect(v('لدى ناتو في تشرين الأول/أكتوبر بعد', '2022-01-12')).toBe('2021-10');
		expect(v('في عام 2021 ،', A)).toBe('2021');
		expect(v('أنشئت العام 2002 وعلقت', A)).toBe('2002');
		expect(v('القرم في 2014، وبدء', A)).toBe('2014');
		expect(extractDates('بحشد نحو 100 ألف عسكري و2014 جنديا', A, calendar)).toEqual([]);
		expect(extractDates('نشر أكثر من 2000 جندي وفي 2000 عسكري', A, calendar)).toEqual([]);
	});
	it('ordinal days and Maghreb months', () => {
		expect(v('في الرابع من نيسان الماضي', '2022-06-01')).toBe('2022-04-04');
		expect(v('يوم 3 جانفي 2022', null)).toBe('2022-01-03');
		expect(v('في 14 جويلية', '2021-08-01')).toBe('2021-07-14');
		expect(v('في 15 أوت 2020', null)).toBe('2020-08-15');
		expect(v('في 9 أفريل', '2022-03-01')).toBe('2022-04-09');
	});
	it('relative days against the anchor', () => {
		expect(v('قالت زاخاروفا اليوم إن موسكو', '2021-12-26')).toBe('2021-12-26');
		expect(extractDates('بعد اليوم الأول لاجتماع', '2021-12-26', calendar)).toEqual([]);
		expect(v('مباحثات جنيف أمس بين', '2022-01-12')).toBe('2022-01-11');
		expect(v('وقالت البارحة إن', '2022-01-12')).toBe('2022-01-11');
		expect(v('ويصل غدا إلى', '2022-01-12')).toBe('2022-01-13');
		expect(v('قال ستولتنبرغ يوم الثلاثاء إن', '2021-12-26')).toBe('2021-12-21');
		expect(v('ذكرت وكالة الأناضول يوم الأحد نقلا', '2021-12-26')).toBe('2021-12-26');
		expect(v('ونقلت الوكالة، الأحد، عن', '2021-12-26')).toBe('2021-12-26');
		expect(v('شيرمان، الاثنين، بعد', '2022-01-12')).toBe('2022-01-10');
		expect(v('يجتمعون يوم الخميس المقبل في', '2021-12-26')).toBe('2021-12-30');
		expect(extractDates('الأحد عشر لاعبا والاثنين معا', '2021-12-26', calendar)).toEqual([]);
	});
	it('relative months, years and weeks', () => {
		expect(v('اجتماع مباشر الشهر المقبل، لبحث', '2021-12-26')).toBe('2022-01');
		expect(v('الشهر الماضي', '2022-01-12')).toBe('2021-12');
		expect(v('العام المقبل', '2021-12-26')).toBe('2022');
		expect(v('العام الماضي', '2021-12-26')).toBe('2020');
		for (const t of ['الأسبوع الماضي', 'الأسبوع المقبل']) {
			const d = one(t, '2021-12-26');
			expect([d.value, d.resolution, d.qualifier]).toEqual([null, 'vague', 'week']);
		}
		const u = one('قالت يوم الأحد إن', null);
		expect([u.value, u.resolution]).toEqual([null, 'unresolved']);
	});
	it('qualified periods keep the period and say how they narrow it', () => {
		const q = (t: string, anchor: string) => {
			const d = one(t, anchor);
			return [d.value, d.qualifier];
		};
		expect(q('مستعدة للتعامل في أوائل يناير ، لكن', '2021-12-26')).toEqual(['2022-01', 'early']);
		expect(q('اجتماع في أوائل عام 2022، لمناقشة', '2021-12-26')).toEqual(['2022', 'early']);
		expect(q('محادثات في وقت مبكر من عام 2022 في جنيف', '2021-12-26')).toEqual(['2022', 'early']);
		expect(q('خطواتهم في وقت لاحق في يناير.', '2022-01-04')).toEqual(['2022-01', 'later']);
		expect(q('سيجتمعون لاحقا هذا الشهر', '2022-01-04')).toEqual(['2022-01', 'later']);
		expect(q('في وقت سابق من الشهر الجاري، مسودة', '2021-12-26')).toEqual(['2021-12', 'earlier']);
		expect(q('في منتصف مارس 2022', '2022-01-04')).toEqual(['2022-03', 'mid']);
		expect(q('حتى أواخر العام الماضي', '2022-01-04')).toEqual(['2021', 'late']);
		expect(q('المحادثات في أوائل العام المقبل في جنيف', '2021-12-26')).toEqual(['2022', 'early']);
	});
	it('infers the year across a year boundary, forwards and back', () => {
		expect(v('اجتماع في 12 يناير', '2021-12-26')).toBe('2022-01-12');
		expect(v('في تشرين الأول', '2022-01-12')).toBe('2021-10');
		expect(v('في 12 يناير المقبل', '2021-12-26')).toBe('2022-01-12');
		expect(v('في 20 ديسمبر', '2022-01-04')).toBe('2021-12-20');
		expect(one('في 20 ديسمبر', '2022-01-04').resolution).toBe('inferred-year');
	});
	it('uses weekday agreement to pick the year', () => {
		// 4 January was a Tuesday in 2022, a Monday in 2021.
		expect(v('يوم الثلاثاء (4 يناير)', null, {yearHint: 2021})).toBe('2022-01-04');
		expect(v('يوم الاثنين (4 يناير)', null, {yearHint: 2022})).toBe('2021-01-04');
		expect(one('يوم الثلاثاء (4 يناير)', null).resolution).toBe('unresolved');
		// With an anchor half a year away, the agreeing year wins over the nearest.
		expect(v('يوم الاثنين (4 يناير)', '2021-12-20')).toBe('2021-01-04');
	});
});

describe('numbers', () => {
	it('reads digits, scales and number words with their units', () => {
		const ns = (t: string, ex: Array<[number, number]> = []) => extractNumbers(t, ex).map(n => [n.text, n.value, n.unit]);
		expect(ns('إنعقد ل 4 ساعات متواصلة')).toEqual([['4 ساعات', 4, 'ساعات']]);
		expect(ns('بحشد نحو 100 ألف عسكري على')).toEqual([['100 ألف عسكري', 100000, 'عسكري']]);
		expect(ns('بعد طرد ثمانية أعضاء منها')).toEqual([['ثمانية أعضاء', 8, 'أعضاء']]);
		expect(ns('نشر ٣٠٠ جندي')).toEqual([['٣٠٠ جندي', 300, 'جندي']]);
		expect(ns('خمس في المئة')).toEqual([]);
	});
	it('skips numbers inside date spans', () => {
		const t = 'اجتماع يومي 12 و13 يناير بحضور 30 وزيرا';
		const ex = extractDates(t, '2021-12-26', calendar).map(d => [d.start, d.end] as [number, number]);
		expect(extractNumbers(t, ex).map(n => n.value)).toEqual([30]);
	});
});
