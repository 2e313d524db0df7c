// searchTextOf folds every whitespace run to one space, as /\s+/g → ' ' does;
// its fast path (a text already single-spaced is returned as it is) must
// agree with that replace on every text.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {searchTextOf} from '../../source/search/normalise-text.js';

/** Every code unit /\s/ matches, and a few that it does not but that sit beside them. */
const SPACES = [...Array(0x10000).keys()].filter(c => /\s/.test(String.fromCharCode(c))).map(c => String.fromCharCode(c));
const OTHERS = ['ا', 'ب', 'a', '1', '\u200b', '\u200c', '\u061c', '\u0085', '\u180e', '.', '\u00ad'];

describe('searchTextOf', () => {
	it('is the whitespace-folding replace, on any text', () => {
		const unit = fc.constantFrom(...SPACES, ...OTHERS, ' ', ' ', 'س');
		fc.assert(
			fc.property(fc.array(unit, {maxLength: 40}), units => {
				const text = units.join('');
				expect(searchTextOf(text)).toBe(text.replace(/\s+/g, ' '));
			}),
			{numRuns: 2000},
		);
	});

	it('returns a single-spaced text as it is, and folds the rest', () => {
		expect(searchTextOf('قال الوزير أمس')).toBe('قال الوزير أمس');
		expect(searchTextOf(' a b ')).toBe(' a b ');
		expect(searchTextOf('a  b\tc\u00a0\u3000d\n')).toBe('a b c d ');
	});
});
