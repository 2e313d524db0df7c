import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {shape, shapeWithMap} from '../../source/text/shape.js';
import {displayWidth} from '../../source/text/width.js';

const hex = (s: string) => [...s].map(c => c.codePointAt(0)!.toString(16).toUpperCase());

describe('shape', () => {
	it('forms lam-alef ligatures, one column wide', () => {
		// لا alone: lam has nothing before it → isolated ligature FEFB
		expect(shape('لا')).toBe('\uFEFB');
		expect(stringWidth(shape('لا'))).toBe(1);
		expect(displayWidth('لا')).toBe(1);
		expect(displayWidth('لا', {reorder: false, shape: false})).toBe(2);
		// لأ لإ لآ isolated
		expect(hex(shape('لأ لإ لآ'))).toEqual(['FEF7', '20', 'FEF9', '20', 'FEF5']);
	});

	it('uses the final ligature after a joining letter', () => {
		// سلام: seen joins forward → initial FEB3; lam joins the seen → final
		// lam-alef FEFC; alef never joins forward → meem isolated FEE1
		expect(hex(shape('سلام'))).toEqual(['FEB3', 'FEFC', 'FEE1']);
	});

	it('picks initial, medial, final and isolated forms', () => {
		// بيت: beh initial FE91, yeh medial FEF4, teh final FE96
		expect(hex(shape('بيت'))).toEqual(['FE91', 'FEF4', 'FE96']);
		// دار: dal, alef and reh are right-joining, none joins the next → all isolated
		expect(hex(shape('دار'))).toEqual(['FEA9', 'FE8D', 'FEAD']);
		// في: feh initial FED3, yeh final FEF2
		expect(hex(shape('في'))).toEqual(['FED3', 'FEF2']);
		// ء hamza never joins and keeps its own code point (its one form looks the same)
		expect(hex(shape('ءب'))).toEqual(['621', 'FE8F']);
		// مصر: meem initial FEE3, sad medial FEBC, reh final FEAE
		expect(hex(shape('مصر'))).toEqual(['FEE3', 'FEBC', 'FEAE']);
	});

	it('keeps harakat on their letter and lets them through joining', () => {
		// بَيتٌ: the fatha and dammatan are transparent, the letters join as in بيت
		expect(hex(shape('بَيتٌ'))).toEqual(['FE91', '64E', 'FEF4', 'FE96', '64C']);
		// a fatha between lam and alef does not stop the ligature
		expect(hex(shape('لَا'))).toEqual(['FEFB', '64E']);
	});

	it('joins through tatweel', () => {
		// بـب: beh initial, tatweel unchanged, beh final
		expect(hex(shape('بـب'))).toEqual(['FE91', '640', 'FE90']);
	});

	it('passes other text through untouched', () => {
		expect(shape('EU Reporter 12/01/2022')).toBe('EU Reporter 12/01/2022');
		expect(shape('😀 a')).toBe('😀 a');
	});

	it('maps a ligature to its lam and drops the alef', () => {
		const {text, map} = shapeWithMap('سلام');
		expect(text.length).toBe(3);
		expect(map).toEqual([0, 1, 3]);
	});

	it('only produces forms that decompose (NFKC) to the letter they came from', () => {
		const letters = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهويىٱپچژکگی';
		for (const letter of letters) {
			for (const word of [letter, `ب${letter}`, `${letter}ب`, `ب${letter}ب`]) {
				const shaped = shape(word);
				expect(shaped.normalize('NFKC'), `${word} → ${hex(shaped).join(' ')}`).toBe(word.normalize('NFKC'));
			}
		}
	});
});
