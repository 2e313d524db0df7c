// The one-pass normaliser against the plain statement of the rules, on random
// text drawn from the characters that matter (Arabic letters and marks, hamza
// forms, presentation forms, digits of three systems, Latin).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normalise, normaliseWithMap, originalSpan, procliticStems} from '../../source/arabic/normalise.js';

/** The rules as a reader would write them, one character at a time. */
function reference(text: string): string {
	let out = '';
	for (const ch of text) {
		out += ch
			.normalize('NFKC')
			.replace(/[\u064B-\u0655\u0670\u0640]/g, '')
			.replace(/[\u0622\u0623\u0625\u0671]/g, 'ا')
			.replace(/[\u0649\u0626]/g, 'ي')
			.replace(/\u0629/g, 'ه')
			.replace(/\u0624/g, 'و')
			.replace(/\u067E/g, 'ب')
			.replace(/\u0686/g, 'ج')
			.replace(/\u0698/g, 'ز')
			.replace(/\u06A4/g, 'ف')
			.replace(/[\u06AF\u06A9]/g, 'ك')
			.replace(/\u06CC/g, 'ي')
			.replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x0660))
			.replace(/[\u06F0-\u06F9]/g, d => String(d.charCodeAt(0) - 0x06f0))
			.toLowerCase();
	}
	return out;
}

const alphabet = [...'پچژڤگکیابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱىةؤئـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲۳٤ 0123456789ABCxyz.،«»ﻻﻷﺎﺑﺘ'];
const text = fc.array(fc.constantFrom(...alphabet), {maxLength: 40}).map(a => a.join(''));

describe('normalise', () => {
	it('folds harakat, tatweel, hamza forms, ى/ي, ة/ه, digits, presentation forms and case', () => {
		expect(normalise('أَعلنَ الأمــينُ العامّ ٢٠٢٢ ﻻ NATO')).toBe('اعلن الامين العام 2022 لا nato');
		expect(normalise('مستشفى المدينة')).toBe('مستشفي المدينه');
		expect(normalise('پيسكوف')).toBe(normalise('بيسكوف'));
	});

	it('agrees with the rules stated plainly, for any mix of the characters that matter', () => {
		fc.assert(
			fc.property(text, t => normalise(t) === reference(t)),
			{numRuns: 500},
		);
	});

	it('gives the same text with and without the offset map, and maps spans back inside the original', () => {
		fc.assert(
			fc.property(text, t => {
				const {text: n, map} = normaliseWithMap(t);
				expect(n).toBe(normalise(t));
				expect(map).toHaveLength(n.length + 1);
				for (let i = 0; i < n.length; i++) {
					const [s, e] = originalSpan(map, i, i + 1);
					expect(s).toBeGreaterThanOrEqual(0);
					expect(e).toBeLessThanOrEqual(t.length);
				}
			}),
			{numRuns: 300},
		);
	});

	it('offers proclitic-stripped stems: و ف ب ك ل and the article', () => {
		const stems = procliticStems(normalise('وبالناتو')).map(s => s.stem);
		expect(stems).toContain('ناتو');
		expect(procliticStems(normalise('للناتو')).map(s => s.stem)).toContain('ناتو');
	});
});
