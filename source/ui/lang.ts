// Which language the explorer shows sentences in: the Arabic as written, the
// English (the translation where `translate` gave one, else the gist), or
// both, the English under the Arabic. `t` cycles them; `--lang` picks one at start.
import type {English, Query} from '../query/types.js';

export const LANGS = ['ar', 'en', 'both'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Record<Lang, string> = {ar: 'Arabic', en: 'English', both: 'Arabic and English'};

export function nextLang(lang: Lang): Lang {
	return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

export const showsArabic = (lang: Lang) => lang !== 'en';
export const showsEnglish = (lang: Lang) => lang !== 'ar';

/** A sentence's English as shown: a translation is said to be one, a gist carries its own ≈. */
export function englishText(english: English | undefined): string {
	if (!english) return '';
	return english.kind === 'translation' ? `EN: ${english.text}` : english.text;
}

/** The English of a sentence as shown, or '' for an unknown one. */
export function sentenceEnglish(query: Query, id: string): string {
	return englishText(query.english(id));
}
