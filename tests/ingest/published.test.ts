import {describe, expect, it} from 'vitest';
import {clean} from '../../source/ingest/clean.js';
import {detectPublished} from '../../source/ingest/published.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {boilerplate, calendar, cleaned, goldFor, seeds} from './helpers.js';

const expected: Record<string, string | null> = {'001': '2022-01-12', '002': '2022-01-04', '000': null, '003': null, '004': null};

describe('published: seeds', () => {
	for (const article of seeds()) {
		it(`${article.id}`, () => {
			const c = clean(article, boilerplate);
			const p = detectPublished(c, splitSentences(c), calendar);
			const want = expected[article.id.slice(0, 3)];
			if (want) {
				expect(p?.date).toBe(want);
				expect(goldFor(article.file).published).toBe(want);
				expect(article.text).toContain(p!.evidence);
			} else if (p) {
				// Returning a date is allowed only when it is the right one.
				expect(p.date).toBe(goldFor(article.file).published);
			}
		});
	}
});

describe('published: hand-made', () => {
	const detect = (t: string) => {
		const c = cleaned(t);
		return detectPublished(c, splitSentences(c), calendar);
	};
	const lead = 'قال الأمين العام لحلف شمال الأطلسي إن الحلف مستعد للحوار مع روسيا بشأن أوكرانيا.';
	it('reads a dated "published" header', () => {
		expect(detect(['الناتو يعرض على روسيا عقد اجتماع', 'تم النشر', '15/03/2022', lead].join('\n'))?.date).toBe('2022-03-15');
	});
	it('ignores a date in a caption below the header', () => {
		const t = ['الناتو يعرض على روسيا عقد اجتماع', 'تم النشر', 'أعلام خارج مقر الحلف في بروكسل ، 21 أكتوبر 2021. رويترز / File Photo', lead].join('\n');
		expect(detect(t)).toBeNull();
	});
	it('takes the weekday of the lead sentence to fix the year', () => {
		const t = [
			'الناتو يعرض على روسيا عقد اجتماع',
			'قال مسؤول في الناتو يوم الاثنين (3 يناير) إن الاجتماع سيعقد في بروكسل.',
			'وأنشئ المجلس في عام 2002 وعلق في عام 2021.',
		].join('\n');
		expect(detect(t)?.date).toBe('2022-01-03');
	});
	it('returns null for a bare weekday in the lead', () => {
		expect(detect(['الناتو يعرض على روسيا عقد اجتماع', 'ذكرت وكالة الأناضول يوم الأحد أن الاجتماع سيعقد في 12 يناير.'].join('\n'))).toBeNull();
	});
});
