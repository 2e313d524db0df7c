// The Query over a dataset directory. Lookups and facets come from meta.json,
// "sentences behind a value" from postings.bin (written by the same builder
// and counts as a JSON dataset's records, dataset/build), and sentences from
// their article's line, read when asked for. Nothing here walks every sentence
// at load; only filter() without any filter (every sentence) and ids('sentences')
// are proportional to the corpus.
import type {Article} from '../dataset/schema.js';
import type {DirectoryDataset} from '../dataset/directory/open.js';
import {buildDirectoryIndex, createDirectorySession, searchDirectory, type DirectorySearchIndex} from '../search/directory.js';
import {comparisonInputsOf} from './compare-inputs.js';
import {facetOf} from './facets.js';
import {combineFilters} from './combine.js';
import {nearestId} from './suggest.js';
import {englishCache} from '../english/english.js';
import {bundledUnitGloss, bundledVerbGloss} from '../english/glosses.js';
import {byId} from '../util/by-id.js';
import type {FacetKind, FacetValue, Filters, ListKind, Query} from './types.js';

export function buildDirectoryQuery(dir: DirectoryDataset): Query {
	const {meta} = dir;
	// Article records and events are made when first asked for (not before the first frame).
	const articleById = (id: string) => {
		const n = dir.numberOfArticle(id);
		return n === undefined ? undefined : dir.article(n);
	};
	const actors = byId(dir.actors);
	const organizations = byId(dir.organizations);
	const places = byId(dir.places);
	const sources = byId(dir.sources);
	const days = new Map(dir.days.map(d => [d.date, d]));
	const readCount = new Map(meta.days.map(d => [d.date, d.readCount]));

	const facets = new Map<FacetKind, FacetValue[]>();
	// Every publication date is a day, so the last day is the reference date.
	const lastDay = meta.days.reduce<string | null>((a, d) => (a === null || d.date > a ? d.date : a), null);
	// One kind's list at a time: the first frame shows one, and events at 100k are 20k records read apart.
	const facetSource = {
		days: () => dir.days,
		actors: () => dir.actors,
		sources: () => dir.sources,
		events: () => dir.events(),
		dayArticles: (date: string) => readCount.get(date) ?? 0,
		referenceDate: () => lastDay,
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
		article: v => {
			const n = dir.numberOfArticle(v);
			return n === undefined ? [] : articleNumbers(n);
		},
		query: v => searchDirectory(dir, index(), v, {type: 'sentence', limit: 1000}).map(h => dir.sentenceNumber(h.id)!),
		ids: v => {
			const g = dir.sentenceNumber(v);
			if (g !== undefined) return [g];
			const n = dir.numberOfArticle(v);
			if (n !== undefined) return articleNumbers(n);
			return dir.event(v) ? dir.behind('events', v) : [];
		},
	};

	const ids = (kind: ListKind | 'sentences'): string[] => {
		switch (kind) {
			case 'articles':
				return dir.heads.field('id') as string[];
			// Sentence ids from the heads alone: article id and index, without reading a line.
			case 'sentences':
				return (dir.heads.field('id') as string[]).flatMap((id, n) => Array.from({length: dir.heads.sentenceCount(n)}, (_, i) => `${id}:${i}`));
			case 'events':
				return meta.events.map(e => e.id);
			case 'days':
				return meta.days.map(d => d.date);
			default:
				return meta[kind].map(x => x.id);
		}
	};

	// The gist looks up actors' roles and events' labels; a sentence is looked up through the query itself.
	const english = englishCache({actor: id => actors.get(id), event: id => dir.eventHead(id), verbGloss: bundledVerbGloss, unitGloss: bundledUnitGloss}, id =>
		query.sentence(id),
	);
	const query: Query = {
		article: articleById,
		sentence: id => {
			const cut = id.lastIndexOf(':');
			const article: Article | undefined = cut > 0 ? articleById(id.slice(0, cut)) : undefined;
			const sentence = article && /^\d+$/.test(id.slice(cut + 1)) ? article.sentences[Number(id.slice(cut + 1))] : undefined;
			return article && sentence ? {sentence, article} : undefined;
		},
		english,
		verbGloss: bundledVerbGloss,
		actor: id => actors.get(id),
		organization: id => organizations.get(id),
		place: id => places.get(id),
		source: id => sources.get(id),
		event: id => dir.event(id),
		eventHead: id => dir.eventHead(id),
		day: date => days.get(date),
		list: kind => (kind === 'articles' ? dir.articles() : kind === 'events' ? dir.events() : dir[kind]),
		ids,
		// Without the event list (20k records at 100k, read apart from meta.json).
		facetSize: kind => (kind === 'events' ? dir.eventCount() : meta[kind].length),
		facet: kind => {
			let values = facets.get(kind);
			if (!values) facets.set(kind, (values = facetOf(kind, facetSource, (k, id) => dir.behindCount(k, id))));
			return values;
		},
		sentencesFor: (kind, id) => Array.from(dir.behind(kind, id), dir.sentenceId),
		filter: filters => {
			const result = combineFilters(filters, matchers);
			const numbers = result ? Uint32Array.from(result).sort() : Uint32Array.from({length: meta.sentences}, (_, g) => g);
			return Array.from(numbers, dir.sentenceId);
		},
		search: (q, options = {}) => searchDirectory(dir, index(), q, {type: options.type, limit: options.limit ?? 50}),
		// The search index is stored: a session opens it (and indexes the few actors and sources) on first use.
		searchReady: () => true,
		prepareSearch: () => Promise.resolve(),
		searchSession: options => createDirectorySession(dir, index(), options),
		comparisonInputs: eventId =>
			comparisonInputsOf(eventId, {event: dir.event, article: articleById, actor: id => actors.get(id), articleOrder: id => dir.numberOfArticle(id)}),
		suggest: (kind, id) => nearestId(ids(kind), id),
	};
	return query;
}
