// Search over a dataset directory. Indexing at load is what a 100k-article
// corpus cannot afford (it means reading 2 GB of articles), so ingest stores
// the index (stored-index.ts): sentences and event and article texts are
// matched from disk, and only actors and sources (a few hundred records) are
// indexed in memory, at the first search, in a few milliseconds.
// Sentences: direct text matches first (every sentence containing the query),
// then the sentences of the actors the query names strongly, in reading order
// (any spelling of a person finds them), read from disk a screenful at a time.
// A directory written before the stored index existed is searched as it was
// then: entities indexed at the first search, sentences only through actors.
import type {DirectoryDataset} from '../dataset/directory/open.js';
import type {SearchHit, SearchKind} from './types.js';
import {entityRecords, nameRecords, SEARCH_KINDS} from './records.js';
import {createSearchSession, linkScore, runSearch, strongMatches, type SearchIndex, type SearchOptions, type SearchSession} from './search.js';
import {rankKind} from './rank.js';
import {hasArabic} from '../arabic/normalise.js';
import {searchQuery} from './normalise-text.js';
import {buildTextIndex, containing, type TextIndex} from './text-index.js';
import {originalSpan} from '../arabic/normalise.js';
import {searchTextWithMap} from './normalise-text.js';
import {articleFields, eventFields, openStoredIndex, type StoredEntityKind, type StoredSearchIndex} from './stored-index.js';
import {matchEntities, matchSentences, type TextHit} from './stored-search.js';
import {displayTitleText} from '../dataset/display-title.js';

/** Same thresholds as the in-memory search's actor → sentence link. */
const ACTOR_LINK_MIN = 0.55;
const LINK_BASE = 0.5;
const LINK_SPREAD = 0.2;
const DEFAULT_SENTENCES = 50;

export type DirectorySearchIndex = {
	entities: SearchIndex;
	spellings: TextIndex;
	stored?: StoredSearchIndex;
	/** English names of places, organisations, agencies and events (records.ts nameRecords), which lead to sentences. */
	names: TextIndex;
};

export function buildDirectoryIndex(dir: DirectoryDataset): DirectorySearchIndex {
	const stored = openStoredIndex(dir.dir, dir.verify);
	// With a stored index only actors and sources are indexed here; events and articles are read from it
	// (making their records would read the event list and 100k article heads).
	const records = entityRecords({actors: dir.actors, sources: dir.sources, events: stored ? [] : dir.events(), articles: stored ? [] : dir.articles()});
	const kinds = {} as Record<SearchKind, TextIndex>;
	for (const k of SEARCH_KINDS) kinds[k] = buildTextIndex(k === 'sentence' ? [] : records[k]);
	const spellings = buildTextIndex(
		stored ? [] : (dir.meta.spellings ?? []).map((sp, i) => ({kind: 'sentence' as const, id: String(i), label: sp.actor, fields: [sp.text]})),
	);
	// Events by name from meta.json's list (the label is there), not the event records.
	const names = buildTextIndex(nameRecords({places: dir.places, organizations: dir.organizations, sources: dir.sources, events: dir.meta.events}));
	return {entities: {kinds, actorSentences: new Map()}, spellings, stored, names};
}

/** Every occurrence of normalised q in an original text, in original offsets. */
function occurrences(original: string, q: string): Array<[number, number]> {
	const {text, map} = searchTextWithMap(original);
	const out: Array<[number, number]> = [];
	for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) out.push(originalSpan(map, at, at + q.length));
	return out;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * A direct sentence hit whose text is read when first looked at: a session
 * returns a hundred, the screen shows a dozen.
 */
function lazySentenceHit(dir: DirectoryDataset, h: TextHit, q: string): SearchHit {
	let sentence: {id: string; text: string} | undefined;
	let spans: Array<[number, number]> | undefined;
	const get = () => (sentence ??= sentenceAt(dir, h.doc) ?? {id: dir.sentenceId(h.doc), text: ''});
	// Keys in the order of every other hit (kind, id, label, text, score, spans), for identical JSON output.
	const lazyField = (get: () => unknown) => ({get, enumerable: true, configurable: true});
	return Object.defineProperties({kind: 'sentence', id: dir.sentenceId(h.doc)} as SearchHit, {
		label: lazyField(() => get().text),
		text: lazyField(() => get().text),
		score: {value: round(h.score), enumerable: true, writable: true, configurable: true},
		spans: lazyField(() => (spans ??= occurrences(get().text, q))),
	});
}

/** Sentences containing the query, from the stored word index: at most `cap`, or all of them without one. */
export function directSentences(dir: DirectoryDataset, stored: StoredSearchIndex, query: string, cap: number | undefined, seen: Set<number>): SearchHit[] {
	const q = searchQuery(query);
	const hits = matchSentences(stored.sentences, q, cap);
	for (const h of hits) seen.add(h.doc);
	return hits.map(h => lazySentenceHit(dir, h, q));
}

/** Original fields of event or article i, as the stored lines hold them normalised. */
function storedFields(dir: DirectoryDataset, kind: StoredEntityKind, i: number): {id: string; label: string; fields: string[]} {
	if (kind === 'event') {
		const e = dir.meta.events[i]!;
		return {id: e.id, label: e.label, fields: eventFields(e)};
	}
	const a = dir.article(i);
	return {id: a.id, label: displayTitleText(a), fields: articleFields(a)};
}

const STORED_KINDS: StoredEntityKind[] = ['event', 'article'];

/** Event and article hits from the stored index. */
function storedEntityHits(
	dir: DirectoryDataset,
	stored: StoredSearchIndex,
	q: string,
	options: SearchOptions,
): {hits: SearchHit[]; counts: Partial<Record<StoredEntityKind, number>>} {
	const kinds = options.type ? STORED_KINDS.filter(k => k === options.type) : STORED_KINDS;
	const limit = Math.min(options.perKind ?? Number.POSITIVE_INFINITY, options.limit ?? Number.POSITIVE_INFINITY);
	const hits: SearchHit[] = [];
	const counts: Partial<Record<StoredEntityKind, number>> = {};
	for (const kind of kinds) {
		const found = matchEntities(kind === 'event' ? stored.events : stored.articles, q, limit);
		counts[kind] = found.length;
		for (const h of found) {
			const r = storedFields(dir, kind, h.doc);
			const text = r.fields[h.field] ?? r.label;
			hits.push({kind, id: r.id, label: r.label, text, score: round(h.score), spans: occurrences(text, q)});
		}
	}
	return {hits, counts};
}

/** A sentence by global number, or undefined. */
function sentenceAt(dir: DirectoryDataset, g: number) {
	const id = dir.sentenceId(g);
	const cut = id.lastIndexOf(':');
	return dir.loadArticle(dir.numberOfArticle(id.slice(0, cut))!).sentences[Number(id.slice(cut + 1))];
}

/** Sentences that write an actor's name in a spelling containing the query: direct text matches. */
export function spelledSentences(dir: DirectoryDataset, index: DirectorySearchIndex, query: string, cap: number, seen: Set<number>): SearchHit[] {
	const q = searchQuery(query);
	if (q.length < 2) return [];
	const spellings = dir.meta.spellings ?? [];
	// The closer the spelling is to the query, the better the match (all of them contain it).
	const docs = containing(index.spellings, q)
		.map(doc => ({doc, closeness: q.length / Math.max(q.length, index.spellings.norms[doc]![0]!.length)}))
		.sort((a, b) => b.closeness - a.closeness || a.doc - b.doc);
	const out: SearchHit[] = [];
	for (const {doc, closeness} of docs) {
		const sp = spellings[doc]!;
		const score = Math.round((0.75 + 0.2 * closeness) * 1000) / 1000;
		for (const g of dir.spelling(doc)) {
			if (out.length >= cap) return out;
			if (seen.has(g)) continue;
			seen.add(g);
			const s = sentenceAt(dir, g);
			if (!s) continue;
			const spans = s.actors.filter(r => r.id === sp.actor && r.text === sp.text).map(r => [r.start, r.end] as [number, number]);
			out.push({kind: 'sentence', id: s.id, label: s.text, text: s.text, score, spans});
		}
	}
	return out;
}

/** Sentence hits of the strong actor matches among `hits`, at most `cap`, best actor first then reading order. */
export function linkedSentences(dir: DirectoryDataset, hits: SearchHit[], cap: number, seen = new Set<number>()): SearchHit[] {
	const actors = hits.filter(h => h.kind === 'actor');
	const best = actors[0]?.score ?? 0;
	const strong = actors.filter(a => a.score >= ACTOR_LINK_MIN && a.score >= best - 0.1);
	const out: SearchHit[] = [];
	for (const a of strong) {
		const score = Math.round((LINK_BASE + LINK_SPREAD * a.score) * 1000) / 1000;
		for (const g of dir.behind('actors', a.id)) {
			if (out.length >= cap) return out;
			if (seen.has(g)) continue;
			seen.add(g);
			const s = sentenceAt(dir, g);
			if (!s) continue;
			const spans: Array<[number, number]> = s.actors.filter(r => r.id === a.id).map(r => [r.start, r.end]);
			if (spans.length === 0 && s.attribution?.speaker?.id === a.id) spans.push([s.attribution.start, s.attribution.end]);
			out.push({kind: 'sentence', id: s.id, label: s.text, text: s.text, score, spans});
		}
	}
	return out;
}

/** Sentence numbers that write one of an entity's Arabic names, in reading order (the stored index has no postings for places and bodies). */
function writtenIn(stored: StoredSearchIndex, forms: string[], cap: number): number[] {
	const out = new Set<number>();
	for (const form of forms) {
		const q = searchQuery(form);
		if (q.length < 2) continue;
		for (const h of matchSentences(stored.sentences, q, cap)) out.add(h.doc);
	}
	return [...out].sort((a, b) => a - b);
}

/**
 * Sentences of the places, organisations, agencies and events whose English
 * names the query names (strongly, as for actors): agencies and events
 * through their postings, places and bodies through their Arabic names in
 * the stored word index. At most `cap`, best name first, then reading order.
 */
export function namedSentences(dir: DirectoryDataset, index: DirectorySearchIndex, query: string, cap: number, seen = new Set<number>()): SearchHit[] {
	const q = searchQuery(query);
	if (q.length < 2 || cap <= 0) return [];
	const out: SearchHit[] = [];
	for (const n of strongMatches(rankKind(index.names, q))) {
		const key = index.names.records[n.doc]!.id;
		const cut = key.indexOf(':');
		const kind = key.slice(0, cut);
		const id = key.slice(cut + 1);
		const score = round(linkScore(key, n.score));
		let numbers: Iterable<number> = [];
		let forms: string[] = [];
		if (kind === 'source') numbers = dir.behind('sources', id);
		else if (kind === 'event') numbers = dir.behind('events', id);
		else {
			const entity = (kind === 'place' ? dir.places : dir.organizations).find(e => e.id === id);
			forms = entity ? [entity.nameAr, ...entity.aliases].filter(hasArabic) : [];
			if (index.stored) numbers = writtenIn(index.stored, forms, cap);
		}
		for (const g of numbers) {
			if (out.length >= cap) return out;
			if (seen.has(g)) continue;
			seen.add(g);
			const s = sentenceAt(dir, g);
			if (!s) continue;
			const refs = kind === 'source' ? s.citedSources : kind === 'place' ? s.places : kind === 'org' ? s.organizations : [];
			const spans: Array<[number, number]> = refs.filter(r => r.id === id).map(r => [r.start, r.end]);
			if (spans.length === 0) for (const form of forms) spans.push(...occurrences(s.text, searchQuery(form)));
			out.push({kind: 'sentence', id: s.id, label: s.text, text: s.text, score, spans});
		}
	}
	return out;
}

function merge(entityHits: SearchHit[], sentences: SearchHit[], options: SearchOptions): SearchHit[] {
	const wanted = options.type ? entityHits.filter(h => h.kind === options.type) : entityHits;
	const all = [...wanted, ...(options.type && options.type !== 'sentence' ? [] : sentences)];
	all.sort((a, b) => b.score - a.score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
	return options.limit === undefined ? all : all.slice(0, options.limit);
}

const sentenceCap = (options: SearchOptions) => Math.min(options.perKind ?? DEFAULT_SENTENCES, options.limit ?? DEFAULT_SENTENCES);

/** Direct text matches (or, without a stored index, direct spelling matches) first, then the strong actors' other sentences, `cap` in all. */
function sentencesFor(dir: DirectoryDataset, index: DirectorySearchIndex, query: string, hits: SearchHit[], cap: number): SearchHit[] {
	const seen = new Set<number>();
	const direct = index.stored ? directSentences(dir, index.stored, query, cap, seen) : spelledSentences(dir, index, query, cap, seen);
	const linked = linkedSentences(dir, hits, cap - direct.length, seen);
	return [...direct, ...linked, ...namedSentences(dir, index, query, cap - direct.length - linked.length, seen)];
}

/** The in-memory part's options: sentences need the actor ranking; stored kinds are not in memory. */
function innerOptions(_index: DirectorySearchIndex, options: SearchOptions): SearchOptions {
	const type = options.type === 'sentence' ? 'actor' : options.type;
	return {...options, type, limit: undefined};
}

const wantsInner = (index: DirectorySearchIndex, options: SearchOptions) =>
	!(index.stored && options.type && (STORED_KINDS as string[]).includes(options.type));

/** One search (CLI, filters): entity records ranked, sentences matched and linked through actors. */
export function searchDirectory(dir: DirectoryDataset, index: DirectorySearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
	const hits = wantsInner(index, options) ? runSearch(index.entities, query, innerOptions(index, options)) : [];
	const stored = index.stored ? storedEntityHits(dir, index.stored, searchQuery(query), options).hits : [];
	const needSentences = !options.type || options.type === 'sentence';
	return merge([...hits, ...stored], needSentences ? sentencesFor(dir, index, query, hits, sentenceCap(options)) : [], options);
}

/** Search as you type over a directory dataset: the entity session narrows per keystroke, sentences follow the actors. */
export function createDirectorySession(dir: DirectoryDataset, index: DirectorySearchIndex, options: SearchOptions = {}): SearchSession {
	const inner = createSearchSession(index.entities, innerOptions(index, options));
	const useInner = wantsInner(index, options);
	const needSentences = !options.type || options.type === 'sentence';
	let counts: Partial<Record<StoredEntityKind, number>> = {};
	return {
		update(query) {
			const hits = useInner ? inner.update(query) : [];
			let stored: SearchHit[] = [];
			if (index.stored) {
				const found = storedEntityHits(dir, index.stored, searchQuery(query), options);
				counts = found.counts;
				stored = found.hits;
			}
			return merge([...hits, ...stored], needSentences ? sentencesFor(dir, index, query, hits, sentenceCap(options)) : [], options);
		},
		get lastDirectCounts() {
			return {...inner.lastDirectCounts, ...counts};
		},
		reset: () => {
			inner.reset();
			counts = {};
		},
	};
}
