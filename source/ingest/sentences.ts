// Sentence splitting for Arabic (and Latin) news text. A line never spans two
// sentences' boundaries in a way we must repair: the reader gives paragraphs
// one per line, so we split within lines only.
import type {CleanedArticle, RawSentence} from './types.js';
import {isSpaceCode, letterWidthBefore, wordBefore} from '../arabic/chars.js';

const TERMINATORS = new Set(['.', '؟', '?', '!', '؛', '…']);
const OPENERS: Record<string, string> = {'«': '»', '“': '”', '"': '"', '„': '“', '‹': '›'};
// Latin abbreviations that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'jr',
	'sr',
	'vs',
	'no',
	'inc',
	'ltd',
	'co',
	'gen',
	'lt',
	'col',
	'sgt',
	'u.s',
	'u.k',
	'u.n',
	'e.g',
	'i.e',
	'etc',
	'jan',
	'feb',
	'aug',
	'sept',
	'oct',
	'nov',
	'dec',
]);
/** The initialisms isAbbreviation takes are at most 5 code units long; no listed abbreviation is longer. */
const LONGEST_ABBREVIATION = Math.max(5, ...[...ABBREVIATIONS].map(a => a.length));
// Bullets and separators at the start of a list item: emoji, underscores, dots.
const LEAD = /^(?:[\s_•▪◾●■□◆◇*]|[-–—](?=\s)|\p{Extended_Pictographic}|[\uFE0F\u200D])+/u;
const PICTO = /\p{Extended_Pictographic}/u;
const LETTER = /[\p{L}\p{N}]/u;

/** The code units of TERMINATORS. */
function isTerminatorCode(c: number): boolean {
	return c === 0x2e || c === 0x61f || c === 0x3f || c === 0x21 || c === 0x61b || c === 0x2026;
}

/**
 * Could this code unit be (part of) a pictograph? No Extended_Pictographic
 * character lies below U+00A9 or in the Arabic block, where nearly all text
 * is; the regex decides the rest. NaN (past the end) is plain.
 */
function plain(c: number): boolean {
	return !(c >= 0xa9) || (c >= 0x600 && c <= 0x6ff);
}

/** Does a list bullet (a pictograph, or ___) start at s[i], after a space? */
function bulletAt(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	const d = s.charCodeAt(i + 1);
	if ((!plain(c) || !plain(d)) && PICTO.test(s.slice(i, i + 2))) return true;
	return c === 0x5f && d === 0x5f && s.charCodeAt(i + 2) === 0x5f;
}

/** Is s[i] inside a quote that closes on the line? */
function inQuote(spans: Array<[number, number]>, i: number): boolean {
	for (let k = 0; k < spans.length; k++) if (i > spans[k]![0] && i < spans[k]![1]) return true;
	return false;
}

/** A stop and what may follow it in the same cut: more stops, a closing quote, a bracket. */
function extendsStop(s: string, j: number, spans: Array<[number, number]>): boolean {
	const c = s.charCodeAt(j);
	if (isTerminatorCode(c) || c === 0x29 || c === 0x5d) return true;
	for (let k = 0; k < spans.length; k++) if (spans[k]![1] === j) return true;
	return false;
}

function isDigitCode(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** The code units quoteSpans looks at. */
const QUOTE_MARK = /["\xab\xbb\u201c-\u203a]/g;

/**
 * Where pieces() has something to decide: a stop, or a position after a
 * space where a bullet may stand (bulletAt: a code unit there or next that is
 * not plain, or ___). The RegExp skips the plain text between them natively.
 */
const CANDIDATE = /[.?!\u061f\u061b\u2026]|(?<=\s)(?:[^\0-\xa8\u0600-\u06ff]|[\s\S][^\0-\xa8\u0600-\u06ff]|___)/g;

/** [open, close] index pairs of quotes that close on the same line. */
function quoteSpans(s: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	const stack: Array<{ch: string; at: number}> = [];
	// Only quote marks (« » “ ” " „ ‹ ›) do anything below: the RegExp jumps from one to the next.
	QUOTE_MARK.lastIndex = 0;
	for (let m = QUOTE_MARK.exec(s); m !== null; m = QUOTE_MARK.exec(s)) {
		const i = m.index;
		const ch = s[i]!;
		const top = stack.at(-1);
		if (top && OPENERS[top.ch] === ch) {
			stack.pop();
			spans.push([top.at, i]);
		} else if (ch === '”' && LETTER.test(s[i + 1] ?? '')) {
			// Some sites open quotes with ” (وختم بالقول:”لكن …”).
			stack.push({ch: '“', at: i});
		} else if (ch in OPENERS) {
			stack.push({ch, at: i});
		}
	}
	return spans;
}

/** The run of letters and dots that ends at `end` (what /([\p{L}.]+)$/u finds in s.slice(0, end)). */
function lettersAndDotsBefore(s: string, end: number): string {
	let p = end;
	while (p > 0) {
		if (s.charCodeAt(p - 1) === 0x2e) {
			p--;
			continue;
		}
		const w = letterWidthBefore(s, p);
		if (w === 0) break;
		p -= w;
	}
	return s.slice(p, end);
}

function isAbbreviation(s: string, dot: number): boolean {
	// Walked backwards: the anchored regex on the line's prefix cost a scan of the whole prefix per full stop.
	const before = lettersAndDotsBefore(s, dot);
	if (!before) return false;
	// Lower-casing never shortens a string: a word longer than every abbreviation
	// and than an initialism is neither (most stops close an Arabic word: a
	// tenth of splitSentences went to lower-casing it and testing the RegExp).
	if (before.length > LONGEST_ABBREVIATION) return false;
	if (ABBREVIATIONS.has(before.toLowerCase())) return true;
	// A lone letter (د. for doctor, J. Smith) or an initialism (U.S.).
	return /^(?:\p{L}\.)*\p{L}$/u.test(before) && before.replace(/\./g, '').length <= 3 && before.length <= 5 && !/^\p{L}{2,}$/u.test(before);
}

/**
 * Where a line breaks into sentences: [start, end) pieces of the line. One
 * pass of code-unit tests, with no closure over the moving start: the plain
 * form (closures, a Set of quote ends, a RegExp per bracket) cost 100 ms on
 * the 1k corpus. tests/perf/clean.test.ts checks the two agree.
 */
function pieces(s: string): Array<[number, number]> {
	const spans = quoteSpans(s);
	const out: Array<[number, number]> = [];
	let start = 0;
	const n = s.length;
	// Every position where a bullet or a stop may be is a CANDIDATE; the others decide nothing.
	CANDIDATE.lastIndex = 0;
	for (let m = CANDIDATE.exec(s); m !== null; m = CANDIDATE.exec(s)) {
		const i = m.index;
		CANDIDATE.lastIndex = i + 1;
		const c = s.charCodeAt(i);
		// A list bullet mid-line starts a new item.
		if (i > start && isSpaceCode(s.charCodeAt(i - 1)) && bulletAt(s, i) && !inQuote(spans, i)) {
			out.push([start, i]);
			start = i;
			continue;
		}
		if (!isTerminatorCode(c) || (spans.length > 0 && inQuote(spans, i))) continue;
		if (c === 0x2e) {
			const d = s.charCodeAt(i + 1);
			if (isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(d)) continue;
			if (i + 1 < n && wordAt(s, i + 1)) continue; // U.S.A, example.com
			if (isAbbreviation(s, i)) continue;
		}
		let j = i + 1;
		while (j < n && extendsStop(s, j, spans)) j++;
		if (j > start) out.push([start, j]);
		start = j;
		CANDIDATE.lastIndex = j;
	}
	// A quote that ends with a stop ends the sentence too ("… انتهى." ثم).
	if (n > start) out.push([start, n]);
	if (spans.length === 0) return out;
	return out.flatMap(([a, b]) => splitAfterClosingStops(s, a, b, spans));
}

/** LETTER.test(s[i]): the code unit alone, a letter or a digit (a surrogate alone is neither). */
function wordAt(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdfff) return false;
	return wordBefore(s, i + 1);
}

function splitAfterClosingStops(s: string, a: number, b: number, spans: Array<[number, number]>): Array<[number, number]> {
	const res: Array<[number, number]> = [];
	let from = a;
	for (const [open, close] of spans) {
		if (open < a || close >= b - 1 || spans.some(([o, c]) => o < open && c > close)) continue;
		const prev =
			s
				.slice(open + 1, close)
				.trimEnd()
				.at(-1) ?? '';
		const after = s.slice(close + 1, b).trimStart();
		if (TERMINATORS.has(prev) && after && LETTER.test(after[0]!) && close + 1 > from) {
			res.push([from, close + 1]);
			from = close + 1;
		}
	}
	res.push([from, b]);
	return res;
}

/** Trim whitespace and list bullets; null when nothing readable is left. */
function tidy(text: string, a: number, b: number): [number, number] | null {
	let s = a;
	const lead = text.slice(a, b).match(LEAD);
	if (lead) s += lead[0].length;
	let e = b;
	while (e > s && /\s/.test(text[e - 1]!)) e--;
	if (!LETTER.test(text.slice(s, e))) return null;
	return [s, e];
}

export function splitSentences(c: CleanedArticle): RawSentence[] {
	const out: RawSentence[] = [];
	const title = c.lines.find(l => l.kind === 'title');
	if (title) {
		const t = tidy(c.text, title.start, title.end);
		if (t) out.push({index: 0, line: title.line, start: t[0], end: t[1], text: c.text.slice(t[0], t[1]), kind: 'title'});
	}
	for (const l of c.lines) {
		if (l.kind !== 'body' && l.kind !== 'caption') continue;
		for (const [a, b] of pieces(l.text)) {
			const t = tidy(c.text, l.start + a, l.start + b);
			if (!t) continue;
			out.push({index: out.length, line: l.line, start: t[0], end: t[1], text: c.text.slice(t[0], t[1]), kind: l.kind === 'caption' ? 'caption' : 'body'});
		}
	}
	return out;
}
