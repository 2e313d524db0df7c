// Reading a JSON file the user or ingest wrote: every failure is one DataError
// line naming the file, what it was read as, and why, instead of a stack trace.
import {readFileSync} from 'node:fs';
import {DataError} from '../errors.js';

/** Why a file could not be read, in words for the common cases. */
export function readFailure(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a directory';
	return code ?? (error as Error).message;
}

/**
 * Parses the JSON file at `path`; `what` names it in messages ("lexicon file",
 * "the event list"). A byte-order mark, which editors on some systems add, is skipped.
 */
export function readJson<T = unknown>(path: string, what: string): T {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new DataError(`${path}: cannot read ${what}: ${readFailure(error)}`);
	}
	try {
		return JSON.parse(text.replace(/^\uFEFF/, '')) as T;
	} catch (error) {
		throw new DataError(`${path}: not valid JSON (${(error as Error).message})`);
	}
}
