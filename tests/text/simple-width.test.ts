// simpleWidth is a shortcut for string-width: wherever it answers, it must give
// string-width's answer, for every code point it accepts and for mixed strings
// (clusters of a letter and its marks, format characters, colour sequences).
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {oneCellPerCodePoint, simpleWidth} from '../../source/text/simple-width.js';
import memoStringWidth from '../../source/text/string-width-memo.js';

const accepted: string[] = [];
for (let cp = 0; cp <= 0xffff; cp++) {
	if (cp >= 0xd800 && cp <= 0xdfff) continue;
	const s = String.fromCodePoint(cp);
	if (simpleWidth(s) !== undefined) accepted.push(s);
}

describe('simpleWidth', () => {
	it('agrees with string-width on every code point it accepts', () => {
		expect(accepted.length).toBeGreaterThan(1000);
		const wrong = accepted.filter(s => simpleWidth(s) !== stringWidth(s)).map(s => s.codePointAt(0)!.toString(16));
		expect(wrong).toEqual([]);
	});

	it('agrees with string-width on strings of accepted characters, with and without colour', () => {
		const char = fc.constantFrom(...accepted, '\u0628\u064E', '\u0644\u0627', '\u0600\u0661', '\u001B[1m', '\u001B[39m', '\u001B[22;2m');
		fc.assert(
			fc.property(fc.array(char, {maxLength: 40}), parts => {
				const text = parts.join('');
				expect(simpleWidth(text)).toBe(stringWidth(text));
				expect(memoStringWidth(text)).toBe(stringWidth(text));
			}),
			{numRuns: 2000},
		);
	});

	it('leaves emoji, wide characters and other escapes to string-width', () => {
		for (const text of ['◽', '◾', '漢字', '👍', 'a\u200Db', '\u001B]8;;x\u0007', '\u001B[2Kx', '1\u20E3']) {
			expect(simpleWidth(text)).toBeUndefined();
			expect(memoStringWidth(text)).toBe(stringWidth(text));
		}
	});
});

describe('oneCellPerCodePoint', () => {
	const single = accepted.filter(oneCellPerCodePoint);
	const segmenter = new Intl.Segmenter('und', {granularity: 'grapheme'});

	it('accepts only text whose graphemes are its code points, one column each', () => {
		expect(single.length).toBeGreaterThan(1000);
		expect(single.filter(s => stringWidth(s) !== 1).map(s => s.codePointAt(0)!.toString(16))).toEqual([]);
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...single), {maxLength: 40}), parts => {
				const text = parts.join('');
				expect(oneCellPerCodePoint(text)).toBe(true);
				expect([...segmenter.segment(text)].map(s => s.segment)).toEqual(parts);
			}),
			{numRuns: 2000},
		);
	});

	it('refuses marks, format characters and anything outside the simple ranges', () => {
		for (const text of ['بَ', 'a\u200Fb', '\u0600١', 'e\u0301', '漢', '👍', '\u001B[1m']) expect(oneCellPerCodePoint(text)).toBe(false);
	});
});
