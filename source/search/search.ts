// Search over a dataset: one n-gram index per kind, candidates from the index,
// ranking of those candidates only. Sentences also come back through the
// actors they mention, so any spelling of a person finds every sentence about
// them (ستولتنبرج finds the sentences that say ستولتنبرغ), ranked below
// sentences that contain the typed text itself.
import type {Dataset} from '../dataset/schema.js';
import type {SearchHit, SearchKind} from '../query/types.js';
import {searchQuery} from './normalise-text.js';
import {rankKind, spansOf, type Scored} from './rank.js';
import {recordsFromDataset, SEARCH_KINDS} from './records.js';
import {buildTextIndex, containing, recordContains, textIndexSize, type TextIndex} from './text-index.js';

export type SearchIndex = {
	kinds: Record<SearchKind, TextIndex>;
	/** Actor id → sentence records mentioning the actor, with the mention spans. */
	actorSentences: Map<string, Array<{doc: number; spans: Array<[number, number]>}>>;
};

export type SearchOptions = {
	type?: SearchKind;
	/** Most hits in all. */
	limit?: number;
	/** Most hits of each kind (the explorer groups results by kind, so sentences must not crowd out actors). */
	perKind?: number;
};

/** An actor this strong or better lends its sentences to a sentence search. */
const ACTOR_LINK_MIN = 0.55;
/** Linked sentences score 0.5–0.7: below every direct text match (≥ 0.75). */
const LINK_BASE = 0.5;
const LINK_SPREAD = 0.2;

export function buildSearchIndex(dataset: Dataset): SearchIndex {
	const records = recordsFromDataset(dataset);
	const kinds = Object.fromEntries(SEARCH_KINDS.map(k => [k, buildTextIndex(records[k])])) as Record<SearchKind, TextIndex>;
	const actorSentences: SearchIndex['actorSentences'] = new Map();
	records.sentence.forEach((r, doc) => {
		const byActor = new Map<string, Array<[number, number]>>();
		for (const m of r.actors ?? []) {
			const spans = byActor.get(m.id) ?? [];
			spans.push([m.start, m.end]);
			byActor.set(m.id, spans);
		}
		for (const [id, spans] of byActor) {
			const list = actorSentences.get(id) ?? [];
			list.push({doc, spans});
			actorSentences.set(id, list);
		}
	});
	return {kinds, actorSentences};
}

export function searchIndexSize(index: SearchIndex): Record<SearchKind, ReturnType<typeof textIndexSize>> {
	return Object.fromEntries(SEARCH_KINDS.map(k => [k, textIndexSize(index.kinds[k])])) as Record<SearchKind, ReturnType<typeof textIndexSize>>;
}

/** Per-kind records known to contain the query; sessions narrow these as the query grows. */
export type DirectSets = Partial<Record<SearchKind, number[]>>;

function linkActorSentences(index: SearchIndex, actors: Scored[], sentences: Scored[]): Scored[] {
	const best = actors[0]?.score ?? 0;
	const strong = actors.filter(a => a.score >= ACTOR_LINK_MIN && a.score >= best - 0.1);
	if (strong.length === 0) return sentences;
	const byDoc = new Map(sentences.map(s => [s.doc, s]));
	for (const a of strong) {
		const id = index.kinds.actor.records[a.doc]!.id;
		for (const {doc, spans} of index.actorSentences.get(id) ?? []) {
			const score = LINK_BASE + LINK_SPREAD * a.score;
			const old = byDoc.get(doc);
			if (!old || old.score < score) byDoc.set(doc, {doc, score, field: 0, spans});
		}
	}
	return [...byDoc.values()].sort((x, y) => y.score - x.score || x.doc - y.doc);
}

function toHit(index: SearchIndex, kind: SearchKind, s: Scored): SearchHit {
	const ix = index.kinds[kind];
	const r = ix.records[s.doc]!;
	return {kind, id: r.id, label: r.label, text: r.fields[s.field]!, score: Math.round(s.score * 1000) / 1000, spans: spansOf(ix, s)};
}

/**
 * Ranked hits for a query, best first. `direct` lets a session pass the
 * records it already knows contain the query.
 */
export function runSearch(index: SearchIndex, query: string, options: SearchOptions = {}, direct: DirectSets = {}): SearchHit[] {
	const q = searchQuery(query);
	if (q.length < 2) return [];
	const kinds = options.type ? [options.type] : SEARCH_KINDS;
	const ranked: Array<{kind: SearchKind; s: Scored}> = [];
	const limit = options.limit ?? Number.POSITIVE_INFINITY;
	// Actors are few and always fully ranked: they decide which sentences are linked.
	const actorScores = kinds.includes('actor') || kinds.includes('sentence') ? rankKind(index.kinds.actor, q, {direct: direct.actor}) : [];
	for (const kind of kinds) {
		const kindLimit = Math.min(limit, options.perKind ?? Number.POSITIVE_INFINITY);
		let scored = kind === 'actor' ? actorScores : rankKind(index.kinds[kind], q, {direct: direct[kind], limit: kindLimit});
		if (kind === 'sentence') scored = linkActorSentences(index, actorScores, scored);
		for (const s of options.perKind ? scored.slice(0, options.perKind) : scored) ranked.push({kind, s});
	}
	ranked.sort((a, b) => b.s.score - a.s.score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || a.s.doc - b.s.doc);
	return ranked.slice(0, limit).map(({kind, s}) => toHit(index, kind, s));
}

/** Records containing the query, per kind (what a session narrows). */
export function directSets(index: SearchIndex, q: string, kinds: SearchKind[] = SEARCH_KINDS, previous?: {q: string; sets: DirectSets}): DirectSets {
	const out: DirectSets = {};
	// Containment only shrinks as a query grows: filter the last keystroke's set
	// instead of asking the index again.
	const grew = previous && previous.q.length >= 2 && q.startsWith(previous.q);
	for (const k of kinds) {
		const prev = grew ? previous.sets[k] : undefined;
		out[k] = prev ? prev.filter(d => recordContains(index.kinds[k], d, q)) : containing(index.kinds[k], q);
	}
	return out;
}

export type SearchSession = {
	/** Hits for the query as typed so far. */
	update(query: string): SearchHit[];
	/** How many records contained the last query, per kind (for benchmarks and status lines). */
	readonly lastDirectCounts: Partial<Record<SearchKind, number>>;
	reset(): void;
};

/** A search-as-you-type session: each keystroke narrows from the previous one's matches. */
export function createSearchSession(index: SearchIndex, options: SearchOptions = {}): SearchSession {
	let previous: {q: string; sets: DirectSets} | undefined;
	const kinds = options.type ? (options.type === 'sentence' ? (['actor', 'sentence'] as SearchKind[]) : [options.type]) : SEARCH_KINDS;
	return {
		update(query) {
			const q = searchQuery(query);
			if (q.length < 2) {
				previous = undefined;
				return [];
			}
			const sets = directSets(index, q, kinds, previous);
			previous = {q, sets};
			return runSearch(index, q, options, sets);
		},
		get lastDirectCounts() {
			return Object.fromEntries(Object.entries(previous?.sets ?? {}).map(([k, v]) => [k, v!.length]));
		},
		reset() {
			previous = undefined;
		},
	};
}

/** Hits grouped for display, in the order actors, events, sources, articles, sentences. */
export function groupHits(hits: SearchHit[]): Array<{kind: SearchKind; hits: SearchHit[]}> {
	return SEARCH_KINDS.map(kind => ({kind, hits: hits.filter(h => h.kind === kind)})).filter(g => g.hits.length > 0);
}
