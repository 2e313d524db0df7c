// A checksum per file of a dataset directory, kept in meta.json (`files`) and
// checked the first time a file is read, so a truncated, half-copied or
// overwritten file is reported instead of answering wrongly.
//
// CRC-32 rather than SHA-256: the checksum is there to catch accidents (a
// disk, a copy, an editor), and zlib's CRC-32 is native and reads several GB/s,
// so checking a 100k-article directory costs little. Against someone crafting
// a dataset a cryptographic hash would buy nothing here: whoever can rewrite a
// file can rewrite meta.json's sums too. What protects against crafted files
// is the bounds check on every read (open.ts, heads.ts, postings.ts).
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {join} from 'node:path';
import {crc32} from 'node:zlib';
import {DataError} from '../../errors.js';

export type FileSum = {size: number; crc32: string};
export type FileSums = Record<string, FileSum>;

const CHUNK = 4 << 20;

/** Size and CRC-32 of an open file, read in chunks (a 1 GB file is not held in memory). */
export function sumOfFd(fd: number): FileSum {
	const size = fstatSync(fd).size;
	const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size)));
	let value = 0;
	let at = 0;
	for (;;) {
		const n = readSync(fd, buffer, 0, buffer.length, at);
		if (n === 0) break;
		value = crc32(buffer.subarray(0, n), value);
		at += n;
	}
	return {size: at, crc32: hex8(value)};
}

/** Size and CRC-32 of the file at `path`. */
export function sumOfFile(path: string): FileSum {
	const fd = openSync(path, 'r');
	try {
		return sumOfFd(fd);
	} finally {
		closeSync(fd);
	}
}

/** The sums of the named files of a directory (for meta.json). */
export function sumFiles(dir: string, files: string[]): FileSums {
	const sums: FileSums = Object.create(null);
	for (const file of files) sums[file] = sumOfFile(join(dir, file));
	return sums;
}

/**
 * Checks each file against meta.json's sums once, the first time it is asked
 * for. `sums` undefined: a directory written before checksums (layouts 1
 * and 2), read with bounds checks only.
 */
export function fileVerifier(dir: string, sums: FileSums | undefined): (file: string, fd?: number) => void {
	const checked = new Set<string>();
	return (file, fd) => {
		if (!sums || checked.has(file)) return;
		const path = join(dir, file);
		const want = Object.hasOwn(sums, file) ? sums[file] : undefined;
		if (!want) throw new DataError(`${path}: meta.json has no checksum for this file; the dataset directory is damaged (ingest it again)`);
		let got: FileSum;
		try {
			got = fd === undefined ? sumOfFile(path) : sumOfFd(fd);
		} catch (error) {
			throw new DataError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
		}
		if (got.size !== want.size)
			throw new DataError(`${path}: ${got.size} bytes where meta.json says ${want.size}; the dataset directory is damaged (ingest it again)`);
		if (got.crc32 !== want.crc32) throw new DataError(`${path}: checksum mismatch; the dataset directory is damaged (ingest it again)`);
		checked.add(file);
	};
}

/**
 * meta.json's text, sealed with a CRC-32 of itself (`metaCrc32`, over the JSON
 * of everything else). meta.json holds every other file's sum, but nothing
 * covered meta.json: a flipped byte inside one of its strings (a name, a
 * title) still parsed and was shown as if whole (found by
 * tests/hostile/cli-property.test.ts, seed 1380089825).
 */
export function sealedMetaText(meta: object): string {
	const {metaCrc32: _, ...body} = meta as {metaCrc32?: unknown};
	// The seal goes last, added to the text it seals (meta.json is megabytes at
	// 100k articles: serialised once): the reader drops it and serialises the
	// rest in the same key order.
	const text = JSON.stringify(body);
	const seal = `"metaCrc32":"${sealOf(text)}"}`;
	return `${text === '{}' ? `{${seal}` : `${text.slice(0, -1)},${seal}`}\n`;
}

/** Whether a parsed meta.json matches its seal (true for one written before seals: no `metaCrc32`). */
export function metaSealHolds(meta: object): boolean {
	const {metaCrc32, ...body} = meta as {metaCrc32?: unknown};
	return metaCrc32 === undefined || metaCrc32 === sealOf(JSON.stringify(body));
}

/** meta.json's seal: the CRC-32 of the JSON text of everything but the seal. */
function sealOf(text: string): string {
	return hex8(crc32(Buffer.from(text)));
}

/** A CRC-32 as meta.json writes it: 8 lowercase hex digits. */
function hex8(value: number): string {
	return value.toString(16).padStart(8, '0');
}
