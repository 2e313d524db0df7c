// A positioned read that fills its buffer: readSync may return fewer bytes
// than asked, so it is called until the buffer is full or the file ends.
import {readSync} from 'node:fs';

/** Fills `into` from `fd` at `position`; returns how many bytes it read (fewer than asked only when the file ends first). */
export function readExactly(fd: number, into: Uint8Array, position: number): number {
	let done = 0;
	while (done < into.length) {
		const n = readSync(fd, into, done, into.length - done, position + done);
		if (n === 0) break;
		done += n;
	}
	return done;
}
