// The folded form of a line, as clean compares it with the lexicon:
// collapseSpaces(normalise(s)).trim() in one pass over the line into a reused
// code-unit buffer, decoded once. The plain form built the result by
// concatenating a slice per changed character (most Arabic words hold an ة, ى
// or a hamza), then scanned it again for spaces and trimmed.
// tests/perf/clean.test.ts checks this against the plain form.
import {normalise} from '../../arabic/normalise.js';
import {isSpaceCode} from '../../arabic/chars.js';

// What each code unit folds to, filled lazily from normalise() itself, so the
// answer is normalise's by construction: 0 not yet known, code + 1 one code
// unit (itself or another), else one of these.
const DROP = -1; // harakat, tatweel
const SPACE = -2; // any \s: runs collapse to one ' ', the ends trim
const SEVERAL = -3; // several code units (NFKC of a ligature…), in MULTI
const table = new Int32Array(0x10000);
const MULTI: Array<string | undefined> = [];

function learn(code: number): number {
	const f = normalise(String.fromCharCode(code));
	let v: number;
	if (f.length === 0) v = DROP;
	else if (f.length === 1) v = isSpaceCode(f.charCodeAt(0)) ? SPACE : f.charCodeAt(0) + 1;
	else {
		MULTI[code] = f;
		v = SEVERAL;
	}
	table[code] = v;
	return v;
}

let buf = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

/** collapseSpaces(normalise(s)).trim(): s itself when nothing changes. */
export function foldText(s: string): string {
	const len = s.length;
	if (buf.length < len + 64) buf = new Uint16Array(len * 2 + 64);
	let out = buf;
	let n = 0;
	// A space waits until a non-space follows it, so runs collapse and the ends trim.
	let space = false;
	let changed = false;
	// Some code unit out is a surrogate: TextDecoder would turn a lone one into U+FFFD.
	let surrogates = false;
	for (let i = 0; i < len; i++) {
		const code = s.charCodeAt(i);
		let v = table[code]!;
		if (v > 0 && (code < 0xd800 || code > 0xdfff)) {
			if (space) {
				out[n++] = 0x20;
				space = false;
			}
			out[n++] = v - 1;
			if (v !== code + 1) changed = true;
			continue;
		}
		if (v === SPACE) {
			if (code !== 0x20 || space || n === 0) changed = true;
			if (n > 0) space = true;
			continue;
		}
		if (v === DROP) {
			changed = true;
			continue;
		}
		let several: string;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
			// A surrogate pair folds as one (NFKC of the code point).
			several = normalise(s.slice(i, i + 2));
			i++;
		} else {
			if (v === 0) {
				v = learn(code);
				if (v !== SEVERAL && (code < 0xd800 || code > 0xdfff)) {
					i--; // learnt: read it again
					continue;
				}
			}
			if (v > 0) {
				// A surrogate alone (a low one, or a high one ending the line): the decoder would replace it.
				surrogates = true;
				if (space) {
					out[n++] = 0x20;
					space = false;
				}
				out[n++] = v - 1;
				if (v !== code + 1) changed = true;
				continue;
			}
			if (v === DROP || v === SPACE) {
				changed = true;
				if (v === SPACE && n > 0) space = true;
				continue;
			}
			several = MULTI[code]!;
		}
		changed = true;
		surrogates = true;
		n = emit(several, n, space, len - i);
		space = pendingSpace;
		out = buf;
	}
	if (space) changed = true;
	if (!changed) return s;
	return surrogates ? codesToString(buf, n) : utf16.decode(buf.subarray(0, n));
}

/** The first n code units as a string, lone surrogates kept, in chunks within apply's argument limit. */
function codesToString(codes: Uint16Array, n: number): string {
	let s = '';
	for (let k = 0; k < n; k += 4096) s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
	return s;
}

let pendingSpace = false;

/** Appends a fold of several code units at n (growing the buffer if need be); the new n, with pendingSpace. */
function emit(several: string, n: number, space: boolean, rest: number): number {
	if (buf.length < n + several.length + rest + 64) {
		const grown = new Uint16Array((n + several.length + rest) * 2 + 64);
		grown.set(buf.subarray(0, n));
		buf = grown;
	}
	for (let k = 0; k < several.length; k++) {
		const c = several.charCodeAt(k);
		if (isSpaceCode(c)) {
			if (n > 0) space = true;
			continue;
		}
		if (space) {
			buf[n++] = 0x20;
			space = false;
		}
		buf[n++] = c;
	}
	pendingSpace = space;
	return n;
}
