// A filter on how a word ends, for lookups of single normalised words by the
// stems procliticStems gives (sources.ts's anonymous heads, when no word facts
// of the first pass are given; an article's names are remembered per word form
// instead, gazetteer.ts Readings.volatileSlot). Every stem of a token ends as the token does: it is the
// token's tail, ا + its tail (the ل rule), or ال + a tail of two or more (the
// gazetteer's للجنة rule). So a token can reach a key only if its last two code
// units are the key's, or, for a key ا + one letter or a one-letter key, its
// last one. Code units are folded to a byte each (Arabic letters keep distinct
// low bytes): a collision only lets a token through to the exact lookup.
// Asked per token instead of a lookup in a map of every word seen, which
// costs a cache miss: most tokens end in no key's letters.

export type WordEnds = {pairs: Uint8Array; lasts: Uint8Array; size: number};

const pairKey = (a: number, b: number) => ((a & 0xff) << 8) | (b & 0xff);

const memo = new WeakMap<object, WordEnds>();

/** The filter of `keys` (normalised words), remembered per owner object while its key count stays the same. */
export function wordEndsOf(owner: object, keys: {readonly size: number; keys(): Iterable<string>}): WordEnds {
	let e = memo.get(owner);
	if (!e || e.size !== keys.size) {
		e = {pairs: new Uint8Array(0x10000), lasts: new Uint8Array(0x100), size: keys.size};
		for (const k of keys.keys()) {
			const n = k.length;
			if (n >= 2) e.pairs[pairKey(k.charCodeAt(n - 2), k.charCodeAt(n - 1))] = 1;
			if (n === 1 || (n === 2 && k.charCodeAt(0) === 0x0627)) e.lasts[k.charCodeAt(n - 1) & 0xff] = 1;
		}
		memo.set(owner, e);
	}
	return e;
}

/** May a token with this normalised text have a stem among the filter's keys? */
export function mayEndIn(norm: string, e: WordEnds): boolean {
	const n = norm.length;
	if (n < 2) return n === 0 || e.lasts[norm.charCodeAt(0) & 0xff] === 1;
	const last = norm.charCodeAt(n - 1);
	return e.pairs[pairKey(norm.charCodeAt(n - 2), last)] === 1 || e.lasts[last & 0xff] === 1;
}
