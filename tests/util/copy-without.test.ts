// copyWithout stands in for `const {a, ...rest} = src; {...rest, b}` (util/copy-without.ts):
// the same keys, in the same order, with the same values, whatever the record.
import {describe, expect, it} from 'vitest';
import {copyWithout} from '../../source/util/copy-without.js';

describe('copyWithout', () => {
	it('gives what a rest and a spread give, key order included', () => {
		const records: Array<Record<string, unknown>> = [
			{id: 'a', sentences: [1], title: 't', boilerplate: [], url: null},
			{title: 'ordre', id: 'b', captions: ['c'], sentences: []},
			{id: 'c', offset: 4, length: 9},
			{},
		];
		for (const r of records) {
			const {sentences: _s, boilerplate: _b, captions: _c, ...rest} = r;
			const spread = {...rest, offset: 1, length: 2, events: null};
			const copied = copyWithout(r, ['sentences', 'boilerplate', 'captions'], {offset: 1, length: 2, events: null});
			expect(JSON.stringify(copied)).toBe(JSON.stringify(spread));
			expect(Object.keys(copied)).toEqual(Object.keys(spread));
			expect(copied).toEqual(spread);
		}
	});

	it('keeps a key that is set again in its place, with the new value, and leaves the source alone', () => {
		const src = {id: 'x', length: 3, label: 'L', sentences: ['x:1']};
		const copied = copyWithout(src, ['sentences'], {length: 7, extra: true});
		expect(Object.entries(copied)).toEqual([
			['id', 'x'],
			['length', 7],
			['label', 'L'],
			['extra', true],
		]);
		expect(src).toEqual({id: 'x', length: 3, label: 'L', sentences: ['x:1']});
	});
});
