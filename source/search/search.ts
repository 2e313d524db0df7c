// Search over a dataset: one n-gram index per kind, candidates from the index,
// ranking of those candidates only. Sentences also come back through the
// actors they mention, so any spelling of a person finds every sentence about
// them (ستولتنبرج finds the sentences that say ستولتنبرغ), ranked below
// sentences that contain the typed text itself.
import type {Dataset} from '../dataset/schema.js';
import type {SearchHit, SearchKind} from './types.js';
import {searchQuery} from './normalise-text.js';
import {rankKind, spansOf, type Scored} from './rank.js';
import {entityRecords, nameRecords, SEARCH_KINDS, sentenceRecordSteps} from './records.js';
import {
	candidateSource,
	runSteps,
	textIndexSteps,
	recordContains,
	walkSource,
	type CandidateSource,
	type MentionSpan,
	type SearchRecord,
	type TextIndex,
} from './text-index.js';

export type Linked = Map<string, Array<{doc: number; spans: Array<[number, number]>}>>;

export type SearchIndex = {
	kinds: Record<SearchKind, TextIndex>;
	/** Actor id → sentence records mentioning the actor, with the mention spans. */
	actorSentences: Linked;
	/** English names of places, organisations, agencies and events (records.ts nameRecords): never hits themselves, they lead to sentences. */
	names?: TextIndex;
	/** Name key (`place:geneva`) → sentence records naming it, with the spans. */
	nameSentences?: Linked;
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
/**
 * Sentences linked to an event the query names score below those naming a
 * place, body or agency it names: an event's sentences need not say its name.
 */
const EVENT_LINK_BASE = 0.45;

/** Mention spans of records, grouped by the id mentioned. */
function* linkedBy(records: SearchRecord[], mentions: (r: SearchRecord) => MentionSpan[] | undefined): Generator<void, Linked> {
	const out: Linked = new Map();
	for (let doc = 0; doc < records.length; doc++) {
		if (doc > 0 && doc % SENTENCES_PER_STEP === 0) yield;
		const byId = new Map<string, Array<[number, number]>>();
		for (const m of mentions(records[doc]!) ?? []) {
			const spans = byId.get(m.id) ?? [];
			if (m.end > m.start) spans.push([m.start, m.end]);
			byId.set(m.id, spans);
		}
		for (const [id, spans] of byId) {
			const list = out.get(id) ?? [];
			list.push({doc, spans});
			out.set(id, list);
		}
	}
	return out;
}

export function buildSearchIndex(dataset: Dataset): SearchIndex {
	return runSteps(searchIndexSteps(dataset));
}

/**
 * The index built in slices between other work (the explorer's keys and
 * frames): each slice runs for about `sliceMs`, then yields to the event loop.
 */
export function buildSearchIndexInSlices(
	dataset: Dataset,
	options: {sliceMs?: number; onProgress?: (done: number, total: number) => void} = {},
): Promise<SearchIndex> {
	const steps = searchIndexSteps(dataset);
	const sliceMs = options.sliceMs ?? 4;
	return new Promise((resolve, reject) => {
		const slice = () => {
			try {
				const until = performance.now() + sliceMs;
				for (;;) {
					const r = steps.next();
					if (r.done) return resolve(r.value);
					if (performance.now() >= until) break;
				}
				setImmediate(slice);
			} catch (error) {
				reject(error);
			}
		};
		setImmediate(slice);
	});
}

/** Sentences turned into records, or linked to their actors, between two yields of a sliced build (about a millisecond). */
const SENTENCES_PER_STEP = 1000;

function* searchIndexSteps(dataset: Dataset): Generator<void, SearchIndex> {
	const records = {...entityRecords(dataset), sentence: yield* sentenceRecordSteps(dataset, SENTENCES_PER_STEP)};
	yield;
	// Sentences are numbered shortest first: postings then list them in that
	// order, so a short query's first candidates are those its text covers most
	// (the better direct scores), and the first screenful is found without
	// walking the rest. Ties keep reading order.
	records.sentence = staticOrder(records.sentence);
	const kinds = {} as Record<SearchKind, TextIndex>;
	for (const k of SEARCH_KINDS) kinds[k] = yield* textIndexSteps(records[k]);
	const actorSentences = yield* linkedBy(records.sentence, r => r.actors);
	const nameSentences = yield* linkedBy(records.sentence, r => r.names);
	const names = yield* textIndexSteps(nameRecords(dataset));
	return {kinds, actorSentences, names, nameSentences};
}

function staticOrder(records: SearchRecord[]): SearchRecord[] {
	// One sortable number per record (length, then position): a typed-array sort, no comparator calls.
	const keys = new Float64Array(records.length);
	for (const [i, r] of records.entries()) keys[i] = (r.fields[0]?.length ?? 0) * 2 ** 24 + i;
	keys.sort();
	return Array.from(keys, k => records[k % 2 ** 24]!);
}

/** Per-kind records known to contain the query; sessions narrow these as the query grows. */
export type DirectSets = Partial<Record<SearchKind, number[]>>;

/** The matches strong enough to lend their sentences: at least ACTOR_LINK_MIN and close to the best. */
export function strongMatches<T extends {score: number}>(matches: T[]): T[] {
	const best = matches.reduce((m, a) => Math.max(m, a.score), 0);
	return matches.filter(a => a.score >= ACTOR_LINK_MIN && a.score >= best - 0.1);
}

/** The score a sentence gets from the name (actor, place, body, agency, event) that led to it. */
export function linkScore(key: string, score: number): number {
	return (key.startsWith('event:') ? EVENT_LINK_BASE : LINK_BASE) + LINK_SPREAD * score;
}

/** Sentences of the actors the query names strongly, and of the places, bodies, agencies and events whose English names it names. */
function linkSentences(index: SearchIndex, q: string, actors: Scored[], sentences: Scored[], limit = Number.POSITIVE_INFINITY): Scored[] {
	const links: Array<{key: string; score: number; list: Linked}> = strongMatches(actors).map(a => ({
		key: index.kinds.actor.records[a.doc]!.id,
		score: a.score,
		list: index.actorSentences,
	}));
	if (index.names && index.nameSentences) {
		for (const n of strongMatches(rankKind(index.names, q))) links.push({key: index.names.records[n.doc]!.id, score: n.score, list: index.nameSentences});
	}
	if (links.length === 0) return sentences;
	const byDoc = new Map(sentences.map(s => [s.doc, s]));
	for (const {key, score: matched, list} of links) {
		const score = linkScore(key, matched);
		// An actor's sentences all get one score and are listed in doc order, so
		// the first `limit` it lends are the only ones of it that can be shown:
		// a famous actor's thousands of sentences cost nothing per keystroke.
		let lent = 0;
		for (const {doc, spans} of list.get(key) ?? []) {
			if (lent >= limit) break;
			const old = byDoc.get(doc);
			if (!old || old.score < score) {
				byDoc.set(doc, {doc, score, field: 0, spans});
				lent++;
			}
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
		if (kind === 'sentence') scored = linkSentences(index, q, actorScores, scored, kindLimit);
		for (const s of options.perKind ? scored.slice(0, options.perKind) : scored) ranked.push({kind, s});
	}
	ranked.sort((a, b) => b.s.score - a.s.score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || a.s.doc - b.s.doc);
	return ranked.slice(0, limit).map(({kind, s}) => toHit(index, kind, s));
}

/**
 * What a session knows of one kind's matches: all of them, or (when there are
 * too many to list on a keystroke) the postings they are drawn from. Either
 * way every record containing the query is reachable; a listed set is only
 * made once it is cheap.
 */
type KindMatches = {docs: number[]} | {src: CandidateSource};

/** A candidate source is listed in full when its shortest posting is at most this long. */
const LIST_AT_MOST = 4_000;
/** A kind still to be listed ranks this many of its first matches per hit shown. */
const FIRST_PER_HIT = 3;

function matchesFor(ix: TextIndex, q: string, prev: KindMatches | undefined): KindMatches {
	const src = candidateSource(ix, q);
	if (!src) return {docs: []};
	if (prev && 'docs' in prev && prev.docs.length <= src.lists[0]!.length) return {docs: prev.docs.filter(d => recordContains(ix, d, q))};
	if (src.lists[0]!.length <= LIST_AT_MOST) return {docs: walkSource(ix, src)};
	return {src};
}

export type KindTotal = {count: number; exact: boolean; listed: boolean};

function countOf(m: KindMatches): KindTotal {
	if ('docs' in m) return {count: m.docs.length, exact: true, listed: true};
	if (m.src.exact && m.src.lists.length === 1) return {count: m.src.lists[0]!.length, exact: true, listed: false};
	return {count: m.src.lists[0]!.length, exact: false, listed: false};
}

export type SearchSession = {
	/** Hits for the query as typed so far. */
	update(query: string): SearchHit[];
	/** How many records contained the last query, per kind (exact; counting a broad query costs a pass over its postings). */
	readonly lastDirectCounts: Partial<Record<SearchKind, number>>;
	/**
	 * How many records contained the last query, per kind, without listing them:
	 * `exact: false` means `count` is an upper bound (the shortest posting);
	 * `listed: false` that only the first screenful was drawn and ranked.
	 */
	lastTotals?(): Partial<Record<SearchKind, KindTotal>>;
	reset(): void;
};

/**
 * A search-as-you-type session. Each keystroke narrows from the previous one's
 * matches; while a query is so short that its matches are a large part of the
 * corpus, they are not listed: the first screenful is drawn from the postings
 * in their static order (shortest sentences first) and ranked, and the set is
 * listed once a longer query makes it cheap.
 */
export function createSearchSession(index: SearchIndex, options: SearchOptions = {}): SearchSession {
	let previous: {q: string; matches: Partial<Record<SearchKind, KindMatches>>} | undefined;
	const kinds = options.type ? (options.type === 'sentence' ? (['actor', 'sentence'] as SearchKind[]) : [options.type]) : SEARCH_KINDS;
	const shown = Math.min(options.limit ?? Number.POSITIVE_INFINITY, options.perKind ?? Number.POSITIVE_INFINITY);
	return {
		update(query) {
			const q = searchQuery(query);
			if (q.length < 2) {
				previous = undefined;
				return [];
			}
			const grew = previous && q.startsWith(previous.q);
			const matches: Partial<Record<SearchKind, KindMatches>> = {};
			const sets: DirectSets = {};
			for (const k of kinds) {
				const ix = index.kinds[k];
				const m = matchesFor(ix, q, grew ? previous!.matches[k] : undefined);
				matches[k] = m;
				// Without a display limit every match is ranked, so they are listed.
				sets[k] = 'docs' in m ? m.docs : Number.isFinite(shown) ? walkSource(ix, m.src, shown * FIRST_PER_HIT) : walkSource(ix, m.src);
			}
			previous = {q, matches};
			return runSearch(index, q, options, sets);
		},
		get lastDirectCounts() {
			const out: Partial<Record<SearchKind, number>> = {};
			for (const [k, m] of Object.entries(previous?.matches ?? {}) as Array<[SearchKind, KindMatches]>) {
				const c = countOf(m);
				out[k] = c.exact ? c.count : walkSource(index.kinds[k], (m as {src: CandidateSource}).src).length;
			}
			return out;
		},
		lastTotals() {
			const out: Partial<Record<SearchKind, KindTotal>> = {};
			for (const [k, m] of Object.entries(previous?.matches ?? {}) as Array<[SearchKind, KindMatches]>) out[k] = countOf(m);
			return out;
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
