// Character classes as plain code-unit tests, for hot loops that would
// otherwise run a Unicode-property regular expression at every position.

const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
// 0 = not yet known, 1 = no, 2 = yes; filled lazily from the regexes above so
// the answer is theirs by construction.
const wordTable = new Uint8Array(0x10000);
const letterTable = new Uint8Array(0x10000);

function lookup(table: Uint8Array, re: RegExp, code: number): boolean {
	let v = table[code]!;
	if (v === 0) {
		v = re.test(String.fromCharCode(code)) ? 2 : 1;
		table[code] = v;
	}
	return v === 2;
}

/** Is the code point that ends just before `p` a letter or a number (as /[\p{L}\p{N}]/u reads it backwards)? */
export function wordBefore(s: string, p: number): boolean {
	const c = s.charCodeAt(p - 1);
	if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
		const h = s.charCodeAt(p - 2);
		if (h >= 0xd800 && h <= 0xdbff) return WORD.test(s.slice(p - 2, p));
	}
	return lookup(wordTable, WORD, c);
}

/** Is the code point that ends just before `p` a letter (\p{L})? Returns its width in code units, 0 when not a letter. */
export function letterWidthBefore(s: string, p: number): number {
	const c = s.charCodeAt(p - 1);
	if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
		const h = s.charCodeAt(p - 2);
		if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(s.slice(p - 2, p)) ? 2 : 0;
	}
	return lookup(letterTable, LETTER, c) ? 1 : 0;
}

/** Is this BMP code unit a letter? (Surrogates answer no.) */
export function isLetterCode(code: number): boolean {
	return lookup(letterTable, LETTER, code);
}

/**
 * The start of a word, allowing one proclitic (و ف ب ل) before it: the
 * look-behind (?<=^|[^\p{L}\p{N}]|(?:^|[^\p{L}\p{N}])[وفبل]) as a function,
 * so patterns can drop it and let the engine skip ahead to their first letter.
 */
export function wordStartAt(s: string, p: number): boolean {
	if (p === 0 || !wordBefore(s, p)) return true;
	const c = s.charCodeAt(p - 1);
	if (c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644) return p === 1 || !wordBefore(s, p - 1);
	return false;
}

/**
 * Where the run of letters and numbers containing position p ends (at least
 * p + 1). When p is inside a word (not a word start by wordStartAt), no
 * position before that end is a word start either, so a scan may resume there.
 */
export function endOfWord(s: string, p: number): number {
	if (!wordBefore(s, p + 1)) return p + 1;
	let e = p + 1;
	while (e < s.length && wordBefore(s, e + 1)) e++;
	return e;
}

/** What /\s/ matches, by code unit. */
export function isSpaceCode(c: number): boolean {
	if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	if (c < 0xa0) return false;
	return (
		c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
	);
}

/** s.replace(/\s+/g, ' '), returning s itself when every space is already a lone ' ' (most lines). */
export function collapseSpaces(s: string): string {
	return NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
// A space other than ' ', or ' ' followed by another space.
const NEEDS_COLLAPSE = /[^\S ]| \s/;
