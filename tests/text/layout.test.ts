import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {layoutParagraph, layoutText, truncate, truncateLine} from '../../source/text/layout.js';
import {plainText} from './plain-text.js';

// Expected strings below are written by hand, left to right as the screen
// shows them. With shaping off, a right-to-left run is simply its characters
// in reverse, numbers and Latin runs keep their own order, and an RTL
// paragraph is padded on the left.
const noShape = {reorder: true, shape: false};
const off = {reorder: false, shape: false};
const lines = (text: string, width: number, mode = noShape) => layoutParagraph(text, width, {mode}).map(plainText);

describe('layoutParagraph: visual order worked by hand', () => {
	it('reverses a pure Arabic line and right-aligns it', () => {
		// عقد اجتماع مهم, all level 1: مهم (palindrome) | اجتماع → عامتجا | عقد → دقع
		// 14 columns, padded with 6 on the left to make 20.
		expect(lines('عقد اجتماع مهم', 20)).toEqual(['      مهم عامتجا دقع']);
	});

	it('keeps a date left-to-right inside Arabic', () => {
		// 12/01/2022: EN CS EN … → one EN run (W4), level 2, not reversed. It is
		// the logical end, so it shows at the left. الاجتماع → عامتجالا, في → يف.
		expect(lines('الاجتماع في 12/01/2022', 22)).toEqual(['12/01/2022 يف عامتجالا']);
	});

	it('keeps a Latin name left-to-right inside Arabic', () => {
		// نشر موقع EU Reporter تقريرا: the space inside "EU Reporter" sits between two
		// L and stays L; the spaces around it sit between L and R and take the
		// paragraph's direction. تقريرا → اريرقت, موقع → عقوم, نشر → رشن.
		expect(lines('نشر موقع EU Reporter تقريرا', 30)).toEqual(['   اريرقت EU Reporter عقوم رشن']);
		// قال لبرنامج Face The Nation إن: إن → نإ, لبرنامج → جمانربل, قال → لاق
		expect(lines('قال لبرنامج Face The Nation إن', 30)).toEqual(['نإ Face The Nation جمانربل لاق']);
	});

	it('mirrors quotes and brackets in right-to-left runs', () => {
		// قال «لا» (اليوم): every neutral is in an R context → level 1; reversing
		// gives ) مويلا ( » ال « لاق and mirroring swaps each bracket and quote.
		expect(lines('قال «لا» (اليوم)', 16)).toEqual(['(مويلا) «ال» لاق']);
		// الاجتماع (NATO) غدا: the brackets hold only L, but the strong type before
		// them is R, the embedding direction (N0 c.2), so they are R and mirror;
		// NATO stays level 2.
		expect(lines('الاجتماع (NATO) غدا', 19)).toEqual(['ادغ (NATO) عامتجالا']);
	});

	it('wraps in logical order, then reorders each line', () => {
		// Words: عقد 3, الحلف 5, اجتماعا 7, في 2, بروكسل 6, يوم 3, 12 2, يناير 5; width 18.
		// Line 1: عقد الحلف اجتماعا = 17 (+ في would be 20) → pad 1.
		// Line 2: في بروكسل يوم 12 = 16 (+ يناير would be 22) → pad 2; 12 is the
		//         logical end of the line, so it goes to the left.
		// Line 3: يناير → رياني, pad 13.
		expect(lines('عقد الحلف اجتماعا في بروكسل يوم 12 يناير', 18)).toEqual([' اعامتجا فلحلا دقع', '  12 موي لسكورب يف', '             رياني']);
	});

	it('leaves lines logical and left-aligned when reordering is off', () => {
		expect(lines('عقد الحلف اجتماعا في بروكسل يوم 12 يناير', 18, off)).toEqual(['عقد الحلف اجتماعا ', 'في بروكسل يوم 12  ', 'يناير             ']);
	});

	it('shapes after wrapping decisions measured in shaped columns', () => {
		// لا is one column once shaped: "لا لا لا" is 5 columns and fits in 5.
		expect(lines('لا لا لا', 5, {reorder: true, shape: true})).toEqual(['\uFEFB \uFEFB \uFEFB']);
		// Logical, it is 8 columns and wraps.
		expect(lines('لا لا لا', 5, off)).toEqual(['لا لا', 'لا   ']);
	});

	it('left-aligns left-to-right paragraphs and honours align', () => {
		expect(lines('NATO met Russia', 20)).toEqual(['NATO met Russia     ']);
		expect(layoutParagraph('NATO', 6, {mode: noShape, align: 'right'}).map(plainText)).toEqual(['  NATO']);
		expect(layoutParagraph('سلام', 6, {mode: noShape, align: 'left'}).map(plainText)).toEqual(['مالس  ']);
	});

	it('hard-breaks words longer than the line', () => {
		expect(lines('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij  ']);
	});

	it('shows control characters as placeholders', () => {
		expect(lines('a\x1b[2Jb', 10, off)).toEqual(['a␛[2Jb    ']);
		expect(lines('x\u202Ey', 10, off)).toEqual(['x⟨RLO⟩y   ']);
	});

	it('keeps harakat after their letter when a run is reversed', () => {
		// بَيت reversed by clusters: ت ي بَ, the fatha still follows the beh.
		expect(lines('بَيت', 3)).toEqual(['تيبَ']);
	});
});

describe('highlights', () => {
	it('follow their characters through reordering', () => {
		const text = 'نشر موقع EU Reporter تقريرا';
		const start = text.indexOf('EU');
		const word = text.indexOf('موقع');
		const [line] = layoutParagraph(text, 30, {
			mode: noShape,
			highlights: [
				{start, end: start + 'EU Reporter'.length, style: 'source'},
				{start: word, end: word + 4, style: 'match'},
			],
		});
		expect(line!.segments).toEqual([
			{text: '   '}, // the padding is always a segment of its own
			{text: 'اريرقت '},
			{text: 'EU Reporter', style: 'source'},
			{text: ' '},
			{text: 'عقوم', style: 'match'},
			{text: ' رشن'},
		]);
	});

	it('follow their characters through wrapping and shaping', () => {
		const text = 'عقد الحلف اجتماعا في بروكسل يوم 12 يناير';
		const at = text.indexOf('بروكسل');
		const out = layoutParagraph(text, 18, {mode: {reorder: true, shape: true}, highlights: [{start: at, end: at + 6, style: 'place'}]});
		const styled = out.flatMap((line, n) => line.segments.filter(s => s.style).map(s => ({n, text: s.text})));
		// بروكسل shaped: beh initial, reh final, waw isolated, kaf initial, seen medial, lam final,
		// then reversed for display.
		expect(styled).toEqual([{n: 1, text: '\uFEDE\uFEB4\uFEDB\uFEED\uFEAE\uFE91'}]);
	});

	it('are relative to the whole text in layoutText', () => {
		const text = 'first line\nسطر ثان';
		const at = text.indexOf('ثان');
		const out = layoutText(text, 12, {mode: noShape, highlights: [{start: at, end: at + 3, style: 'match'}]});
		expect(out.map(plainText)).toEqual(['first line  ', '     ناث رطس']);
		expect(out[1]!.segments).toContainEqual({text: 'ناث', style: 'match'});
		expect(out[1]!.start).toBe(11);
	});
});

describe('truncate', () => {
	it('cuts at the logical end, ellipsis on the left of reordered Arabic', () => {
		// قرر الأمين العام in 12 columns: keep قرر الأمين (10), drop the space, add …
		// on the left (the logical end of RTL text), pad 1 on the left.
		expect(truncate('قرر الأمين العام', 12, noShape)).toBe(' …نيمألا ررق');
		expect(truncate('قرر الأمين العام', 12, noShape, {pad: false})).toBe('…نيمألا ررق');
	});

	it('puts the ellipsis on the right for Latin text and for logical output', () => {
		expect(truncate('hello world foo', 8, noShape)).toBe('hello w…');
		expect(truncate('قرر الأمين العام', 12, off)).toBe('قرر الأمين… ');
	});

	it('leaves text that fits alone, padded to the width', () => {
		expect(truncate('سلام', 6, noShape)).toBe('  مالس');
		expect(
			truncateLine('abc', 5, noShape)
				.segments.map(s => s.text)
				.join(''),
		).toBe('abc  ');
	});

	it('measures after shaping', () => {
		// لا لا is 3 columns shaped: it fits in 3 without an ellipsis.
		expect(truncate('لا لا', 3, {reorder: true, shape: true})).toBe('\uFEFB \uFEFB');
	});
});

describe('every line is exactly the width asked for', () => {
	const arabicish = fc
		.array(
			fc.oneof(
				fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآـ «»()[]/.,0123456789٠١٢abcXYZ'),
				fc.constantFrom('\u064E', '\u0651', '\u200F', '\u202E', '\x1b', '\t', '😀', '中', 'EU Reporter', ' ', '  '),
				fc.string({unit: 'binary', maxLength: 3}),
			),
			{maxLength: 60},
		)
		.map(parts => parts.join(''));
	const modes = fc.constantFrom(noShape, off, {reorder: true, shape: true});

	it('holds for layoutParagraph and truncate on any text', () => {
		fc.assert(
			fc.property(arabicish, fc.integer({min: 1, max: 30}), modes, (text, width, mode) => {
				for (const line of layoutParagraph(text, width, {mode})) {
					expect(stringWidth(plainText(line))).toBe(width);
					expect(line.width).toBe(width);
				}
				expect(stringWidth(truncate(text, width, mode))).toBe(width);
			}),
			{numRuns: 400},
		);
	});
});
