// Search over a dataset directory. Indexing every sentence at load is what a
// 100k-article corpus cannot afford (it means reading 3 GB of articles), so
// only the records meta.json holds are indexed: actors (names, aliases, role
// titles), events, sources and article titles. Sentences come through the
// actors a query finds: the postings of a strong actor match are its
// sentences in reading order, and only the screenful shown is read from disk.
// Before those come the sentences that contain the query as they spell an
// actor: ingest keeps each distinct spelling's sentences (meta.spellings), so
// a rare variant (ستولتنبيرغ) finds exactly the sentences that write it so.
// Known limit: a sentence that matches by its own words alone (a phrase that
// names no actor) is not found in a directory dataset.
import type {DirectoryDataset} from '../dataset/directory/open.js';
import type {SearchHit, SearchKind} from '../query/types.js';
import {entityRecords, SEARCH_KINDS} from './records.js';
import {createSearchSession, runSearch, type SearchIndex, type SearchOptions, type SearchSession} from './search.js';
import {searchQuery} from './normalise-text.js';
import {buildTextIndex, containing, type TextIndex} from './text-index.js';

/** Same thresholds as the in-memory search's actor → sentence link. */
const ACTOR_LINK_MIN = 0.55;
const LINK_BASE = 0.5;
const LINK_SPREAD = 0.2;
const DEFAULT_SENTENCES = 50;

export type DirectorySearchIndex = {entities: SearchIndex; spellings: TextIndex};

export function buildDirectoryIndex(dir: DirectoryDataset): DirectorySearchIndex {
	const records = entityRecords(dir.dataset);
	const kinds = {} as Record<SearchKind, TextIndex>;
	for (const k of SEARCH_KINDS) kinds[k] = buildTextIndex(k === 'sentence' ? [] : records[k]);
	const spellings = buildTextIndex((dir.meta.spellings ?? []).map((sp, i) => ({kind: 'sentence' as const, id: String(i), label: sp.actor, fields: [sp.text]})));
	return {entities: {kinds, actorSentences: new Map()}, spellings};
}

/** A sentence by global number, or undefined. */
function sentenceAt(dir: DirectoryDataset, g: number) {
	const id = dir.sentenceId(g);
	const cut = id.lastIndexOf(':');
	return dir.loadArticle(dir.articleNumber.get(id.slice(0, cut))!).sentences[Number(id.slice(cut + 1))];
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

function merge(entityHits: SearchHit[], sentences: SearchHit[], options: SearchOptions): SearchHit[] {
	const wanted = options.type ? entityHits.filter(h => h.kind === options.type) : entityHits;
	const all = [...wanted, ...(options.type && options.type !== 'sentence' ? [] : sentences)];
	all.sort((a, b) => b.score - a.score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
	return options.limit === undefined ? all : all.slice(0, options.limit);
}

const sentenceCap = (options: SearchOptions) => Math.min(options.perKind ?? DEFAULT_SENTENCES, options.limit ?? DEFAULT_SENTENCES);

/** Direct spelling matches first, then the strong actors' other sentences, `cap` in all. */
function sentencesFor(dir: DirectoryDataset, index: DirectorySearchIndex, query: string, hits: SearchHit[], cap: number): SearchHit[] {
	const seen = new Set<number>();
	const spelled = spelledSentences(dir, index, query, cap, seen);
	return [...spelled, ...linkedSentences(dir, hits, cap - spelled.length, seen)];
}

/** One search (CLI, filters): entity records ranked, sentences linked through actors. */
export function searchDirectory(dir: DirectoryDataset, index: DirectorySearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
	// Sentences need the actor ranking even when only sentences are asked for.
	const type = options.type === 'sentence' ? 'actor' : options.type;
	const hits = runSearch(index.entities, query, {...options, type, limit: undefined});
	const needSentences = !options.type || options.type === 'sentence';
	return merge(hits, needSentences ? sentencesFor(dir, index, query, hits, sentenceCap(options)) : [], options);
}

/** Search as you type over a directory dataset: the entity session narrows per keystroke, sentences follow the actors. */
export function createDirectorySession(dir: DirectoryDataset, index: DirectorySearchIndex, options: SearchOptions = {}): SearchSession {
	const type = options.type === 'sentence' ? 'actor' : options.type;
	const inner = createSearchSession(index.entities, {...options, type, limit: undefined});
	const needSentences = !options.type || options.type === 'sentence';
	return {
		update(query) {
			const hits = inner.update(query);
			return merge(hits, needSentences ? sentencesFor(dir, index, query, hits, sentenceCap(options)) : [], options);
		},
		get lastDirectCounts() {
			return inner.lastDirectCounts;
		},
		reset: () => inner.reset(),
	};
}
