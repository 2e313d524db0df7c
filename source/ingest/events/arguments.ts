// What a mention's clause says about its event beyond date and venue: where it
// happens, who takes part, where it stands (status), what came of it, and the
// numbers it gives. Pure functions over the sentence's extracted entities and
// its tokens; the words come from events.json.
import type {EntityRef, Sentence} from '../../dataset/schema.js';
import {hardGapBefore, type Words} from './tokens.js';
import type {EventStatus} from '../../lexicon/events.js';
import {whatItCounts} from '../extract/numbers.js';
import {type CompiledEvents, type Cue, type Hit, STRONGEST_FIRST, type SubtypeInfo, type Trigger, type WordSteps} from './triggers.js';
import type {EventWorld} from './types.js';

export type MentionNumber = {value: number; unit: string | null; counts: string | null; text: string};
export type MentionOutcome = {kind: string; text: string};

/** A trigger's clause: [lo, hi) in the sentence text, with the sentence's words. */
export type Clause = {lo: number; hi: number; hit: Hit<Trigger> & {trigger: Trigger}; words: Words; text: string};

type Span = {id: string; start: number; end: number};

/** Before a place, words that make it an origin or a goal, not where the event is nor a party (من السودان، إلى جنيف). */
const MOTION = new Set(['من', 'الي', 'عبر', 'نحو', 'باتجاه']);

/** Index of the word holding offset `at`, or of the first word after it. */
function tokenAt(words: Words, at: number): number {
	let lo = 0;
	let hi = words.count;
	const {ends} = words;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid]! <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Original text between word i - 1 (or the start) and word i. */
function gap(clause: Clause, i: number): string {
	const {words} = clause;
	return i < words.count ? clause.text.slice(i > 0 ? words.ends[i - 1]! : 0, words.starts[i]!) : '';
}

/** Is the word (or words) in the set, as written or without a leading و/ف conjunction (ولاية is not و + لاية)? */
export function has(set: ReadonlySet<string>, norm: string): boolean {
	return set.has(norm) || (norm.length > 2 && (norm.startsWith('و') || norm.startsWith('ف')) && set.has(norm.slice(1)));
}

// Which of the lexicon's word lists a sentence's word is in (has()), as bits
// known once per word on its steps (the steps are per lexicon): has() on a
// word's norm cost a hash lookup and, for a word after و/ف, a slice and its
// hash at every ask (~4% of the stage in a warm profile).
export const IN_TOPIC = 1;
const IN_PLACE_WORDS = 2;
const IN_PLACE_NOUNS = 4;
const IN_TARGET_PLACE = 8;
export const IN_SEPARATORS = 16;
const IN_MOTION = 32;

/** has(list, word k's norm) for the list of the bit. */
export function wordIn(words: Words, k: number, bit: number, compiled: CompiledEvents): boolean {
	const steps = words.value(k) as WordSteps;
	let sets = steps.sets;
	if (sets < 0) {
		const n = steps.norm;
		sets =
			(has(compiled.topicWords, n) ? IN_TOPIC : 0) |
			(has(compiled.placeWords, n) ? IN_PLACE_WORDS : 0) |
			(has(compiled.placeNouns, n) ? IN_PLACE_NOUNS : 0) |
			(has(compiled.targetPlaceWords, n) ? IN_TARGET_PLACE : 0) |
			(has(compiled.separators, n) ? IN_SEPARATORS : 0) |
			(has(MOTION, n) ? IN_MOTION : 0);
		steps.sets = sets;
	}
	return (sets & bit) !== 0;
}

/**
 * What stands just before a name at `at`: the proclitic glued to it (ب of
 * ببروكسل), and the one and two words before it in the clause. A place noun
 * (مدينة، ولاية) is passed over: "في مدينة خاركيف" reads as "في خاركيف", and
 * the noun itself says the name is a location (`named`).
 */
function before(clause: Clause, at: number, compiled: CompiledEvents): Before {
	const {words, text} = clause;
	let i = tokenAt(words, at);
	// The word holding `at` (tokenAt gives at most count: none).
	const tok = i < words.count;
	const b = seen;
	b.glued = tok && words.starts[i]! < at ? text.slice(words.starts[i]!, at) : '';
	b.named = false;
	b.one = -1;
	b.two = -1;
	if (!b.glued && i > 0 && wordIn(words, i - 1, IN_PLACE_NOUNS, compiled) && !hardGapBefore(words, i)) {
		b.named = true;
		i--;
	}
	if (i < 1 || !tok || hardGapBefore(words, i)) return b;
	b.one = i - 1;
	if (i >= 2 && !hardGapBefore(words, i - 1)) b.two = i - 2;
	return b;
}

/** What before() found: the glued proclitic, the word before (index, -1: none) and the one before it (-1: none). */
type Before = {glued: string; one: number; two: number; named: boolean};
/** before()'s answer, reused: each caller reads it at once. */
const seen: Before = {glued: '', one: -1, two: -1, named: false};

/** Does the text put the event at this place (في جنيف، ببروكسل، جنوب تركيا، مدينة خاركيف؛ for violence: غارة على غزة)? */
function locative(clause: Clause, at: number, compiled: CompiledEvents, targetPlace: boolean): boolean {
	const {glued, one, two, named} = before(clause, at, compiled);
	if (/^[وف]?ب$/u.test(glued)) return true;
	const {words} = clause;
	if (one >= 0 && wordIn(words, one, IN_MOTION, compiled)) return false;
	if (named || (one >= 0 && (wordIn(words, one, IN_PLACE_WORDS, compiled) || (targetPlace && wordIn(words, one, IN_TARGET_PLACE, compiled))))) return true;
	if (two < 0) return false;
	// The two words before it (جنوب شرق): a phrase of the lists.
	const pair = `${words.norm(two)} ${words.norm(one)}`;
	return has(compiled.placeWords, pair) || (targetPlace && has(compiled.targetPlaceWords, pair));
}

/** In a ب phrase (بدولة فلسطين، بروسيا): the object of a verb that takes one, for the subtypes that say so. */
function inBaPhrase(clause: Clause, at: number, compiled: CompiledEvents): boolean {
	return /^[وف]?ب$/u.test(before(clause, at, compiled).glued);
}

/** Named as where someone comes from or goes to (من موسكو، إلى جنيف), or where something is (في، ب، مدينة). */
function situated(clause: Clause, at: number, compiled: CompiledEvents, targetPlace: boolean): boolean {
	const {glued, one, named} = before(clause, at, compiled);
	if (named || /^[وف]?ب$/u.test(glued)) return true;
	const {words} = clause;
	return (
		one >= 0 &&
		(wordIn(words, one, IN_MOTION, compiled) || wordIn(words, one, IN_PLACE_WORDS, compiled) || (targetPlace && wordIn(words, one, IN_TARGET_PLACE, compiled)))
	);
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
	const {words, hit, hi} = clause;
	for (let k = hit.to; k < words.count && words.starts[k]! < hi; k++) {
		if (/[:«"“]/u.test(gap(clause, k)) || wordIn(words, k, IN_TOPIC, compiled)) return words.starts[k]!;
	}
	return hi;
}

/** The first place after the trigger that people leave (من الخرطوم، من مدينة خيرسون), else one the text puts the event in. */
function origin(clause: Clause, sentence: Sentence, compiled: CompiledEvents): string | null {
	const {hit, hi} = clause;
	const after = sentence.places.filter(p => p.start >= hit.end && p.start < hi).sort((a, b) => a.start - b.start);
	const from = after.find(p => {
		const {one} = before(clause, p.start, compiled);
		return one >= 0 && clause.words.norm(one) === 'من';
	});
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
export function stateSpans(sentence: Sentence, states: Span[] | null): Span[] {
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
	/** stateSpans of the sentence, found once for all its triggers. */
	spans: Span[],
	subject: {id: string} | null,
	compiled: CompiledEvents,
	world: EventWorld,
): string[] {
	const {words, hit, hi} = clause;
	let sep = -1;
	// Right after the trigger or one word later (محادثات هاتفية مع، اشتباكات عنيفة بين).
	for (let k = hit.to; k < Math.min(words.count, hit.to + 2); k++) {
		if (words.starts[k]! >= hi || hardGapBefore(words, k)) break;
		if (wordIn(words, k, IN_SEPARATORS, compiled)) {
			sep = k;
			break;
		}
	}
	if (sep < 0) return [];
	let stop = sep + 1;
	while (stop < words.count && stop <= sep + 8) {
		if (words.starts[stop]! >= hi || hardGapBefore(words, stop) || wordIn(words, stop, IN_PLACE_WORDS, compiled)) break;
		stop++;
	}
	const from = words.ends[sep]!;
	const to = words.ends[stop - 1]!;
	const inside = (s: {start: number}) => s.start >= from && s.start < to;
	const named: Array<{id: string; start: number}> = [
		...sentence.actors.filter(inside),
		...sentence.organizations.filter(inside),
		...spans
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
	/** stateSpans of the sentence, found once for all its triggers. */
	spans: Span[],
	known: {place: string | null; parties: string[]; actors: string[]; orgs: string[]; targetPlace: boolean; baObject?: boolean},
	compiled: CompiledEvents,
	world: EventWorld,
): string[] {
	const {lo, hi, hit} = clause;
	const ids = [...known.parties, ...known.actors, ...known.orgs];
	for (const s of spans) {
		if (s.start < lo || s.start >= hi || (s.start >= hit.start && s.start < hit.end)) continue;
		if (s.id === known.place) continue;
		if (situated(clause, s.start, compiled, known.targetPlace) && !(known.baObject && inBaPhrase(clause, s.start, compiled))) continue;
		// In apposition to a place it is a place too (في بروكسل، بلجيكا).
		if (sentence.places.some(p => p.end <= s.start && /^\s*[,،]\s*$/u.test(clause.text.slice(p.end, s.start)))) continue;
		const id = government(s.id, world);
		if (id) ids.push(id);
	}
	return unique(ids);
}

/** The ids once each, first occurrence first (what [...new Set(ids)] gives; the lists hold a few ids). */
function unique(ids: string[]): string[] {
	let dup = false;
	for (let i = 1; i < ids.length && !dup; i++) if (ids.lastIndexOf(ids[i]!, i - 1) >= 0) dup = true;
	if (!dup) return ids;
	const out: string[] = [];
	for (const id of ids) if (!out.includes(id)) out.push(id);
	return out;
}

function statusBit(s: Exclude<EventStatus, 'unknown'>): number {
	return 1 << STRONGEST_FIRST.indexOf(s);
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
	// The statuses the clause's words say, as bits (a Set per mention before).
	let said = 0;
	for (const c of cues) if (c.value.status) said |= statusBit(c.value.status);
	for (const s of FINAL) if ((said & statusBit(s)) !== 0) return s === 'ended' && trigger.lapses ? 'expired' : s;
	if (date && published && date.precision === 'day' && date.value > published) return 'scheduled';
	if ((said & statusBit('scheduled')) !== 0 || trigger.tense === 'future') return 'scheduled';
	if (trigger.tense === 'past' || (said & statusBit('held')) !== 0) return 'held';
	if ((said & statusBit('announced')) !== 0) return 'announced';
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
