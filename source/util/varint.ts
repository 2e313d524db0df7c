// Unsigned varints (7 bits a byte, the high bit set when more follow), as the
// search index's postings and forward index and the behind index's sentence
// gaps store numbers. Values up to 2^53, so past 32 bits as well.

/** Calls `each` with every varint of bytes[0, length) (7 bits a byte, high bit: more follows). */
export function eachVarint(bytes: Uint8Array, length: number, each: (value: number) => void): void {
	let value = 0;
	let shift = 1;
	for (let i = 0; i < length; i++) {
		const b = bytes[i]!;
		value += (b & 0x7f) * shift;
		if (b & 0x80) {
			shift *= 128;
			continue;
		}
		each(value);
		value = 0;
		shift = 1;
	}
}

/** Appends value's varint bytes to out. */
export function varint(value: number, out: number[]): void {
	do {
		let b = value & 0x7f;
		value = Math.floor(value / 128);
		if (value > 0) b |= 0x80;
		out.push(b);
	} while (value > 0);
}

/** Bytes varint() writes for a value. */
export function varintSize(value: number): number {
	let n = 1;
	while (value >= 128) {
		value = Math.floor(value / 128);
		n++;
	}
	return n;
}

/** varint() into a buffer at `at`, which has room for varintSize(value) bytes. */
export function writeVarint(out: Uint8Array, at: number, value: number): void {
	do {
		let b = value & 0x7f;
		value = Math.floor(value / 128);
		if (value > 0) b |= 0x80;
		out[at++] = b;
	} while (value > 0);
}
