// A large text written in pieces, never held whole (the directory ingest's
// event files).
import {closeSync, openSync} from 'node:fs';
import {writeAll} from './write-all.js';

/**
 * `head`, the pieces 0..count-1 joined by `separator`, then `tail`, written
 * to a new file a batch of pieces at a time, not made into one string first: at 100k articles
 * event-list.json is ~310 MB (its labels Arabic, so ~620 MB as a string,
 * then its UTF-8 buffer), made while every other structure of the index was
 * still held, at the ingest's peak of memory.
 */
export function writePieces(path: string, count: number, piece: (k: number) => string, separator: string, head = '', tail = '', batchSize = 1024): void {
	const fd = openSync(path, 'w');
	try {
		const write = (text: string) => {
			if (text.length > 0) writeAll(fd, Buffer.from(text, 'utf8'));
		};
		write(head);
		const batch: string[] = [];
		for (let k = 0; k < count; k += batchSize) {
			batch.length = 0;
			for (let j = k; j < Math.min(count, k + batchSize); j++) batch.push(piece(j));
			write((k > 0 ? separator : '') + batch.join(separator));
		}
		write(tail);
	} finally {
		closeSync(fd);
	}
}
