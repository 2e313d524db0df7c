// The one question-answering surface over a dataset. The UI, the CLI and the
// exporters all go through it; none of them walks the dataset's arrays.
import type {Actor, Article, Day, Entity, Event, Sentence, Source} from '../dataset/schema.js';
import type {SearchHit, SearchKind} from '../search/types.js';

export type {SearchHit, SearchKind};

export type FacetKind = 'days' | 'actors' | 'sources' | 'events';
export type ListKind = 'articles' | 'actors' | 'organizations' | 'places' | 'sources' | 'events' | 'days';

/** One row of a facet list (Days · Actors · Sources · Events). */
export type FacetValue = {
	kind: FacetKind;
	/** Actor/source/event id, or the ISO date for days. */
	id: string;
	/** English label (always present: users may read no Arabic). */
	label: string;
	/** Arabic label when there is one. */
	labelAr: string | null;
	/** Secondary text: an actor's role, a source's kind, an event's date and place. */
	detail: string;
	/** Number of sentences behind the value. */
	count: number;
};

export type SentenceHit = {sentence: Sentence; article: Article};


/** Export/list filters: values of one filter are ORed, different filters ANDed. */
export type Filters = {
	day?: string[];
	actor?: string[];
	source?: string[];
	event?: string[];
	article?: string[];
	query?: string[];
	/** Sentence ids (or article/event ids, matched against the unit). */
	ids?: string[];
};

export interface Query {
	readonly dataset: import('../dataset/schema.js').Dataset;
	article(id: string): Article | undefined;
	sentence(id: string): SentenceHit | undefined;
	actor(id: string): Actor | undefined;
	organization(id: string): Entity | undefined;
	place(id: string): Entity | undefined;
	source(id: string): Source | undefined;
	event(id: string): Event | undefined;
	day(date: string): Day | undefined;
	list(kind: ListKind): Array<Article | Actor | Entity | Source | Event | Day>;
	facet(kind: FacetKind): FacetValue[];
	/** facet(kind).length, without building the list (the tabs show every kind's count). */
	facetSize(kind: FacetKind): number;
	/** Sentence ids behind a facet value, in article then sentence order. */
	sentencesFor(kind: FacetKind, id: string): string[];
	/** Sentence ids that pass the filters, in article then sentence order. */
	filter(filters: Filters): string[];
	search(query: string, options?: {type?: SearchKind; limit?: number}): SearchHit[];
	/**
	 * A search-as-you-type session, when the dataset provides its own (a dataset
	 * directory does: its sentences are not all in memory). Absent: the caller
	 * builds one over `dataset` (source/search).
	 */
	searchSession?(options: {perKind?: number; limit?: number}): {update(query: string): SearchHit[]};
	/** The closest known id of a kind, for "did you mean" messages. */
	suggest(kind: ListKind, id: string): string | null;
}
