// The one question-answering surface over a dataset. The UI, the CLI and the
// exporters all go through it; none of them walks the dataset's arrays.
import type {Actor, Article, Day, Entity, Event, Sentence, Source} from '../dataset/schema.js';
import type {FacetKind} from '../dataset/build/counts.js';
import type {ComparisonInputs} from '../compare/lookup.js';
import type {SearchSession} from '../search/search.js';
import type {SearchHit, SearchKind} from '../search/types.js';
import type {English} from '../english/english.js';

/** What a sentence's line names of an event. */
export type EventHead = Pick<Event, 'id' | 'label' | 'place'>;

export type {ComparisonInputs, English, FacetKind, SearchHit, SearchKind, SearchSession};
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
	/** Number of sentences behind the value (dataset/build/counts.ts says which). */
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
	article(id: string): Article | undefined;
	sentence(id: string): SentenceHit | undefined;
	/**
	 * A sentence's English: its machine translation when `translate` has given
	 * one, else a gist made from what extraction found (kind 'gist', text
	 * opening with "≈ "). Undefined for an unknown id.
	 */
	english(sentenceId: string): English | undefined;
	/** The English gloss of a reporting verb as written (أكدت → "stressed"), from the lexicon's verbs.json. */
	verbGloss(verb: string): string | undefined;
	actor(id: string): Actor | undefined;
	organization(id: string): Entity | undefined;
	place(id: string): Entity | undefined;
	source(id: string): Source | undefined;
	event(id: string): Event | undefined;
	/** An event's id, label and place, as a sentence's line names its events: a directory reads them from a small file, not the event list. */
	eventHead(id: string): EventHead | undefined;
	day(date: string): Day | undefined;
	list(kind: ListKind): Array<Article | Actor | Entity | Source | Event | Day>;
	/** Every id of a kind (dates for days, `article:index` for sentences), in dataset order: for checking and suggesting typed ids. */
	ids(kind: ListKind | 'sentences'): string[];
	facet(kind: FacetKind): FacetValue[];
	/** facet(kind).length, without building the list (the tabs show every kind's count). */
	facetSize(kind: FacetKind): number;
	/** Sentence ids behind a facet value, in article then sentence order. */
	sentencesFor(kind: FacetKind, id: string): string[];
	/** Sentence ids that pass the filters, in article then sentence order. */
	filter(filters: Filters): string[];
	search(query: string, options?: {type?: SearchKind; limit?: number}): SearchHit[];
	/**
	 * Whether searchSession can start at once. A JSON dataset's search index is
	 * built in memory: false until prepareSearch has built it (a session asked
	 * for before then builds it on the spot). A directory's is stored: always true.
	 */
	searchReady(): boolean;
	/** Builds what search needs in slices between other work (the explorer's keys and frames); resolves when searchReady(). */
	prepareSearch(): Promise<void>;
	/** A search-as-you-type session. */
	searchSession(options: {perKind?: number; limit?: number}): SearchSession;
	/** What comparing one event needs (compare/compareEvent), or undefined for an unknown event. */
	comparisonInputs(eventId: string): ComparisonInputs | undefined;
	/** The closest known id of a kind, for "did you mean" messages. */
	suggest(kind: ListKind, id: string): string | null;
}
