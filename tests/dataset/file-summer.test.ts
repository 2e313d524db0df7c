// FileSummer sums a file from the pieces written to it; it must give what
// reading the file back gives (sumOfFile), block sums included.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {BLOCK, BLOCKED_FROM, FileSummer, sumOfFile} from '../../source/dataset/directory/checksum.js';

const dir = mkdtempSync(join(tmpdir(), 'ce-summer-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Bytes that differ from block to block (a repeated pattern would hide a misplaced block). */
function bytesOf(size: number, seed: number): Buffer {
	const b = Buffer.allocUnsafe(size);
	let x = seed >>> 0 || 1;
	for (let i = 0; i < size; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		b[i] = x & 0xff;
	}
	return b;
}

function summed(data: Buffer, cuts: number[]): ReturnType<FileSummer['sum']> {
	const s = new FileSummer();
	let at = 0;
	for (const c of [...cuts.map(c => c % (data.length + 1))].sort((a, b) => a - b)) {
		s.update(data.subarray(at, Math.max(at, c)));
		at = Math.max(at, c);
	}
	s.update(data.subarray(at));
	return s.sum();
}

describe('FileSummer', () => {
	it('gives the sums of the file read back, small and large, cut anywhere', () => {
		const sizes = [0, 1, 1000, BLOCKED_FROM - 1, BLOCKED_FROM, BLOCKED_FROM + 1, 5 * BLOCK + 12_345];
		sizes.forEach((size, k) => {
			const data = bytesOf(size, k + 7);
			const path = join(dir, `f${k}`);
			writeFileSync(path, data);
			const want = sumOfFile(path);
			expect(summed(data, [])).toEqual(want);
			fc.assert(
				fc.property(fc.array(fc.nat(), {maxLength: 12}), cuts => {
					expect(summed(data, cuts)).toEqual(want);
				}),
				{numRuns: size > BLOCK ? 15 : 60},
			);
		});
	});

	it('has a block sum for each block of a large file, the last one short', () => {
		const sum = summed(bytesOf(5 * BLOCK + 10, 3), [BLOCK - 1, 3 * BLOCK + 5]);
		expect(sum.blocks).toHaveLength(6);
	});
});
