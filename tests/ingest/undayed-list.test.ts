// The candidate index's lists of clusters without a day claim (cluster.ts
// firstUndayed): a lookup takes the first clusters still undayed, and those
// walked past that gained a day claim leave the list. Checked against the
// plain reading of that rule (an array, the walked-past removed by splice)
// over random sequences of filings, day claims and lookups.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {firstUndayed, Picked, pushUndayed, type UndayedList} from '../../source/ingest/events/cluster.js';

/** The rule as first written: walk the array, keep the undayed, splice out the dayed walked past. */
function reference(list: number[], limit: number, dayed: boolean[]): number[] {
	const out: number[] = [];
	let kept = 0;
	let j = 0;
	for (; j < list.length && out.length < limit; j++) {
		const i = list[j]!;
		if (dayed[i]) continue;
		list[kept++] = i;
		out.push(i);
	}
	if (kept < j) list.splice(kept, j - kept);
	return out;
}

type Step = {kind: 'file'; key: number} | {kind: 'day'; cluster: number} | {kind: 'look'; key: number; limit: number};
const step: fc.Arbitrary<Step> = fc.oneof(
	fc.record({kind: fc.constant('file' as const), key: fc.integer({min: 0, max: 2})}),
	fc.record({kind: fc.constant('day' as const), cluster: fc.integer({min: 0, max: 200})}),
	fc.record({kind: fc.constant('look' as const), key: fc.integer({min: 0, max: 2}), limit: fc.integer({min: 1, max: 20})}),
);

describe('lists of clusters without a day claim', () => {
	it('give what walking and splicing the array gives, lookup after lookup', () => {
		fc.assert(
			fc.property(fc.array(step, {minLength: 50, maxLength: 800, size: 'max'}), steps => {
				const lists = new Map<number, UndayedList>();
				const arrays = new Map<number, number[]>();
				const dayed: boolean[] = [];
				const picked = new Picked();
				let next = 0;
				for (const s of steps) {
					if (s.kind === 'file') {
						pushUndayed(lists, s.key, next);
						arrays.set(s.key, [...(arrays.get(s.key) ?? []), next]);
						next++;
					} else if (s.kind === 'day') dayed[s.cluster] = true;
					else {
						const want = arrays.has(s.key) ? reference(arrays.get(s.key)!, s.limit, dayed) : [];
						firstUndayed(lists.get(s.key), picked.reset(), s.limit, dayed);
						expect([...picked.list]).toEqual(want);
						const list = lists.get(s.key);
						if (list) expect(list.ids.slice(list.start)).toEqual(arrays.get(s.key));
					}
				}
			}),
			{numRuns: 300},
		);
	});
});
