// Every byte written, or an error. writeSync may store part of a buffer (a
// nearly full disk, a signal) and return how much: ignoring that count gave a
// truncated file and exit 0. A write that stores nothing means the disk is full.
import {closeSync, openSync, writeSync} from 'node:fs';

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

/**
 * Writes to fd through a buffer of `size` bytes: many small writes become a
 * few large ones. A directory ingest wrote each article's line (~21 KB, 100k
 * of them at 100k articles), each spill row and each postings list (three an
 * event) with a write of its own; 10k writes of 21.6 KB took 108-123 ms
 * here against 40-43 ms through a 1 MB buffer. A piece larger than the
 * buffer is written directly, after what is buffered. flush() before close.
 */
export class BatchedWriter {
	private readonly buf: Buffer;
	private used = 0;

	constructor(
		private readonly fd: number,
		size = 1 << 20,
	) {
		this.buf = Buffer.allocUnsafe(size);
	}

	write(data: Uint8Array): void {
		if (this.used + data.length > this.buf.length) {
			this.flush();
			if (data.length > this.buf.length) {
				writeAll(this.fd, data);
				return;
			}
		}
		this.buf.set(data, this.used);
		this.used += data.length;
	}

	/** Text, in UTF-8, encoded straight into the buffer when it fits (a UTF-16 unit is at most 3 bytes); returns its length in bytes. */
	writeText(text: string): number {
		if (this.used + text.length * 3 > this.buf.length) {
			this.flush();
			if (text.length * 3 > this.buf.length) {
				if (text.length === 0) return 0;
				const bytes = Buffer.from(text, 'utf8');
				writeAll(this.fd, bytes);
				return bytes.length;
			}
		}
		const n = this.buf.write(text, this.used, 'utf8');
		this.used += n;
		return n;
	}

	flush(): void {
		if (this.used === 0) return;
		writeAll(this.fd, this.buf, 0, this.used);
		this.used = 0;
	}
}

/**
 * A new file (never one already there: opened 'wx') written through a
 * BatchedWriter: what a directory ingest writes beside the dataset while it
 * runs (spill rows, a family's mentions, the events' details). close() writes
 * what is buffered and closes; abandon() only closes (the ingest failed and
 * the folder goes). Either is a no-op once the file is closed.
 */
export class NewFile {
	private readonly fd: number;
	private readonly out: BatchedWriter;
	private open = true;

	/** `buffer`: bytes held before a write. */
	constructor(
		readonly path: string,
		buffer = 1 << 20,
	) {
		this.fd = openSync(path, 'wx');
		this.out = new BatchedWriter(this.fd, buffer);
	}

	/** Text in UTF-8; returns its length in bytes. */
	writeText(text: string): number {
		return this.out.writeText(text);
	}

	/** Bytes, copied before it returns (`data` may be reused); returns their length. */
	write(data: Uint8Array): number {
		this.out.write(data);
		return data.length;
	}

	close(): void {
		if (!this.open) return;
		this.open = false;
		try {
			this.out.flush();
		} finally {
			closeSync(this.fd);
		}
	}

	abandon(): void {
		if (!this.open) return;
		this.open = false;
		closeSync(this.fd);
	}
}
