// Trigger and cue words of events.json, compiled once per lexicon object into
// tries over normalised tokens and matched in one pass over a sentence's
// tokens. Scanning the text once per trigger word (as this did with 52 words)
// grew with the lexicon; a trie costs one lookup per token and reading
// whatever the number of words.
import {normalise, procliticStemsOf} from '../../arabic/normalise.js';
import type {EventStatus} from '../../lexicon/events.js';
import type {Quantities} from '../extract/numbers.js';
import {eventWords, hardGapBefore, stemStart, type Words} from './tokens.js';
import {breakFlags} from './breaks.js';
import {WordTable} from './word-table.js';
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
	/** A day-dated mention makes an event without a place, body or person (lexicon/events.ts). */
	standsAlone: boolean;
	/** A state that lasts: منذ + a date in its clause dates its start (lexicon/events.ts). */
	ongoing: boolean;
	/** What follows in its clause is its topic, not an event (lexicon/events.ts). */
	takesTopic: boolean;
	/** The trigger in normalised spelling, tokens joined by one space. */
	norm: string;
};

export type SubtypeInfo = {
	type: string;
	plover: string;
	labelEn: string;
	labelAr: string;
	family: string;
	targetPlace: boolean;
	verbal: boolean;
	toPlace: boolean;
	fromPlace: boolean;
	baObject: boolean;
};

/** A status or outcome word (فشل is both: the status failed and the outcome failed). */
export type Cue = {status: Exclude<EventStatus, 'unknown'> | null; outcome: string | null};

export type Hit<T> = {value: T; start: number; end: number; from: number; to: number};

type Node<T> = {next: Map<string, Node<T>>; value: T | null; first?: FirstSteps<T>};

/** Where a proclitic reading of a word leads in a trie: the node, the proclitics' length, whether they end in the article. */
type Step<T> = {node: Node<T>; skip: number; definite: boolean};
/** The root's answers per word: where each proclitic reading of the word leads, if anywhere. */
type FirstSteps<T> = Map<string, ReadonlyArray<Step<T>>>;
const NO_STEPS: ReadonlyArray<never> = [];
/** Words remembered per trie; news vocabulary repeats, and the map is cleared when full. */
const FIRST_STEPS_MAX = 50_000;

/** A phrase with a gap for the subject (قطعت … علاقاتها): its verb part leads to the object part, the trigger's head. */
type Gapped = {object: Node<Trigger>};

export type CompiledEvents = {
	triggers: Node<Trigger>;
	/** Verb parts of phrases written with a gap (…). */
	gapped: Node<Gapped>;
	cues: Node<Cue>;
	subtypes: Map<string, SubtypeInfo>;
	topicWords: Set<string>;
	placeWords: Set<string>;
	placeNouns: Set<string>;
	targetPlaceWords: Set<string>;
	separators: Set<string>;
	quantities: Quantities;
};

const compiled = new WeakMap<EventLexicon, CompiledEvents>();

/** Status words by strength (see arguments.ts statusOf). */
export const STRONGEST_FIRST: ReadonlyArray<Exclude<EventStatus, 'unknown'>> = [
	'failed',
	'cancelled',
	'postponed',
	'expired',
	'ended',
	'scheduled',
	'held',
	'announced',
];

function node<T>(): Node<T> {
	return {next: new Map(), value: null};
}

function words(phrase: string): string[] {
	return eventWords(phrase).norms!;
}

/** Written between a verb and its object in a trigger: the words of the subject go there. */
const GAP = /\s*(?:…|\.\.\.)\s*/u;
/** How many words a subject may take (الولايات المتحدة الأمريكية، وزارة الخزانة الأمريكية). */
const MAX_GAP = 4;

function gappedNode(root: Node<Gapped>, verb: string): Gapped | null {
	insert(root, verb, {object: node<Trigger>()});
	let n: Node<Gapped> | undefined = root;
	for (const w of words(verb)) n = n?.next.get(w);
	return n?.value ?? null;
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
	const gapped = node<Gapped>();
	const subtypes = new Map<string, SubtypeInfo>();
	for (const t of lex.types) {
		for (const s of t.subtypes) {
			subtypes.set(s.subtype, {
				type: s.subtype,
				plover: t.code,
				labelEn: s.labelEn,
				labelAr: s.labelAr,
				family: s.family,
				targetPlace: t.targetPlace === true,
				verbal: t.verbal === true,
				toPlace: s.toPlace === true,
				fromPlace: s.fromPlace === true,
				baObject: s.baObject === true,
			});
			const add = (list: string[] | undefined, tense: Trigger['tense']) => {
				for (const w of list ?? []) {
					const parts = w.split(GAP);
					const value: Trigger = {
						type: s.subtype,
						plover: t.code,
						family: s.family,
						distinctive: s.distinctive,
						lapses: s.lapses === true,
						tense,
						standsAlone: s.standsAlone === true,
						ongoing: s.ongoing === true,
						takesTopic: t.takesTopic === true,
						norm: words(parts.at(-1)!).join(' '),
					};
					if (parts.length === 1) {
						insert(triggers, w, value);
						continue;
					}
					// Verb, subject, object (فرضت الولايات المتحدة عقوبات): the object is the trigger, the verb tells its tense.
					const verb = gappedNode(gapped, parts[0]!);
					if (!verb) continue;
					insert(verb.object, parts[1]!, value);
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
		gapped,
		cues,
		subtypes,
		topicWords: set(lex.topicWords),
		placeWords: set(lex.placeWords),
		placeNouns: set(lex.placeNouns),
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

/**
 * Non-overlapping longest matches of a trie over words, left to right, with
 * each word's first steps known (`key`: which trie's; `flag`: the word-table
 * flag that says a word has some): a word without the flag is passed over
 * without reading its steps. The first word may carry the proclitics `prefix`
 * allows; a later word may repeat the article the first one had (الغارة
 * الجوية for غارة جوية).
 */
function scanSteps<T>(words: Words, root: Node<T>, prefix: RegExp, key: 'cue' | 'state', flag: number): Array<Hit<T>> {
	const out: Array<Hit<T>> = [];
	const flags = words.flags!;
	for (let i = 0; i < words.count; ) {
		if ((flags[i]! & flag) === 0) {
			i++;
			continue;
		}
		const first = (words.value(i) as WordSteps)[key] as ReadonlyArray<Step<T>>;
		const hit = first.length > 0 ? matchAt(words, i, root, prefix, first) : null;
		if (hit) {
			out.push(hit);
			i = hit.to;
		} else i++;
	}
	return out;
}

/** The longest phrase of the trie starting at word i, or null (`steps`: firstSteps of word i, when known). */
function matchAt<T>(
	words: Words,
	i: number,
	root: Node<T>,
	prefix: RegExp,
	steps: ReadonlyArray<Step<T>> = firstSteps(root, words.norm(i), prefix),
): Hit<T> | null {
	const {count} = words;
	// The longest match so far (to = 0: none), in locals rather than a record per candidate.
	let value: T | null = null;
	let to = 0;
	let skip = 0;
	for (let s = 0; s < steps.length; s++) {
		const step = steps[s]!;
		let n = step.node;
		let j = i + 1;
		if (n.value !== null && j > to) {
			value = n.value;
			to = j;
			skip = step.skip;
		}
		while (j < count && n.next.size > 0 && !hardGapBefore(words, j)) {
			const norm = words.norm(j);
			const next: Node<T> | undefined = n.next.get(norm) ?? (step.definite && norm.startsWith('ال') ? n.next.get(norm.slice(2)) : undefined);
			if (!next) break;
			n = next;
			j++;
			if (n.value !== null && j > to) {
				value = n.value;
				to = j;
				skip = step.skip;
			}
		}
	}
	// The span starts after the proclitics, at the word itself.
	return to > 0 ? {value: value as T, start: stemStart(words, i, skip), end: words.ends[to - 1]!, from: i, to} : null;
}

/** Where a word can start a phrase of the trie, through each reading the proclitics allow (one map lookup for a word seen before). */
function firstSteps<T>(root: Node<T>, norm: string, prefix: RegExp): ReadonlyArray<Step<T>> {
	let memo = root.first;
	if (!memo) root.first = memo = new Map();
	let steps = memo.get(norm);
	if (steps === undefined) {
		const found: Array<Step<T>> = [];
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
	const s = scannerOf(compileEvents(lex), null);
	return triggersIn(withSteps(s, words), s.c);
}

/**
 * Triggers of the words, given each word's first steps: one pass, each word
 * looked up once for the triggers and the gapped verbs it starts.
 */
export function triggersIn(words: Words, c: CompiledEvents): Array<Hit<Trigger>> {
	const {count} = words;
	const flags = words.flags!;
	const hits: Array<Hit<Trigger>> = [];
	let verbs: Array<Hit<Gapped>> | null = null;
	for (let i = 0, next = 0; i < count; i++) {
		// A word that starts neither a trigger nor a gapped verb: its steps are not read.
		if ((flags[i]! & EVENT_WORD) === 0) continue;
		const {trigger, verb} = words.value(i) as WordSteps;
		if (verb.length > 0) {
			const v = matchAt(words, i, c.gapped, TRIGGER_PREFIX, verb);
			if (v) (verbs ??= []).push(v);
		}
		if (i < next || trigger.length === 0) continue;
		const hit = matchAt(words, i, c.triggers, TRIGGER_PREFIX, trigger);
		if (hit) {
			hits.push(hit);
			next = hit.to;
		}
	}
	// A verb with a gap for its subject, then its object: the object is the
	// trigger (قطعت أذربيجان علاقاتها), and the phrase's reading replaces any
	// the object had alone (عقوبات becomes past in فرضت واشنطن عقوبات).
	for (const verb of verbs ?? []) {
		for (let k = verb.to + 1; k <= Math.min(count - 1, verb.to + MAX_GAP); k++) {
			if (hardGapBefore(words, k)) break;
			const hit = matchAt(words, k, verb.value.object, TRIGGER_PREFIX);
			if (!hit) continue;
			const i = hits.findIndex(h => h.from < hit.to && hit.from < h.to);
			if (i >= 0) hits[i] = {value: hit.value, start: hits[i]!.start, end: hits[i]!.end, from: hits[i]!.from, to: hits[i]!.to};
			else {
				hits.push(hit);
				hits.sort((a, b) => a.from - b.from);
			}
			break;
		}
	}
	return hits;
}

/**
 * What a word can start in every trie of a sentence scan (triggers, gapped
 * verbs, status and outcome cues, states), found through its proclitic
 * readings. Remembered per word: a sentence costs one map lookup per word for
 * all four scans (they were three lookups, and the gazetteer-style readings of
 * each word three times).
 */
export type WordSteps = {
	/** The word normalised. */
	readonly norm: string;
	readonly trigger: ReadonlyArray<Step<Trigger>>;
	readonly verb: ReadonlyArray<Step<Gapped>>;
	readonly cue: ReadonlyArray<Step<Cue>>;
	/** null when the world lists no states. */
	readonly state: ReadonlyArray<Step<string>> | null;
	/** It may start a trigger or a gapped verb: the sentence may hold an event. */
	readonly event: boolean;
	/** The lexicon's word lists it is in (arguments.ts wordIn), -1 until asked. */
	sets: number;
};

/** The lexicon's tries and the world's states, with the words seen so far. */
export type Scanner = {
	c: CompiledEvents;
	states: Node<string> | null;
	/** By normalised word. */
	memo: Map<string, WordSteps>;
	/** By word as written, looked up by its span in the sentence (tokens.ts readKnown). */
	table: WordTable<WordSteps>;
	/** Makes a word's steps for the table. */
	miss: (raw: string) => WordSteps;
};

const scanners = new WeakMap<CompiledEvents, {plain: Scanner | null; byWorld: WeakMap<EventWorld, Scanner>}>();

/** The scanner of a lexicon and a world (null: no states), built once per pair. */
export function scannerOf(c: CompiledEvents, world: EventWorld | null): Scanner {
	let entry = scanners.get(c);
	if (!entry) scanners.set(c, (entry = {plain: null, byWorld: new WeakMap()}));
	if (!world) return (entry.plain ??= scanner(c, null));
	let s = entry.byWorld.get(world);
	if (!s) entry.byWorld.set(world, (s = scanner(c, stateTrie(world))));
	return s;
}

function scanner(c: CompiledEvents, states: Node<string> | null): Scanner {
	const s: Scanner = {
		c,
		states,
		memo: new Map(),
		table: new WordTable((steps, raw) => flagsOf(steps) | breakFlags(raw)),
		miss: raw => wordSteps(s, normalise(raw)),
	};
	return s;
}

/** What a word may start, as the word table's flags (with breaks.ts's). */
export const EVENT_WORD = 1;
const CUE_WORD = 2;
const STATE_WORD = 4;

function flagsOf(steps: WordSteps): number {
	return (steps.event ? EVENT_WORD : 0) | (steps.cue.length > 0 ? CUE_WORD : 0) | (steps.state !== null && steps.state.length > 0 ? STATE_WORD : 0);
}

/** A word's first steps in every trie of the scanner. */
export function wordSteps(s: Scanner, norm: string): WordSteps {
	let steps = s.memo.get(norm);
	if (steps === undefined) {
		const trigger = firstSteps(s.c.triggers, norm, TRIGGER_PREFIX);
		const verb = firstSteps(s.c.gapped, norm, TRIGGER_PREFIX);
		steps = {
			norm,
			trigger,
			verb,
			cue: firstSteps(s.c.cues, norm, CUE_PREFIX),
			state: s.states ? firstSteps(s.states, norm, TRIGGER_PREFIX) : null,
			event: trigger.length > 0 || verb.length > 0,
			sets: -1,
		};
		if (s.memo.size >= FIRST_STEPS_MAX) s.memo.clear();
		s.memo.set(norm, steps);
	}
	return steps;
}

/** Words read without the word table (eventWords, plainWords), given their steps and flags; returns them. */
export function withSteps(s: Scanner, words: Words): Words {
	const list: WordSteps[] = [];
	const flags = new Uint8Array(words.count);
	for (let k = 0; k < words.count; k++) {
		const steps = wordSteps(s, words.norm(k));
		list.push(steps);
		flags[k] = flagsOf(steps);
	}
	words.list = list;
	words.flags = flags;
	return words;
}

/** Status and outcome words of the words (with their steps: readKnown or withSteps). */
export function cuesIn(words: Words, c: CompiledEvents): Array<Hit<Cue>> {
	return scanSteps(words, c.cues, CUE_PREFIX, 'cue', CUE_WORD);
}

/**
 * Countries and capitals named in the words, whatever stands before them
 * (the world's stateNames), or null when the world does not list them.
 */
export function statesIn(words: Words, s: Scanner): Array<Hit<string>> | null {
	return s.states ? scanSteps(words, s.states, TRIGGER_PREFIX, 'state', STATE_WORD) : null;
}

const stateTries = new WeakMap<EventWorld, Node<string> | null>();

function stateTrie(world: EventWorld): Node<string> | null {
	let trie = stateTries.get(world);
	if (trie === undefined) {
		const names = world.stateNames?.() ?? null;
		trie = names ? node<string>() : null;
		if (trie) for (const {id, names: ns} of names!) for (const name of ns) insert(trie, name, id);
		stateTries.set(world, trie);
	}
	return trie;
}

/** Find trigger occurrences on word boundaries, allowing proclitics before them (offsets in `text`). */
export function findTriggers(text: string, lex: EventLexicon): Array<{trigger: Trigger; start: number; end: number}> {
	return scanTriggers(eventWords(text), lex).map(h => ({trigger: h.value, start: h.start, end: h.end}));
}
