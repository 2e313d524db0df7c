// Test-only oracle: sentenceMentions and its helpers (events/tokens.ts,
// triggers.ts, arguments.ts, mentions.ts) as they were on main at c220436,
// before the fast path of issue 21, concatenated into one file. The
// differential test (mentions-differential.test.ts) checks the new code gives
// the same mentions; do not optimise this file, it is the simple version.
// Only the shared text helpers are imported from source/.
import {isLetterCode} from '../../source/arabic/chars.js';
import {normalise, normaliseWithMap, procliticStemsOf} from '../../source/arabic/normalise.js';
import type {EntityRef, Sentence} from '../../source/dataset/schema.js';
import type {Quantities} from '../../source/ingest/extract/numbers.js';
import {whatItCounts} from '../../source/ingest/extract/numbers.js';
import type {EventLexicon, EventWorld} from '../../source/ingest/events/types.js';
import type {EventStatus} from '../../source/lexicon/events.js';

// ---- tokens.ts
// Words of a sentence for event matching: the sentence is normalised once and
// split into runs of letters and digits, each with its proclitic readings and
// its span in the original text. Lighter than the gazetteer's tokens (which
// normalise word by word and keep per-trie caches): this runs on every
// sentence of the corpus, and most have no event word at all.

export type EventToken = {
	/** Normalised word. */
	norm: string;
	/** UTF-16 offsets in the original text (end exclusive). */
	start: number;
	end: number;
	/** Where the word starts in the normalised text. */
	at: number;
};

export type Words = {text: string; tokens: EventToken[] /** normalised index → original index */; map: number[]};

/** Original text between word i - 1 (or the start) and word i. */
export function gapBefore(words: Words, i: number): string {
	const tok = words.tokens[i];
	if (!tok) return '';
	return words.text.slice(i > 0 ? words.tokens[i - 1]!.end : 0, tok.start);
}

function isWordCode(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c < 0xd800 || c > 0xdfff ? isLetterCode(c) : false);
}

export function eventWords(text: string): Words {
	const {text: n, map} = normaliseWithMap(text);
	const tokens: EventToken[] = [];
	for (let i = 0; i < n.length; ) {
		if (!isWordCode(n.charCodeAt(i))) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n.length && isWordCode(n.charCodeAt(j))) j++;
		tokens.push({norm: n.slice(i, j), start: map[i]!, end: map[j - 1]! + 1, at: i});
		i = j;
	}
	return {text, tokens, map};
}

/** Where a word's stem starts in the original text, after `skip` normalised characters of proclitics. */
export function stemStart(words: Words, tok: EventToken, skip: number): number {
	return words.map[tok.at + skip] ?? tok.start;
}

// ---- triggers.ts
// Trigger and cue words of events.json, compiled once per lexicon object into
// tries over normalised tokens and matched in one pass over a sentence's
// tokens. Scanning the text once per trigger word (as this did with 52 words)
// grew with the lexicon; a trie costs one lookup per token and reading
// whatever the number of words.

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
	return eventWords(phrase).tokens.map(t => t.norm);
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
/** Punctuation that ends a clause: a phrase never spans it. */
const HARD_GAP = /[.,،:;؛!?؟\n]/;

/**
 * Non-overlapping longest matches of a trie over words, left to right. The
 * first word may carry the proclitics `prefix` allows; a later word may
 * repeat the article the first one had (الغارة الجوية for غارة جوية).
 */
function scanWords<T>(words: Words, root: Node<T>, prefix: RegExp): Array<Hit<T>> {
	const out: Array<Hit<T>> = [];
	for (let i = 0; i < words.tokens.length; ) {
		const hit = matchAt(words, i, root, prefix);
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
	steps: ReadonlyArray<Step<T>> = firstSteps(root, words.tokens[i]!.norm, prefix),
): Hit<T> | null {
	const {tokens} = words;
	let best: {value: T; to: number; skip: number} | null = null;
	for (const {node: first, skip, definite} of steps) {
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
	// The span starts after the proclitics, at the word itself.
	return best ? {value: best.value, start: stemStart(words, tokens[i]!, best.skip), end: tokens[best.to - 1]!.end, from: i, to: best.to} : null;
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
	const c = compileEvents(lex);
	const {tokens} = words;
	const hits: Array<Hit<Trigger>> = [];
	const verbs: Array<Hit<Gapped>> = [];
	// One pass: each word is looked up once for the triggers it starts and the gapped verbs it starts.
	for (let i = 0, next = 0; i < tokens.length; i++) {
		const {trigger, verb} = wordSteps(c, tokens[i]!.norm);
		if (verb.length > 0) {
			const v = matchAt(words, i, c.gapped, TRIGGER_PREFIX, verb);
			if (v) verbs.push(v);
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
	for (const verb of verbs) {
		for (let k = verb.to + 1; k <= Math.min(tokens.length - 1, verb.to + MAX_GAP); k++) {
			if (HARD_GAP.test(gapBefore(words, k))) break;
			const hit = matchAt(words, k, verb.value.object, TRIGGER_PREFIX);
			if (!hit) continue;
			const i = hits.findIndex(h => h.from < hit.to && hit.from < h.to);
			if (i >= 0) hits[i] = {...hits[i]!, value: hit.value};
			else {
				hits.push(hit);
				hits.sort((a, b) => a.from - b.from);
			}
			break;
		}
	}
	return hits;
}

type WordSteps = {trigger: ReadonlyArray<Step<Trigger>>; verb: ReadonlyArray<Step<Gapped>>};
const wordMemo = new WeakMap<CompiledEvents, Map<string, WordSteps>>();

/** Both tries' first steps for a word, remembered together so a sentence costs one lookup per word. */
function wordSteps(c: CompiledEvents, norm: string): WordSteps {
	let memo = wordMemo.get(c);
	if (!memo) wordMemo.set(c, (memo = new Map()));
	let steps = memo.get(norm);
	if (steps === undefined) {
		steps = {trigger: firstSteps(c.triggers, norm, TRIGGER_PREFIX), verb: firstSteps(c.gapped, norm, TRIGGER_PREFIX)};
		if (memo.size >= FIRST_STEPS_MAX) memo.clear();
		memo.set(norm, steps);
	}
	return steps;
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

// ---- arguments.ts
// What a mention's clause says about its event beyond date and venue: where it
// happens, who takes part, where it stands (status), what came of it, and the
// numbers it gives. Pure functions over the sentence's extracted entities and
// its tokens; the words come from events.json.

export type MentionNumber = {value: number; unit: string | null; counts: string | null; text: string};
export type MentionOutcome = {kind: string; text: string};

/** A trigger's clause: [lo, hi) in the sentence text, with the sentence's tokens. */
export type Clause = {lo: number; hi: number; hit: Hit<Trigger> & {trigger: Trigger}; tokens: EventToken[]; text: string};

type Span = {id: string; start: number; end: number};

/** Before a place, words that make it an origin or a goal, not where the event is nor a party (من السودان، إلى جنيف). */
const MOTION = new Set(['من', 'الي', 'عبر', 'نحو', 'باتجاه']);

/** Index of the token holding offset `at`, or of the first token after it. */
function tokenAt(tokens: EventToken[], at: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid]!.end <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Original text between word i - 1 (or the start) and word i. */
function gap(clause: Clause, i: number): string {
	const tok = clause.tokens[i];
	return tok ? clause.text.slice(i > 0 ? clause.tokens[i - 1]!.end : 0, tok.start) : '';
}

/** Is the word (or words) in the set, as written or without a leading و/ف conjunction (ولاية is not و + لاية)? */
export function has(set: ReadonlySet<string>, norm: string): boolean {
	return set.has(norm) || (norm.length > 2 && (norm.startsWith('و') || norm.startsWith('ف')) && set.has(norm.slice(1)));
}

/**
 * What stands just before a name at `at`: the proclitic glued to it (ب of
 * ببروكسل), and the one and two words before it in the clause. A place noun
 * (مدينة، ولاية) is passed over: "في مدينة خاركيف" reads as "في خاركيف", and
 * the noun itself says the name is a location (`named`).
 */
function before(clause: Clause, at: number, compiled: CompiledEvents): {glued: string; one: string | null; two: string | null; named: boolean} {
	const {tokens, text} = clause;
	let i = tokenAt(tokens, at);
	const tok = tokens[i];
	const glued = tok && tok.start < at ? text.slice(tok.start, at) : '';
	let named = false;
	if (!glued && i > 0 && has(compiled.placeNouns, tokens[i - 1]!.norm) && !HARD_GAP.test(gap(clause, i))) {
		named = true;
		i--;
	}
	const prev = tokens[i - 1];
	if (!prev || !tok || HARD_GAP.test(gap(clause, i))) return {glued, one: null, two: null, named};
	const one = prev.norm;
	const prev2 = tokens[i - 2];
	const two = prev2 && !HARD_GAP.test(gap(clause, i - 1)) ? `${prev2.norm} ${prev.norm}` : null;
	return {glued, one, two, named};
}

/** Does the text put the event at this place (في جنيف، ببروكسل، جنوب تركيا، مدينة خاركيف؛ for violence: غارة على غزة)? */
function locative(clause: Clause, at: number, compiled: CompiledEvents, targetPlace: boolean): boolean {
	const {glued, one, two, named} = before(clause, at, compiled);
	if (/^[وف]?ب$/u.test(glued)) return true;
	if (one !== null && has(MOTION, one)) return false;
	const words = targetPlace ? [compiled.placeWords, compiled.targetPlaceWords] : [compiled.placeWords];
	return named || words.some(set => (one !== null && has(set, one)) || (two !== null && has(set, two)));
}

/** In a ب phrase (بدولة فلسطين، بروسيا): the object of a verb that takes one, for the subtypes that say so. */
function inBaPhrase(clause: Clause, at: number, compiled: CompiledEvents): boolean {
	return /^[وف]?ب$/u.test(before(clause, at, compiled).glued);
}

/** Named as where someone comes from or goes to (من موسكو، إلى جنيف), or where something is (في، ب، مدينة). */
function situated(clause: Clause, at: number, compiled: CompiledEvents, targetPlace: boolean): boolean {
	const {glued, one, named} = before(clause, at, compiled);
	if (named || /^[وف]?ب$/u.test(glued)) return true;
	return one !== null && (has(MOTION, one) || has(compiled.placeWords, one) || (targetPlace && has(compiled.targetPlaceWords, one)));
}

/**
 * Where the event happens, in order: a visit's destination; the venue city
 * (mentions.ts); a place after the trigger that the text puts it in (في/ب or
 * a direction word, and for violence على); such a place before the trigger;
 * the dateline of a lede ("الخرطوم - (رويترز):"). A place named as a party,
 * a topic or an origin is none of these.
 */
export function placeOf(
	clause: Clause,
	sentence: Sentence,
	known: {city: string | null; destination: string | null; family: string; info: SubtypeInfo | undefined},
	compiled: CompiledEvents,
	world: EventWorld,
): string | null {
	if ((known.family === 'visit' || known.info?.toPlace) && known.destination) return known.destination;
	if (known.info?.fromPlace) return origin(clause, sentence, compiled);
	if (known.city) return known.city;
	// A dateline places what the lede reports, whatever its kind.
	const dateline = sentence.places.find(
		p => /^[\s"«“(]*$/u.test(sentence.text.slice(0, p.start)) && /^\s*(?:[-–—/:]|\()/u.test(sentence.text.slice(p.end, p.end + 4)),
	);
	if (known.info?.verbal) return dateline?.id ?? null;
	const targetPlace = known.info?.targetPlace === true;
	const {lo, hit} = clause;
	const here = (p: EntityRef) => locative(clause, p.start, compiled, targetPlace) && !(known.info?.baObject && inBaPhrase(clause, p.start, compiled));
	// What follows a topic word is what the event is about (لمناقشة التطورات في أوكرانيا).
	const hi = topicAfter(clause, compiled);
	const after = sentence.places.filter(p => p.start >= hit.end && p.start < hi && here(p)).sort((a, b) => a.start - b.start)[0];
	if (after) return after.id;
	const prior = sentence.places.filter(p => p.start >= lo && p.start < hit.start && here(p)).sort((a, b) => b.start - a.start)[0];
	if (prior) return prior.id;
	// A wire dateline names where the story was filed, which for the lede's event is where it happens.
	return dateline && world.placeKind(dateline.id) !== null ? dateline.id : null;
}

/**
 * Where what the event is about begins after the trigger, else the clause's
 * end: a topic word (لمناقشة التطورات في أوكرانيا) or quoted words (قال في
 * مؤتمر صحفي: «… في أوروبا»).
 */
function topicAfter(clause: Clause, compiled: CompiledEvents): number {
	const {tokens, hit, hi} = clause;
	for (let k = hit.to; k < tokens.length && tokens[k]!.start < hi; k++) {
		if (/[:«"“]/u.test(gap(clause, k)) || has(compiled.topicWords, tokens[k]!.norm)) return tokens[k]!.start;
	}
	return hi;
}

/** The first place after the trigger that people leave (من الخرطوم، من مدينة خيرسون), else one the text puts the event in. */
function origin(clause: Clause, sentence: Sentence, compiled: CompiledEvents): string | null {
	const {hit, hi} = clause;
	const after = sentence.places.filter(p => p.start >= hit.end && p.start < hi).sort((a, b) => a.start - b.start);
	const from = after.find(p => before(clause, p.start, compiled).one === 'من');
	return (from ?? after.find(p => locative(clause, p.start, compiled, false)))?.id ?? null;
}

/** A country, or a capital standing for its government; null for other places. */
function government(id: string, world: EventWorld): string | null {
	const kind = world.placeKind(id);
	if (kind === 'country') return id;
	if (kind === 'city') return world.capitalOf?.(id) ?? null;
	return null;
}

/** Countries and capitals of the sentence: all of them when the world can name them, else the places extraction kept. */
function stateSpans(sentence: Sentence, states: Span[] | null): Span[] {
	if (!states) return sentence.places;
	// A country the world's names lack (one the gazetteer gave extraction) still stands for its government.
	const extra = sentence.places.filter(p => !states.some(s => s.start < p.end && p.start < s.end));
	return extra.length ? [...states, ...extra].sort((a, b) => a.start - b.start) : states;
}

/**
 * Who is named right after the trigger by a separator word (اجتماع بين
 * الناتو وروسيا، محادثات مع موسكو): people, organisations and governments up
 * to the next place word or clause break. One party after the separator
 * meets the subject (التقى بوتين مع ماكرون).
 */
export function partiesAfter(
	clause: Clause,
	sentence: Sentence,
	states: Span[] | null,
	subject: {id: string} | null,
	compiled: CompiledEvents,
	world: EventWorld,
): string[] {
	const {tokens, hit, hi} = clause;
	let sep = -1;
	// Right after the trigger or one word later (محادثات هاتفية مع، اشتباكات عنيفة بين).
	for (let k = hit.to; k < Math.min(tokens.length, hit.to + 2); k++) {
		const t = tokens[k]!;
		if (t.start >= hi || HARD_GAP.test(gap(clause, k))) break;
		if (has(compiled.separators, t.norm)) {
			sep = k;
			break;
		}
	}
	if (sep < 0) return [];
	let stop = sep + 1;
	while (stop < tokens.length && stop <= sep + 8) {
		const t = tokens[stop]!;
		if (t.start >= hi || HARD_GAP.test(gap(clause, stop)) || has(compiled.placeWords, t.norm)) break;
		stop++;
	}
	const from = tokens[sep]!.end;
	const to = tokens[stop - 1]!.end;
	const inside = (s: {start: number}) => s.start >= from && s.start < to;
	const named: Array<{id: string; start: number}> = [
		...sentence.actors.filter(inside),
		...sentence.organizations.filter(inside),
		...stateSpans(sentence, states)
			.filter(inside)
			.map(s => ({id: government(s.id, world), start: s.start}))
			.filter((s): s is {id: string; start: number} => s.id !== null),
	].sort((a, b) => a.start - b.start);
	const ids = [...new Set(named.map(n => n.id))];
	if (ids.length === 1 && subject && subject.id !== ids[0]) ids.unshift(subject.id);
	return ids;
}

/**
 * Who takes part: the parties, the people and organisations of the clause,
 * and the countries it names as actors (روسيا تلقت، عقوبات على روسيا، مخاوف
 * موسكو → Russia), not those it names as places, origins or goals.
 */
export function participantsOf(
	clause: Clause,
	sentence: Sentence,
	states: Span[] | null,
	known: {place: string | null; parties: string[]; actors: string[]; orgs: string[]; targetPlace: boolean; baObject?: boolean},
	compiled: CompiledEvents,
	world: EventWorld,
): string[] {
	const {lo, hi, hit} = clause;
	const ids = [...known.parties, ...known.actors, ...known.orgs];
	for (const s of stateSpans(sentence, states)) {
		if (s.start < lo || s.start >= hi || (s.start >= hit.start && s.start < hit.end)) continue;
		if (s.id === known.place) continue;
		if (situated(clause, s.start, compiled, known.targetPlace) && !(known.baObject && inBaPhrase(clause, s.start, compiled))) continue;
		// In apposition to a place it is a place too (في بروكسل، بلجيكا).
		if (sentence.places.some(p => p.end <= s.start && /^\s*[,،]\s*$/u.test(clause.text.slice(p.end, s.start)))) continue;
		const id = government(s.id, world);
		if (id) ids.push(id);
	}
	return [...new Set(ids)];
}

/** Strongest first: what a report says happened to the event outranks what was planned. */
const FINAL: ReadonlyArray<Exclude<EventStatus, 'unknown'>> = ['failed', 'cancelled', 'postponed', 'expired', 'ended'];

/**
 * Where the event stands as the report tells it: a final status word
 * (failed, cancelled, postponed, expired, ended: an agreement or a truce
 * that ends has expired); scheduled when its date is after publication, a
 * word says so or the trigger is a future verb; held when the trigger is a
 * past verb or a word says so; announced; else unknown.
 */
export function statusOf(cues: Array<Hit<Cue>>, trigger: Trigger, date: {value: string; precision: string} | null, published: string | null): EventStatus {
	const said = new Set<EventStatus>();
	for (const c of cues) if (c.value.status) said.add(c.value.status);
	for (const s of FINAL) if (said.has(s)) return s === 'ended' && trigger.lapses ? 'expired' : s;
	if (date && published && date.precision === 'day' && date.value > published) return 'scheduled';
	if (said.has('scheduled') || trigger.tense === 'future') return 'scheduled';
	if (trigger.tense === 'past' || said.has('held')) return 'held';
	if (said.has('announced')) return 'announced';
	return 'unknown';
}

/** Outcome words of the clause, in text order. */
export function outcomesIn(cues: Array<Hit<Cue>>, text: string): MentionOutcome[] {
	const out: MentionOutcome[] = [];
	for (const c of cues) if (c.value.outcome) out.push({kind: c.value.outcome, text: text.slice(c.start, c.end)});
	return out;
}

/** The clause's numbers, each with its unit and what it counts. */
export function mentionNumbers(sentence: Sentence, lo: number, hi: number, compiled: CompiledEvents): MentionNumber[] {
	const out: MentionNumber[] = [];
	for (const n of sentence.numbers) {
		if (n.start < lo || n.start >= hi) continue;
		out.push({value: n.value, unit: n.unit, counts: whatItCounts(sentence.text, n, compiled.quantities), text: n.text});
	}
	return out;
}

// ---- mentions.ts
// Event mentions: a trigger word in a sentence, with the date, place, bodies and
// participants that its clause gives. A sentence may hold several triggers
// ("... عقد اجتماع مع روسيا في 12 يناير ... على عقد اجتماع مباشر الشهر المقبل"),
// so entities are attached to the nearest trigger, not to the whole sentence.
// Where it happens, who takes part, its status, outcome and numbers: see
// arguments.ts.

export type MentionDate = {
	value: string;
	end: string | null;
	precision: 'day' | 'month' | 'year';
	qualified: boolean;
	/** The date follows the trigger in its own clause (a direct claim), or stands before it (context). */
	direct: boolean;
	/**
	 * A relative date (اليوم، يوم الأحد) standing before the trigger after a
	 * reporting verb: it dates the report ("said on Monday, after the talks"),
	 * not the event. Without a reporting verb before the trigger it dates the
	 * event ("أجرى أمس محادثات").
	 */
	relative: boolean;
};

export type Mention = {
	article: string;
	sentence: string;
	/** Position of the sentence in the corpus, for stable ordering. */
	order: number;
	/** Subtype (meeting, airstrike, earthquake…): the event's `type`. */
	type: string;
	/** PLOVER code of the type (CONSULT, ASSAULT…; STATEMENT and DISASTER extend PLOVER). */
	plover: string;
	family: string;
	distinctive: boolean;
	/** Dated to a day, it may make an event with nothing else to stand on (a truce, an earthquake). */
	standsAlone?: boolean;
	/** It strikes a place (an attack, shelling): a city its clause names is where it happened. */
	strikes?: boolean;
	/** What a demand, a refusal or a threat is about: the family of the event its topic names (رفض العقوبات → sanctions). */
	topic?: string;
	/**
	 * In an article without a publication date, the clause's day and month
	 * without a year (يومي 12 و13 يناير), which extraction could not resolve:
	 * linkMentions reads it against the corpus's publication dates.
	 */
	yearless?: {text: string; direct: boolean};
	/** Offset of the trigger in its sentence, for stable ordering. */
	at: number;
	date: MentionDate | null;
	/** City-level place, else null. */
	city: string | null;
	/** Every place id in the clause. */
	places: readonly string[];
	/** Organisations in the clause (bodies first: councils, committees). */
	orgs: readonly string[];
	actors: readonly string[];
	/** Who acts: the nearest actor or organisation before the trigger (Arabic is verb–subject–object). */
	subject: {kind: 'actor' | 'org'; id: string} | null;
	/** Where a visit goes: a place introduced by إلى. */
	destination: string | null;
	/**
	 * Where it happens: the place the text ties to the trigger (في/ب + place, a
	 * venue, a visit's destination, the target of a strike, the dateline of a
	 * lede), never a place named as a party or an origin. Place id, else null.
	 */
	place: string | null;
	/** Who takes part: actor, organisation and country ids (a capital named as an actor stands for its country). */
	participants: readonly string[];
	/** Named right after the trigger by بين/مع ("the meeting between NATO and Russia"), with the subject for مع. */
	parties: readonly string[];
	status: EventStatus;
	/** Outcome words of the clause (فشل، انتهى دون، اتفق، توصل إلى). */
	outcomes: readonly MentionOutcome[];
	/** Numbers of the clause with their unit and what they count. */
	numbers: readonly MentionNumber[];
	published: string | null;
};

function precisionOf(value: string): MentionDate['precision'] {
	return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/** All event mentions of one sentence. Pure. */
export function sentenceMentions(
	sentence: Sentence,
	context: {article: string; order: number; published: string | null},
	lex: EventLexicon,
	world: EventWorld,
): Mention[] {
	const words = eventWords(sentence.text);
	const found = scanTriggers(words, lex);
	if (found.length === 0) return [];
	const {tokens} = words;
	const compiled = compileEvents(lex);
	// A trigger right after a topic word, or a topic verb and its subject, is
	// what another event is about (محادثات بشأن وقف إطلاق النار، لبحث العقوبات،
	// بحث الوزيران وقف القتال), not an event of its own.
	const adjacent = (k: number) => !/[.,،:;؛!?؟\n]/u.test(sentence.text.slice(tokens[k]!.end, tokens[k + 1]!.start));
	const topic = (k: number) => k >= 0 && has(compiled.topicWords, tokens[k]!.norm) && adjacent(k);
	const cues = scanCues(words, lex);
	// The word between may be the subject (بحث الوزيران وقف القتال), not a word of its own
	// about the event (بشأن عقد اجتماع: a meeting to be held is an event).
	const taken = (k: number) => found.some(o => o.from <= k && k < o.to) || cues.some(o => o.from <= k && k < o.to);
	const named = found.filter(h => !(topic(h.from - 1) || (topic(h.from - 2) && adjacent(h.from - 1) && !taken(h.from - 1))));
	// What follows a demand, a refusal or a threat in its clause is what is
	// demanded, refused or threatened (رفض العقوبات، هدد بفرض عقوبات).
	const breaks = clauseBreaks(sentence.text);
	const hits: typeof named = [];
	// What a demand, refusal or threat is about: the family of the first event its topic names.
	const topics = new Map<(typeof named)[number], string>();
	for (const h of named) {
		const asker = hits.findLast(o => o.value.takesTopic);
		if (asker && !/[.,،:;؛!?؟\n]/u.test(sentence.text.slice(asker.end, h.start)) && !breaks.some(b => b.start >= asker.end && b.start < h.start)) {
			if (!topics.has(asker)) topics.set(asker, h.value.family);
			continue;
		}
		hits.push(h);
	}
	// A status word right before a trigger is that one's (انتهاء التدريبات، إلغاء القمة).
	const owner = cues.map(c => hits.findIndex(o => o.start >= c.end && coordinatedGap(sentence.text.slice(c.end, o.start))));
	const states = statesOf(words, sentence, world);
	// "منذ عام 2019" (since 2019) bounds a period; it does not date the event.
	// For a state that lasts (المعارك الدائرة منذ السبت) it says when it began: that dates it.
	const since = (d: {start: number}) => /منذ\s*$/u.test(sentence.text.slice(Math.max(0, d.start - 6), d.start));
	const usable = sentence.dates.filter(d => d.value !== null && !since(d));
	const lasting = sentence.dates.filter(d => d.value !== null);
	const mentions: Mention[] = [];
	// Where each mention's trigger starts, for shareDuring.
	const starts: number[] = [];
	let previousDate: MentionDate | null = null;
	for (let h = 0; h < hits.length; h++) {
		const hit = {...hits[h]!, trigger: hits[h]!.value};
		// Coordinated triggers share what follows the last of them (اجتماع
		// ومباحثات بين روسيا والناتو: both are between Russia and NATO).
		let last = h;
		while (last + 1 < hits.length && coordinated(sentence.text, hits[last]!, hits[last + 1]!)) last++;
		// The trigger's clause: bounded by the neighbouring triggers and by clause
		// breaks (لكن، في حين، حسبما…), so a reporting clause's date or a contrast's
		// place does not attach to the event.
		const lo = Math.max(h > 0 ? hits[h - 1]!.end : 0, lastBreakBefore(breaks, hit.start));
		const hi = Math.min(last + 1 < hits.length ? hits[last + 1]!.start : sentence.text.length, firstBreakAfter(breaks, hits[last]!.end, sentence.text.length));
		const inAfter = (s: {start: number}) => s.start >= hit.end && s.start < hi;
		const inBefore = (s: {start: number}) => s.start >= lo && s.start < hit.start;
		const inClause = (s: {start: number}) => inAfter(s) || inBefore(s);

		// The most precise date of the clause, nearest first ("في بروكسل منذ عام 2002 ... يوم 12 يناير" → the day).
		const rank = (d: {value: string | null; qualifier: unknown}) => (d.qualifier ? 0 : d.value!.length);
		const pool = hit.trigger.ongoing ? lasting : usable;
		// Its start, when the clause gives one, dates a lasting state before any other date.
		const started = hit.trigger.ongoing ? pool.filter(d => inClause(d) && since(d) && !d.qualifier) : [];
		const after = (started.length > 0 ? started : pool.filter(inAfter)).sort((a, b) => rank(b) - rank(a) || a.start - b.start);
		// A date before the trigger is context: it may date the report, not the event.
		const before = pool.filter(inBefore).sort((a, b) => rank(b) - rank(a) || b.start - a.start);
		const chosen = after[0] ?? before[0];
		const clauseCues = cues.filter((c, k) => c.start >= lo && c.start < hi && (owner[k] === -1 || owner[k] === h));
		// "أعلنت الوزارة يوم الخميس فرض عقوبات": when the report announces the
		// event itself, the day of the announcement is the event's.
		const announced =
			hit.trigger.tense !== 'future' &&
			clauseCues.every(c => c.value.status === null || c.value.status === 'announced') &&
			clauseCues.some(c => c.value.status === 'announced');
		// "في العام 2014 بعد غزو روسيا للقرم وضمها": an event joined to the one
		// before it by و shares its time when its own clause gives none.
		const joined = h > 0 && /^[وف]/u.test(sentence.text.slice(tokens[hit.from]!.start, hit.start));
		const inherited = (!chosen && joined ? previousDate : null) as MentionDate | null;
		const date: MentionDate | null = inherited
			? {...inherited, direct: false}
			: chosen
				? {
						value: chosen.value!,
						end: chosen.rangeEnd,
						precision: precisionOf(chosen.value!),
						qualified: chosen.qualifier !== null,
						direct: Boolean(after[0]),
						// A day after the publication (غدا، الخميس المقبل) cannot be the day of the report.
						relative:
							chosen.resolution === 'relative' &&
							!after[0] &&
							!announced &&
							sentence.attribution !== null &&
							sentence.attribution.start < chosen.start &&
							!(context.published !== null && chosen.value! > context.published.slice(0, 10)),
					}
				: null;

		// Places after the trigger say where the event is and who takes part; places
		// before it often belong to another clause ("in Brussels on the 12th after talks in Geneva").
		const placesAfter = unique(
			sentence.places
				.filter(inAfter)
				.sort(byNearest(hit.start))
				.map(p => p.id),
		);
		const placesBefore = unique(
			sentence.places
				.filter(inBefore)
				.sort(byNearest(hit.start))
				.map(p => p.id),
		);
		const places = placesAfter.length > 0 ? placesAfter : placesBefore;
		// A city is the venue only where the text places the event there (في جنيف،
		// ببروكسل، "مباحثات جنيف"، بروكسل تستضيف); elsewhere a capital stands for its
		// government ("عرض على موسكو"، "مخاوف موسكو").
		const venues = sentence.places.filter(p => inClause(p) && world.placeKind(p.id) === 'city' && isVenue(sentence.text, p, hit.end, compiled.placeNouns));
		// Where the clause after the trigger puts it first ("واجتماع المجلس في بروكسل"),
		// then the nearest before; an organisation with a seat stands for its city ("في الكرملين").
		const seated = sentence.organizations
			.filter(o => inClause(o) && /(?:^|\s)(?:و|ف)?(?:في|فى)\s*$/u.test(sentence.text.slice(Math.max(0, o.start - 8), o.start)))
			.map(o => ({id: world.seatOf(o.id), start: o.start}))
			.filter((o): o is {id: string; start: number} => o.id !== null && world.placeKind(o.id) === 'city');
		const city =
			venues.filter(inAfter).sort(byNearest(hit.end))[0]?.id ??
			venues.filter(inBefore).sort(byNearest(hit.start))[0]?.id ??
			seated.sort(byNearest(hit.start))[0]?.id ??
			null;
		const ownOrgs = unique(
			sentence.organizations
				.filter(inClause)
				.sort((a, b) => Number(world.isBody(b.id)) - Number(world.isBody(a.id)) || byNearest(hit.start)(a, b))
				.map(o => o.id),
		);
		const ownActors = unique(sentence.actors.filter(inClause).map(a => a.id));
		// People act, organisations when no person is named before the trigger
		// ("غداة زيارته" after "بوتين في الكرملين" is the visitor's visit, not the Kremlin's).
		// A possessive trigger (زيارته "his visit", مؤتمره "his press conference")
		// refers back to the clause's subject, its first actor.
		const possessive = /(?:ه|ها)$/u.test(normalise(hit.trigger.norm)) && /(?:ه|ها)$/u.test(normalise(sentence.text.slice(hit.start, hit.end)));
		const actorBefore = possessive
			? sentence.actors.filter(a => a.start >= lo && a.start < hit.start).sort((a, b) => a.start - b.start)[0]
			: sentence.actors.filter(inBefore).sort((a, b) => b.start - a.start)[0];
		const orgBefore = sentence.organizations.filter(inBefore).sort((a, b) => b.start - a.start)[0];
		const own = actorBefore ? {kind: 'actor' as const, id: actorBefore.id} : orgBefore ? {kind: 'org' as const, id: orgBefore.id} : null;
		// Verbs joined by و share their subject (إيكواس تعلق … وتفرض عقوبات وتمهل الانقلابيين).
		const shared = !own && joined ? (mentions.at(-1)?.subject ?? null) : null;
		const subject = own ?? shared;
		const orgs = shared?.kind === 'org' && !ownOrgs.includes(shared.id) ? [...ownOrgs, shared.id] : ownOrgs;
		const actors = shared?.kind === 'actor' && !ownActors.includes(shared.id) ? [...ownActors, shared.id] : ownActors;
		// A visit goes where إلى points, or to the place its verb takes as object (زار موسكو).
		const destination =
			sentence.places.filter(inClause).find(p => /(?:^|\s)(?:إلى|الى|إلي)\s*$/.test(sentence.text.slice(Math.max(0, p.start - 6), p.start)))?.id ??
			(hit.trigger.family === 'visit' ? (placesAfter[0] ?? null) : null);
		previousDate = date;
		const clause = {lo, hi, hit, tokens, text: sentence.text};
		const info = compiled.subtypes.get(hit.trigger.type);
		const place = placeOf(clause, sentence, {city, destination, family: hit.trigger.family, info}, compiled, world);
		const parties = partiesAfter(clause, sentence, states, subject, compiled, world);
		starts.push(hit.start);
		mentions.push({
			article: context.article,
			sentence: sentence.id,
			order: context.order,
			type: hit.trigger.type,
			plover: hit.trigger.plover,
			family: hit.trigger.family,
			distinctive: hit.trigger.distinctive,
			...(hit.trigger.standsAlone ? {standsAlone: true} : {}),
			...(info?.targetPlace ? {strikes: true} : {}),
			...(topics.has(hits[h]!) ? {topic: topics.get(hits[h]!)!} : {}),
			...(date === null && context.published === null ? yearlessOf(sentence, inAfter, inBefore, hit.start) : {}),
			at: hit.start,
			date,
			city,
			places: compact(places),
			orgs: compact(orgs),
			actors: compact(actors),
			subject,
			destination,
			place,
			participants: compact(
				participantsOf(
					clause,
					sentence,
					states,
					{place, parties, actors, orgs, targetPlace: info?.targetPlace === true, baObject: info?.baObject === true},
					compiled,
					world,
				),
			),
			parties: compact(parties),
			status: statusOf(clauseCues, hit.trigger, date, context.published),
			outcomes: outcomesIn(clauseCues, sentence.text),
			numbers: mentionNumbers(sentence, lo, hi, compiled),
			published: context.published,
		});
	}
	shareDuring(mentions, starts, sentence.text, context.published);
	return mentions;
}

// "فرض عقوبات خلال اجتماعهم الاثنين"، "أمهل … في ختام اجتماع عقده أمس الجمعة":
// an event that happens during another happens on its day.
const DURING = /(?:^|\s)(?:و|ف)?(?:خلال|اثناء|أثناء|في ختام|فى ختام|على هامش|علي هامش|عقب|في اعقاب|في أعقاب)\s*$/u;

/**
 * Two neighbouring mentions joined by "during" (خلال، في ختام، على هامش، عقب)
 * share a date: whichever has none takes the other's, as context (not a
 * direct claim), and a day after the publication makes it scheduled.
 */
function shareDuring(mentions: Mention[], starts: number[], text: string, published: string | null): void {
	for (let i = 0; i + 1 < mentions.length; i++) {
		const a = mentions[i]!;
		const b = mentions[i + 1]!;
		if ((a.date === null) === (b.date === null)) continue;
		const at = starts[i + 1]!;
		if (!DURING.test(text.slice(Math.max(starts[i]!, at - 16), at))) continue;
		const [from, to, k] = a.date ? [a, b, i + 1] : [b, a, i];
		const date: MentionDate = {...from.date!, direct: false};
		const later = published !== null && date.precision === 'day' && date.value > published.slice(0, 10);
		mentions[k] = {...to, date, status: to.status === 'unknown' && later ? 'scheduled' : to.status};
	}
}

/** The nearest unresolved day-and-month date of the clause (after the trigger first), if any. */
function yearlessOf(
	sentence: Sentence,
	inAfter: (s: {start: number}) => boolean,
	inBefore: (s: {start: number}) => boolean,
	at: number,
): {yearless: {text: string; direct: boolean}} | Record<string, never> {
	const open = sentence.dates.filter(d => d.value === null && d.resolution === 'unresolved' && /\d/u.test(d.text));
	const after = open.filter(inAfter).sort((a, b) => a.start - b.start)[0];
	const before = open.filter(inBefore).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
	const d = after ?? before;
	return d ? {yearless: {text: d.text, direct: Boolean(after)}} : {};
}

/**
 * Countries and capitals the sentence names, as parties too (روسيا, which
 * extraction keeps as a place only where it is one), but not inside a longer
 * name (مجلس الناتو وروسيا is the council). null when the world lists none.
 */
function statesOf(words: ReturnType<typeof eventWords>, sentence: Sentence, world: EventWorld): Array<{id: string; start: number; end: number}> | null {
	const found = scanStates(words, world);
	if (!found) return null;
	const inside = (h: {start: number; end: number}, r: {start: number; end: number}) => h.start < r.end && r.start < h.end;
	return found
		.filter(
			h =>
				!sentence.organizations.some(r => inside(h, r)) &&
				!sentence.actors.some(r => inside(h, r)) &&
				!sentence.places.some(r => r.id !== h.value && inside(h, r)),
		)
		.map(h => ({id: h.value, start: h.start, end: h.end}));
}

/** Two triggers joined by و alone (اجتماع ومباحثات، الاجتماعات والمحادثات). */
function coordinated(text: string, a: Hit<Trigger>, b: Hit<Trigger>): boolean {
	return coordinatedGap(text.slice(a.end, b.start));
}

/** Nothing but space, a conjunction and the next word's proclitics. */
function coordinatedGap(gap: string): boolean {
	return /^\s*[وف]?\s*(?:ب|ل|ك)?(?:ال|ل)?$/u.test(gap);
}

// Ingest holds every mention of the corpus until linking (650k at 100k
// articles): most clauses name no place, body or actor, so they share one
// empty list rather than hold three each.
const NONE: readonly never[] = Object.freeze([]);

function compact<T>(ids: readonly T[]): readonly T[] {
	return ids.length === 0 ? NONE : ids;
}

// Words that open another clause inside a sentence: a contrast, a simultaneous
// event, or the reporting clause (حسبما ذكرت وكالة … يوم الأحد).
const BREAKS =
	/[؛;]|(?:^|\s)(?:لكن|ولكن|غير أن|بينما|في حين|فيما|قبل أن|بعد أن|ثم|في وقت(?!\s+(?:مبكر|سابق|لاحق|مبكّر))|حسبما|وفقا|وفقًا|نقلا عن|نقلًا عن)(?=\s)/gu;

/** The clause breaks of a sentence, found once for all its triggers. */
export function clauseBreaks(text: string): Array<{start: number; end: number}> {
	const out: Array<{start: number; end: number}> = [];
	for (const m of text.matchAll(BREAKS)) out.push({start: m.index!, end: m.index! + m[0].length});
	return out;
}

function lastBreakBefore(breaks: Array<{start: number; end: number}>, at: number): number {
	let last = 0;
	for (const b of breaks) if (b.end <= at) last = b.end;
	return last;
}

function firstBreakAfter(breaks: Array<{start: number; end: number}>, at: number, length: number): number {
	for (const b of breaks) if (b.start >= at) return b.start;
	return length;
}

const LOCATIVE_BEFORE = /(?:^|[\s(«"“])(?:و|ف)?(?:في|فى|إلى|الى|داخل|قرب|من مقر|مقرها)\s*$/u;
const HOSTS_AFTER = /^\s*(?:\S+\s+){0,1}(?:تستضيف|ستستضيف|يستضيف|سيستضيف|استضافة|تحتضن|ستحتضن)/u;

function isVenue(text: string, place: {start: number; end: number; text: string}, triggerEnd: number, placeNouns: ReadonlySet<string>): boolean {
	// A place noun between the preposition and the name (في مدينة جدة، بمدينة جدة) changes nothing.
	let at = place.start;
	const noun = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 16), at));
	if (noun) {
		const n = normalise(noun[1]!);
		if (/^[وف]?ب/u.test(n) && has(placeNouns, n.replace(/^([وف]?)ب/u, '$1'))) return true;
		if (has(placeNouns, n)) at -= noun[0].length;
	}
	const before = text.slice(Math.max(0, at - 12), at);
	if (LOCATIVE_BEFORE.test(before)) return true;
	// The proclitic ب just before the name (ببروكسل): the name's own text starts
	// after it, so a name that begins with ب (بروكسل، باريس) says nothing.
	if (/(?:^|[\s(«"“])[وف]?ب$/u.test(before)) return true;
	// Construct state right after the trigger: مباحثات جنيف.
	if (place.start >= triggerEnd && /^\s*$/.test(text.slice(triggerEnd, place.start))) return true;
	return HOSTS_AFTER.test(text.slice(place.end, place.end + 40));
}

function byNearest(at: number) {
	return (a: {start: number}, b: {start: number}) => Math.abs(a.start - at) - Math.abs(b.start - at);
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}
