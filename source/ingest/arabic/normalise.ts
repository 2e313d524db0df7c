// Normalisation for matching, as Arabic NLP toolkits do it. Display always uses
// the original text; only indexes and comparisons see the normalised form.

const HARAKAT = /[\u064B-\u0652\u0670\u0653-\u0655]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ → ا
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;

/**
 * Fold an Arabic (or mixed) string to its matching form: NFKC (presentation
 * forms back to letters), harakat and tatweel stripped, hamza-on-alef folded,
 * ى→ي, ة→ه, Arabic-Indic and Persian digits → ASCII, Latin lower-cased.
 * Length may change; use normaliseWithMap when offsets matter.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.replace(HARAKAT, '')
		.replace(TATWEEL, '')
		.replace(ALEF_FORMS, 'ا')
		.replace(/\u0649/g, 'ي')
		.replace(/\u0629/g, 'ه')
		.replace(/\u0624/g, 'و')
		.replace(/\u0626/g, 'ي')
		.replace(ARABIC_INDIC, d => String(d.charCodeAt(0) - 0x0660))
		.replace(PERSIAN_DIGITS, d => String(d.charCodeAt(0) - 0x06f0))
		.toLowerCase();
}

/**
 * Normalise character by character, keeping for every output character the
 * index of the input character it came from, so a match in normalised text can
 * be mapped back to a span of the original (for highlighting and provenance).
 */
export function normaliseWithMap(text: string): {text: string; map: number[]} {
	let out = '';
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Keep surrogate pairs together.
		const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
		const n = normalise(ch);
		for (let k = 0; k < n.length; k++) {
			out += n[k];
			map.push(i);
		}
		if (ch.length === 2) i++;
	}
	map.push(text.length);
	return {text: out, map};
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
