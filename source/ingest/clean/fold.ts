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

/**
 * buf's first n code units as a string, through a Buffer view of it
 * ('utf16le' keeps every code unit as it is): a third of the cost of
 * TextDecoder('utf-16le').decode per call (~65 against ~190 ns for a
 * sentence), which showed as a quarter of normaliseWithMap in the ingest
 * profile. Decoding assumes a little-endian machine, as TextDecoder did here.
 */
function unitsToString(n: number): string {
	if (bytes.buffer !== buf.buffer) bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
	return bytes.toString('utf16le', 0, n * 2);
}
let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);

/** collapseSpaces(normalise(s)).trim(): s itself when nothing changes. */
export function foldText(s: string): string {
	const n = foldRange(s, 0, s.length, 0);
	if (!rangeChanged) return s;
	return rangeSurrogates ? codesToString(buf, n) : unitsToString(n);
}

/**
 * foldText of every line of `text` ([start, end) ranges of it), all folded
 * into the one buffer and decoded once, each line's fold then a slice of the
 * whole: one decoder call per article instead of one per line, and the
 * article's flat text read rather than each line's slice of it.
 */
export function foldLines(text: string, lines: ReadonlyArray<{start: number; end: number; text: string}>): string[] {
	const from: number[] = [];
	const to: number[] = [];
	const changed: boolean[] = [];
	let surrogates = false;
	let n = 0;
	for (const l of lines) {
		from.push(n);
		n = foldRange(text, l.start, l.end, n);
		to.push(n);
		changed.push(rangeChanged);
		if (rangeSurrogates) surrogates = true;
	}
	const whole = n === 0 ? '' : surrogates ? codesToString(buf, n) : unitsToString(n);
	const out: string[] = [];
	for (let k = 0; k < lines.length; k++) out.push(changed[k] ? whole.slice(from[k], to[k]) : lines[k]!.text);
	return out;
}

// What the last foldRange found: did the fold change its range, did it write a surrogate.
let rangeChanged = false;
let rangeSurrogates = false;

/**
 * Folds s[from, to) into buf at `base` (the code units before it kept) and
 * returns where the fold ends; rangeChanged and rangeSurrogates say the rest.
 */
function foldRange(s: string, from: number, to: number, base: number): number {
	if (buf.length < base + (to - from) + 64) {
		const grown = new Uint16Array((base + to - from) * 2 + 64);
		grown.set(buf.subarray(0, base));
		buf = grown;
	}
	let out = buf;
	let n = base;
	// A space waits until a non-space follows it, so runs collapse and the ends trim.
	let space = false;
	let changed = false;
	// Some code unit out is a surrogate: TextDecoder would turn a lone one into U+FFFD.
	let surrogates = false;
	for (let i = from; i < to; i++) {
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
			if (code !== 0x20 || space || n === base) changed = true;
			if (n > base) space = true;
			continue;
		}
		if (v === DROP) {
			changed = true;
			continue;
		}
		let several: string;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
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
				if (v === SPACE && n > base) space = true;
				continue;
			}
			several = MULTI[code]!;
		}
		changed = true;
		surrogates = true;
		n = emit(several, n, space, to - i, base);
		space = pendingSpace;
		out = buf;
	}
	if (space) changed = true;
	rangeChanged = changed;
	rangeSurrogates = surrogates;
	return n;
}

/** The first n code units as a string, lone surrogates kept, in chunks within apply's argument limit. */
function codesToString(codes: Uint16Array, n: number): string {
	let s = '';
	for (let k = 0; k < n; k += 4096) s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
	return s;
}

let pendingSpace = false;

/** Appends a fold of several code units at n (growing the buffer if need be); the new n, with pendingSpace. */
function emit(several: string, n: number, space: boolean, rest: number, base: number): number {
	if (buf.length < n + several.length + rest + 64) {
		const grown = new Uint16Array((n + several.length + rest) * 2 + 64);
		grown.set(buf.subarray(0, n));
		buf = grown;
	}
	for (let k = 0; k < several.length; k++) {
		const c = several.charCodeAt(k);
		if (isSpaceCode(c)) {
			if (n > base) space = true;
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
