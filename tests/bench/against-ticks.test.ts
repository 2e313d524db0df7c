// CPU is read from /proc in clock ticks of 10 ms: a reference (the echo
// program) can use none over its moves. Its figure is then a bound, and the
// ratio a lower bound, never "0 ms" and no ratio.
import {describe, expect, it} from 'vitest';
import {againstTicks} from '../../bench/lib/issue-table.js';

describe('a figure against a reference read in clock ticks', () => {
	it('gives the reference and the ratio when the reference used some CPU', () => {
		expect(againstTicks(13, 0.3, 100)).toEqual({reference: '0.3 ms', ratio: '43.3×'});
	});

	it('gives a bound and a lower bound when the reference used no tick', () => {
		expect(againstTicks(20, 0, 100)).toEqual({reference: '< 0.1 ms (no 10 ms tick in 100 steps)', ratio: '> 200×'});
		expect(againstTicks(1.5, 0, 40)).toEqual({reference: '< 0.25 ms (no 10 ms tick in 40 steps)', ratio: '> 6.0×'});
	});
});
