// Test-only oracle: a copy of this file as it was on main at c220436, before the
// clean/sentence fast paths. tests/perf/clean.test.ts checks the new code against it.
// One line at a time: is it page furniture, by the words of
// data/lexicon/boilerplate.json? Each test is gated by a cheap check (length,
// a digit, a first token) so that story paragraphs pay almost nothing.
import type {BoilerplateLexicon} from './lexicon.js';
import {lineForm, onlyTokens} from './lexicon.js';
import {endsSentence, words} from './shape.js';

/** What may follow a prefix: a space, a colon, a dash or a bar. */
const PREFIX_END = /[\s:：\-–|]/u;

/** Lexicon rules that hold anywhere on the page. */
export function lexiconReason(f: string, lex: BoilerplateLexicon): string | null {
	const whole = lineForm(f);
	const exact = lex.lines.get(whole);
	if (exact) return exact;
	for (const p of lex.prefixes.get(f[0] ?? '') ?? []) {
		if (f === p.text || (f.startsWith(p.text) && PREFIX_END.test(f[p.text.length]!))) return p.reason;
	}
	if (!lex.containsGate?.test(f)) return null;
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
		const first = onlyTokens(chunk)[0];
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

/** A line listing site sections ("السياسة والأعمال والتكنولوجيا…", "أخبار | سياسة | رياضة"). */
export function isTagline(f: string, lex: BoilerplateLexicon): boolean {
	// Half its words are section names, so a list of sections is short: a paragraph is not one.
	if (f.length > TAGLINE_MAX) return false;
	// One pass without intermediate arrays, given up as soon as half the words
	// can no longer be section words: this runs on every body line.
	const chunks = f.split(/\s+/);
	let hits = 0;
	let misses = 0;
	for (let k = 0; k < chunks.length; k++) {
		const chunk = chunks[k]!;
		if (!WORD.test(chunk)) continue;
		const w = chunk.replace(/[.،,:]+$/u, '');
		if (isSectionWord(w, lex)) hits++;
		else if (++misses > hits + (chunks.length - k - 1)) return false;
	}
	return hits >= 3 && hits >= misses;
}
const WORD = /[\p{L}\p{N}]/u;
const TAGLINE_MAX = 200;

/** A site section's name, with or without و (ورياضة). */
export function isSectionWord(w: string, lex: BoilerplateLexicon): boolean {
	return lex.sectionWords.has(w) || (w.startsWith('و') && lex.sectionWords.has(w.slice(1)));
}

export function isCaption(f: string, lex: BoilerplateLexicon): boolean {
	return lex.captionGate?.test(f) ?? false;
}

/** A masthead line: a staff title and a name (رئيس التحرير: …), short and without a stop. */
export function isMasthead(f: string, text: string, lex: BoilerplateLexicon): boolean {
	if (mastheadAt(f, text, lex)) return true;
	// "Site - tagline | رئيس التحرير: …": the staff credit after a bar, on a short line.
	if (!f.includes('|') || words(text).length > 20 || endsSentence(text)) return false;
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
		return words(text).length <= 10 && !endsSentence(text);
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
	const n = words(text).length;
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
	const t = text.trim();
	if (!t.startsWith('#')) return false;
	return t.split(/\s+/).every(w => w.startsWith('#') || !/\p{L}/u.test(w));
}

/** The desk's initials that close wire copy ("ع ح/ م م"): letters one or two at a time, with a slash. */
export function isWireInitials(text: string): boolean {
	const t = text.trim();
	if (t.length > 24 || !t.includes('/')) return false;
	const tokens = t.split(/[\s/]+/).filter(Boolean);
	return tokens.length >= 2 && tokens.every(w => /^\p{L}{1,2}$/u.test(w));
}
