// A memo of words as written, looked up by a span of the sentence and a hash
// computed while reading it, so a word seen before costs no string: no slice,
// no string hash, no garbage (a Map keyed by sliced words made 454k strings per
// pass over the 1k corpus, and its lookups were the largest single cost of the
// event-mention stage). Open addressing; cleared when full, as the other memos
// of the stage are, since every entry can be recomputed.

const MAX_SIZE = 1 << 16;

export class WordTable<V> {
	private keys: Array<string | undefined> = new Array(1024);
	private hashes = new Int32Array(1024);
	private values: Array<V | undefined> = new Array(1024);
	private mask = 1023;
	private size = 0;

	/** The value stored for text[start, end) with this hash, else undefined. */
	get(text: string, start: number, end: number, hash: number): V | undefined {
		const length = end - start;
		for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
			const key = this.keys[i];
			if (key === undefined) return undefined;
			if (this.hashes[i] === hash && key.length === length && sameText(key, text, start)) return this.values[i];
		}
	}

	set(key: string, hash: number, value: V): void {
		if (this.size >= MAX_SIZE) this.clear(this.keys.length);
		else if (2 * (this.size + 1) > this.keys.length) this.grow();
		this.put(key, hash, value);
	}

	private put(key: string, hash: number, value: V): void {
		let i = hash & this.mask;
		while (this.keys[i] !== undefined) i = (i + 1) & this.mask;
		this.keys[i] = key;
		this.hashes[i] = hash;
		this.values[i] = value;
		this.size++;
	}

	private grow(): void {
		const {keys, hashes, values} = this;
		this.clear(keys.length * 2);
		for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.put(keys[i]!, hashes[i]!, values[i]!);
	}

	private clear(capacity: number): void {
		this.keys = new Array(capacity);
		this.hashes = new Int32Array(capacity);
		this.values = new Array(capacity);
		this.mask = capacity - 1;
		this.size = 0;
	}
}

function sameText(key: string, text: string, start: number): boolean {
	for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
	return true;
}

/** The hash of a word, one code unit at a time (FNV-1a over UTF-16 code units): start with WORD_HASH_SEED. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
	return Math.imul(hash ^ code, 0x01000193);
}
