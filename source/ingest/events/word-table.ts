// A memo of words as written, looked up by a span of the sentence and a hash
// computed while reading it, so a word seen before costs no string: no slice,
// no string hash, no garbage (a Map keyed by sliced words made 454k strings per
// pass over the 1k corpus). Open addressing over flat arrays: a slot is four
// int32s (hash, id + 1, where the word's code units start in `pool`, its
// length), so a lookup reads one slot and the word's code units, and a word's
// flags (what it may start) sit in a byte array by id. Keys as strings and
// values in object arrays made every lookup chase three pointers: in the ingest,
// where each article's parse evicts the table between sentences, those cache
// misses were a fifth of the event-mention stage. Cleared when full (between
// sentences: see bound()), as the other memos of the stage are, since every
// entry can be recomputed.

const MAX_SIZE = 1 << 16;
const INITIAL = 1024;

export class WordTable<V> {
	/** Per slot: hash, id + 1 (0: empty), pool start, length. */
	private slots = new Int32Array(4 * INITIAL);
	private mask = INITIAL - 1;
	/** The code units of every key, one after another. */
	private pool = new Uint16Array(8 * INITIAL);
	private poolEnd = 0;
	private values: V[] = [];
	private flagsById = new Uint8Array(INITIAL);
	private size = 0;
	/** How many times bound() has emptied the table: an id remembered elsewhere holds only in its generation. */
	generation = 0;

	/** `flagsOf`: a word's flags from its value and its text, kept beside it (a byte: what the word may start). */
	constructor(private readonly flagsOf: (value: V, raw: string) => number = () => 0) {}

	/** The id of text[start, end) with this hash, else -1. */
	find(text: string, start: number, end: number, hash: number): number {
		const length = end - start;
		const {slots, pool} = this;
		const mask4 = (this.mask << 2) | 3;
		for (let i = (hash << 2) & mask4; ; i = (i + 4) & mask4) {
			const id = slots[i + 1]!;
			if (id === 0) return -1;
			if (slots[i] === hash && slots[i + 3] === length) {
				const at = slots[i + 2]!;
				let k = 0;
				while (k < length && pool[at + k] === text.charCodeAt(start + k)) k++;
				if (k === length) return id - 1;
			}
		}
	}

	/** Adds a word (not in the table; `hash` its hash) with its value; returns its id. */
	add(raw: string, hash: number, value: V): number {
		if (2 * (this.size + 1) > this.mask + 1) this.grow();
		const id = this.size++;
		const length = raw.length;
		if (this.poolEnd + length > this.pool.length) {
			const pool = new Uint16Array(Math.max(2 * this.pool.length, this.poolEnd + length));
			pool.set(this.pool);
			this.pool = pool;
		}
		const at = this.poolEnd;
		for (let k = 0; k < length; k++) this.pool[at + k] = raw.charCodeAt(k);
		this.poolEnd += length;
		if (id === this.flagsById.length) {
			const flags = new Uint8Array(2 * id);
			flags.set(this.flagsById);
			this.flagsById = flags;
		}
		this.values[id] = value;
		this.flagsById[id] = this.flagsOf(value, raw);
		this.put(hash, id, at, length);
		return id;
	}

	value(id: number): V {
		return this.values[id]!;
	}

	flags(id: number): number {
		return this.flagsById[id]!;
	}

	/**
	 * Forget every word once the table holds MAX_SIZE. Called before a
	 * sentence is read, never during: the ids a sentence holds stay valid until
	 * the next sentence (it may pass the bound by one sentence's words).
	 */
	bound(): void {
		if (this.size >= MAX_SIZE) {
			this.slots = new Int32Array(4 * INITIAL);
			this.mask = INITIAL - 1;
			this.poolEnd = 0;
			this.values = [];
			this.size = 0;
			this.generation++;
		}
	}

	private put(hash: number, id: number, at: number, length: number): void {
		const {slots} = this;
		const mask4 = (this.mask << 2) | 3;
		let i = (hash << 2) & mask4;
		while (slots[i + 1] !== 0) i = (i + 4) & mask4;
		slots[i] = hash;
		slots[i + 1] = id + 1;
		slots[i + 2] = at;
		slots[i + 3] = length;
	}

	private grow(): void {
		const old = this.slots;
		this.slots = new Int32Array(2 * old.length);
		this.mask = 2 * (this.mask + 1) - 1;
		for (let i = 0; i < old.length; i += 4) if (old[i + 1] !== 0) this.put(old[i]!, old[i + 1]! - 1, old[i + 2]!, old[i + 3]!);
	}
}

/** The hash of a word, one code unit at a time (FNV-1a over UTF-16 code units): start with WORD_HASH_SEED. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const WORD_HASH_PRIME = 0x01000193;
export function hashStep(hash: number, code: number): number {
	return Math.imul(hash ^ code, WORD_HASH_PRIME);
}
