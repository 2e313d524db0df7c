// n-gram keys as small integers. Characters get dense ids (first come, first
// served) so a trigram key fits in 30 bits, which V8 stores and hashes as a
// small integer: far faster than string or double keys. Past 1,023 distinct
// characters ids are shared, which only makes candidate sets larger, never
// smaller, so no match is lost.
const BITS = 10;
const MAX_ID = (1 << BITS) - 1;

export type Alphabet = {ids: Uint16Array; next: number};

export function createAlphabet(): Alphabet {
	return {ids: new Uint16Array(65536), next: 1};
}

/** Whether ids have started to be shared (keys are then no longer exact). */
export function alphabetFull(alphabet: Alphabet): boolean {
	return alphabet.next > MAX_ID;
}

/** The id of a character, assigning one if `grow`; 0 means never seen. */
function idOf(alphabet: Alphabet, code: number, grow: boolean): number {
	let id = alphabet.ids[code]!;
	if (id === 0 && grow) {
		id = alphabet.next <= MAX_ID ? alphabet.next++ : MAX_ID;
		alphabet.ids[code] = id;
	}
	return id;
}

/** Dense ids of a string's characters (0 for unseen ones when not growing). */
export function charIds(alphabet: Alphabet, text: string, grow: boolean): Uint16Array {
	const out = new Uint16Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = idOf(alphabet, text.charCodeAt(i), grow);
	return out;
}

export const bigramKey = (ids: Uint16Array, i: number): number => (ids[i]! << BITS) | ids[i + 1]!;
export const trigramKey = (ids: Uint16Array, i: number): number => (((ids[i]! << BITS) | ids[i + 1]!) << BITS) | ids[i + 2]!;

/** Distinct trigram keys of a string, or null if it holds a character no record has. */
export function trigrams(alphabet: Alphabet, text: string): number[] | null {
	const ids = charIds(alphabet, text, false);
	if (ids.includes(0)) return null;
	const out = new Set<number>();
	for (let i = 0; i + 3 <= ids.length; i++) out.add(trigramKey(ids, i));
	return [...out];
}

/** Distinct bigram keys, skipping those with a space (a trimmed two-letter query never has one). */
export function bigrams(alphabet: Alphabet, text: string): number[] | null {
	const ids = charIds(alphabet, text, false);
	if (ids.includes(0)) return null;
	const out = new Set<number>();
	for (let i = 0; i + 2 <= text.length; i++) {
		if (text[i] === ' ' || text[i + 1] === ' ') continue;
		out.add(bigramKey(ids, i));
	}
	return [...out];
}
