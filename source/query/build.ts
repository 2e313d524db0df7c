// The Query over a JSON dataset: lookup maps and the facet → sentences
// tables once (from the sentences, as dataset/build/counts.ts defines them,
// so every count agrees with the dataset's records), the search index on
// first use or in slices after the first frame (listing needs none of it).
import type {Dataset} from '../dataset/schema.js';
import {createBehindIndex} from '../dataset/build/behind.js';
import {outletSource} from '../dataset/build/counts.js';
import {buildSearchIndex, buildSearchIndexInSlices, createSearchSession, runSearch, type SearchIndex} from '../search/search.js';
import {comparisonInputsOf} from './compare-inputs.js';
import {facetOf, referenceDate} from './facets.js';
import {combineFilters} from './combine.js';
import {nearestId} from './suggest.js';
import {englishCache} from '../english/english.js';
import {bundledUnitGloss, bundledVerbGloss} from '../english/glosses.js';
import {byId} from '../util/by-id.js';
import type {FacetKind, FacetValue, Filters, ListKind, Query, SentenceHit} from './types.js';

export function buildQuery(dataset: Dataset): Query {
	const articles = byId(dataset.articles);
	const articleNumber = new Map(dataset.articles.map((a, n) => [a.id, n]));
	const actors = byId(dataset.actors);
	const organizations = byId(dataset.organizations);
	const places = byId(dataset.places);
	const sources = byId(dataset.sources);
	const events = byId(dataset.events);
	const days = new Map(dataset.days.map(d => [d.date, d]));

	// Sentences numbered in reading order (article order, then sentence order),
	// and the sentences behind each facet value, numbered so.
	const located: SentenceHit[] = [];
	const sentenceNumber = new Map<string, number>();
	const firstSentence: number[] = [];
	const behind = createBehindIndex();
	for (const article of dataset.articles) {
		firstSentence.push(located.length);
		behind.addArticle(article, located.length, {events: true, outletId: outletSource(article).id});
		for (const sentence of article.sentences) {
			sentenceNumber.set(sentence.id, located.length);
			located.push({sentence, article});
		}
	}
	const idsOf = (numbers: Iterable<number>) => Array.from(numbers, g => located[g]!.sentence.id);
	const articleSentences = (id: string): number[] => {
		const n = articleNumber.get(id);
		return n === undefined ? [] : Array.from({length: dataset.articles[n]!.sentences.length}, (_, i) => firstSentence[n]! + i);
	};
	const sentencesFor = (kind: FacetKind, id: string) => idsOf(behind.numbers(kind, id));

	const facets = new Map<FacetKind, FacetValue[]>();
	let searchIndex: SearchIndex | undefined;
	let building: Promise<void> | undefined;
	const index = () => (searchIndex ??= buildSearchIndex(dataset));
	const dayArticles = (date: string) => {
		const d = days.get(date);
		return d ? new Set([...d.articles, ...d.published]).size : 0;
	};
	const facetSource = {
		days: () => dataset.days,
		actors: () => dataset.actors,
		sources: () => dataset.sources,
		events: () => dataset.events,
		dayArticles,
		referenceDate: () =>
			referenceDate(
				dataset.days,
				dataset.articles.map(a => a.published),
			),
	};

	/** Sentence numbers matching one value of a filter. */
	const matchers: Record<keyof Filters, (value: string) => Iterable<number>> = {
		day: v => behind.numbers('days', v),
		actor: v => behind.numbers('actors', v),
		source: v => behind.numbers('sources', v),
		event: v => behind.numbers('events', v),
		article: articleSentences,
		query: v => runSearch(index(), v, {type: 'sentence'}).map(h => sentenceNumber.get(h.id)!),
		// An id may name a sentence, or an article or event standing for its sentences.
		ids: v => (sentenceNumber.has(v) ? [sentenceNumber.get(v)!] : articles.has(v) ? articleSentences(v) : events.has(v) ? behind.numbers('events', v) : []),
	};

	const ids = (kind: ListKind | 'sentences'): string[] => {
		if (kind === 'sentences') return idsOf(located.keys());
		if (kind === 'days') return dataset.days.map(d => d.date);
		return dataset[kind].map(x => x.id);
	};

	// The gist looks up actors' roles and events' labels; a sentence is looked up through the query itself.
	const english = englishCache({actor: id => actors.get(id), event: id => events.get(id), verbGloss: bundledVerbGloss, unitGloss: bundledUnitGloss}, id =>
		query.sentence(id),
	);
	const query: Query = {
		article: id => articles.get(id),
		sentence: id => {
			const g = sentenceNumber.get(id);
			return g === undefined ? undefined : located[g];
		},
		english,
		verbGloss: bundledVerbGloss,
		actor: id => actors.get(id),
		organization: id => organizations.get(id),
		place: id => places.get(id),
		source: id => sources.get(id),
		event: id => events.get(id),
		eventHead: id => events.get(id),
		day: date => days.get(date),
		list: kind => dataset[kind],
		ids,
		facet: kind => {
			let values = facets.get(kind);
			if (!values) facets.set(kind, (values = facetOf(kind, facetSource, (k, id) => behind.numbers(k, id).length)));
			return values;
		},
		// A facet lists every value of its kind.
		facetSize: kind => dataset[kind].length,
		sentencesFor,
		filter: filters => {
			const result = combineFilters(filters, matchers);
			return result ? idsOf(Uint32Array.from(result).sort()) : idsOf(located.keys());
		},
		search: (q, options = {}) => runSearch(index(), q, {type: options.type, limit: options.limit ?? 50}),
		searchReady: () => searchIndex !== undefined,
		prepareSearch: () =>
			(building ??= searchIndex
				? Promise.resolve()
				: buildSearchIndexInSlices(dataset).then(built => {
						searchIndex ??= built;
					})),
		searchSession: options => createSearchSession(index(), options),
		comparisonInputs: eventId =>
			comparisonInputsOf(eventId, {
				event: id => events.get(id),
				article: id => articles.get(id),
				actor: id => actors.get(id),
				articleOrder: id => articleNumber.get(id),
			}),
		suggest: (kind, id) => nearestId(ids(kind), id),
	};
	return query;
}
