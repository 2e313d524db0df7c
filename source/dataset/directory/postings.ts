// Growable Uint32 lists for the ingest side, positioned reads for the reader.
import {readSync} from 'node:fs';

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

/** Reads [offset, length] (Uint32 units) from an open postings file. */
export function readPostings(fd: number, span: [number, number] | undefined | null): Uint32Array {
	if (!span || span[1] === 0) return new Uint32Array(0);
	const bytes = Buffer.alloc(span[1] * 4);
	readSync(fd, bytes, 0, bytes.length, span[0] * 4);
	// Little-endian on disk, as written by Buffer from a Uint32Array on x86/ARM.
	return new Uint32Array(bytes.buffer, bytes.byteOffset, span[1]);
}
