// Word tokens of a sentence with their offsets in the original text, and the
// normalised key each one is compared by.
import {normalise} from '../arabic/normalise.js';
import {STOPWORDS} from './stopwords.js';

export type Token = {
	text: string;
	/** Normalised, without a leading conjunction: what stop-words are checked against. */
	bare: string;
	/** `bare` without the article ال (and بال، كال، لل): what words are compared by. */
	key: string;
	start: number;
	end: number;
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The comparison key of a word: normalised, with a leading conjunction و/ف
 * dropped when enough remains. Dropping it from a word that merely starts
 * with و (وزارة) is harmless here: both sides of a comparison are keyed the
 * same way, and display uses the original text.
 */
export function bareForm(word: string): string {
	const k = normalise(word);
	return (k.startsWith('و') || k.startsWith('ف')) && k.length > 3 ? k.slice(1) : k;
}

export function tokenKey(word: string): string {
	const b = bareForm(word);
	for (const p of ['بال', 'كال', 'لل', 'ال']) if (b.startsWith(p) && b.length - p.length >= 3) return b.slice(p.length);
	return b;
}

export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(WORD)) {
		out.push({text: m[0], bare: bareForm(m[0]), key: tokenKey(m[0]), start: m.index!, end: m.index! + m[0].length});
	}
	return out;
}

export function isContent(t: Token): boolean {
	return t.key.length > 1 && !STOPWORDS.has(t.bare) && !STOPWORDS.has(t.key) && !/^\d+$/.test(t.key);
}

/** Content-word keys of a text. */
export function contentKeys(text: string): string[] {
	return tokenize(text)
		.filter(isContent)
		.map(t => t.key);
}

/** Character trigram counts of the normalised content words (robust to affixes). */
export function trigrams(keys: string[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const k of keys) {
		const w = ` ${k} `;
		for (let i = 0; i + 3 <= w.length; i++) {
			const g = w.slice(i, i + 3);
			m.set(g, (m.get(g) ?? 0) + 1);
		}
	}
	return m;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
	let dot = 0;
	let na = 0;
	let nb = 0;
	for (const [g, v] of a) {
		na += v * v;
		const w = b.get(g);
		if (w) dot += v * w;
	}
	for (const v of b.values()) nb += v * v;
	return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
	if (a.size === 0 && b.size === 0) return 0;
	let inter = 0;
	for (const x of a) if (b.has(x)) inter++;
	return inter / (a.size + b.size - inter);
}
