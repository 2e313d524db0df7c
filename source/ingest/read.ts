// Reading article files is the one place untrusted bytes enter. Nothing here
// throws: each file either becomes a RawArticle (perhaps repaired, with the
// repairs named) or is skipped with a reason.
import {lstatSync, readFileSync, realpathSync, statSync} from 'node:fs';
import type {RawArticle} from './types.js';

export type ReadOutcome =
	| {ok: true; article: RawArticle; repairs: string[]}
	| {ok: false; file: string; reason: string};

/** Files larger than this are not news articles; reading them would only cost memory. */
export const MAX_BYTES = 20 * 1024 * 1024;

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const LETTER = /\p{L}/gu;

/** Decode bytes to text, repairing what can be repaired. Pure. */
export function decodeArticle(file: string, bytes: Uint8Array): ReadOutcome {
	if (bytes.length === 0) return {ok: false, file, reason: 'empty file'};
	const repairs: string[] = [];
	let nul = 0;
	let control = 0;
	for (const b of bytes) {
		if (b === 0) nul++;
		else if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
	}
	if ((nul + control) / bytes.length > 0.05) return {ok: false, file, reason: 'binary file (control bytes, not text)'};

	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		text = new TextDecoder('utf-8').decode(bytes);
		const bad = (text.match(/\uFFFD/g) ?? []).length;
		if (bad / Math.max(1, text.length) > 0.2) return {ok: false, file, reason: 'not UTF-8 text'};
		repairs.push(`${bad} invalid UTF-8 sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`);
	}
	if (text.charCodeAt(0) === 0xfeff) {
		text = text.slice(1);
		repairs.push('byte-order mark removed');
	}
	if (nul > 0) {
		text = text.replaceAll('\0', '');
		repairs.push(`${nul} NUL byte${nul === 1 ? '' : 's'} removed`);
	}
	if (/\r/.test(text)) {
		text = text.replace(/\r\n?/g, '\n');
		repairs.push('CRLF/CR line ends normalised');
	}
	if (text.trim() === '') return {ok: false, file, reason: 'empty file (whitespace only)'};
	const letters = (text.match(LETTER) ?? []).length;
	const arabic = (text.match(ARABIC_LETTER) ?? []).length;
	if (letters === 0) return {ok: false, file, reason: 'no text (no letters)'};
	if (arabic / letters < 0.2) return {ok: false, file, reason: 'not Arabic text (Latin or other script)'};
	const id = file.replace(/\.txt$/i, '');
	return {ok: true, article: {id, file, text}, repairs};
}

/** Read one file by path; every failure becomes a reason. */
export function readArticle(path: string, file: string): ReadOutcome {
	try {
		const link = lstatSync(path);
		if (link.isSymbolicLink()) realpathSync(path); // throws ELOOP on a loop
		const st = statSync(path);
		if (!st.isFile()) return {ok: false, file, reason: 'not a regular file'};
		if (st.size > MAX_BYTES) return {ok: false, file, reason: `too large (${Math.round(st.size / 1048576)} MB > ${MAX_BYTES / 1048576} MB)`};
		return decodeArticle(file, readFileSync(path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ELOOP' ? 'symbolic link loop' :
			code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
			code === 'ENOENT' ? 'missing (a dangling link?)' :
			code === 'EISDIR' ? 'a directory' :
			`unreadable (${code ?? (error as Error).message})`;
		return {ok: false, file, reason};
	}
}
