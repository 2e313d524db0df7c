// Growable Uint32 lists for the ingest side, positioned reads for the reader.
import {readSync} from 'node:fs';
import {DataError} from '../../errors.js';

export class U32List {
	buf = new Uint32Array(8);
	length = 0;
	push(n: number): void {
		if (this.length === this.buf.length) {
			const next = new Uint32Array(this.buf.length * 2);
			next.set(this.buf);
			this.buf = next;
		}
		this.buf[this.length++] = n;
	}
	/** Push unless it repeats the last value (sentences arrive in order). */
	pushOnce(n: number): void {
		if (this.length === 0 || this.buf[this.length - 1] !== n) this.push(n);
	}
	last(): number | undefined {
		return this.length === 0 ? undefined : this.buf[this.length - 1];
	}
	view(): Uint32Array {
		return this.buf.subarray(0, this.length);
	}
}

/** Sorted copy without repeats. */
export function sortedUnique(values: Uint32Array): Uint32Array {
	const s = Uint32Array.from(values).sort();
	let n = 0;
	for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) s[n++] = s[i]!;
	return s.subarray(0, n);
}

/**
 * Reads [offset, length] (Uint32 units) from an open postings file of `size`
 * bytes; `label` names it in messages. A span outside the file, or a read
 * that comes back short, is damage: an empty or cut postings.bin gave wrong
 * counts with exit 0.
 */
export function readPostings(fd: number, span: [number, number] | undefined | null, size = Number.POSITIVE_INFINITY, label = 'postings.bin'): Uint32Array {
	if (!span || span[1] === 0) return new Uint32Array(0);
	const [offset, length] = span;
	if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || (offset + length) * 4 > size)
		throw new DataError(
			`${label}: a list at [${String(offset)}, ${String(length)}] lies outside the file (${size} bytes); the dataset directory is damaged (ingest it again)`,
		);
	const bytes = Buffer.alloc(length * 4);
	const read = readSync(fd, bytes, 0, bytes.length, offset * 4);
	if (read !== bytes.length)
		throw new DataError(`${label}: ${read} of ${bytes.length} bytes read at ${offset * 4}; the dataset directory is damaged (ingest it again)`);
	// Little-endian on disk, as written by Buffer from a Uint32Array on x86/ARM.
	return new Uint32Array(bytes.buffer, bytes.byteOffset, length);
}
