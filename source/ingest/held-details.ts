// The events' mentionDetails between the link worker and the event list's
// writer: four fifths of event-list.json (25 of 31 MB at 10k articles), and
// only ever written out. The link worker appends each event's details, as
// JSON, to one file in the new dataset's folder and sends where they are; the
// main thread reads them back, one event at a time, as it writes
// event-list.json, then removes the file. Held on the main thread as the
// bytes the worker sent (the buffers of its parts), they were there from the
// second pass to the end of the write, the ingest's peak of memory at 100k
// articles.
import {closeSync, openSync} from 'node:fs';
import {join} from 'node:path';
import {NewFile} from '../util/write-all.js';
import {readExactly} from '../util/read-exactly.js';

/** Where an event's details are in the file: byte offset and length. */
export type DetailsSpan = [offset: number, length: number];

/** The file's path in the dataset folder being written (removed before the folder is complete). */
export function detailsPath(dir: string): string {
	return join(dir, '.event-details');
}

/** In the link worker: appends details to a new file. close() before the main thread reads it. */
export class DetailsWriter {
	private readonly out: NewFile;
	private offset = 0;

	constructor(path: string) {
		this.out = new NewFile(path);
	}

	/** Appends `json` (an event's details) and says where it is. */
	append(json: string): DetailsSpan {
		const at = this.offset;
		const length = this.out.writeText(json);
		this.offset += length;
		return [at, length];
	}

	/** Writes what is buffered and closes the file. */
	close(): void {
		this.out.close();
	}

	/** Closes the file, if still open, without writing what is buffered (linking failed; the folder goes). */
	abandon(): void {
		this.out.abandon();
	}
}

/** In the main thread: reads details back by span. */
export class DetailsReader {
	private readonly fd: number;
	private buf = Buffer.allocUnsafe(1 << 16);

	constructor(path: string) {
		this.fd = openSync(path, 'r');
	}

	/** The bytes at `span`, valid until the next read. */
	read([offset, length]: DetailsSpan): Uint8Array {
		if (this.buf.length < length) this.buf = Buffer.allocUnsafe(Math.max(length, this.buf.length * 2));
		const bytes = this.buf.subarray(0, length);
		if (readExactly(this.fd, bytes, offset) < length) throw new Error(`the events' details end before byte ${offset + length}`);
		return bytes;
	}

	close(): void {
		closeSync(this.fd);
	}
}
