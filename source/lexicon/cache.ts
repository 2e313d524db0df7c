// A compiled lexicon kept on disk: the built-in lexicon and gazetteer as the
// compile leaves them (alias tries, name tables, discovery tables…), written
// by scripts/build.mjs beside the bundle as one v8.serialize() blob. Loading
// it is a file read and one deserialize instead of reading ~1 MB of JSON,
// validating it and normalising every alias: on an idle machine a cold
// loadLexicons went from ~175 ms to ~25 ms, paid by every ingest and again by
// every parse worker in its own isolate.
//
// A cache is used only when it is certainly the compile of these very files
// by this very code: its header holds the code's key (the build's hash of
// source/, fixed in the bundle) and a hash of every JSON file of the data
// folders, taken when it is read. Anything else (an edited lexicon, other
// code, a missing or damaged file) reads as no cache, and the caller compiles
// as before.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {deserialize, serialize} from 'node:v8';
import {tempName} from '../util/temp-name.js';

/** First bytes of a cache file; a new layout of the blob gets a new one. */
const MAGIC = 'crisis-explorer lexicon cache 1\n';

/**
 * Hash of the JSON files of `dirs` (names and bytes, in name order; the
 * folders by their place in `dirs`): the data a compile reads. A file added, removed or edited changes it. ~1 MB
 * hashed in ~3 ms.
 */
export function dataHash(dirs: readonly string[]): string {
	const hash = createHash('sha256');
	// Not the folders' paths: a package built in one place and installed in another keeps its cache.
	for (const [i, dir] of dirs.entries()) {
		hash.update(`${i}\0`);
		for (const name of readdirSync(dir)
			.filter(n => n.endsWith('.json'))
			.sort()) {
			hash
				.update(name)
				.update('\0')
				.update(readFileSync(join(dir, name)))
				.update('\0');
		}
	}
	return hash.digest('hex');
}

/** The whole key of a cache: the code that compiled it and the data it compiled. */
export function cacheKey(codeKey: string, dirs: readonly string[]): string {
	return `${codeKey}:${dataHash(dirs)}`;
}

/** Write `value` under `key` (temporary file, then rename: a reader never sees half a cache). */
export function writeCache(path: string, key: string, value: unknown): void {
	const header = Buffer.from(`${MAGIC}${key}\n`, 'utf8');
	const temp = join(dirname(path), tempName(basename(path)));
	writeFileSync(temp, Buffer.concat([header, serialize(value)]));
	renameSync(temp, path);
}

/** The value cached under `key`, or null when the file is missing, damaged or has another key. */
export function readCache<T>(path: string, key: string): T | null {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch {
		return null;
	}
	const header = Buffer.from(`${MAGIC}${key}\n`, 'utf8');
	if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return null;
	try {
		return deserialize(bytes.subarray(header.length)) as T;
	} catch {
		return null;
	}
}
