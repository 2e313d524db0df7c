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
//
// A large file also has a CRC-32 per block of BLOCK bytes (`blocks`), and a
// read of a few records (an article's line, a facet's postings, an event's
// claims) checks only the blocks it reads, once each: checking the whole of
// articles.ndjson before drawing its first article made the first frame grow
// with the corpus (at 100k articles 2.1 GB read and summed before the first
// frame). A command still never answers from a byte it has not checked.
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {join} from 'node:path';
import {crc32} from 'node:zlib';
import {DataError} from '../../errors.js';

/** `blocks`: the CRC-32 of each BLOCK bytes, for a file of at least BLOCKED_FROM bytes. */
export type FileSum = {size: number; crc32: string; blocks?: string[]};
export type FileSums = Record<string, FileSum>;

/** Bytes a block sum covers: an article's line or a facet's postings lie in one or two. */
export const BLOCK = 1 << 20;
/** Files from this size on get block sums (below it, checking the whole file costs a few ms). */
export const BLOCKED_FROM = 4 * BLOCK;
const CHUNK = 4 * BLOCK;

/** Size and CRC-32 of an open file, read in chunks (a 1 GB file is not held in memory), with block sums when it is large. */
export function sumOfFd(fd: number): FileSum {
	const size = fstatSync(fd).size;
	const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size)));
	const blocks: string[] | undefined = size >= BLOCKED_FROM ? [] : undefined;
	let value = 0;
	let at = 0;
	for (;;) {
		// Whole chunks are whole blocks (CHUNK is a multiple of BLOCK): only the file's last block is short.
		const n = readSync(fd, buffer, 0, buffer.length, at);
		if (n === 0) break;
		const chunk = buffer.subarray(0, n);
		value = crc32(chunk, value);
		if (blocks) for (let b = 0; b < n; b += BLOCK) blocks.push(hex8(crc32(chunk.subarray(b, Math.min(n, b + BLOCK)))));
		at += n;
	}
	return blocks ? {size: at, crc32: hex8(value), blocks} : {size: at, crc32: hex8(value)};
}

/**
 * What sumOfFd gives for a file, summed from its bytes as they are written
 * (in pieces of any size), so a writer need not read its file back: the
 * directory ingest writes articles.ndjson (2.1 GB at 100k articles) this way.
 */
export class FileSummer {
	private size = 0;
	private value = 0;
	private block = 0;
	private readonly blocks: number[] = [];

	update(bytes: Uint8Array): void {
		this.value = crc32(bytes, this.value);
		let at = 0;
		while (at < bytes.length) {
			// The rest of the current block, or of the bytes.
			const room = BLOCK - (this.size % BLOCK);
			const piece = bytes.subarray(at, at + room);
			this.block = crc32(piece, this.block);
			this.size += piece.length;
			at += piece.length;
			if (this.size % BLOCK === 0) {
				this.blocks.push(this.block);
				this.block = 0;
			}
		}
	}

	sum(): FileSum {
		const crc = hex8(this.value);
		if (this.size < BLOCKED_FROM) return {size: this.size, crc32: crc};
		const blocks = this.blocks.map(hex8);
		if (this.size % BLOCK !== 0) blocks.push(hex8(this.block));
		return {size: this.size, crc32: crc, blocks};
	}
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
export function sumFiles(dir: string, files: string[], known: Partial<FileSums> = {}): FileSums {
	const sums: FileSums = Object.create(null);
	// `known`: sums a writer made as it wrote (FileSummer), not read back.
	for (const file of files) sums[file] = known[file] ?? sumOfFile(join(dir, file));
	return sums;
}

/**
 * Checks each file against meta.json's sums once, the first time it is asked
 * for. `sums` undefined: a directory written before checksums (layouts 1
 * and 2), read with bounds checks only.
 */
export function fileVerifier(dir: string, sums: FileSums | undefined): Verifier {
	const checked = new Set<string>();
	/** Per file read by blocks: which blocks have been checked. */
	const checkedBlocks = new Map<string, Uint8Array>();
	return (file, fd, range) => {
		if (!sums || checked.has(file)) return;
		const path = join(dir, file);
		const want = Object.hasOwn(sums, file) ? sums[file] : undefined;
		if (!want) throw new DataError(`${path}: meta.json has no checksum for this file; the dataset directory is damaged (ingest it again)`);
		if (range && fd !== undefined && Array.isArray(want.blocks)) {
			checkBlocks(path, fd, want, range, checkedBlocks, file);
			return;
		}
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
 * Checks a file's sums the first time it is read; `range` ([offset, length] in
 * bytes, with the open `fd`): only the blocks that range reads, when the file
 * has block sums.
 */
export type Verifier = (file: string, fd?: number, range?: readonly [number, number]) => void;

function checkBlocks(path: string, fd: number, want: FileSum, [offset, length]: readonly [number, number], done: Map<string, Uint8Array>, file: string): void {
	const blocks = want.blocks!;
	let seen = done.get(file);
	if (!seen) {
		// The size first, once: a cut or grown file is damage whichever block is read.
		const size = fstatSync(fd).size;
		if (size !== want.size) throw new DataError(`${path}: ${size} bytes where meta.json says ${want.size}; the dataset directory is damaged (ingest it again)`);
		if (blocks.length !== Math.ceil(want.size / BLOCK) || blocks.some(b => typeof b !== 'string'))
			throw new DataError(`${path}: meta.json's block sums do not fit the file; the dataset directory is damaged (ingest it again)`);
		seen = new Uint8Array(blocks.length);
		done.set(file, seen);
	}
	// A range outside the file is left to the read's own bounds check.
	if (!(offset >= 0) || !(length > 0) || offset >= want.size) return;
	const first = Math.floor(offset / BLOCK);
	const last = Math.min(blocks.length - 1, Math.floor((offset + length - 1) / BLOCK));
	let buffer: Buffer | undefined;
	for (let b = first; b <= last; b++) {
		if (seen[b]) continue;
		const start = b * BLOCK;
		const n = Math.min(BLOCK, want.size - start);
		buffer ??= Buffer.allocUnsafe(BLOCK);
		let read: number;
		try {
			read = readSync(fd, buffer, 0, n, start);
		} catch (error) {
			throw new DataError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
		}
		if (read !== n || hex8(crc32(buffer.subarray(0, n))) !== blocks[b])
			throw new DataError(`${path}: checksum mismatch; the dataset directory is damaged (ingest it again)`);
		seen[b] = 1;
	}
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

/**
 * Whether a parsed meta.json matches its seal (true for one written before
 * seals: no `metaCrc32`). With the file's `bytes`, as sealedMetaText wrote
 * them, the seal is checked on the bytes before it: serialising the parsed
 * meta again to check it took 0.7 s of a 100k directory's first frame (meta.json
 * 35 MB). Bytes laid out otherwise (another writer's spacing) are checked the
 * old way.
 */
export function metaSealHolds(meta: object, bytes?: Uint8Array): boolean {
	const {metaCrc32, ...body} = meta as {metaCrc32?: unknown};
	if (metaCrc32 === undefined) return true;
	if (bytes && typeof metaCrc32 === 'string') {
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		for (const tail of [`"metaCrc32":"${metaCrc32}"}\n`, `"metaCrc32":"${metaCrc32}"}`]) {
			if (buffer.length < tail.length + 1 || !buffer.subarray(buffer.length - tail.length).equals(Buffer.from(tail))) continue;
			// What precedes the seal: `{…,` (the body's text with its `}` replaced by a comma) or `{` (an empty body).
			const cut = buffer.length - tail.length;
			const before = buffer[cut - 1];
			const crc = before === 0x2c ? crc32(CLOSE, crc32(buffer.subarray(0, cut - 1))) : before === 0x7b && cut === 1 ? crc32(Buffer.from('{}')) : undefined;
			if (crc !== undefined && hex8(crc) === metaCrc32) return true;
		}
	}
	return metaCrc32 === sealOf(JSON.stringify(body));
}

const CLOSE = Buffer.from('}');

/** meta.json's seal: the CRC-32 of the JSON text of everything but the seal. */
function sealOf(text: string): string {
	return hex8(crc32(Buffer.from(text)));
}

/** A CRC-32 as meta.json writes it: 8 lowercase hex digits. */
function hex8(value: number): string {
	return value.toString(16).padStart(8, '0');
}
