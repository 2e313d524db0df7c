import {describe, expect, it} from 'vitest';
import {instructionsOf, perWarmArticle} from '../../bench/lib/instructions.js';

describe('bench:instructions', () => {
	it("reads the instructions from cachegrind's summary", () => {
		const report = ['==13707== Command: node --single-threaded stages.mjs', '==13707== ', '==13707== I   refs:      14,295,153,244', ''].join('\n');
		expect(instructionsOf(report)).toBe(14_295_153_244);
		expect(instructionsOf('==1== valgrind: failed to start tool')).toBeNull();
	});

	it('counts per warm article what the extra passes added', () => {
		// Start-up and the cold pass are in both runs: 9,000M of one pass, 14,000M of three passes over 200 articles.
		expect(perWarmArticle(9_000e6, 14_000e6, 200, 3)).toBe(12.5e6);
		expect(() => perWarmArticle(1, 2, 200, 1)).toThrow(/two passes/);
	});
});
