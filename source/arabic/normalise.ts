// Normalisation for matching, as Arabic NLP toolkits do it. Display always uses
// the original text; only indexes and comparisons see the normalised form.

// One pass over the text with a per-character fold, because normalisation runs
// on every sentence several times during ingest and on every search record.
// (tests/ingest/normalise.test.ts checks it against the plain regex form.)

/**
 * What a single code unit folds to: '' drops it, a string replaces it,
 * undefined keeps it, null sends it through NFKC first (outside ASCII and Arabic).
 */
function fold(code: number): string | undefined | null {
	if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : undefined;
	if (code >= 0x0600 && code <= 0x06ff) {
		if ((code >= 0x064b && code <= 0x0655) || code === 0x0670 || code === 0x0640) return ''; // harakat, tatweel
		if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return '\u0627'; // آ أ إ ٱ → ا
		if (code === 0x0649 || code === 0x0626) return '\u064a'; // ى ئ → ي
		if (code === 0x0629) return '\u0647'; // ة → ه
		if (code === 0x0624) return '\u0648'; // ؤ → و
		// Persian letters that Arabic text borrows in foreign names (پيسكوف، ڤيينا):
		// folded to the Arabic letter of the same shape.
		if (code === 0x067e) return '\u0628'; // پ → ب
		if (code === 0x0686) return '\u062c'; // چ → ج
		if (code === 0x0698) return '\u0632'; // ژ → ز
		if (code === 0x06a4) return '\u0641'; // ڤ → ف
		if (code === 0x06af || code === 0x06a9) return '\u0643'; // گ ک → ك
		if (code === 0x06cc) return '\u064a'; // ی → ي
		if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
		if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
		return undefined;
	}
	return null;
}

/** Characters outside ASCII and the Arabic block may change under NFKC (presentation forms, ligatures, fullwidth). */
function foldOther(ch: string): string {
	// A single code unit always folds the same way: remember it, as quotes and dashes recur in every article.
	if (ch.length === 1) {
		const code = ch.charCodeAt(0);
		let f = otherFolds[code];
		if (f === undefined) {
			f = foldOtherUncached(ch);
			otherFolds[code] = f;
		}
		return f;
	}
	return foldOtherUncached(ch);
}
const otherFolds: Array<string | undefined> = new Array(0x10000);

function foldOtherUncached(ch: string): string {
	const n = ch.normalize('NFKC');
	let out = '';
	for (const c of n) {
		const f = fold(c.charCodeAt(0));
		out += f === undefined ? c : f === null ? c.toLowerCase() : f;
	}
	return out;
}

/**
 * Fold an Arabic (or mixed) string to its matching form: NFKC (presentation
 * forms back to letters), harakat and tatweel stripped, hamza-on-alef folded,
 * ى→ي, ة→ه, Arabic-Indic and Persian digits → ASCII, Latin lower-cased.
 * Length may change; use normaliseWithMap when offsets matter.
 */
export function normalise(text: string): string {
	let out = '';
	let run = 0; // start of the pending unchanged run
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let f = fold(code);
		if (f === undefined) continue;
		let width = 1;
		if (f === null) {
			width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
			const ch = text.slice(i, i + width);
			f = foldOther(ch);
			if (f === ch) {
				i += width - 1;
				continue;
			}
		}
		out += text.slice(run, i) + f;
		i += width - 1;
		run = i + 1;
	}
	return run === 0 ? text : out + text.slice(run);
}

/**
 * Normalise character by character, keeping for every output character the
 * index of the input character it came from, so a match in normalised text can
 * be mapped back to a span of the original (for highlighting and provenance).
 */
export function normaliseWithMap(text: string): {text: string; map: number[]} {
	// One table read per code unit into a reused buffer, decoded once, and the
	// map written into an array of the text's length: the plain form (kept in
	// tests/perf/normalise-reference.ts) concatenated a slice per changed
	// character (most Arabic words hold an ة, ى or a hamza) and grew the map
	// by push. It runs on every sentence of an ingest.
	const len = text.length;
	// Past ~100k elements new Array(n) makes a dictionary-mode array: grow those by appending.
	const map: number[] = len < PRESIZE_MAX ? new Array(len + 1) : [];
	if (buf.length < len + 64) buf = new Uint16Array(len * 2 + 64);
	let n = 0;
	let changed = false;
	let surrogates = false;
	for (let i = 0; i < len; i++) {
		const code = text.charCodeAt(i);
		let v = unitFolds[code]!;
		if (v === 0) v = learnUnit(code);
		if (v > 0) {
			buf[n] = v - 1;
			map[n++] = i;
			if (v !== code + 1) changed = true;
			continue;
		}
		changed = true;
		if (v === DROPS) continue;
		// Several code units out, or a surrogate: as the plain form reads them.
		const width = code >= 0xd800 && code <= 0xdbff && i + 1 < len ? 2 : 1;
		const f = fold(code) ?? foldOther(text.slice(i, i + width));
		if (buf.length < n + f.length + (len - i) + 64) {
			const grown = new Uint16Array((n + f.length + len - i) * 2 + 64);
			grown.set(buf.subarray(0, n));
			buf = grown;
		}
		for (let k = 0; k < f.length; k++) {
			const c = f.charCodeAt(k);
			if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
			buf[n] = c;
			map[n++] = i;
		}
		i += width - 1;
	}
	map[n] = len;
	if (map.length > n + 1) map.length = n + 1;
	if (!changed) return {text, map};
	return {text: surrogates ? codesToString(buf, n) : unitsToString(n), map};
}

const PRESIZE_MAX = 50_000;
let buf = new Uint16Array(4096);

/**
 * buf's first n code units as a string, through a Buffer view of it
 * ('utf16le' keeps every code unit as it is): a third of the cost of
 * TextDecoder('utf-16le').decode per call (~65 against ~190 ns for a
 * sentence), which showed as a quarter of normaliseWithMap in the ingest
 * profile. It assumes a little-endian machine, as TextDecoder did here.
 */
function unitsToString(n: number): string {
	if (bytes.buffer !== buf.buffer) bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
	return bytes.toString('utf16le', 0, n * 2);
}
let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);

/**
 * What normaliseWithMap makes of each BMP code unit, learnt from fold() and
 * foldOther() on first sight, so it is theirs by construction: 0 not yet
 * known, code + 1 one code unit (itself or another), DROPS none, SEVERAL
 * several code units or a surrogate (the slow path reads those).
 */
const unitFolds = new Int32Array(0x10000);
const DROPS = -1;
const SEVERAL = -2;

function learnUnit(code: number): number {
	let v = SEVERAL;
	if (code < 0xd800 || code > 0xdfff) {
		const f = fold(code);
		const g = f === null ? foldOther(String.fromCharCode(code)) : f;
		if (g === undefined) v = code + 1;
		else if (g.length === 0) v = DROPS;
		else if (g.length === 1) v = g.charCodeAt(0) + 1;
	}
	unitFolds[code] = v;
	return v;
}

/** The first n code units as a string, lone surrogates kept (TextDecoder would replace them), in chunks within apply's argument limit. */
function codesToString(codes: Uint16Array, n: number): string {
	let s = '';
	for (let k = 0; k < n; k += 4096) s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
	return s;
}

/**
 * A lighter fold that keeps hamza forms apart (only harakat and tatweel go,
 * ى→ي, ة→ه): short names must match with their hamza as written, or تراس
 * (Truss) would match ترأس ("presided").
 */
export function lightNormalise(text: string): string {
	return text
		.replace(/[\u064B-\u0655\u0670\u0640]/g, '')
		.replace(/\u0649/g, '\u064a')
		.replace(/\u0629/g, '\u0647');
}

/** Map a [start, end) span of normalised text back to the original string. */
export function originalSpan(map: number[], start: number, end: number): [number, number] {
	const s = map[start] ?? map[map.length - 1]!;
	const e = end > 0 ? (map[end - 1] ?? map[map.length - 1]! - 1) + 1 : s;
	return [s, Math.max(s, e)];
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text: string): boolean {
	return ARABIC_LETTER.test(text);
}

/**
 * Ways a normalised token may carry proclitics: و ف (conjunctions), ب ك ل
 * (prepositions), and the article ال (with ل+ال contracted to لل). Returns
 * candidate stems, longest first is the unstripped token itself. The caller
 * accepts a stripped stem only if it is a known lexicon entry, because a bare
 * ك or ل is often part of the word.
 */
export function procliticStems(token: string): Array<{stem: string; prefix: string}> {
	const out: Array<{stem: string; prefix: string}> = [{stem: token, prefix: ''}];
	const seen = new Set([token]);
	const add = (stem: string, prefix: string) => {
		if (stem.length >= 2 && !seen.has(stem)) {
			seen.add(stem);
			out.push({stem, prefix});
		}
	};
	const conj = ['', 'و', 'ف'];
	const prep = ['', 'ب', 'ك', 'ل'];
	for (const c of conj) {
		if (c && !token.startsWith(c)) continue;
		for (const p of prep) {
			const pre = c + p;
			if (pre && !token.startsWith(pre)) continue;
			const rest = token.slice(pre.length);
			add(rest, pre);
			// ال after the prefixes; ل + ال is written لل.
			if (rest.startsWith('ال')) add(rest.slice(2), pre + 'ال');
			if (p === 'ل' && rest.startsWith('ل')) add(rest.slice(1), pre + 'ل');
			// Keep the article on the stem too: lexicon entries may include it (الناتو).
			if (p === 'ل' && rest.startsWith('ل') && !rest.startsWith('ال')) add('ا' + rest, pre);
		}
	}
	return out;
}

export type Stem = {readonly stem: string; readonly prefix: string};

const stemMemo = new Map<string, readonly Stem[]>();
const STEM_MEMO_MAX = 50_000;

/**
 * procliticStems, remembered per token: every gazetteer (entities, roles,
 * verbs, sources) asks for the stems of the same tokens, and news vocabulary
 * repeats. The arrays are shared, so callers must not change them. Bounded.
 */
export function procliticStemsOf(token: string): readonly Stem[] {
	let out = stemMemo.get(token);
	if (out === undefined) {
		out = procliticStems(token);
		if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
		stemMemo.set(token, out);
	}
	return out;
}
