// The shape of a line, which says more than its words about what it is: a
// headline is short and ends without a full stop; a story paragraph ends with
// one or runs long; menus and labels are a word or two.
import {normalise} from '../../arabic/normalise.js';
import {isSpaceCode, wordBefore} from '../../arabic/chars.js';

const WORD = /[\p{L}\p{N}]/u;
export const words = (s: string) => s.split(/\s+/).filter(w => WORD.test(w));

/**
 * wordCount(s) without the arrays: the runs between spaces that hold a
 * letter or a digit. Every shape test counts the words of every line, so
 * each code unit is judged by one read of UNIT_KIND (the /\s/ test took a
 * dozen comparisons for every Arabic letter): 8% of clean on the 1k corpus.
 */
export function wordCount(s: string): number {
	let n = 0;
	let counted = false; // the current run already holds a word character
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		let k = UNIT_KIND[c]!;
		if (k === 0) k = learnKind(c);
		if (k === SPACE_UNIT) counted = false;
		else if (!counted && (k === WORD_UNIT || (k === LOW_SURROGATE && wordBefore(s, i + 1)))) {
			counted = true;
			n++;
		}
	}
	return n;
}

// What a code unit is to wordCount, learnt from isSpaceCode and wordBefore on
// first sight: 0 not yet known; a low surrogate's answer depends on the unit before it.
const SPACE_UNIT = 1;
const WORD_UNIT = 2;
const OTHER_UNIT = 3;
const LOW_SURROGATE = 4;
const UNIT_KIND = new Uint8Array(0x10000);

function learnKind(c: number): number {
	const k = isSpaceCode(c) ? SPACE_UNIT : c >= 0xdc00 && c <= 0xdfff ? LOW_SURROGATE : wordBefore(String.fromCharCode(c), 1) ? WORD_UNIT : OTHER_UNIT;
	UNIT_KIND[c] = k;
	return k;
}
export const SENTENCE_PUNCT = /[.؟?!؛:…"”»]/u;
export const LATIN_ONLY = /^[A-Za-z][A-Za-z0-9&'’. +-]*$/;

/** A headline runs to at most this many words: past it the line is a paragraph. */
export const HEADLINE_MAX_WORDS = 25;

/** Closing quotes and brackets that may follow a sentence's last stop. */
const CLOSERS = new Set(['"', '”', '»', "'", '’', ')', ']', '*']);

/** The line's last character that is not a space or a closing quote or bracket, with the one before it. */
function lastMark(text: string): [string, string] {
	let e = text.length - 1;
	while (e >= 0 && (text[e] === ' ' || text[e] === '\t' || CLOSERS.has(text[e]!))) e--;
	return [text[e] ?? '', text[e - 1] ?? ''];
}

/** Ends with a full stop (not the ".." of headlines), '!' or '؛'. */
export function endsSentence(text: string): boolean {
	const [last, before] = lastMark(text);
	if (last === '.') return before !== '.';
	return last === '!' || last === '؛';
}

/** A paragraph of running text: the header zone ends at the first one. */
export function isParagraph(text: string): boolean {
	const n = wordCount(text);
	return n >= 12 || (n >= 6 && SENTENCE_PUNCT.test(text.trim().slice(-2)));
}

/**
 * Surely story prose: a sentence that ends with a stop, or a long run of
 * text. Headlines and teasers end without a stop, so the last of these lines
 * is where the story ends.
 */
export function isStoryParagraph(text: string): boolean {
	const n = wordCount(text);
	return n >= HEADLINE_MAX_WORDS || (n >= 6 && endsSentence(text));
}

/**
 * A full stop followed by more text: two sentences, so not a headline. The
 * ".." of headlines (الناتو.. يستعد) and one-letter abbreviations (د. سامر)
 * do not count.
 */
function hasSentenceBreak(text: string): boolean {
	for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
		if (text[i - 1] === '.' || text[i + 1] === '.') continue;
		if (!/\s/.test(text[i + 1] ?? '') || !/\p{L}/u.test(text.slice(i + 1).trimStart()[0] ?? '')) continue;
		const before = text.slice(0, i).split(/\s+/).at(-1) ?? '';
		if (before.length <= 1) continue;
		return true;
	}
	return false;
}

/** Could be a headline: 4 to 25 words, no sentence stop at its end, one sentence. */
export function headlineShaped(text: string): boolean {
	const n = wordCount(text);
	return n >= 4 && n <= HEADLINE_MAX_WORDS && !endsSentence(text) && !hasSentenceBreak(text);
}

/**
 * A teaser in a list: another story's headline (4 to 20 words, no stop at its
 * end). A subheading of the story under a read-also box is shorter.
 */
export function teaserShaped(text: string): boolean {
	const n = wordCount(text);
	return n >= 4 && n <= 20 && !endsSentence(text);
}

/** A Gregorian year, or a Hijri one with its هـ (tatweel gone once normalised). */
const YEARISH = /(?:^|[^\d])(?:19|20)\d\d(?!\d)|(?:^|[^\d])1[34]\d\d\s*هـ?(?!\p{L})/u;

/**
 * A dated header (الثلاثاء، 08 فبراير 2022 02:15 م · 2022/01/13 · ١٥.٠٢.٢٠٢٢ -
 * تحديث: …): a short line with a year and no running text. Only the header
 * zone is tested, so a one-line "في 2014" fact below the lead is never one.
 */
export function isDateHeader(text: string): boolean {
	const n = normalise(text);
	if (!YEARISH.test(n)) return false;
	if (wordCount(n) > 12) return false;
	// Mostly digits, separators and a handful of calendar words: no verb-led clause.
	const letters = n.replace(/[^\p{L}]/gu, '').length;
	const digits = n.replace(/[^\d]/g, '').length;
	return digits >= 4 && letters <= 45 && !/[.؟?!؛]\s*\p{L}{4,}.*[.؟?!؛]$/u.test(n);
}

export const CLOCK = /\d{1,2}:\d{2}/;
/** Words that say a date line is when the story was published or updated. */
export const PUBLISHED_CUE = /نشر|تحديث|محدث|بتاريخ|منذ|published|updated/iu;

/**
 * A date line above the headline is the day the page was saved (sites print
 * today's date in their top bar) unless it says it is the story's: a clock
 * time, a "published/updated" word, or a section name glued to it
 * ("عرب وعالم25-12-2021 | 18:09").
 */
export function bannerOrPublished(text: string): 'save-date-banner' | 'published-meta' {
	const n = normalise(text);
	return CLOCK.test(n) || PUBLISHED_CUE.test(n) || /\p{L}\d/u.test(n) ? 'published-meta' : 'save-date-banner';
}
