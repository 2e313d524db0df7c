// truncateLine shapes and clusters only a prefix of a long text (a list row shows
// forty columns of a paragraph). Whatever the text, width, mode and highlights,
// the line must be the one the whole text gives.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {truncateLine, truncateLineWhole} from '../../source/text/layout.js';

const fragment = fc.constantFrom(
	'ستولتنبرج',
	'الأمين العام',
	'لا',
	'سلام',
	'بَيْنَ',
	'مجلس حلف شمال الأطلسي',
	' ',
	'  ',
	'NATO',
	'Jens Stoltenberg',
	'12',
	'٢٠٢٢',
	'«',
	'»',
	'،',
	'\u200F',
	'\u061C',
	'\u0301',
	'漢字',
	'👍🏽',
	'\uD83D',
	'\u0007',
	'\t',
);

describe('truncateLine on long texts', () => {
	it('gives the line the whole text gives', () => {
		fc.assert(
			fc.property(
				fc.array(fragment, {minLength: 10, maxLength: 80}).map(parts => parts.join('')),
				fc.integer({min: 1, max: 60}),
				fc.record({reorder: fc.boolean(), shape: fc.boolean()}),
				fc.array(fc.record({start: fc.nat(120), length: fc.integer({min: 1, max: 20}), style: fc.constantFrom('actor', 'match')}), {maxLength: 3}),
				(text, width, mode, spans) => {
					const highlights = spans.map(h => ({start: h.start, end: h.start + h.length, style: h.style}));
					expect(truncateLine(text, width, mode, {highlights})).toEqual(truncateLineWhole(text, width, mode, {highlights}));
				},
			),
			{numRuns: 3000},
		);
	});

	it('gives the line the whole text gives when the cut lands at the end of the prefix', () => {
		// Mostly zero-width characters: the visible columns run out near the prefix's end.
		const sparse = fc.oneof(
			{weight: 8, arbitrary: fc.constantFrom('\u200F\u200F\u200F', '\u0651\u0651', '\u061C', '\u200E\u200E')},
			{weight: 2, arbitrary: fc.constantFrom('ل', 'ا', 'لا', 'ب', 'a', ' ', '👍🏽', '\uD83D\uDC4D', '漢')},
		);
		fc.assert(
			fc.property(
				fc.array(sparse, {minLength: 20, maxLength: 120}).map(parts => parts.join('')),
				fc.integer({min: 1, max: 12}),
				fc.record({reorder: fc.boolean(), shape: fc.boolean()}),
				(text, width, mode) => {
					expect(truncateLine(text, width, mode)).toEqual(truncateLineWhole(text, width, mode));
				},
			),
			{numRuns: 3000},
		);
	});
});
