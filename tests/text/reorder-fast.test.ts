// visualOrder's fast path (lines whose levels are all alike) against the full
// Unicode bidi algorithm, on generated lines of Arabic, Hebrew, Latin, digits,
// marks, punctuation and brackets: the same order, levels and mirrored characters.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {visualOrder, visualOrderFull} from '../../source/text/reorder.js';

const pool = (s: string) => [...s];
// Letters and marks a right-to-left line is made of, as stored and as shaped.
const rtl = pool('ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةى\u05D0\u05D1\u05E9\uFE8D\uFE91\uFEDF\uFEFB\u064B\u064E\u0650\u0651\u0652\u0670');
const ltr = pool('abcXYZéß\u0301');
const neutral = pool(' \t.,:;!?-+#%$/\'"«»()[]{}<>،؛؟…—\u00A0\u060C');
const digits = pool('0123456789٠١٢٣٤٥٦٧٨٩۰۱۲');
const controls = pool('\u200E\u200F\u061C\u202A\u202B\u202C\u2066\u2067\u2069\u200B');
const astral = ['😀', '𝐀'];

const line = (...pools: string[][]) => fc.array(fc.constantFrom(...pools.flat()), {maxLength: 40}).map(cs => cs.join(''));
const direction = fc.constantFrom<'ltr' | 'rtl'>('ltr', 'rtl');

function same(text: string, dir: 'ltr' | 'rtl') {
	const fast = visualOrder(text, dir);
	const full = visualOrderFull(text, dir);
	expect(fast.order).toEqual(full.order);
	expect([...fast.levels]).toEqual([...full.levels]);
	expect([...fast.mirrored]).toEqual([...full.mirrored]);
}

describe('visualOrder fast path', () => {
	it('agrees with the full algorithm on right-to-left lines of letters and neutrals', () => {
		fc.assert(fc.property(line(rtl, neutral), direction, same), {numRuns: 3000});
	});

	it('agrees with the full algorithm on left-to-right lines of Latin, digits and neutrals', () => {
		fc.assert(fc.property(line(ltr, digits.slice(0, 10), neutral), direction, same), {numRuns: 3000});
	});

	it('agrees with the full algorithm on mixed lines', () => {
		fc.assert(fc.property(line(rtl, ltr, neutral, digits, controls, astral), direction, same), {numRuns: 5000});
	});

	it('agrees on the lines where a single character changes the answer', () => {
		// An all-Arabic line with one digit, one Latin letter, one control or an
		// Arabic-Indic digit inserted somewhere: the fast path must step aside.
		const odd = fc.constantFrom('1', 'a', '٣', '\u202B', '\u2067', '\u200E', '\u200B', '😀');
		fc.assert(
			fc.property(line(rtl, neutral), odd, fc.nat(), direction, (text, ch, at, dir) => {
				const k = at % (text.length + 1);
				same(text.slice(0, k) + ch + text.slice(k), dir);
			}),
			{numRuns: 3000},
		);
	});

	it('reverses an Arabic line and mirrors its brackets', () => {
		// Hand-checked: a right-to-left paragraph of letters shows last-to-first.
		const text = 'قال (نعم)';
		expect(visualOrder(text, 'rtl').order).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0]);
		expect([...visualOrder(text, 'rtl').mirrored]).toEqual([
			[4, ')'],
			[8, '('],
		]);
	});
});
