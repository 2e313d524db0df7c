// English forms of Arabic names as news agencies write them. Tables first: a
// whole name or surname the conventional-spelling table lists (السيسي →
// el-Sisi, بن سلمان → bin Salman), given names (محمد → Mohammed, عبد الفتاح →
// Abdel Fattah), particles (بن → bin, أبو → Abu, آل → Al); then the article
// on a word whose stem is known (الحسن → al-Hassan); and only then a letter
// scheme (data/lexicon/README.md, "English names"), since a letter-by-letter
// spelling never matches what agencies actually print. The tables come from
// data/gazetteer/ (source/lexicon/names.ts loads them); this module is pure.
import {normalise} from './normalise.js';

export type NameTables = {
	/** Normalised given name (tokens joined by one space; joined spellings too) → Latin. */
	given: Map<string, string>;
	/** Normalised surname, nickname or whole name → Latin. */
	surnames: Map<string, string>;
	/** Normalised particle (بن، ابن، بنت، أبو، أم، آل، ولد، عبد) → Latin. */
	particles: Map<string, string>;
	/** Longest key in `given` or `surnames`, in tokens. */
	maxTokens: number;
};

const HARAKAT = /[\u064B-\u0655\u0670\u0640]/g;

// The fallback's letters: consonants as English news spells them, without diacritics.
const CONSONANTS: Record<string, string> = {
	ب: 'b',
	ت: 't',
	ث: 'th',
	ج: 'j',
	ح: 'h',
	خ: 'kh',
	د: 'd',
	ذ: 'dh',
	ر: 'r',
	ز: 'z',
	س: 's',
	ش: 'sh',
	ص: 's',
	ض: 'd',
	ط: 't',
	ظ: 'z',
	غ: 'gh',
	ف: 'f',
	ق: 'q',
	ك: 'k',
	ل: 'l',
	م: 'm',
	ن: 'n',
	ه: 'h',
	پ: 'p',
	چ: 'ch',
	ڤ: 'v',
	گ: 'g',
	ژ: 'zh',
	ک: 'k',
};
const ALEFS = new Set(['ا', 'أ', 'آ', 'ٱ']);

/**
 * The letter scheme for a word no table knows. Consonants as above; ا آ أ
 * and final ى are "a", initial إ "i"; و and ي are consonants (w, y) at the
 * start of the word or after a vowel and long vowels (u, i) after a
 * consonant; final ة is "a"; ع is "a" (it carries a vowel in most names:
 * سعد Saad, علي Ali); ئ is "e", ؤ "u", ء nothing; ع after a consonant is "aa" (سعد Saad). Short vowels are not
 * written in Arabic: an "a" goes after the first consonant when another
 * consonant follows, before a final consonant that follows another, and
 * wherever three consonants would meet (حفتر Haftar, دقلو Daqlu); the
 * final cluster gets its vowel only in a word that writes no vowel (هانس
 * Hans, نورلاند Nurland).
 */
export function fallbackWord(word: string): string {
	const chars = [...word.replace(HARAKAT, '')];
	// A final cluster gets its vowel only in a word that writes none (حفتر Haftar; هانس Hans, نورلاند Nurland).
	const written = chars.filter((c, i) => ALEFS.has(c) || c === 'ى' || ((c === 'و' || c === 'ي') && i > 0)).length;
	let out = '';
	let run = 0; // consonants written in a row
	let prev: 'start' | 'cons' | 'vowel' = 'start';
	const vowel = (v: string) => {
		out += v;
		run = 0;
		prev = 'vowel';
	};
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		const last = i === chars.length - 1;
		if (ALEFS.has(ch)) vowel('a');
		else if (ch === 'إ') vowel(i === 0 ? 'i' : 'a');
		else if (ch === 'ع') {
			// Beside an alef it adds nothing the alef does not say (عاصمي Asimi).
			if (!ALEFS.has(chars[i + 1] ?? '') && !out.endsWith('a')) vowel(prev === 'cons' ? 'aa' : 'a');
		} else if (ch === 'ى' || ch === 'ة') vowel('a');
		else if (ch === 'ئ') vowel('e');
		else if (ch === 'ؤ') vowel('u');
		else if (ch === 'ء') continue;
		else if ((ch === 'و' || ch === 'ي') && prev === 'cons') vowel(ch === 'و' ? 'u' : 'i');
		else {
			const c = ch === 'و' ? 'w' : ch === 'ي' ? 'y' : (CONSONANTS[ch] ?? '');
			if (!c) continue;
			const nextIsConsonant = !last && isConsonantAt(chars, i + 1);
			// A vowel before this consonant when it ends a cluster at the end of the word, or a third in a row.
			if (prev === 'cons' && ((last && run === 1 && out.length > 2 && written === 0) || run >= 2)) vowel('a');
			out += c;
			run++;
			prev = 'cons';
			// After the first consonant of the word, when another follows.
			if (i === 0 && nextIsConsonant) vowel('a');
		}
	}
	return out;
}

function isConsonantAt(chars: string[], i: number): boolean {
	const ch = chars[i]!;
	if (ALEFS.has(ch) || ch === 'إ' || ch === 'ى' || ch === 'ة' || ch === 'ع' || ch === 'ئ' || ch === 'ؤ' || ch === 'ء') return false;
	if (ch === 'و' || ch === 'ي') return false; // a long vowel after a consonant
	return ch in CONSONANTS;
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Regnal numbers: an ordinal closing a name is a Roman numeral (عبد الله الثاني Abdullah II, محمد السادس Mohammed VI). */
const REGNAL = new Map(
	[
		['الاول', 'I'],
		['الثاني', 'II'],
		['الثالث', 'III'],
		['الرابع', 'IV'],
		['الخامس', 'V'],
		['السادس', 'VI'],
		['السابع', 'VII'],
		['الثامن', 'VIII'],
	].map(([ar, en]) => [normalise(ar!), en!]),
);

/** One word with the article: its stem from the tables or the letter scheme, after al-. */
function articleWord(stem: string, t: NameTables): string {
	const known = t.given.get(normalise(stem)) ?? t.surnames.get(normalise(stem));
	return `al-${known ?? capitalise(fallbackWord(stem))}`;
}

function plainWord(word: string, t: NameTables): string {
	const n = normalise(word);
	const known = t.given.get(n) ?? t.surnames.get(n);
	if (known) return known;
	if (n.startsWith('ال') && n.length > 3 && /^ال/.test(word.replace(HARAKAT, ''))) return articleWord(word.replace(HARAKAT, '').slice(2), t);
	return capitalise(fallbackWord(word));
}

/**
 * The English form of a name given as its words (as written). A span the
 * tables know as a whole wins over its parts; at the end of a name the
 * surname table is asked first (شكري: Shoukry as a surname, Shukri as a
 * given name).
 */
export function transliterateName(words: readonly string[], t: NameTables): string {
	const out: string[] = [];
	const regnal = words.length > 1 ? REGNAL.get(normalise(words.at(-1)!)) : undefined;
	if (regnal) return `${transliterateName(words.slice(0, -1), t)} ${regnal}`;
	for (let i = 0; i < words.length; ) {
		let done = false;
		for (let len = Math.min(t.maxTokens, words.length - i); len >= 1 && !done; len--) {
			const key = words
				.slice(i, i + len)
				.map(w => normalise(w))
				.join(' ');
			const surname = t.surnames.get(key);
			const given = t.given.get(key);
			const atEnd = i + len === words.length && i > 0;
			// Inside a name a listed surname of several words (بن عبد الرحمن, an Algerian family name) is not one.
			const pick = atEnd ? (surname ?? given) : (given ?? (len === 1 ? surname : undefined));
			if (pick && (len > 1 || !t.particles.has(key))) {
				out.push(pick);
				i += len;
				done = true;
			}
		}
		if (done) continue;
		const n = normalise(words[i]!);
		const next = words[i + 1];
		if (n === 'عبد' && next) {
			// A theophoric name no table lists: Abdel + the name of God without its article.
			const stem = next.replace(HARAKAT, '').replace(/^ال/, '');
			out.push(`${t.particles.get(n) ?? 'Abdel'} ${t.given.get(normalise(stem)) ?? capitalise(fallbackWord(stem))}`);
			i += 2;
			continue;
		}
		// آبي (Abiy) folds to أبي (a case form of أبو) but is written apart.
		const particle = words[i]!.startsWith('آ') && n !== 'ال' ? undefined : t.particles.get(n);
		if (particle && next) {
			out.push(particle);
			i++;
			continue;
		}
		out.push(plainWord(words[i]!, t));
		i++;
	}
	return out.join(' ').replace(/\s+/g, ' ').trim();
}
