// A file's lines, read in large chunks and split on the newline byte. The
// directory ingest's second pass reads back its spill file this way: through
// readline (a stream, a string decoder, a split per chunk) the reading was a
// quarter of that pass's main-thread time at 10k articles (a profile).
import {closeSync, openSync, readSync} from 'node:fs';

const CHUNK = 4 << 20;

/** The lines of a UTF-8 file, without their newlines (a last line without one too). `chunk`: bytes read at a time. */
export function* readLines(path: string, chunk = CHUNK): Generator<string> {
	for (const line of readLineBytes(path, chunk)) yield line.buf.toString('utf8', line.start, line.end);
}

/** A line as bytes: buf[start, end), valid until the next line is read; `newline`: buf[end] is its newline (false for a last line without one). */
export type LineBytes = {buf: Buffer; start: number; end: number; newline: boolean};

/** The lines of a file as byte ranges (one object, reused), for a reader that decodes only part of each. */
export function* readLineBytes(path: string, chunk = CHUNK): Generator<LineBytes> {
	const line: LineBytes = {buf: Buffer.alloc(0), start: 0, end: 0, newline: true};
	const fd = openSync(path, 'r');
	try {
		let buf = Buffer.allocUnsafe(chunk);
		// buf[0, end) holds bytes read and not yet split.
		let end = 0;
		for (;;) {
			if (end === buf.length) {
				// A line longer than the buffer: room for more of it.
				const grown = Buffer.allocUnsafe(buf.length * 2);
				buf.copy(grown, 0, 0, end);
				buf = grown;
			}
			const n = readSync(fd, buf, end, buf.length - end, null);
			if (n === 0) break;
			end += n;
			let start = 0;
			for (let nl = buf.indexOf(10, start); nl !== -1 && nl < end; nl = buf.indexOf(10, start)) {
				line.buf = buf;
				line.start = start;
				line.end = nl;
				line.newline = true;
				yield line;
				start = nl + 1;
			}
			// The unfinished line to the front.
			buf.copy(buf, 0, start, end);
			end -= start;
		}
		if (end > 0) {
			line.buf = buf;
			line.start = 0;
			line.end = end;
			line.newline = false;
			yield line;
		}
	} finally {
		closeSync(fd);
	}
}
