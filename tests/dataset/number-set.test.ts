// The sentences behind a facet value (behind.ts NumberSet) are kept as varint
// gaps while they come in order and as a list once one does not: either way
// they read back as the sorted, distinct numbers put, whenever they are read.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {NumberSet} from '../../source/dataset/build/behind.js';

const sortedDistinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

describe('the sentence numbers behind a value', () => {
	it('reads back sorted and distinct, in order or not, read between puts or not', () => {
		// Gaps of every varint length (up to five bytes) and repeats; sometimes a number out of order.
		const step = fc.oneof(fc.constant(0), fc.integer({min: 1, max: 3}), fc.integer({min: 100, max: 20_000}), fc.integer({min: 1 << 21, max: 1 << 29}));
		const plan = fc.array(fc.tuple(step, fc.boolean(), fc.boolean()), {maxLength: 200});
		fc.assert(
			fc.property(plan, steps => {
				const set = new NumberSet();
				const put: number[] = [];
				let g = 0;
				for (const [gap, back, read] of steps) {
					// Back: a number below the last (every so often), else the last plus the gap.
					g = back && g > 0 ? Math.floor(g / 2) : Math.min(g + gap, 0xffffffff);
					set.put(g);
					put.push(g);
					if (read) expect([...set.numbers()]).toEqual(sortedDistinct(put));
				}
				expect([...set.numbers()]).toEqual(sortedDistinct(put));
			}),
			{numRuns: 300},
		);
	});

	it("keeps an article's consecutive sentences in about a byte each", () => {
		const set = new NumberSet();
		for (let g = 5; g < 100_005; g++) set.put(g);
		expect(set.numbers().length).toBe(100_000);
		expect(set.numbers()[99_999]).toBe(100_004);
		// The bytes held: a fifth of a Uint32 list's 400 KB, doubling included.
		expect((set as unknown as {bytes: Uint8Array}).bytes.length).toBeLessThanOrEqual(131_072);
	});
});
