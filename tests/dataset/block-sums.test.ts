// Block sums (dataset/directory/checksum.ts): a large file of a dataset
// directory carries a CRC-32 per block, and a read checks only the blocks it
// reads, so the first frame does not sum the whole of articles.ndjson. A
// changed byte is still found by any read that covers it; a read elsewhere
// answers from bytes that were checked.
import {closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {crc32} from 'node:zlib';
import {BLOCK, BLOCKED_FROM, fileVerifier, metaSealHolds, sealedMetaText, sumOfFile} from '../../source/dataset/directory/checksum.js';

const dir = mkdtempSync(join(tmpdir(), 'ce-blocks-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A file of `size` bytes whose content depends on its position. */
function fileOf(name: string, size: number): Buffer {
	const bytes = Buffer.alloc(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 11)) & 0xff;
	writeFileSync(join(dir, name), bytes);
	return bytes;
}

const withFd = <T>(name: string, f: (fd: number) => T): T => {
	const fd = openSync(join(dir, name), 'r');
	try {
		return f(fd);
	} finally {
		closeSync(fd);
	}
};

describe('block sums', () => {
	const size = BLOCKED_FROM + 2 * BLOCK + 12_345;
	const bytes = fileOf('big.bin', size);
	const sum = sumOfFile(join(dir, 'big.bin'));

	it('a large file has one CRC-32 per block, the last one short; the whole file’s sum is unchanged', () => {
		expect(sum.size).toBe(size);
		expect(sum.crc32).toBe(crc32(bytes).toString(16).padStart(8, '0'));
		expect(sum.blocks).toHaveLength(Math.ceil(size / BLOCK));
		const last = sum.blocks!.length - 1;
		expect(sum.blocks![last]).toBe(
			crc32(bytes.subarray(last * BLOCK))
				.toString(16)
				.padStart(8, '0'),
		);
		fileOf('small.bin', BLOCKED_FROM - 1);
		expect(sumOfFile(join(dir, 'small.bin')).blocks).toBeUndefined();
	});

	it('a read checks the blocks it covers: a changed byte is found by a read over it, not by one elsewhere', () => {
		fc.assert(
			fc.property(fc.nat(size - 1), fc.nat(size - 1), fc.integer({min: 1, max: 3 * BLOCK}), (flip, offset, length) => {
				const changed = Buffer.from(bytes);
				changed[flip] = changed[flip]! ^ 0x10;
				writeFileSync(join(dir, 'flipped.bin'), changed);
				const verify = fileVerifier(dir, {'flipped.bin': sum});
				const covers =
					Math.floor(flip / BLOCK) >= Math.floor(offset / BLOCK) && Math.floor(flip / BLOCK) <= Math.floor(Math.min(size - 1, offset + length - 1) / BLOCK);
				const read = () => withFd('flipped.bin', fd => verify('flipped.bin', fd, [offset, length]));
				if (covers) expect(read).toThrow(/flipped\.bin: checksum mismatch; the dataset directory is damaged/);
				else expect(read).not.toThrow();
			}),
			{numRuns: 40},
		);
	});

	it('the whole file is still checked when no range is given, and a cut file is damage whichever block is read', () => {
		writeFileSync(join(dir, 'whole.bin'), bytes);
		const changed = Buffer.from(bytes);
		changed[size - 1] = changed[size - 1]! ^ 1;
		writeFileSync(join(dir, 'whole.bin'), changed);
		expect(() => fileVerifier(dir, {'whole.bin': sum})('whole.bin')).toThrow(/whole\.bin: checksum mismatch/);
		writeFileSync(join(dir, 'cut.bin'), bytes);
		truncateSync(join(dir, 'cut.bin'), size - 1);
		expect(() => withFd('cut.bin', fd => fileVerifier(dir, {'cut.bin': sum})('cut.bin', fd, [0, 10]))).toThrow(/cut\.bin: \d+ bytes where meta\.json says/);
	});

	it('block sums that do not fit the file are damage, and the file unchanged passes', () => {
		writeFileSync(join(dir, 'same.bin'), bytes);
		expect(() => withFd('same.bin', fd => fileVerifier(dir, {'same.bin': sum})('same.bin', fd, [5 * BLOCK, 100]))).not.toThrow();
		const wrong = {...sum, blocks: sum.blocks!.slice(1)};
		expect(() => withFd('same.bin', fd => fileVerifier(dir, {'same.bin': wrong})('same.bin', fd, [0, 100]))).toThrow(/block sums do not fit/);
	});
});

describe("meta.json's seal, checked on its bytes", () => {
	const meta = {layout: 'directory', actors: [{id: 'a', nameEn: 'Ā «quoted» \u2028'}], postings: {x: [0, 1]}};
	it('holds for the bytes sealedMetaText writes, and fails for one byte changed anywhere', () => {
		const text = sealedMetaText(meta);
		const bytes = Buffer.from(text);
		expect(metaSealHolds(JSON.parse(text), bytes)).toBe(true);
		for (let i = 0; i < bytes.length - 1; i++) {
			const changed = Buffer.from(bytes);
			changed[i] = changed[i]! ^ 0x01;
			let parsed: object;
			try {
				parsed = JSON.parse(changed.toString('utf8')) as object;
			} catch {
				continue;
			}
			// A flip inside the key itself leaves a meta.json without a seal, read as one written before seals.
			if (!('metaCrc32' in parsed)) continue;
			expect(metaSealHolds(parsed, changed), `byte ${i}`).toBe(false);
		}
	});

	it('bytes laid out by another writer are checked the old way, on the parsed value', () => {
		const pretty = JSON.stringify(JSON.parse(sealedMetaText(meta)), null, 2);
		expect(metaSealHolds(JSON.parse(pretty), Buffer.from(pretty))).toBe(true);
		const empty = sealedMetaText({});
		expect(metaSealHolds(JSON.parse(empty), Buffer.from(empty))).toBe(true);
	});
});
