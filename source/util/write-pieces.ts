// A large text written in pieces, never held whole (the directory ingest's
// event files).
import {closeSync, openSync} from 'node:fs';
import {BatchedWriter} from './write-all.js';

/** A piece: text, or text and bytes in turn (bytes already UTF-8, written as they are). */
export type Piece = string | ReadonlyArray<string | Uint8Array>;

/**
 * `head`, the pieces 0..count-1 joined by `separator`, then `tail`, written
 * to a new file through a buffer of `bufferSize` bytes (BatchedWriter), not
 * made into one string first: at 100k articles event-list.json is ~310 MB
 * (its labels Arabic, so ~620 MB as a string, then its UTF-8 buffer), made
 * while every other structure of the index was still held, at the ingest's
 * peak of memory.
 */
export function writePieces(path: string, count: number, piece: (k: number) => Piece, separator: string, head = '', tail = '', bufferSize = 1 << 20): void {
	const fd = openSync(path, 'w');
	try {
		const out = new BatchedWriter(fd, bufferSize);
		out.writeText(head);
		for (let k = 0; k < count; k++) {
			if (k > 0) out.writeText(separator);
			const p = piece(k);
			if (typeof p === 'string') out.writeText(p);
			else
				for (const x of p) {
					if (typeof x === 'string') out.writeText(x);
					else out.write(x);
				}
		}
		out.writeText(tail);
		out.flush();
	} finally {
		closeSync(fd);
	}
}
