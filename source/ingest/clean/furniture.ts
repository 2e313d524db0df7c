// One line at a time: is it page furniture, by the words of
// data/lexicon/boilerplate.json? Each test is gated by a cheap check (length,
// a digit, a first token) so that story paragraphs pay almost nothing.
import type {BoilerplateLexicon} from './lexicon.js';
import {CAPTION_GATE, CONTAINS_GATE, lineForm, lineGates, onlyTokens} from './lexicon.js';
import {wordBefore} from '../../arabic/chars.js';
import {endsSentence, wordCount} from './shape.js';

/** What may follow a prefix: a space, a colon, a dash or a bar. */
const PREFIX_END = /[\s:：\-–|]/u;

/** Lexicon rules that hold anywhere on the page; `gates`, lineGates(f, lex) when the caller has it. */
export function lexiconReason(f: string, lex: BoilerplateLexicon, gates?: number): string | null {
	// lineForm only shortens f: a line longer than every whole-line phrase is none of them.
	if (f.length <= lex.linesMax) {
		const exact = lex.lines.get(lineForm(f));
		if (exact) return exact;
	}
	for (const p of lex.prefixes.get(f[0] ?? '') ?? []) {
		if (f === p.text || (f.startsWith(p.text) && PREFIX_END.test(f[p.text.length]!))) return p.reason;
	}
	if (((gates ?? lineGates(f, lex)) & CONTAINS_GATE) === 0) return null;
	for (const c of lex.contains) {
		let all = true;
		for (const w of c.all) {
			if (!f.includes(w)) {
				all = false;
				break;
			}
		}
		if (all) return c.reason;
	}
	return null;
}

/** Lines this long are never only buttons and labels. */
const ONLY_MAX_TOKENS = 16;

/**
 * A line made of `only` phrases alone (فيسبوك تويتر واتساب · تكبير الخط تصغير
 * الخط · A+ A- · الاسم *): the reason of its first phrase. Bare numbers
 * between them (comment counts) are allowed.
 */
export function onlyReason(f: string, lex: BoilerplateLexicon): string | null {
	if (lex.only.size === 0 || f.length > 120) return null;
	// Most lines fail on their first word: look it up before tokenising the rest.
	const sp = f.indexOf(' ');
	const chunk = sp < 0 ? f : f.slice(0, sp);
	if (!lex.only.has(chunk)) {
		// A chunk of letters, digits and '+' alone is its own token: no RegExp to strip it.
		const first = isToken(chunk) ? chunk : onlyTokens(chunk)[0];
		if (first !== undefined && !lex.only.has(first) && !/^\d+$/.test(first)) return null;
	}
	const tokens = onlyTokens(f);
	if (tokens.length === 0 || tokens.length > ONLY_MAX_TOKENS) return null;
	let reason: string | null = null;
	let i = 0;
	while (i < tokens.length) {
		if (/^\d+$/.test(tokens[i]!)) {
			i++;
			continue;
		}
		const hit = lex.only.get(tokens[i]!)?.find(p => p.tokens.every((t, k) => tokens[i + k] === t));
		if (!hit) return null;
		reason ??= hit.reason;
		i += hit.tokens.length;
	}
	return reason;
}

/** Is every code unit of s a letter, a digit or '+' (so onlyTokens leaves it whole)? Surrogates: no, to be safe. */
function isToken(s: string): boolean {
	if (s.length === 0) return false;
	for (let k = 0; k < s.length; k++) {
		const c = s.charCodeAt(k);
		if (c === 0x2b) continue;
		if ((c >= 0xd800 && c <= 0xdfff) || !wordBefore(s, k + 1)) return false;
	}
	return true;
}

/** A folded line (fold()) listing site sections ("السياسة والأعمال والتكنولوجيا…", "أخبار | سياسة | رياضة"). */
export function isTagline(f: string, lex: BoilerplateLexicon): boolean {
	// Half its words are section names, so a list of sections is short: a paragraph is not one.
	if (f.length > TAGLINE_MAX) return false;
	// One pass without intermediate arrays, given up as soon as half the words
	// can no longer be section words: this runs on every body line.
	// f is folded: no space but single ' ' (fold collapses the rest), so its
	// chunks (f.split(/\s+/)) are read off one by one, without the array.
	let count = 1;
	for (let p = f.indexOf(' '); p >= 0; p = f.indexOf(' ', p + 1)) count++;
	let hits = 0;
	let misses = 0;
	let from = 0;
	for (let k = 0; k < count; k++) {
		const sp = f.indexOf(' ', from);
		const chunk = sp < 0 ? f.slice(from) : f.slice(from, sp);
		from = sp + 1;
		if (!hasWordChar(chunk)) continue;
		if (isSectionWord(withoutTrailingStops(chunk), lex)) hits++;
		else if (++misses > hits + (count - k - 1)) return false;
	}
	return hits >= 3 && hits >= misses;
}

const TAGLINE_MAX = 200;

/** /[\p{L}\p{N}]/u.test(s), by the code-unit table of chars.ts. */
function hasWordChar(s: string): boolean {
	for (let p = 1; p <= s.length; p++) if (wordBefore(s, p)) return true;
	return false;
}

/** s.replace(/[.،,:]+$/u, ''). */
function withoutTrailingStops(s: string): string {
	let e = s.length;
	for (let c = s.charCodeAt(e - 1); c === 0x2e || c === 0x60c || c === 0x2c || c === 0x3a; c = s.charCodeAt(e - 1)) e--;
	return e === s.length ? s : s.slice(0, e);
}

/** A site section's name, with or without و (ورياضة). */
export function isSectionWord(w: string, lex: BoilerplateLexicon): boolean {
	return lex.sectionWords.has(w) || (w.startsWith('و') && lex.sectionWords.has(w.slice(1)));
}

export function isCaption(f: string, lex: BoilerplateLexicon, gates?: number): boolean {
	return ((gates ?? lineGates(f, lex)) & CAPTION_GATE) !== 0;
}

/** A masthead line: a staff title and a name (رئيس التحرير: …), short and without a stop. */
export function isMasthead(f: string, text: string, lex: BoilerplateLexicon): boolean {
	if (mastheadAt(f, text, lex)) return true;
	// "Site - tagline | رئيس التحرير: …": the staff credit after a bar, on a short line.
	if (!f.includes('|') || wordCount(text) > 20 || endsSentence(text)) return false;
	const fs = f.split('|');
	const ts = text.split('|');
	return fs.length === ts.length && fs.slice(1).some((part, k) => mastheadAt(part.trim(), ts[k + 1]!.trim(), lex));
}

function mastheadAt(f: string, text: string, lex: BoilerplateLexicon): boolean {
	const first = f.charCodeAt(0);
	for (const t of lex.mastheadTitles) {
		if (t.charCodeAt(0) !== first || !f.startsWith(t)) continue;
		const next = f.charCodeAt(t.length);
		if (!(Number.isNaN(next) || next === 0x20 || next === 0x3a || next === 0x2d || next === 0x7c || next === 0x2013)) continue;
		return wordCount(text) <= 10 && !endsSentence(text);
	}
	return false;
}

const NUMBER = /\d+(?:[.,]\d+)?/g;
const DEGREE = /[°℃℉]/u;
const CLOCKS = /(?<!\d)\d{1,2}:\d{2}(?!\d)/g;

/**
 * A ticker: weather (القاهرة 34°) or prices (الدولار 47.85 جنيه | اليورو
 * 51.20): a short line without a stop whose figures stand beside currency,
 * commodity or weather words. A headline with one figure and one currency
 * ("الدولار يتجاوز 50 جنيها في البنوك") is not one.
 */
export function isTicker(f: string, text: string, lex: BoilerplateLexicon): boolean {
	return tickerLike(f, text, lex) === 'ticker';
}

/**
 * 'ticker' when the line can only be one; 'maybe' for a short line with a
 * figure and a currency or weather word, which is a ticker only if a headline
 * follows it (title.ts), since a headline may read the same.
 */
export function tickerLike(f: string, text: string, lex: BoilerplateLexicon): 'ticker' | 'maybe' | null {
	if (!/\d/.test(f)) return null;
	const n = wordCount(text);
	if (n > 12 || endsSentence(text)) return null;
	if (DEGREE.test(f)) return 'ticker';
	// Two clock times on a short line without a stop: a schedule (prayer times, a TV guide), not news.
	if ((f.match(CLOCKS)?.length ?? 0) >= 2) return 'ticker';
	const numbers = f.match(NUMBER)?.length ?? 0;
	if (numbers === 0) return null;
	let currency = 0;
	for (const token of f.split(' ')) {
		const w = token.replace(/^(?:و|ب|ل)?(?:ال)?/u, '');
		if (lex.tickerWords.some(t => w.startsWith(t) || token.startsWith(t))) currency++;
	}
	if (currency === 0) return null;
	return numbers >= 2 || n <= 3 ? 'ticker' : n <= 10 ? 'maybe' : null;
}

/** "عاجل | …": a breaking-news bar, if a headline follows it (title.ts). */
export function isBreaking(f: string, lex: BoilerplateLexicon): boolean {
	return lex.breakingPrefixes.some(p => f.startsWith(p) && /^(?:$|[\s:：\-–—|.])/u.test(f.slice(p.length)));
}

/** A line of hashtags alone (#أوكرانيا #روسيا): the page's tags. */
export function isHashtags(text: string): boolean {
	if (!text.includes('#')) return false; // spares trimming every line
	const t = text.trim();
	if (!t.startsWith('#')) return false;
	return t.split(/\s+/).every(w => w.startsWith('#') || !/\p{L}/u.test(w));
}

/** The desk's initials that close wire copy ("ع ح/ م م"): letters one or two at a time, with a slash. */
export function isWireInitials(text: string): boolean {
	if (!text.includes('/')) return false; // spares trimming every line
	const t = text.trim();
	if (t.length > 24 || !t.includes('/')) return false;
	const tokens = t.split(/[\s/]+/).filter(Boolean);
	return tokens.length >= 2 && tokens.every(w => /^\p{L}{1,2}$/u.test(w));
}
