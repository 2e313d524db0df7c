// Which sentences stand behind each facet value, as sorted global sentence
// numbers (article order, then sentence order: a sorted list is reading
// order). The dataset builder fills it while articles stream in; the Query
// over a JSON dataset fills it from the loaded articles. Both put exactly
// what counts.ts says a sentence stands behind.
import type {Article} from '../schema.js';
import {U32List, sortedUnique} from '../directory/postings.js';
import {FACET_KINDS, valuesOf, type FacetKind} from './counts.js';

/** Sentence numbers in the order they were put; sorted and made unique when first read. */
class NumberSet {
	private list = new U32List();
	private sorted = true;
	private done: Uint32Array | undefined;
	put(g: number): void {
		const last = this.list.last();
		if (last === g) return;
		if (last !== undefined && g < last) this.sorted = false;
		this.list.push(g);
		this.done = undefined;
	}
	numbers(): Uint32Array {
		return (this.done ??= this.sorted ? this.list.view() : sortedUnique(this.list.view()));
	}
}

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
