// Every byte written, or an error. writeSync may store part of a buffer (a
// nearly full disk, a signal) and return how much: ignoring that count gave a
// truncated file and exit 0. A write that stores nothing means the disk is full.
import {writeSync} from 'node:fs';

/** fs.writeSync's shape for a byte range at a position (null: the current one); returns how many bytes it wrote. */
export type WriteBytes = (fd: number, data: Uint8Array, offset: number, length: number, position?: number | null) => number;

function shortWrite(): NodeJS.ErrnoException {
	const error = new Error('ENOSPC: short write (the disk is full)') as NodeJS.ErrnoException;
	error.code = 'ENOSPC';
	return error;
}

/** Writes data[offset, offset + length) at `position` (null: where the file stands), looping over short writes. */
export function writeAll(
	fd: number,
	data: Uint8Array,
	offset = 0,
	length = data.length - offset,
	position: number | null = null,
	write: WriteBytes = writeSync,
): void {
	let done = 0;
	while (done < length) {
		const n = write(fd, data, offset + done, length - done, position === null ? null : position + done);
		if (!(n > 0)) throw shortWrite();
		done += n;
	}
}
