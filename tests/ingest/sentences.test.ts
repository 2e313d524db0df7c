import {describe, expect, it} from 'vitest';
import {clean} from '../../source/ingest/clean.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import {boilerplate, cleaned, seeds} from './helpers.js';

const texts = (t: string) => splitSentences(cleaned(t)).map(s => s.text);
const title = 'الناتو يعرض على روسيا عقد اجتماع في بروكسل';

describe('sentences: seeds', () => {
	for (const article of seeds()) {
		it(`${article.id}: offsets round-trip and kinds follow the lines`, () => {
			const c = clean(article, boilerplate);
			const ss = splitSentences(c);
			expect(ss.length).toBeGreaterThan(5);
			expect(ss[0]!.kind).toBe('title');
			expect(ss[0]!.text).toBe(c.title);
			ss.forEach((s, i) => {
				expect(s.index).toBe(i);
				expect(article.text.slice(s.start, s.end)).toBe(s.text);
				expect(s.text).toBe(s.text.trim());
				const line = c.lines[s.line - 1]!;
				expect(s.start >= line.start && s.end <= line.end).toBe(true);
				expect(['title', 'body', 'caption']).toContain(line.kind);
				if (line.kind === 'caption') expect(s.kind).toBe('caption');
			});
		});
	}
});

describe('sentences: hand-made', () => {
	it('splits on Arabic and Latin stops', () => {
		expect(texts(`${title}\nقال المسؤول إن الاجتماع انتهى. هل نجح؟ لا أحد يعرف! والأمر معقد؛ لكنه ممكن`).slice(1)).toEqual([
			'قال المسؤول إن الاجتماع انتهى.',
			'هل نجح؟',
			'لا أحد يعرف!',
			'والأمر معقد؛',
			'لكنه ممكن',
		]);
	});

	it('does not split inside quotes, and keeps a closing quote with its sentence', () => {
		expect(texts(`${title}\nوقال: «لن نتراجع. هذا موقفنا.» ثم غادر القاعة. وأضاف “لا. أبدا”.`).slice(1)).toEqual([
			'وقال: «لن نتراجع. هذا موقفنا.»',
			'ثم غادر القاعة.',
			'وأضاف “لا. أبدا”.',
		]);
		expect(texts(`${title}\nوقال المسؤول "أي حوار يجب أن يتم ... بالتشاور مع الشركاء". وانتهى`).slice(1)).toEqual([
			'وقال المسؤول "أي حوار يجب أن يتم ... بالتشاور مع الشركاء".',
			'وانتهى',
		]);
	});

	it('keeps decimals and abbreviations, splits at an ellipsis outside quotes', () => {
		expect(texts(`${title}\nارتفع المؤشر 2.5 نقطة. التقى د. أحمد مع Mr. Smith في U.S. embassy. ثم... انتهى`).slice(1)).toEqual([
			'ارتفع المؤشر 2.5 نقطة.',
			'التقى د. أحمد مع Mr. Smith في U.S. embassy.',
			'ثم...',
			'انتهى',
		]);
	});

	it('makes list items and emoji bullets their own sentences, bullets stripped', () => {
		const t = [
			title,
			'قال المسؤول إن الخلافات كبيرة في قضيتين أساسيتين بين الطرفين :',
			'أزمة أوكرانيا .',
			'🔥أزمة البلقان .',
			'___ أوضح نائب الوزير أن الوضع خطير.',
			'🔲 مباحثات جنيف 🔲 مباحثات بروكسل',
			'💥💥💥 موسكو تتجه نحو الردع',
		].join('\n');
		const ss = splitSentences(cleaned(t));
		expect(ss.slice(2).map(s => s.text)).toEqual([
			'أزمة أوكرانيا .',
			'أزمة البلقان .',
			'أوضح نائب الوزير أن الوضع خطير.',
			'مباحثات جنيف',
			'مباحثات بروكسل',
			'موسكو تتجه نحو الردع',
		]);
		for (const s of ss) expect(t.slice(s.start, s.end)).toBe(s.text);
		expect(ss.map(s => s.line)).toEqual([1, 2, 3, 4, 5, 6, 6, 7]);
	});
});
