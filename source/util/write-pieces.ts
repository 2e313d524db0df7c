// A large text written in pieces, never held whole (the directory ingest's
// event files).
import {closeSync, openSync} from 'node:fs';
import {writeAll} from './write-all.js';

/** A piece: text, or text and bytes in turn (bytes already UTF-8, written as they are). */
export type Piece = string | ReadonlyArray<string | Uint8Array>;

/**
 * `head`, the pieces 0..count-1 joined by `separator`, then `tail`, written
 * to a new file a batch of pieces at a time, not made into one string first: at 100k articles
 * event-list.json is ~310 MB (its labels Arabic, so ~620 MB as a string,
 * then its UTF-8 buffer), made while every other structure of the index was
 * still held, at the ingest's peak of memory.
 */
export function writePieces(path: string, count: number, piece: (k: number) => Piece, separator: string, head = '', tail = '', batchSize = 1024): void {
	const fd = openSync(path, 'w');
	try {
		const write = (text: string) => {
			if (text.length > 0) writeAll(fd, Buffer.from(text, 'utf8'));
		};
		write(head);
		// A batch's text, separators included, and any bytes among it, in order.
		const chunks: Array<string | Uint8Array> = [];
		for (let k = 0; k < count; k += batchSize) {
			chunks.length = 0;
			let bytes = false;
			for (let j = k; j < Math.min(count, k + batchSize); j++) {
				if (j > 0) chunks.push(separator);
				const p = piece(j);
				if (typeof p === 'string') chunks.push(p);
				else
					for (const x of p) {
						chunks.push(x);
						if (typeof x !== 'string') bytes = true;
					}
			}
			if (bytes) writeAll(fd, joinBytes(chunks));
			else write((chunks as string[]).join(''));
		}
		write(tail);
	} finally {
		closeSync(fd);
	}
}

/** Text and bytes in turn as one buffer, each run of text encoded once. */
function joinBytes(chunks: ReadonlyArray<string | Uint8Array>): Buffer {
	const buffers: Uint8Array[] = [];
	let text: string[] = [];
	for (const x of chunks) {
		if (typeof x === 'string') {
			text.push(x);
			continue;
		}
		if (text.length > 0) buffers.push(Buffer.from(text.join(''), 'utf8'));
		text = [];
		buffers.push(x);
	}
	if (text.length > 0) buffers.push(Buffer.from(text.join(''), 'utf8'));
	return Buffer.concat(buffers);
}
