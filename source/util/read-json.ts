// Reading a JSON file the user or ingest wrote: every failure is one DataError
// line naming the file, what it was read as, and why, instead of a stack trace.
import {readFileSync} from 'node:fs';
import {DataError} from '../errors.js';
import {sanitize} from '../text/sanitize.js';

/** Why a file could not be read, in words for the common cases. */
export function readFailure(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a directory';
	return code ?? (error as Error).message;
}

/**
 * Why JSON.parse failed, without the input it quotes: V8's message echoes a
 * stretch of the file (`Unexpected token … "<the bytes>" is not valid JSON`),
 * and a crafted file would put its bytes on the user's terminal. Says where
 * instead (line and column) when V8 gives a position.
 */
export function jsonSyntaxDetail(error: unknown, text: string): string {
	let detail = String((error as Error)?.message ?? error).replace(/,\s*"[\s\S]*" is not valid JSON$/, '');
	const at = /\s(?:in JSON )?at position (\d+)/.exec(detail);
	if (at) {
		const position = Number(at[1]);
		const before = text.slice(0, position);
		const line = before.split('\n').length;
		const column = position - before.lastIndexOf('\n');
		detail = `${detail.slice(0, at.index)} at line ${line}, column ${column}`;
	}
	// The token V8 names is one character of input: shown, not obeyed.
	return sanitize(detail.length > 120 ? `${detail.slice(0, 119)}…` : detail);
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
	return parseJsonText<T>(text, path);
}

/** readJson, with the file's bytes beside the value (to check a checksum over them). */
export function readJsonAndBytes<T = unknown>(path: string, what: string): {value: T; bytes: Buffer} {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new DataError(`${path}: cannot read ${what}: ${readFailure(error)}`);
	}
	return {value: parseJsonText<T>(bytes.toString('utf8'), path), bytes};
}

function parseJsonText<T>(text: string, path: string): T {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, '')) as T;
	} catch (error) {
		throw new DataError(`${path}: not valid JSON (${jsonSyntaxDetail(error, text)})`);
	}
}
