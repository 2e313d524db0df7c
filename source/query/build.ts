// Builds the Query over a dataset: lookup maps and the facet → sentences
// tables once, the search index on first use (listing needs none of it).
import type {Article, Dataset, Sentence} from '../dataset/schema.js';
import {buildSearchIndex, runSearch, type SearchIndex} from '../search/search.js';
import {buildFacets} from './facets.js';
import {combineFilters} from './combine.js';
import {listOf, suggestId} from './suggest.js';
import {byId} from '../util/by-id.js';
import type {FacetKind, FacetValue, Filters, Query, SentenceHit} from './types.js';

export function buildQuery(dataset: Dataset): Query {
	const articles = byId(dataset.articles);
	const actors = byId(dataset.actors);
	const organizations = byId(dataset.organizations);
	const places = byId(dataset.places);
	const sources = byId(dataset.sources);
	const events = byId(dataset.events);
	const days = new Map(dataset.days.map(d => [d.date, d]));

	// Global reading order: article order, then sentence order.
	const sentences = new Map<string, SentenceHit & {order: number}>();
	for (const article of dataset.articles) for (const sentence of article.sentences) sentences.set(sentence.id, {sentence, article, order: sentences.size});
	const inOrder = (ids: Iterable<string>) =>
		[...new Set(ids)].filter(id => sentences.has(id)).sort((a, b) => sentences.get(a)!.order - sentences.get(b)!.order);

	// facet kind → value id → sentence ids, from the sentences themselves and the
	// lists the dataset keeps, so either source of truth is enough.
	const behind: Record<FacetKind, Map<string, Set<string>>> = {days: new Map(), actors: new Map(), sources: new Map(), events: new Map()};
	const put = (kind: FacetKind, id: string, sentenceId: string) => {
		let set = behind[kind].get(id);
		if (!set) behind[kind].set(id, (set = new Set()));
		set.add(sentenceId);
	};
	const publishedOn = new Map<string, Article[]>();
	for (const a of dataset.articles) {
		if (a.published) publishedOn.set(a.published, [...(publishedOn.get(a.published) ?? []), a]);
		for (const s of a.sentences) {
			for (const r of s.actors) put('actors', r.id, s.id);
			if (s.attribution?.speaker) put('actors', s.attribution.speaker.id, s.id);
			for (const r of s.citedSources) put('sources', r.id, s.id);
			for (const e of s.events) put('events', e, s.id);
			for (const d of s.dates) if (d.value && d.value.length === 10) put('days', d.value, s.id);
		}
	}
	for (const src of dataset.sources) {
		for (const id of src.sentences) put('sources', src.id, id);
		if (src.kind === 'outlet') for (const a of dataset.articles) if (a.outlet === src.name || src.articles.includes(a.id)) for (const s of a.sentences) put('sources', src.id, s.id);
	}
	for (const e of dataset.events) for (const id of e.sentences) put('events', e.id, id);
	// A day stands for what was said about it and what was published on it.
	for (const d of dataset.days) {
		for (const id of d.sentences) put('days', d.date, id);
		for (const a of [...(publishedOn.get(d.date) ?? []), ...d.published.map(id => articles.get(id)).filter((a): a is Article => Boolean(a))]) {
			for (const s of a.sentences) put('days', d.date, s.id);
		}
	}
	const ordered = new Map<string, string[]>();
	const sentencesFor = (kind: FacetKind, id: string): string[] => {
		const key = `${kind}\u0000${id}`;
		let ids = ordered.get(key);
		if (!ids) ordered.set(key, (ids = inOrder(behind[kind].get(id) ?? [])));
		return ids;
	};

	let facets: Record<FacetKind, FacetValue[]> | undefined;
	let searchIndex: SearchIndex | undefined;
	const index = () => (searchIndex ??= buildSearchIndex(dataset));


	const query: Query = {
		dataset,
		article: id => articles.get(id),
		sentence: id => {
			const hit = sentences.get(id);
			return hit ? {sentence: hit.sentence, article: hit.article} : undefined;
		},
		actor: id => actors.get(id),
		organization: id => organizations.get(id),
		place: id => places.get(id),
		source: id => sources.get(id),
		event: id => events.get(id),
		day: date => days.get(date),
		list: kind => listOf(dataset, kind),
		facet: kind => (facets ??= buildFacets(dataset, (k, id) => sentencesFor(k, id).length))[kind],
		// A facet lists every value of its kind.
		facetSize: kind => dataset[kind].length,
		sentencesFor,
		filter: filters => filterSentences(filters),
		search: (q, options = {}) => runSearch(index(), q, {type: options.type, limit: options.limit ?? 50}),
		suggest: (kind, id) => suggestId(dataset, kind, id),
	};

	/** Sentence ids matching one value of a filter. */
	const matchers: Record<keyof Filters, (value: string) => Iterable<string>> = {
		day: v => sentencesFor('days', v),
		actor: v => sentencesFor('actors', v),
		source: v => sentencesFor('sources', v),
		event: v => sentencesFor('events', v),
		article: v => (articles.get(v)?.sentences ?? []).map((s: Sentence) => s.id),
		query: v => runSearch(index(), v, {type: 'sentence'}).map(h => h.id),
		// An id may name a sentence, or an article or event standing for its sentences.
		ids: v => (sentences.has(v) ? [v] : articles.has(v) ? articles.get(v)!.sentences.map(s => s.id) : events.has(v) ? sentencesFor('events', v) : []),
	};

	function filterSentences(filters: Filters): string[] {
		return inOrder(combineFilters(filters, matchers) ?? sentences.keys());
	}

	return query;
}
