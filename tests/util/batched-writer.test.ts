import {closeSync, mkdtempSync, openSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {BatchedWriter} from '../../source/util/write-all.js';

const dir = mkdtempSync(join(tmpdir(), 'ce-batched-'));

describe('BatchedWriter', () => {
	it('writes every piece in order, whatever their sizes against its buffer, once flushed', () => {
		let n = 0;
		fc.assert(
			fc.property(fc.array(fc.uint8Array({maxLength: 40}), {maxLength: 30}), fc.integer({min: 1, max: 16}), (pieces, size) => {
				const path = join(dir, `out-${n++}`);
				const fd = openSync(path, 'w');
				const w = new BatchedWriter(fd, size);
				const expected = Buffer.concat(pieces.map(p => Buffer.from(p)));
				// Each piece's bytes may be reused by the caller once write returns (a read buffer's row).
				for (const p of pieces) {
					w.write(p);
					p.fill(0);
				}
				w.flush();
				closeSync(fd);
				expect(readFileSync(path).equals(expected)).toBe(true);
			}),
			{numRuns: 200},
		);
	});

	it('writes text as UTF-8, with bytes between, and says how many bytes each text took', () => {
		let n = 0;
		// Arabic (two bytes a unit), astral (four bytes a pair) and ASCII, around buffers smaller and larger than the text.
		const piece = fc.oneof(fc.string({unit: 'grapheme', maxLength: 30}), fc.uint8Array({maxLength: 20}));
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 20}), fc.integer({min: 1, max: 64}), (pieces, size) => {
				const path = join(dir, `text-${n++}`);
				const fd = openSync(path, 'w');
				const w = new BatchedWriter(fd, size);
				for (const p of pieces) {
					if (typeof p === 'string') expect(w.writeText(p)).toBe(Buffer.byteLength(p));
					else w.write(p);
				}
				w.flush();
				closeSync(fd);
				expect(readFileSync(path).equals(Buffer.concat(pieces.map(p => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))))).toBe(true);
			}),
			{numRuns: 200},
		);
	});
});
