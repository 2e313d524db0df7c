// Test-only oracle: a copy of this file as it was on main at c220436, before the
// clean/sentence fast paths. tests/perf/clean.test.ts checks the new code against it.
// Sentence splitting for Arabic (and Latin) news text. A line never spans two
// sentences' boundaries in a way we must repair: the reader gives paragraphs
// one per line, so we split within lines only.
import type {CleanedArticle, RawSentence} from '../../../source/ingest/types.js';
import {isSpaceCode, letterWidthBefore} from '../../../source/arabic/chars.js';

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
// Bullets and separators at the start of a list item: emoji, underscores, dots.
const LEAD = /^(?:[\s_•▪◾●■□◆◇*]|[-–—](?=\s)|\p{Extended_Pictographic}|[\uFE0F\u200D])+/u;
const PICTO = /\p{Extended_Pictographic}/u;
const LETTER = /[\p{L}\p{N}]/u;

/** The code units of TERMINATORS. */
function isTerminatorCode(c: number): boolean {
	return c === 0x2e || c === 0x61f || c === 0x3f || c === 0x21 || c === 0x61b || c === 0x2026;
}

/**
 * Could s[i] or s[i + 1] be pictographic? No Extended_Pictographic character
 * lies below U+00A9 or in the Arabic block, where nearly all text is; the
 * regex decides the rest.
 */
function mayBePicto(s: string, i: number): boolean {
	const plain = (c: number) => Number.isNaN(c) || c < 0xa9 || (c >= 0x600 && c <= 0x6ff);
	return !(plain(s.charCodeAt(i)) && plain(s.charCodeAt(i + 1)));
}

/** [open, close] index pairs of quotes that close on the same line. */
function quoteSpans(s: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	const stack: Array<{ch: string; at: number}> = [];
	for (let i = 0; i < s.length; i++) {
		// Only quote marks (« » “ ” " „ ‹ ›) do anything below; skip the rest by code.
		const code = s.charCodeAt(i);
		if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x203a)) continue;
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
	if (ABBREVIATIONS.has(before.toLowerCase())) return true;
	// A lone letter (د. for doctor, J. Smith) or an initialism (U.S.).
	return /^(?:\p{L}\.)*\p{L}$/u.test(before) && before.replace(/\./g, '').length <= 3 && before.length <= 5 && !/^\p{L}{2,}$/u.test(before);
}

/** Where a line breaks into sentences: [start, end) pieces of the line. */
function pieces(s: string): Array<[number, number]> {
	const spans = quoteSpans(s);
	const inQuote = (i: number) => spans.some(([a, b]) => i > a && i < b);
	const closesAt = new Set(spans.map(([, b]) => b));
	const out: Array<[number, number]> = [];
	let start = 0;
	const cut = (end: number, next: number) => {
		if (end > start) out.push([start, end]);
		start = next;
	};
	for (let i = 0; i < s.length; i++) {
		// A list bullet mid-line starts a new item.
		if (i > start && isSpaceCode(s.charCodeAt(i - 1)) && ((mayBePicto(s, i) && PICTO.test(s.slice(i, i + 2))) || s.startsWith('___', i)) && !inQuote(i)) {
			cut(i, i);
			continue;
		}
		if (!isTerminatorCode(s.charCodeAt(i)) || inQuote(i)) continue;
		const ch = s[i]!;
		if (ch === '.' && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '')) continue;
		if (ch === '.' && LETTER.test(s[i + 1] ?? '')) continue; // U.S.A, example.com
		if (ch === '.' && isAbbreviation(s, i)) continue;
		let j = i + 1;
		while (j < s.length && (TERMINATORS.has(s[j]!) || closesAt.has(j) || /[)\]]/.test(s[j]!))) j++;
		cut(j, j);
		i = j - 1;
	}
	// A quote that ends with a stop ends the sentence too ("… انتهى." ثم).
	cut(s.length, s.length);
	return out.flatMap(([a, b]) => splitAfterClosingStops(s, a, b, spans));
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
