// Which language an article is in, as far as ingest needs to know: Arabic (the
// script the extractors read), or English or French (Latin script: accepted,
// so such articles go through the pipeline and get their sentences; extraction
// for them comes later). Anything else is refused with a reason, and so is
// Latin-looking garbage such as mis-decoded Arabic (Ø§Ù„…), which has Latin
// letters but none of the little words every English or French text is full of.
import {isLetterCode} from '../../arabic/chars.js';

export type Language = 'ar' | 'en' | 'fr';
export type LanguageGuess = {ok: true; language: Language} | {ok: false; reason: string};

// Function words, not names: a property of the languages, not of any article.
// Words both languages use ('a', 'on', 'en' as a loan) are left out.
const ENGLISH = new Set([
	'the',
	'of',
	'and',
	'to',
	'in',
	'is',
	'that',
	'for',
	'with',
	'said',
	'was',
	'as',
	'by',
	'it',
	'at',
	'from',
	'he',
	'his',
	'be',
	'has',
	'have',
	'are',
	'were',
	'this',
	'an',
	'not',
	'but',
	'will',
	'would',
	'its',
	'they',
	'who',
	'which',
	'their',
	'after',
	'had',
	'been',
	'or',
	'about',
	'also',
]);
const FRENCH = new Set([
	'le',
	'la',
	'les',
	'de',
	'des',
	'du',
	'et',
	'à',
	'un',
	'une',
	'que',
	'qui',
	'pour',
	'dans',
	'sur',
	'est',
	'au',
	'aux',
	'par',
	'pas',
	'il',
	'elle',
	'ne',
	'se',
	'son',
	'sa',
	'ses',
	'ont',
	'été',
	'avec',
	'plus',
	'ce',
	'cette',
	'selon',
	'l',
	'd',
	'qu',
	'lors',
	'mais',
]);

/** Words looked at: enough to tell, and a 5 MB file costs no more than a page. */
const SAMPLE_WORDS = 3000;
const WORD = /\p{L}+/gu;

function isLatinLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const ARABIC_CHECK = 512;

/**
 * Letters (code points in \p{L}), Arabic letters (U+0621–U+064A) and Latin
 * letters, counted in one pass instead of matching every letter into an array.
 */
function countLetters(text: string): {letters: number; arabic: number; latin: number} {
	let letters = 0;
	let arabic = 0;
	let latin = 0;
	let check = ARABIC_CHECK;
	for (let i = 0; i < text.length; i++) {
		if (i === check) {
			// Decided already: even if every code unit left were a non-Arabic letter, a fifth
			// of the letters would be Arabic (detectLanguage's test). Arabic articles stop a
			// quarter of the way in. The counts returned then still give that answer.
			if (arabic > 0 && arabic * 5 >= letters + (text.length - i)) return {letters: letters + (text.length - i), arabic, latin};
			check += ARABIC_CHECK;
		}
		const c = text.charCodeAt(i);
		if (c >= 0x0621 && c <= 0x064a) {
			arabic++;
			letters++;
		} else if (isLatinLetter(c)) {
			latin++;
			letters++;
		} else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			if (/\p{L}/u.test(text.slice(i, i + 2))) letters++;
			i++;
		} else if (isLetterCode(c)) letters++;
	}
	return {letters, arabic, latin};
}

/** English or French by their function words, or null when the text has too few of either. */
export function latinLanguage(text: string): 'en' | 'fr' | null {
	let words = 0;
	let en = 0;
	let fr = 0;
	for (const m of text.matchAll(WORD)) {
		const w = m[0].toLowerCase();
		words++;
		if (ENGLISH.has(w)) en++;
		if (FRENCH.has(w)) fr++;
		if (words >= SAMPLE_WORDS) break;
	}
	const best = Math.max(en, fr);
	// Running text of either language is a fifth to a half function words; a
	// twentieth (and two at least) still lets a list of names with a few links through.
	if (best < 2 || best / words < 0.05) return null;
	return en >= fr ? 'en' : 'fr';
}

export function detectLanguage(text: string): LanguageGuess {
	const {letters, arabic, latin} = countLetters(text);
	if (letters === 0) return {ok: false, reason: 'no text (no letters)'};
	// The threshold the reader always had: Arabic articles quote Latin names and terms.
	if (arabic / letters >= 0.2) return {ok: true, language: 'ar'};
	if (latin / letters < 0.5) return {ok: false, reason: 'not Arabic, English or French text (another script)'};
	const language = latinLanguage(text);
	if (!language)
		return {ok: false, reason: 'not Arabic, English or French text (Latin letters, but not English or French words: another language, or garbled)'};
	return {ok: true, language};
}

/** A language tag as stated (`ar-EG`, `fr_FR`, `EN`) reduced to its primary subtag, or null when it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
	const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
	return m ? m[1]!.toLowerCase() : null;
}

/**
 * A page's `lang` names the language when it agrees with the script the text
 * is in: templates often keep `lang="en"` on Arabic pages. A record's stated
 * language is the archive's own and is taken as is (see input/stated.ts).
 */
export function pageLanguage(detected: Language, declared: string | null): Language | null {
	if (declared === 'ar') return detected === 'ar' ? 'ar' : null;
	if (declared === 'en' || declared === 'fr') return detected === 'ar' ? null : declared;
	return null;
}
