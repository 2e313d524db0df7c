import {describe, expect, it} from 'vitest';
import {clean, loadBoilerplate} from '../../source/ingest/clean.js';
import {boilerplate, cleaned, goldFor, raw, seeds} from './helpers.js';

describe('clean: seeds against gold', () => {
	for (const article of seeds()) {
		const g = goldFor(article.file);
		const c = clean(article, boilerplate);
		it(`${article.id}: boilerplate lines`, () => {
			expect(c.lines.filter(l => l.kind === 'boilerplate').map(l => l.line)).toEqual([...g.boilerplate_lines].sort((a, b) => a - b));
		});
		it(`${article.id}: caption lines`, () => {
			expect(c.lines.filter(l => l.kind === 'caption').map(l => l.line)).toEqual(g.caption_lines ?? []);
		});
		it(`${article.id}: title and outlet`, () => {
			expect(c.title).toBe(g.title);
			expect(c.outlet).toBe(g.outlet);
		});
		it(`${article.id}: line offsets point into the raw text`, () => {
			for (const l of c.lines) expect(article.text.slice(l.start, l.end)).toBe(l.text);
			expect(c.lines.every(l => l.kind !== 'boilerplate' || l.reason)).toBe(true);
		});
	}
});

const lead = 'قال الأمين العام لحلف شمال الأطلسي اليوم إن الحلف مستعد للحوار مع روسيا بشأن أوكرانيا.';
const title = 'الناتو يعرض على روسيا عقد اجتماع في بروكسل';

describe('clean: hand-made pages', () => {
	it('drops a cookie notice and a related link, keeps the body', () => {
		const c = cleaned(
			[title, '', 'نستخدم ملفات تعريف الارتباط cookies لتحسين تجربتك.', lead, 'اقرأ أيضا: روسيا ترفض', 'وأضاف أن المحادثات ستستمر.'].join('\n'),
		);
		const kinds = c.lines.map(l => [l.line, l.kind, l.reason ?? null]);
		expect(kinds).toEqual([
			[1, 'title', null],
			[2, 'blank', null],
			[3, 'boilerplate', 'consent'],
			[4, 'body', null],
			[5, 'boilerplate', 'related'],
			[6, 'body', null],
		]);
	});

	it('marks a repeated title and header tags, keeps list items after the lead', () => {
		const c = cleaned([title, title, 'روسيا أوكرانيا', lead, 'أزمة أوكرانيا .', '🔥أزمة البلقان .', 'حدود بولندا'].join('\n'));
		expect(c.lines.map(l => l.reason ?? l.kind)).toEqual(['title', 'repeated-title', 'tag', 'body', 'body', 'body', 'body']);
		expect(c.titleLine).toBe(1);
	});

	it('takes a section label before the title as boilerplate and the headline as title', () => {
		const c = cleaned(['السياسة', '', title, lead].join('\n'));
		expect(c.lines[0]!.reason).toBe('section-label');
		expect(c.title).toBe(title);
	});

	it('classes photo credits as captions, not body', () => {
		const c = cleaned([title, 'ستولتنبرغ في بروكسل. صورة: أ ف ب', lead, 'AFP/Getty Images صورة الاجتماع في بروكسل'].join('\n'));
		expect(c.lines.map(l => l.kind)).toEqual(['title', 'caption', 'body', 'caption']);
	});

	it('names the outlet only when the page names itself', () => {
		expect(cleaned([title, lead].join('\n')).outlet).toBeNull();
		const footer = 'يرى موقع Daily Brief أن المقالات لا تعبر بالضرورة عن رأي Daily Brief.';
		expect(cleaned([title, lead, footer].join('\n')).outlet).toBe('Daily Brief');
		expect(cleaned(['Newsline', title, lead].join('\n')).outlet).toBe('Newsline');
		// A Latin name in the body is a programme, not the outlet.
		expect(cleaned([title, lead, 'وفي مقابلة مع برنامج “Face The Nation” قال إن “Face The Nation” يسأل.'].join('\n')).outlet).toBeNull();
	});

	it('uses the optional outlets list from the lexicon', () => {
		const lex = loadBoilerplate({
			lines: {contact: ['تواصل معنا']},
			outlets: [{name: 'Al Jazeera', aliases: ['الجزيرة نت']}],
			contains: {copyright: [['جميع الحقوق محفوظة']]},
		});
		const c = clean(raw([title, lead, 'جميع الحقوق محفوظة © الجزيرة نت'].join('\n')), lex);
		expect(c.outlet).toBe('Al Jazeera');
	});

	it('reads tatweel-stretched widgets (وصــل حديــثا)', () => {
		const c = cleaned([title, lead, 'وصــل حديــثا'].join('\n'));
		expect(c.lines[2]!.reason).toBe('widget');
	});
});
