// A substring index over many documents that lives on disk: the vocabulary of
// normalised words (searchText split on spaces), each word's documents as a
// delta/varint list, and a bigram/trigram table over the vocabulary. A query
// fragment of two or more letters finds every word containing it through the
// table, and the union of those words' lists is exactly the documents holding
// the fragment inside one word. Built while documents stream past in order
// (ingest), so the lists can be encoded as they grow: about a byte and a half
// per (word, document) pair, which keeps a 100k-article ingest's memory small.
import {closeSync, openSync, readSync, rmSync} from 'node:fs';
import {NewFile, writeAll} from '../util/write-all.js';
import {readExactly} from '../util/read-exactly.js';
import {eachVarint, varint, varintSize, writeVarint} from '../util/varint.js';

/** Bytes a word's list keeps inline before it gets its own buffer (most words are rare). */
const INLINE = 8;
const FORWARD_CHUNK = 1 << 22;
/**
 * Bytes of words' own lists (`big`) held before they go to the postings file
 * (WordIndexOptions.postingsFile). A directory ingest's sentence index grew
 * ~115 MB of them at 100k articles, held to the end of the second pass beside
 * the link worker: the ingest's peak of memory.
 */
const POSTINGS_BUDGET = 16 << 20;
/** A region's read buffer when the spilled lists are merged back (a dozen regions or so at 100k articles). */
const REGION_BUFFER = 1 << 18;

/** Where a word index may keep what it has built so far while documents come (each option's file is created, then removed by write()). */
export type WordIndexOptions = {
	/** The forward index's full chunks go here as they fill (read back into the index when it is written). */
	forwardFile?: string;
	/** The forward index's chunk size (tests make it small). */
	chunk?: number;
	/** Words' lists go here, each a segment, once they hold `postingsBudget` bytes between them (merged back in word order when written). */
	postingsFile?: string;
	postingsBudget?: number;
};

/** Bigram and trigram keys of UTF-16 code units, both exact in a double. */
const key2 = (s: string, i: number) => 2 ** 48 + s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
const key3 = (s: string, i: number) => (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);

/** Grams a word is filed under; fragments look up the same keys. */
export function gramKeys(s: string): number[] {
	const out = new Set<number>();
	for (let i = 0; i + 2 <= s.length; i++) out.add(key2(s, i));
	for (let i = 0; i + 3 <= s.length; i++) out.add(key3(s, i));
	return [...out];
}

/** Keys a fragment's containing words must all hold (two letters: its bigram; more: its trigrams). */
function fragmentKeys(s: string): number[] {
	if (s.length === 2) return [key2(s, 0)];
	const out = new Set<number>();
	for (let i = 0; i + 3 <= s.length; i++) out.add(key3(s, i));
	return [...out];
}

// A fresh copy: substrings made by split() can keep the whole sentence alive.
const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

export class WordIndexBuilder {
	/**
	 * `forwardFile`: a new file the forward index's full chunks go to as they
	 * fill (read back into the index when it is written, then removed). A
	 * directory ingest's sentence index held 75 MB of it at 100k articles
	 * while the link worker ran beside it, the ingest's peak of memory.
	 * `postingsFile`: likewise for the words' lists (spillPostings).
	 */
	constructor(options: WordIndexOptions = {}) {
		this.forwardFile = options.forwardFile;
		this.chunk = options.chunk ?? FORWARD_CHUNK;
		this.postingsFile = options.postingsFile;
		this.postingsBudget = options.postingsBudget ?? POSTINGS_BUDGET;
		this.forward = [new Uint8Array(this.chunk)];
	}

	private readonly forwardFile: string | undefined;
	private readonly chunk: number;
	private readonly postingsFile: string | undefined;
	private readonly postingsBudget: number;
	/** Bytes of the words' own lists (big) held now. */
	private bigBytes = 0;
	/** The postings file once a region is written to it, and each region's [start, end) byte offsets. */
	private postingsSpill: NewFile | null = null;
	private readonly regions: Array<[number, number]> = [];
	private postingsSpilled = 0;

	private ids = new Map<string, number>();
	private words: string[] = [];
	private cap = 1024;
	private last = new Uint32Array(this.cap);
	private counts = new Uint32Array(this.cap);
	private inline = new Uint8Array(this.cap * INLINE);
	private inlineLength = new Uint8Array(this.cap);
	private big: Array<Uint8Array | undefined> = [];
	private bigLength = new Uint32Array(this.cap);
	/** Normalised length of each document (Uint16, capped), for scoring without the text. */
	private lengths = new Uint16Array(1024);
	/**
	 * Each document's words in order, as varint ids (the forward index): a
	 * several-word query's candidates are checked against it, not against the
	 * text, which would mean reading and parsing an article per candidate.
	 * Kept in fixed chunks, so growing never copies.
	 */
	private forward: Uint8Array[];
	/** The forwardFile once a chunk is written to it, and how many chunks are there. */
	private spill: NewFile | null = null;
	private spilled = 0;
	private forwardUsed = 0;
	private forwardTotal = 0;
	private forwardStarts = new Uint32Array(1025);
	docs = 0;

	private grow(): void {
		const cap = this.cap * 2;
		const more = <T extends Uint8Array | Uint32Array>(a: T, n: number): T => {
			const b = new (a.constructor as new (n: number) => T)(n);
			b.set(a);
			return b;
		};
		this.last = more(this.last, cap);
		this.counts = more(this.counts, cap);
		this.inline = more(this.inline, cap * INLINE);
		this.inlineLength = more(this.inlineLength, cap);
		this.bigLength = more(this.bigLength, cap);
		this.cap = cap;
	}

	private append(id: number, value: number): void {
		// Written in place: a temporary byte array per (word, document) pair was
		// most of this function's cost.
		const size = varintSize(value);
		let big = this.big[id];
		const n = this.inlineLength[id]!;
		if (!big && n + size <= INLINE) {
			writeVarint(this.inline, id * INLINE + n, value);
			this.inlineLength[id] = n + size;
			return;
		}
		if (!big) {
			big = new Uint8Array(32);
			big.set(this.inline.subarray(id * INLINE, id * INLINE + n));
			this.bigLength[id] = n;
			this.big[id] = big;
			this.bigBytes += big.length;
		}
		const length = this.bigLength[id]!;
		if (length + size > big.length) {
			const b = new Uint8Array(big.length * 2);
			b.set(big);
			this.bigBytes += big.length;
			this.big[id] = big = b;
		}
		writeVarint(big, length, value);
		this.bigLength[id] = length + size;
		if (this.postingsFile !== undefined && this.bigBytes > this.postingsBudget) this.spillPostings();
	}

	/**
	 * Writes every word's own list, as it is so far, to the postings file as
	 * one region of segments (word id, byte length, bytes; in word order), and
	 * empties them: the word's next documents start a new list, inline first.
	 * A list's entries are gaps from the word's last document (last[id]), which
	 * carries on, so a word's segments in region order, then what it holds at
	 * the end, are exactly the bytes of the list it would have held.
	 */
	private spillPostings(): void {
		this.postingsSpill ??= new NewFile(this.postingsFile!);
		const start = this.postingsSpilled;
		const header = new Uint8Array(8);
		const view = new DataView(header.buffer);
		for (let id = 0; id < this.big.length; id++) {
			const big = this.big[id];
			if (!big) continue;
			const length = this.bigLength[id]!;
			view.setUint32(0, id, true);
			view.setUint32(4, length, true);
			this.postingsSpill.write(header);
			this.postingsSpill.write(big.subarray(0, length));
			this.postingsSpilled += 8 + length;
			this.big[id] = undefined;
			this.bigLength[id] = 0;
			this.inlineLength[id] = 0;
		}
		this.regions.push([start, this.postingsSpilled]);
		this.bigBytes = 0;
	}

	private idOf(w: string): number {
		let id = this.ids.get(w);
		if (id === undefined) {
			id = this.words.length;
			const copy = own(w);
			this.ids.set(copy, id);
			this.words.push(copy);
			if (id === this.cap) this.grow();
		}
		return id;
	}

	private appendForward(bytes: number[]): void {
		for (const b of bytes) {
			if (this.forwardUsed === this.chunk) {
				if (this.forwardFile !== undefined) {
					// The one chunk is written out and filled again.
					this.spill ??= new NewFile(this.forwardFile);
					this.spill.write(this.forward[0]!);
					this.spilled++;
				} else this.forward.push(new Uint8Array(this.chunk));
				this.forwardUsed = 0;
			}
			this.forward[this.forward.length - 1]![this.forwardUsed++] = b;
		}
		this.forwardTotal += bytes.length;
		if (this.forwardTotal > 0xffffffff) throw new Error('search index: the forward index passed 4 GB');
	}

	/** Adds the next document (numbers 0, 1, 2… in order) with its normalised text. */
	add(norm: string): number {
		const doc = this.docs++;
		if (doc === this.lengths.length) {
			const l = new Uint16Array(this.lengths.length * 2);
			l.set(this.lengths);
			this.lengths = l;
			const f = new Uint32Array(this.lengths.length + 1);
			f.set(this.forwardStarts);
			this.forwardStarts = f;
		}
		this.lengths[doc] = Math.min(norm.length, 65535);
		const inOrder: number[] = [];
		// Each word looked up once: its posting gets this document at its first
		// occurrence (last[id] is this document from then on), in first-occurrence
		// order, as a list of the distinct words would give it.
		for (const w of norm.split(' ')) {
			if (w.length === 0) continue;
			const id = this.idOf(w);
			varint(id, inOrder);
			if (this.counts[id] !== 0 && this.last[id] === doc) continue;
			// The first entry is the document number; the rest are gaps (≥ 1).
			this.append(id, this.counts[id] === 0 ? doc : doc - this.last[id]!);
			this.last[id] = doc;
			this.counts[id]!++;
		}
		this.appendForward(inOrder);
		this.forwardStarts[doc + 1] = this.forwardTotal;
		return doc;
	}

	/** The postings file open for reading, with a reader of each region (none when nothing was spilled); closed for writing first. */
	private openRegions(): {fd: number | null; readers: RegionReader[]} {
		if (!this.postingsSpill) return {fd: null, readers: []};
		this.postingsSpill.close();
		const fd = openSync(this.postingsSpill.path, 'r');
		return {fd, readers: this.regions.map(([start, end]) => new RegionReader(fd, start, end))};
	}

	/** Closes and removes the postings file, if any. */
	private closeRegions(fd: number | null): void {
		if (fd !== null) closeSync(fd);
		if (this.postingsSpill) rmSync(this.postingsSpill.path, {force: true});
		this.postingsSpill = null;
	}

	get vocabulary(): number {
		return this.words.length;
	}

	/** Writes the index at `position` of an open file; returns its table (byte spans) and the end. */
	write(fd: number, position: number): {table: WordIndexTable; end: number} {
		const W = this.words.length;
		let at = position;
		const put = (bytes: Uint8Array): [number, number] => {
			// 8-byte alignment, so every section can be viewed as a typed array once read.
			at = Math.ceil(at / 8) * 8;
			const span: [number, number] = [at, bytes.byteLength];
			if (bytes.byteLength > 0) writeAll(fd, bytes, 0, bytes.byteLength, at);
			at += bytes.byteLength;
			return span;
		};
		const asBytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
		// Chunk by chunk: one concatenated copy of the forward index would double it (75 MB at 100k articles).
		// Those in forwardFile first, read back one at a time into one spare buffer.
		const putChunks = (chunks: Uint8Array[]): [number, number] => {
			at = Math.ceil(at / 8) * 8;
			const start = at;
			if (this.spill) {
				this.spill.close();
				const spare = new Uint8Array(this.chunk);
				const from = openSync(this.spill.path, 'r');
				try {
					for (let k = 0; k < this.spilled; k++) {
						if (readExactly(from, spare, k * this.chunk) < this.chunk)
							throw new Error(`search index: the forward index's file ends before byte ${(k + 1) * this.chunk}`);
						writeAll(fd, spare, 0, this.chunk, at);
						at += this.chunk;
					}
				} finally {
					closeSync(from);
				}
				rmSync(this.spill.path);
				this.spill = null;
			}
			for (const c of chunks) {
				if (c.byteLength > 0) writeAll(fd, c, 0, c.byteLength, at);
				at += c.byteLength;
			}
			return [start, at - start];
		};

		// Words as UTF-8 with their byte starts, so one word is decoded without the rest. Encoded
		// into one buffer, not a Buffer a word then their concatenation: with the gram lists below,
		// those held 61 MB for a vocabulary of 300k words, against 14 MB so (measured apart: the
		// generated bench corpus has 2,768 distinct words; a real corpus's vocabulary grows with it).
		const wordStarts = new Uint32Array(W + 1);
		for (let i = 0; i < W; i++) wordStarts[i + 1] = wordStarts[i]! + Buffer.byteLength(this.words[i]!, 'utf8');
		const wordBytes = Buffer.allocUnsafe(wordStarts[W]!);
		for (let i = 0; i < W; i++) wordBytes.write(this.words[i]!, wordStarts[i]!, 'utf8');
		const words = put(wordBytes);
		const starts = put(asBytes(wordStarts));
		const counts = put(asBytes(this.counts.subarray(0, W)));

		const postStarts = new Float64Array(W + 1);
		at = Math.ceil(at / 8) * 8;
		const postingsAt = at;
		// Batched: one write per word would be half a million system calls at 100k articles.
		const batch = Buffer.alloc(1 << 22);
		let pending = 0;
		const flush = () => {
			if (pending > 0) writeAll(fd, batch, 0, pending, at - pending);
			pending = 0;
		};
		const putBytes = (bytes: Uint8Array) => {
			if (pending + bytes.length > batch.length) flush();
			if (bytes.length > batch.length) writeAll(fd, bytes, 0, bytes.length, at);
			else {
				batch.set(bytes, pending);
				pending += bytes.length;
			}
			at += bytes.length;
		};
		// The lists spilled while documents came (spillPostings), each region read in order beside the others.
		const {fd: regionsFd, readers: spilled} = this.openRegions();
		try {
			for (let i = 0; i < W; i++) {
				for (const region of spilled) region.copy(i, putBytes);
				const big = this.big[i];
				putBytes(big ? big.subarray(0, this.bigLength[i]) : this.inline.subarray(i * INLINE, i * INLINE + this.inlineLength[i]!));
				postStarts[i + 1] = at - postingsAt;
			}
			for (const region of spilled) region.end();
		} finally {
			this.closeRegions(regionsFd);
		}
		flush();
		const postings: [number, number] = [postingsAt, at - postingsAt];
		const postingStarts = put(asBytes(postStarts));

		// The gram table: keys sorted, each with the ascending ids of the words holding it. Counted
		// first, then filled in place, not a JS array of ids per key (2.6M ids for 300k words).
		const counted = new Map<number, number>();
		for (let id = 0; id < W; id++) for (const k of gramKeys(this.words[id]!)) counted.set(k, (counted.get(k) ?? 0) + 1);
		const keys = Float64Array.from(counted.keys()).sort();
		const gramStarts = new Uint32Array(keys.length + 1);
		// Each key's next free place in gramWords, by key: the map is reused for it.
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i]!;
			gramStarts[i + 1] = gramStarts[i]! + counted.get(k)!;
			counted.set(k, gramStarts[i]!);
		}
		const gramWords = new Uint32Array(gramStarts[keys.length]!);
		for (let id = 0; id < W; id++)
			for (const k of gramKeys(this.words[id]!)) {
				const at = counted.get(k)!;
				gramWords[at] = id;
				counted.set(k, at + 1);
			}
		counted.clear();
		const table: WordIndexTable = {
			docs: this.docs,
			words: W,
			sections: {
				words,
				wordStarts: starts,
				counts,
				postings,
				postingStarts,
				gramKeys: put(asBytes(keys)),
				gramStarts: put(asBytes(gramStarts)),
				gramWords: put(asBytes(gramWords)),
				lengths: put(asBytes(this.lengths.subarray(0, this.docs))),
				forward: putChunks(this.forward.map((c, i) => (i === this.forward.length - 1 ? c.subarray(0, this.forwardUsed) : c))),
				forwardStarts: put(asBytes(this.forwardStarts.subarray(0, this.docs + 1))),
			},
		};
		return {table, end: at};
	}
}

/**
 * One region of a postings file (WordIndexBuilder.spillPostings): its segments
 * in word order, read through a buffer of its own as the merge asks for each
 * word in turn.
 */
class RegionReader {
	private readonly buf: Uint8Array;
	/** The file offset of buf[0], and how many bytes of buf are read. */
	private bufAt: number;
	private bufLength = 0;
	private pos: number;
	/** The next segment's word and byte length (-1: none left). */
	private id = -1;
	private length = 0;

	constructor(
		private readonly fd: number,
		start: number,
		private readonly endAt: number,
	) {
		this.pos = start;
		this.bufAt = start;
		// No larger than the region (a header at least: 8 bytes).
		this.buf = new Uint8Array(Math.max(8, Math.min(REGION_BUFFER, endAt - start)));
		this.header();
	}

	/** Passes the word's segment in this region, if it has one, to `put` (in pieces of at most the buffer's size). */
	copy(id: number, put: (bytes: Uint8Array) => void): void {
		if (this.id !== id) return;
		let left = this.length;
		while (left > 0) {
			const piece = this.take(Math.min(left, this.buf.length));
			put(piece);
			left -= piece.length;
		}
		this.header();
	}

	/** Every segment was copied (a word id past the vocabulary would be damage). */
	end(): void {
		if (this.id !== -1) throw new Error(`search index: the postings file holds a list for word ${this.id}, past the vocabulary`);
	}

	private header(): void {
		if (this.pos >= this.endAt) {
			this.id = -1;
			return;
		}
		const h = this.take(8);
		this.id = h[0]! | (h[1]! << 8) | (h[2]! << 16) | (h[3]! * 2 ** 24);
		this.length = h[4]! | (h[5]! << 8) | (h[6]! << 16) | (h[7]! * 2 ** 24);
	}

	/** The next `n` bytes (n ≤ the buffer's size), valid until the next call. */
	private take(n: number): Uint8Array {
		const from = this.pos - this.bufAt;
		if (from + n > this.bufLength) {
			const want = Math.min(this.buf.length, this.endAt - this.pos);
			this.bufAt = this.pos;
			this.bufLength = readExactly(this.fd, this.buf.subarray(0, want), this.pos);
			if (this.bufLength < n) throw new Error(`search index: the postings file ends before byte ${this.pos + n}`);
		}
		const at = this.pos - this.bufAt;
		this.pos += n;
		return this.buf.subarray(at, at + n);
	}
}

export type WordIndexTable = {
	docs: number;
	words: number;
	/** Byte [offset, length] of each section in the file. */
	sections: Record<
		'words' | 'wordStarts' | 'counts' | 'postings' | 'postingStarts' | 'gramKeys' | 'gramStarts' | 'gramWords' | 'lengths' | 'forward' | 'forwardStarts',
		[number, number]
	>;
};

/** How a fragment must sit in a word: anywhere, at its end, at its start, or be all of it. */
export type FragmentMode = 'any' | 'suffix' | 'prefix' | 'exact';

/** The reader: sections are read on first use; postings a word at a time. */
export class WordIndexReader {
	private cache = new Map<string, ArrayBufferView>();
	private flags: Uint8Array | undefined;
	constructor(
		private fd: number,
		readonly table: WordIndexTable,
	) {}

	private section(name: keyof WordIndexTable['sections']): Buffer {
		const hit = this.cache.get(name) as Buffer | undefined;
		if (hit) return hit;
		const [offset, length] = this.table.sections[name];
		const bytes = Buffer.alloc(length);
		if (length > 0) readSync(this.fd, bytes, 0, length, offset);
		this.cache.set(name, bytes);
		return bytes;
	}

	private view<T>(name: keyof WordIndexTable['sections'], make: (b: ArrayBufferLike, offset: number, n: number) => T, size: number): T {
		const key = `${name}:view`;
		const hit = this.cache.get(key) as T | undefined;
		if (hit) return hit;
		const b = this.section(name);
		const v = make(b.buffer, b.byteOffset, b.byteLength / size);
		this.cache.set(key, v as ArrayBufferView);
		return v;
	}

	private get wordStarts() {
		return this.view('wordStarts', (b, o, n) => new Uint32Array(b, o, n), 4);
	}
	get counts(): Uint32Array {
		return this.view('counts', (b, o, n) => new Uint32Array(b, o, n), 4);
	}
	get lengths(): Uint16Array {
		return this.view('lengths', (b, o, n) => new Uint16Array(b, o, n), 2);
	}

	private decoded: Array<string | undefined> = [];
	word(id: number): string {
		const hit = this.decoded[id];
		if (hit !== undefined) return hit;
		const s = this.wordStarts;
		return (this.decoded[id] = this.section('words').toString('utf8', s[id]!, s[id + 1]!));
	}

	/** The word ids of a document, in order (one positioned read of the forward index). */
	wordIds(doc: number): number[] {
		const starts = this.view('forwardStarts', (b, o, n) => new Uint32Array(b, o, n), 4);
		const from = starts[doc]!;
		const length = starts[doc + 1]! - from;
		const bytes = Buffer.alloc(length);
		if (length > 0) readSync(this.fd, bytes, 0, length, this.table.sections.forward[0] + from);
		const out: number[] = [];
		eachVarint(bytes, length, value => out.push(value));
		return out;
	}

	private gramList(key: number): Uint32Array | undefined {
		const keys = this.view('gramKeys', (b, o, n) => new Float64Array(b, o, n), 8);
		let lo = 0;
		let hi = keys.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const v = keys[mid]!;
			if (v === key) {
				const starts = this.view('gramStarts', (b, o, n) => new Uint32Array(b, o, n), 4);
				const all = this.view('gramWords', (b, o, n) => new Uint32Array(b, o, n), 4);
				return all.subarray(starts[mid]!, starts[mid + 1]!);
			}
			if (v < key) lo = mid + 1;
			else hi = mid - 1;
		}
		return undefined;
	}

	/** Ids of the words holding a fragment of two or more letters in the given way. */
	wordsWith(fragment: string, mode: FragmentMode = 'any'): Uint32Array {
		if (fragment.length < 2) throw new Error('wordsWith needs two or more letters');
		const lists: Uint32Array[] = [];
		for (const k of fragmentKeys(fragment)) {
			const l = this.gramList(k);
			if (!l) return new Uint32Array(0);
			lists.push(l);
		}
		lists.sort((a, b) => a.length - b.length);
		let out = lists[0]!;
		for (let i = 1; i < lists.length && out.length > 0; i++) out = out.filter(id => has(lists[i]!, id));
		// A two-letter fragment is its own bigram: the list is exact for 'any'.
		if (mode === 'any' && fragment.length === 2) return out;
		const test =
			mode === 'any'
				? (w: string) => w.includes(fragment)
				: mode === 'suffix'
					? (w: string) => w.endsWith(fragment)
					: mode === 'prefix'
						? (w: string) => w.startsWith(fragment)
						: (w: string) => w === fragment;
		return out.filter(id => test(this.word(id)));
	}

	/** Documents of one word, ascending. */
	postings(id: number): Uint32Array {
		const starts = this.view('postingStarts', (b, o, n) => new Float64Array(b, o, n), 8);
		const from = starts[id]!;
		const length = starts[id + 1]! - from;
		const bytes = Buffer.alloc(length);
		if (length > 0) readSync(this.fd, bytes, 0, length, this.table.sections.postings[0] + from);
		const out = new Uint32Array(this.counts[id]!);
		let n = 0;
		let doc = 0;
		// The first value is the document number, the rest gaps.
		eachVarint(bytes, length, value => {
			doc = n === 0 ? value : doc + value;
			out[n++] = doc;
		});
		return out;
	}

	/** The normalised text of a document, rebuilt from its words (words are separated by one space). */
	text(doc: number): string {
		return this.wordIds(doc)
			.map(id => this.word(id))
			.join(' ');
	}

	/** Visits documents' texts in order from 0 while `visit` returns true, reading the forward index in large pieces. */
	scan(visit: (doc: number, text: string) => boolean): void {
		const starts = this.view('forwardStarts', (b, o, n) => new Uint32Array(b, o, n), 4);
		const [at, size] = this.table.sections.forward;
		let piece = Buffer.alloc(1 << 16);
		let base = 0;
		let held = 0;
		for (let doc = 0; doc < this.table.docs; doc++) {
			const from = starts[doc]!;
			const to = starts[doc + 1]!;
			if (from < base || to > base + held) {
				if (to - from > piece.length) piece = Buffer.alloc(to - from);
				base = from;
				held = readSync(this.fd, piece, 0, Math.min(piece.length, size - from), at + from);
			}
			if (!visit(doc, this.decode(piece, from - base, to - base))) return;
		}
	}

	private decode(bytes: Buffer, from: number, to: number): string {
		const words: string[] = [];
		let value = 0;
		let shift = 1;
		for (let i = from; i < to; i++) {
			const b = bytes[i]!;
			value += (b & 0x7f) * shift;
			if (b & 0x80) {
				shift *= 128;
				continue;
			}
			words.push(this.word(value));
			value = 0;
			shift = 1;
		}
		return words.join(' ');
	}

	/** Total documents of some words (with repeats): what reading their lists costs. */
	weight(ids: Uint32Array): number {
		let total = 0;
		for (const id of ids) total += this.counts[id]!;
		return total;
	}

	/** A zeroed per-document byte array, reused between calls (callers zero what they touch). */
	scratch(): Uint8Array {
		return (this.flags ??= new Uint8Array(this.table.docs));
	}
}

function has(list: Uint32Array, value: number): boolean {
	let lo = 0;
	let hi = list.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const v = list[mid]!;
		if (v === value) return true;
		if (v < value) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}
