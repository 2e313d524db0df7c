// The Query over a dataset directory. Lookups and facets come from meta.json,
// "sentences behind a value" from postings.bin, and sentences from their
// article's line, read when asked for. Nothing here walks every sentence at
// load; only filter() without any filter (every sentence) is proportional to the corpus.
import type {Article, Dataset} from '../dataset/schema.js';
import type {DirectoryDataset} from '../dataset/directory/open.js';
import {buildDirectoryIndex, createDirectorySession, searchDirectory, type DirectorySearchIndex} from '../search/directory.js';
import {buildFacets} from './facets.js';
import {combineFilters} from './combine.js';
import {listOf, suggestId} from './suggest.js';
import {byId} from '../util/by-id.js';
import type {FacetKind, FacetValue, Filters, Query} from './types.js';

export function buildDirectoryQuery(dir: DirectoryDataset): Query {
	const {dataset, meta} = dir;
	// Article records and events are made when first asked for (not before the first frame).
	const articleById = (id: string) => {
		const n = dir.articleNumber.get(id);
		return n === undefined ? undefined : dir.article(n);
	};
	const actors = byId(dataset.actors);
	const organizations = byId(dataset.organizations);
	const places = byId(dataset.places);
	const sources = byId(dataset.sources);
	const days = new Map(dataset.days.map(d => [d.date, d]));
	const readCount = new Map(meta.days.map(d => [d.date, d.readCount]));

	const facets = new Map<FacetKind, FacetValue[]>();
	// The dataset's last day is its reference date (facets.ts referenceDate): every publication date is a day.
	const lastDay = meta.days.reduce<string | null>((a, d) => (a === null || d.date > a ? d.date : a), null);
	/** One kind's facet list: the first frame shows one, and events at 100k are 20k records read apart. */
	const facetOf = (kind: FacetKind) => {
		const only = {
			version: dataset.version,
			articles: lastDay ? [{published: lastDay}] : [],
			actors: kind === 'actors' ? dataset.actors : [],
			organizations: [],
			places: [],
			sources: kind === 'sources' ? dataset.sources : [],
			events: kind === 'events' ? dataset.events : [],
			days: dataset.days,
			unresolved: [],
		} as unknown as Dataset;
		return buildFacets(only, (k, id) => meta.behind[k][id] ?? 0, d => readCount.get(d.date) ?? 0)[kind];
	};
	let searchIndex: DirectorySearchIndex | undefined;
	const index = () => (searchIndex ??= buildDirectoryIndex(dir));


	const articleNumbers = (n: number): number[] => {
		const first = dir.heads.firstSentence(n);
		return Array.from({length: dir.heads.sentenceCount(n)}, (_, i) => first + i);
	};
	/** Sentence numbers matching one value of a filter. */
	const matchers: Record<keyof Filters, (value: string) => Iterable<number>> = {
		day: v => dir.behind('days', v),
		actor: v => dir.behind('actors', v),
		source: v => dir.behind('sources', v),
		event: v => dir.behind('events', v),
		article: v => (dir.articleNumber.has(v) ? articleNumbers(dir.articleNumber.get(v)!) : []),
		query: v => searchDirectory(dir, index(), v, {type: 'sentence', limit: 1000}).map(h => dir.sentenceNumber(h.id)!),
		ids: v => {
			const g = dir.sentenceNumber(v);
			if (g !== undefined) return [g];
			if (dir.articleNumber.has(v)) return articleNumbers(dir.articleNumber.get(v)!);
			return dir.event(v) ? dir.behind('events', v) : [];
		},
	};

	const query: Query = {
		dataset,
		article: articleById,
		sentence: id => {
			const cut = id.lastIndexOf(':');
			const article: Article | undefined = cut > 0 ? articleById(id.slice(0, cut)) : undefined;
			const sentence = article && /^\d+$/.test(id.slice(cut + 1)) ? article.sentences[Number(id.slice(cut + 1))] : undefined;
			return article && sentence ? {sentence, article} : undefined;
		},
		actor: id => actors.get(id),
		organization: id => organizations.get(id),
		place: id => places.get(id),
		source: id => sources.get(id),
		event: id => dir.event(id),
		day: date => days.get(date),
		list: kind => listOf(dataset, kind),
		// Without the event list (20k records at 100k, read apart from meta.json).
		facetSize: kind => (kind === 'events' ? dir.eventCount() : meta[kind].length),
		facet: kind => {
			let values = facets.get(kind);
			if (!values) facets.set(kind, (values = facetOf(kind)));
			return values;
		},
		sentencesFor: (kind, id) => Array.from(dir.behind(kind, id), dir.sentenceId),
		filter: filters => {
			const result = combineFilters(filters, matchers);
			const numbers = result ? Uint32Array.from(result).sort() : Uint32Array.from({length: meta.sentences}, (_, g) => g);
			return Array.from(numbers, dir.sentenceId);
		},
		search: (q, options = {}) => searchDirectory(dir, index(), q, {type: options.type, limit: options.limit ?? 50}),
		searchSession: options => createDirectorySession(dir, index(), options),
		suggest: (kind, id) => suggestId(dataset, kind, id),
	};
	return query;
}
