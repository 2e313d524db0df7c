// Reading article files is the one place untrusted bytes enter. Nothing here
// throws: each file either becomes a RawArticle (perhaps repaired, with the
// repairs named) or is skipped with a reason.
import {lstatSync, readFileSync, realpathSync, statSync} from 'node:fs';
import type {RawArticle} from './types.js';
import {isLetterCode} from '../arabic/chars.js';

export type ReadOutcome =
	| {ok: true; article: RawArticle; repairs: string[]}
	| {ok: false; file: string; reason: string};

/** Files larger than this are not news articles; reading them would only cost memory. */
export const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Lines longer than this are broken before the pipeline sees them. The
 * pipeline works line by line (a title is one line, a paragraph is split into
 * sentences within its line), and several stages compare every quote, date or
 * trigger of a line or sentence with every other: fine for a paragraph, but a
 * 5 MB file on one line took three minutes. No news paragraph is this long.
 */
export const MAX_LINE = 10_000;

const STOPS = new Set(['.', '!', '?', '\u061F', '\u2026', '\u061B']);
const SPACE = /\s/;

/**
 * Break over-long lines, preferring a space after a sentence end, then any
 * space (the space becomes the newline, so character offsets do not move),
 * and only then a hard break. Returns null when no line is too long.
 */
export function breakLongLines(text: string, max = MAX_LINE): {text: string; lines: number} | null {
	let out = '';
	let broken = 0;
	let lineStart = 0;
	let from = 0;
	for (;;) {
		const nl = text.indexOf('\n', lineStart);
		const lineEnd = nl === -1 ? text.length : nl;
		if (lineEnd - lineStart > max) {
			broken++;
			let pos = lineStart;
			while (lineEnd - pos > max) {
				const limit = pos + max;
				let cut = -1;
				let space = -1;
				for (let i = limit; i > pos + max / 2; i--) {
					if (!SPACE.test(text[i]!)) continue;
					if (space === -1) space = i;
					if (STOPS.has(text[i - 1]!) || /[»"”)]/.test(text[i - 1]!) && STOPS.has(text[i - 2]!)) {
						cut = i;
						break;
					}
				}
				if (cut === -1) cut = space;
				if (cut !== -1) {
					out += `${text.slice(from, cut)}\n`;
					from = cut + 1;
					pos = cut + 1;
				} else {
					// No space at all: a hard break, kept off the middle of a surrogate pair.
					let at = limit;
					const code = text.charCodeAt(at - 1);
					if (code >= 0xd800 && code <= 0xdbff) at--;
					out += `${text.slice(from, at)}\n`;
					from = at;
					pos = at;
				}
			}
		}
		if (nl === -1) break;
		lineStart = nl + 1;
	}
	if (broken === 0) return null;
	return {text: out + text.slice(from), lines: broken};
}
const LETTER = /\p{L}/u;
// One decoder for every file: a call without {stream: true} starts afresh.
const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/**
 * Letters (code points in \p{L}) and Arabic letters (U+0621–U+064A, all of
 * them \p{L}), counted in one pass instead of matching every letter into an
 * array.
 */
function countLetters(text: string): {letters: number; arabic: number} {
	let letters = 0;
	let arabic = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x0621 && c <= 0x064a) {
			arabic++;
			letters++;
		} else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			if (LETTER.test(text.slice(i, i + 2))) letters++;
			i++;
		} else if (isLetterCode(c)) letters++;
	}
	return {letters, arabic};
}

/** Decode bytes to text, repairing what can be repaired. Pure. */
export function decodeArticle(file: string, bytes: Uint8Array): ReadOutcome {
	if (bytes.length === 0) return {ok: false, file, reason: 'empty file'};
	// UTF-16 is the one other encoding that announces itself; it is not supported, but say so.
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		return {ok: false, file, reason: 'UTF-16 text (convert it to UTF-8)'};
	}
	const repairs: string[] = [];
	let nul = 0;
	let control = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (b >= 0x20) continue;
		if (b === 0) nul++;
		else if (b < 0x09 || b > 0x0d) control++;
	}
	if ((nul + control) / bytes.length > 0.05) return {ok: false, file, reason: 'binary file (control bytes, not text)'};

	let text: string;
	try {
		// ignoreBOM keeps a BOM in the text, so its removal below is reported, not silent.
		text = strictUtf8.decode(bytes);
	} catch {
		text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
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
	const long = breakLongLines(text);
	if (long) {
		text = long.text;
		repairs.push(`${long.lines} line${long.lines === 1 ? '' : 's'} longer than ${MAX_LINE} characters broken at sentence ends (later line numbers shift)`);
	}
	if (text.trim() === '') return {ok: false, file, reason: 'empty file (whitespace only)'};
	const {letters, arabic} = countLetters(text);
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
