// Reading article files is the one place untrusted bytes enter. Nothing here
// throws: each file either becomes a RawArticle (perhaps repaired, with the
// repairs named) or is skipped with a reason.
import {closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, type Stats, statSync} from 'node:fs';
import {readExactly} from '../util/read-exactly.js';
import type {RawArticle} from './types.js';
import {fileId} from './input/ids.js';
import {detectLanguage, type Language} from './input/language.js';

export type ReadOutcome = {ok: true; article: RawArticle; repairs: string[]} | {ok: false; file: string; reason: string};

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

/**
 * At most this many sentences in one article, counted from line breaks and
 * sentence stops (a generous upper bound on what the splitter makes). The
 * longest news articles hold a few hundred, and a 5 MB single line (about
 * 21,000 by this count) is still taken (big-line.test.ts); 19 MB of very
 * short sentences (2 million) ran ingest out of memory, and 19 MB of short
 * lines made a 552 MB dataset that could not be read back. Such a file is a corpus or a log, not
 * an article: it is skipped with this reason.
 */
export const MAX_SENTENCES = 50_000;

/** Line breaks plus sentence stops: at least as many as the sentences the splitter will find, give or take. */
export function sentenceEstimate(text: string): number {
	let n = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 46 || c === 33 || c === 63 || c === 0x061f || c === 0x2026 || c === 0x061b) n++;
	}
	return n;
}

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
					if (STOPS.has(text[i - 1]!) || (/[»"”)]/.test(text[i - 1]!) && STOPS.has(text[i - 2]!))) {
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
/** The bytes decodeBytes counts: NUL and the controls but tab, newlines, vertical tab, form feed, CR. */
const CONTROL = /[\0-\x08\x0e-\x1f]/;

// One decoder for every file: a call without {stream: true} starts afresh.
const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

export type DecodeOutcome = {ok: true; text: string; repairs: string[]} | {ok: false; file: string; reason: string};

/**
 * Bytes to text, repairing what can be repaired: the checks every input
 * format shares (binary, UTF-16, invalid UTF-8, BOM, NUL, line ends). Pure.
 * `encoding` is a page's declared charset (windows-1256…), else UTF-8.
 */
export function decodeBytes(file: string, bytes: Uint8Array, encoding?: string): DecodeOutcome {
	if (bytes.length === 0) return {ok: false, file, reason: 'empty file'};
	// UTF-16 is the one other encoding that announces itself; it is not supported, but say so.
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		return {ok: false, file, reason: 'UTF-16 text (convert it to UTF-8)'};
	}
	const repairs: string[] = [];
	if (!encoding) {
		// Valid UTF-8 with no control character decoded has no control byte either (they are
		// ASCII, one byte each): the byte count below is then 0, and one RegExp scan of the
		// text spares the loop over every byte.
		let text: string | null = null;
		try {
			text = strictUtf8.decode(bytes);
		} catch {
			// Invalid UTF-8: the full path below.
		}
		if (text !== null && !CONTROL.test(text)) return {ok: true, text: normaliseText(text, repairs, false), repairs};
	}
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
	if (encoding) {
		text = new TextDecoder(encoding).decode(bytes);
		repairs.push(`decoded from ${encoding} (the charset the page declares)`);
	} else {
		try {
			// ignoreBOM keeps a BOM in the text, so its removal below is reported, not silent.
			text = strictUtf8.decode(bytes);
		} catch {
			text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
			const bad = (text.match(/\uFFFD/g) ?? []).length;
			if (bad / Math.max(1, text.length) > 0.2) return {ok: false, file, reason: 'not UTF-8 text'};
			repairs.push(`${bad} invalid UTF-8 sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`);
		}
	}
	return {ok: true, text: normaliseText(text, repairs, nul > 0), repairs};
}

/**
 * BOM, NUL and line ends, in a decoded file or a record's text field; each
 * repair named in `repairs`. `mayHaveNul` false: the bytes had none (no scan).
 */
export function normaliseText(text: string, repairs: string[], mayHaveNul = true): string {
	if (text.charCodeAt(0) === 0xfeff) {
		text = text.slice(1);
		repairs.push('byte-order mark removed');
	}
	if (mayHaveNul && text.includes('\0')) {
		const nul = text.length - text.replaceAll('\0', '').length;
		text = text.replaceAll('\0', '');
		repairs.push(`${nul} NUL byte${nul === 1 ? '' : 's'} removed`);
	}
	if (/\r/.test(text)) {
		text = text.replace(/\r\n?/g, '\n');
		repairs.push('CRLF/CR line ends normalised');
	}
	return text;
}

export type TextOutcome = {ok: true; text: string; language: Language} | {ok: false; reason: string};

/**
 * The last checks on an article's text, whatever format it came in: lines
 * broken where too long, something to read, and a language the pipeline
 * takes (Arabic, English or French; see input/language.ts). Pure.
 */
export function finishText(text: string, repairs: string[]): TextOutcome {
	const long = breakLongLines(text);
	if (long) {
		text = long.text;
		repairs.push(`${long.lines} line${long.lines === 1 ? '' : 's'} longer than ${MAX_LINE} characters broken at sentence ends (later line numbers shift)`);
	}
	if (text.trim() === '') return {ok: false, reason: 'empty file (whitespace only)'};
	// The estimate is at most the text's length + 1: a shorter text (every article) is not counted.
	const sentences = text.length < MAX_SENTENCES ? 0 : sentenceEstimate(text);
	if (sentences > MAX_SENTENCES)
		return {ok: false, reason: `too many sentences for one article (about ${sentences}; the limit is ${MAX_SENTENCES}): split it into its articles`};
	const guess = detectLanguage(text);
	if (!guess.ok) return guess;
	return {ok: true, text, language: guess.language};
}

/** Decode bytes to text, repairing what can be repaired. Pure. */
export function decodeArticle(file: string, bytes: Uint8Array): ReadOutcome {
	const decoded = decodeBytes(file, bytes);
	if (!decoded.ok) return decoded;
	const {repairs} = decoded;
	const done = finishText(decoded.text, repairs);
	if (!done.ok) return {ok: false, file, reason: done.reason};
	return {ok: true, article: {id: fileId(file), file, text: done.text, language: {value: done.language, from: 'text'}}, repairs};
}

/**
 * The flags a file is opened with to be read: without following a link (a
 * link fails with ELOOP and is read the long way, readLinked), and without
 * waiting for a writer (a FIFO opens at once, and its fstat says it is no
 * regular file). Null where the platform has no O_NOFOLLOW.
 */
const OPEN_DIRECT = fsConstants.O_NOFOLLOW === undefined ? null : fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | (fsConstants.O_NONBLOCK ?? 0);

/**
 * A file's bytes by path, or why they cannot be had (a loop, a directory, too large…).
 *
 * Opened once, then asked of its descriptor: open, fstat, read, close. An
 * lstat first, then readFileSync (which opens and stats again) was one system
 * call more per file, ~19 µs of ~130 µs to read and decode an article in a
 * profile of the parse (8k reads), on a machine where a call costs 10-20 µs.
 */
export function readBytes(path: string, file: string, max = MAX_BYTES): {ok: true; bytes: Buffer} | {ok: false; file: string; reason: string} {
	let fd: number | null = null;
	try {
		if (OPEN_DIRECT === null) return readLinked(path, file, max);
		try {
			fd = openSync(path, OPEN_DIRECT);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ELOOP') return readLinked(path, file, max);
			throw error;
		}
		const st = fstatSync(fd);
		const refused = refusal(st, file, max);
		if (refused) return refused;
		// A size of 0 may be a file that has no size until read (procfs): read to its end.
		if (st.size === 0) return {ok: true, bytes: readFileSync(fd)};
		const bytes = Buffer.allocUnsafeSlow(st.size);
		const n = readExactly(fd, bytes, 0);
		return {ok: true, bytes: n === bytes.length ? bytes : bytes.subarray(0, n)};
	} catch (error) {
		return {ok: false, file, reason: unreadable(error, path)};
	} finally {
		if (fd !== null) closeSync(fd);
	}
}

/** readBytes of a path that is (or may be) a symbolic link: its target's bytes, a loop refused. */
function readLinked(path: string, file: string, max: number): {ok: true; bytes: Buffer} | {ok: false; file: string; reason: string} {
	try {
		const link = lstatSync(path);
		if (link.isSymbolicLink()) realpathSync(path); // throws ELOOP on a loop
		const st = link.isSymbolicLink() ? statSync(path) : link;
		return refusal(st, file, max) ?? {ok: true, bytes: readFileSync(path)};
	} catch (error) {
		return {ok: false, file, reason: unreadable(error, path)};
	}
}

/** Why a file of these stats is not read, or null. */
function refusal(st: Stats, file: string, max: number): {ok: false; file: string; reason: string} | null {
	if (!st.isFile()) return {ok: false, file, reason: 'not a regular file'};
	if (st.size > max) return {ok: false, file, reason: `too large (${Math.round(st.size / 1048576)} MB > ${max / 1048576} MB)`};
	return null;
}

/** The reason a read failed, by its error's code. */
function unreadable(error: unknown, path: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'ELOOP'
		? 'symbolic link loop'
		: code === 'EACCES' || code === 'EPERM'
			? 'permission denied'
			: code === 'ENOENT'
				? missingReason(path)
				: code === 'EISDIR'
					? 'a directory'
					: `unreadable (${code ?? (error as Error).message})`;
}

/**
 * Why a listed file is not there, truly: a link whose target is gone; a name
 * that is not valid UTF-8 (the listing decoded its bytes with U+FFFD, so that
 * name does not exist: rename the file); or a file removed while ingest ran.
 */
function missingReason(path: string): string {
	try {
		if (lstatSync(path).isSymbolicLink()) return 'missing (a symbolic link to a file that does not exist)';
	} catch {
		// Not even a link by that name.
	}
	if (path.includes('\uFFFD')) return 'cannot be opened: its name is not valid UTF-8 (rename the file)';
	return 'missing (removed while ingest was reading the folder)';
}

/** Read one text file by path; every failure becomes a reason. */
export function readArticle(path: string, file: string): ReadOutcome {
	const read = readBytes(path, file);
	return read.ok ? decodeArticle(file, read.bytes) : read;
}
