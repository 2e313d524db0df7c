// Which sentences stand behind each facet value, as sorted global sentence
// numbers (article order, then sentence order: a sorted list is reading
// order). The dataset builder fills it while articles stream in; the Query
// over a JSON dataset fills it from the loaded articles. Both put exactly
// what counts.ts says a sentence stands behind.
import type {Article} from '../schema.js';
import {U32List, sortedUnique} from '../directory/postings.js';
import {FACET_KINDS, valuesOf, type FacetKind} from './counts.js';
import {eachVarint, varintSize, writeVarint} from '../../util/varint.js';

/**
 * Sentence numbers in the order they were put; sorted and made unique when
 * first read. While they come in order (as an ingest puts every value's but
 * an event's: sentence by sentence), they are kept as the gaps between them
 * in varint bytes, mostly one byte a number (an article's sentences follow
 * each other): as Uint32 lists they were 41 MB of a 100k-article directory
 * ingest's main thread at the end of its second pass, its peak of memory.
 * The first number out of order turns the set into a plain list.
 */
export class NumberSet {
	private bytes: Uint8Array = EMPTY_BYTES;
	private used = 0;
	private count = 0;
	/** The last number put (-1: none yet). */
	private last = -1;
	/** The numbers as a list, once one came out of order (then `sorted` is false). */
	private list: U32List | null = null;
	private done: Uint32Array | undefined;
	put(g: number): void {
		if (g === this.last) return;
		this.done = undefined;
		if (this.list === null && g < this.last) this.list = this.decoded();
		if (this.list !== null) {
			this.list.push(g);
			this.last = g;
			return;
		}
		const gap = g - this.last;
		this.last = g;
		this.count++;
		const size = varintSize(gap);
		if (this.used + size > this.bytes.length) {
			const more = new Uint8Array(Math.max(8, this.bytes.length * 2));
			more.set(this.bytes.subarray(0, this.used));
			this.bytes = more;
		}
		writeVarint(this.bytes, this.used, gap);
		this.used += size;
	}
	numbers(): Uint32Array {
		if (this.done) return this.done;
		if (this.list === null) {
			const out = new Uint32Array(this.count);
			let g = -1;
			let k = 0;
			eachVarint(this.bytes, this.used, gap => {
				g += gap;
				out[k++] = g;
			});
			return (this.done = out);
		}
		return (this.done = sortedUnique(this.list.view()));
	}
	/** The numbers so far as a list (they were in order), the bytes let go. */
	private decoded(): U32List {
		const list = new U32List();
		for (const g of this.numbers()) list.push(g);
		this.bytes = EMPTY_BYTES;
		this.used = 0;
		this.count = 0;
		this.done = undefined;
		return list;
	}
}

const EMPTY_BYTES = new Uint8Array(0);

/** The sentences behind one value, to put into directly (an article's outlet and publication day take every sentence of it). */
export type BehindSet = {put(g: number): void};

export type BehindIndex = {
	put(kind: FacetKind, id: string, g: number): void;
	/** The set behind a value, made if new: put(kind, id, g) is setOf(kind, id).put(g). */
	setOf(kind: FacetKind, id: string): BehindSet;
	/** Puts every sentence of an article whose sentence 0 is number `first`; events only when its sentences are linked already. */
	addArticle(article: Pick<Article, 'id' | 'outlet' | 'published' | 'sentences'>, first: number, options: {events: boolean; outletId?: string}): void;
	/** Sorted sentence numbers behind a value (empty for an unknown one). */
	numbers(kind: FacetKind, id: string): Uint32Array;
	/** Every value of a kind that has a sentence behind it. */
	values(kind: FacetKind): string[];
};

const EMPTY = new Uint32Array(0);

export function createBehindIndex(): BehindIndex {
	const sets = Object.fromEntries(FACET_KINDS.map(k => [k, new Map<string, NumberSet>()])) as Record<FacetKind, Map<string, NumberSet>>;
	const setOf = (kind: FacetKind, id: string) => {
		let set = sets[kind].get(id);
		if (!set) sets[kind].set(id, (set = new NumberSet()));
		return set;
	};
	const put = (kind: FacetKind, id: string, g: number) => setOf(kind, id).put(g);
	return {
		put,
		setOf,
		addArticle(article, first, options) {
			for (const [i, s] of article.sentences.entries()) valuesOf(article, s, (kind, id) => put(kind, id, first + i), options);
		},
		numbers: (kind, id) => sets[kind].get(id)?.numbers() ?? EMPTY,
		values: kind => [...sets[kind].keys()],
	};
}
