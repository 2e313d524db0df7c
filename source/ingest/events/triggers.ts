// Trigger and cue words of events.json, compiled once per lexicon object into
// tries over normalised tokens and matched in one pass over a sentence's
// tokens. Scanning the text once per trigger word (as this did with 52 words)
// grew with the lexicon; a trie costs one lookup per token and reading
// whatever the number of words.
import {normalise, procliticStemsOf} from '../../arabic/normalise.js';
import type {EventStatus} from '../../lexicon/events.js';
import type {Quantities} from '../extract/numbers.js';
import {eventWords, gapBefore, stemStart, type Words} from './tokens.js';
import type {EventLexicon, EventWorld} from './types.js';

export type Trigger = {
	/** Subtype name: the event's `type` in the dataset. */
	type: string;
	/** PLOVER code of its type (CONSULT, ASSAULT…). */
	plover: string;
	family: string;
	distinctive: boolean;
	/** Ends as "expired" (a truce, sanctions). */
	lapses: boolean;
	/** A past or future verb form tells the tense. */
	tense: 'past' | 'future' | null;
	/** The trigger in normalised spelling, tokens joined by one space. */
	norm: string;
};

export type SubtypeInfo = {type: string; plover: string; labelEn: string; labelAr: string; family: string; targetPlace: boolean};

/** A status or outcome word (فشل is both: the status failed and the outcome failed). */
export type Cue = {status: Exclude<EventStatus, 'unknown'> | null; outcome: string | null};

export type Hit<T> = {value: T; start: number; end: number; from: number; to: number};

type Node<T> = {next: Map<string, Node<T>>; value: T | null; first?: FirstSteps<T>};

/** The root's answers per word: where each proclitic reading of the word leads, if anywhere. */
type FirstSteps<T> = Map<string, ReadonlyArray<{node: Node<T>; skip: number; definite: boolean}>>;
const NO_STEPS: ReadonlyArray<never> = [];
/** Words remembered per trie; news vocabulary repeats, and the map is cleared when full. */
const FIRST_STEPS_MAX = 50_000;

export type CompiledEvents = {
	triggers: Node<Trigger>;
	cues: Node<Cue>;
	subtypes: Map<string, SubtypeInfo>;
	topicWords: Set<string>;
	placeWords: Set<string>;
	targetPlaceWords: Set<string>;
	separators: Set<string>;
	quantities: Quantities;
};

const compiled = new WeakMap<EventLexicon, CompiledEvents>();

/** Status words by strength (see arguments.ts statusOf). */
export const STRONGEST_FIRST: ReadonlyArray<Exclude<EventStatus, 'unknown'>> = ['failed', 'cancelled', 'postponed', 'expired', 'ended', 'scheduled', 'held', 'announced'];

function node<T>(): Node<T> {
	return {next: new Map(), value: null};
}

function words(phrase: string): string[] {
	return eventWords(phrase).tokens.map(t => t.norm);
}

/** Insert a phrase; the first entry of a phrase wins (a later duplicate is a lexicon slip, not a second meaning). */
function insert<T>(root: Node<T>, phrase: string, value: T): void {
	const ws = words(phrase);
	if (ws.length === 0) return;
	let n = root;
	for (const w of ws) {
		let next = n.next.get(w);
		if (!next) n.next.set(w, (next = node()));
		n = next;
	}
	if (n.value === null) n.value = value;
}

/** Compiled form of an event lexicon, built once per object (ingest asks for every sentence). */
export function compileEvents(lex: EventLexicon): CompiledEvents {
	let c = compiled.get(lex);
	if (c) return c;
	const triggers = node<Trigger>();
	const subtypes = new Map<string, SubtypeInfo>();
	for (const t of lex.types) {
		for (const s of t.subtypes) {
			subtypes.set(s.subtype, {type: s.subtype, plover: t.code, labelEn: s.labelEn, labelAr: s.labelAr, family: s.family, targetPlace: t.targetPlace === true});
			const add = (list: string[] | undefined, tense: Trigger['tense']) => {
				for (const w of list ?? []) {
					insert(triggers, w, {type: s.subtype, plover: t.code, family: s.family, distinctive: s.distinctive, lapses: s.lapses === true, tense, norm: words(w).join(' ')});
				}
			};
			// Tensed forms first: a form listed both ways keeps its tense.
			add(s.past, 'past');
			add(s.future, 'future');
			add(s.triggers, null);
		}
	}
	// One entry per phrase, holding its status and its outcome.
	const cueOf = new Map<string, Cue>();
	const cue = (w: string) => {
		const key = words(w).join(' ');
		let c = cueOf.get(key);
		if (!c) {
			cueOf.set(key, (c = {status: null, outcome: null}));
			insert(cues, w, c);
		}
		return c;
	};
	const cues = node<Cue>();
	for (const status of STRONGEST_FIRST) {
		const list = (lex.status as Record<string, unknown>)[status];
		// A phrase listed under two statuses keeps the stronger.
		if (Array.isArray(list)) for (const w of list as string[]) cue(w).status ??= status;
	}
	for (const [outcome, list] of Object.entries(lex.outcomes ?? {})) {
		if (Array.isArray(list)) for (const w of list) cue(w).outcome ??= outcome;
	}
	const units = new Map<string, string>();
	const cueWords = new Map<string, string>();
	const generic = new Set<string>();
	let span = 1;
	for (const q of lex.quantities ?? []) {
		if (q.generic) generic.add(q.counts);
		for (const u of q.units) if (!units.has(normalise(u))) units.set(normalise(u), q.counts);
		for (const w of q.cues) {
			const ws = words(w);
			span = Math.max(span, ws.length);
			if (!cueWords.has(ws.join(' '))) cueWords.set(ws.join(' '), q.counts);
		}
	}
	const set = (list: string[] | undefined) => new Set((list ?? []).map(w => words(w).join(' ')));
	c = {
		triggers,
		cues,
		subtypes,
		topicWords: set(lex.topicWords),
		placeWords: set(lex.placeWords),
		targetPlaceWords: set(lex.targetPlaceWords),
		separators: set(lex.participantSeparators),
		quantities: {units, cues: cueWords, generic, span},
	};
	compiled.set(lex, c);
	return c;
}

// Proclitics a trigger may carry: و ف, then ب ل ك, then the article (ل + ال written لل).
const TRIGGER_PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?$/;
// Status and outcome words take a conjunction at most (وفشل، فانعقد).
const CUE_PREFIX = /^(?:و|ف)?$/;
/** Punctuation that ends a clause: a phrase never spans it. */
const HARD_GAP = /[.,،:;؛!?؟\n]/;

/**
 * Non-overlapping longest matches of a trie over words, left to right. The
 * first word may carry the proclitics `prefix` allows; a later word may
 * repeat the article the first one had (الغارة الجوية for غارة جوية).
 */
function scanWords<T>(words: Words, root: Node<T>, prefix: RegExp): Array<Hit<T>> {
	const {tokens} = words;
	const out: Array<Hit<T>> = [];
	for (let i = 0; i < tokens.length; ) {
		let best: {value: T; to: number; skip: number} | null = null;
		for (const {node: first, skip, definite} of firstSteps(root, tokens[i]!.norm, prefix)) {
			let n = first;
			let j = i + 1;
			if (n.value !== null && (!best || j > best.to)) best = {value: n.value, to: j, skip};
			while (j < tokens.length && n.next.size > 0 && !HARD_GAP.test(gapBefore(words, j))) {
				const norm = tokens[j]!.norm;
				const next: Node<T> | undefined = n.next.get(norm) ?? (definite && norm.startsWith('ال') ? n.next.get(norm.slice(2)) : undefined);
				if (!next) break;
				n = next;
				j++;
				if (n.value !== null && (!best || j > best.to)) best = {value: n.value, to: j, skip};
			}
		}
		if (best) {
			// The span starts after the proclitics, at the word itself.
			out.push({value: best.value, start: stemStart(words, tokens[i]!, best.skip), end: tokens[best.to - 1]!.end, from: i, to: best.to});
			i = best.to;
		} else i++;
	}
	return out;
}

/** Where a word can start a phrase of the trie, through each reading the proclitics allow (one map lookup for a word seen before). */
function firstSteps<T>(root: Node<T>, norm: string, prefix: RegExp): ReadonlyArray<{node: Node<T>; skip: number; definite: boolean}> {
	let memo = root.first;
	if (!memo) root.first = memo = new Map();
	let steps = memo.get(norm);
	if (steps === undefined) {
		const found: Array<{node: Node<T>; skip: number; definite: boolean}> = [];
		for (const {stem, prefix: p} of procliticStemsOf(norm)) {
			const node = root.next.get(stem);
			if (node && (!p || prefix.test(p))) found.push({node, skip: p.length, definite: p.endsWith('ال') || p.endsWith('لل')});
		}
		steps = found.length > 0 ? found : NO_STEPS;
		if (memo.size >= FIRST_STEPS_MAX) memo.clear();
		memo.set(norm, steps);
	}
	return steps;
}

export function scanTriggers(words: Words, lex: EventLexicon): Array<Hit<Trigger>> {
	return scanWords(words, compileEvents(lex).triggers, TRIGGER_PREFIX);
}

export function scanCues(words: Words, lex: EventLexicon): Array<Hit<Cue>> {
	return scanWords(words, compileEvents(lex).cues, CUE_PREFIX);
}

const stateTries = new WeakMap<EventWorld, Node<string> | null>();

/**
 * Countries and capitals named in the words, whatever stands before them
 * (the world's stateNames), or null when the world does not list them.
 */
export function scanStates(words: Words, world: EventWorld): Array<Hit<string>> | null {
	let trie = stateTries.get(world);
	if (trie === undefined) {
		const names = world.stateNames?.() ?? null;
		trie = names ? node<string>() : null;
		if (trie) for (const {id, names: ns} of names!) for (const name of ns) insert(trie, name, id);
		stateTries.set(world, trie);
	}
	return trie ? scanWords(words, trie, TRIGGER_PREFIX) : null;
}

/** Find trigger occurrences on word boundaries, allowing proclitics before them (offsets in `text`). */
export function findTriggers(text: string, lex: EventLexicon): Array<{trigger: Trigger; start: number; end: number}> {
	return scanTriggers(eventWords(text), lex).map(h => ({trigger: h.value, start: h.start, end: h.end}));
}
