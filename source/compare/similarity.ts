// How alike two sentences from different articles are, and why. Structure
// (shared dates, numbers, event links, actors, places, organisations) and
// wording (normalised content words and character trigrams) both count, but
// one shared name is never enough: "Stoltenberg chaired the meeting" and
// "Stoltenberg said a compromise will be hard" are different facts.
import type {Sentence} from '../dataset/schema.js';
import {plainNumbers} from './kinds.js';
import {contentKeys, cosine, jaccard, trigrams} from './tokens.js';

export type Features = {
	id: string;
	article: string;
	/** id → English name, for the row's reason. */
	actors: Map<string, string>;
	orgs: Map<string, string>;
	places: Map<string, string>;
	/** Day-precise dates only: "2022" or "January" is shared by half the corpus. */
	dates: Set<string>;
	numbers: Set<string>;
	/** Other events the sentence is linked to (all share the compared one). */
	events: Set<string>;
	keys: Set<string>;
	grams: Map<string, number>;
};

export function sentenceFeatures(s: Sentence, article: string, eventId: string): Features {
	const keys = contentKeys(s.text);
	return {
		id: s.id,
		article,
		actors: new Map(s.actors.map(a => [a.id, a.nameEn])),
		orgs: new Map(s.organizations.map(o => [o.id, o.nameEn])),
		places: new Map(s.places.map(p => [p.id, p.nameEn])),
		dates: new Set(s.dates.flatMap(d => [d.value, d.rangeEnd]).filter((v): v is string => v !== null && v.length === 10)),
		numbers: new Set(plainNumbers(s).map(n => (n.unit ? `${n.value} ${n.unit}` : String(n.value)))),
		events: new Set(s.events.filter(e => e !== eventId)),
		keys: new Set(keys),
		grams: trigrams(keys),
	};
}

export type Shared = {
	actors: string[];
	orgs: string[];
	places: string[];
	dates: string[];
	numbers: string[];
	events: string[];
	/** Kinds of names (actors, organisations, places) shared beyond the ubiquitous ones. */
	rareNameKinds: number;
	text: number;
};

function sharedKeys<V>(a: Map<string, V> | Set<string>, b: Map<string, V> | Set<string>, ignore: ReadonlySet<string>): string[] {
	const out: string[] = [];
	for (const k of a.keys()) if (b.has(k) && !ignore.has(k)) out.push(k);
	return out.sort();
}

/** Wording similarity in 0..1: the mean of content-word Jaccard and trigram cosine. */
export function textSimilarity(a: Features, b: Features): number {
	return (jaccard(a.keys, b.keys) + cosine(a.grams, b.grams)) / 2;
}

/**
 * What two sentences share. `ubiquitous` holds entity ids that appear in most
 * of the event's sentences (Russia, NATO in a NATO–Russia story): sharing
 * them says nothing about sharing a fact.
 */
export function shared(a: Features, b: Features, ubiquitous: ReadonlySet<string> = new Set()): Shared {
	const none = new Set<string>();
	const rare = [sharedKeys(a.actors, b.actors, ubiquitous), sharedKeys(a.orgs, b.orgs, ubiquitous), sharedKeys(a.places, b.places, ubiquitous)];
	return {
		actors: sharedKeys(a.actors, b.actors, none),
		orgs: sharedKeys(a.orgs, b.orgs, none),
		places: sharedKeys(a.places, b.places, none),
		rareNameKinds: rare.filter(x => x.length > 0).length,
		dates: sharedKeys(a.dates, b.dates, none),
		numbers: sharedKeys(a.numbers, b.numbers, none),
		events: sharedKeys(a.events, b.events, none),
		text: textSimilarity(a, b),
	};
}

export const THRESHOLDS = {
	/** Wording this close aligns on its own (translations of one wire story). */
	text: 0.5,
	/** With a shared date, number or event link, wording need only be this close. */
	textWithStrong: 0.15,
	/** With shared names only, wording must be this close. */
	textWithNames: 0.3,
	textWithTwoNames: 0.2,
};

/**
 * A score for greedy ordering, or null when the pair must not align. A
 * shared date/number/event is strong evidence and needs one more thing in
 * common (any shared name, or some wording). Names alone are weak: they must
 * be names that are not everywhere in the story, with similar wording too.
 */
export function alignScore(s: Shared): number | null {
	const strong = [s.dates, s.numbers, s.events].filter(x => x.length > 0).length;
	const anyName = [s.actors, s.orgs, s.places].some(x => x.length > 0);
	const weak = s.rareNameKinds;
	const ok =
		s.text >= THRESHOLDS.text ||
		(strong >= 1 && (anyName || s.text >= THRESHOLDS.textWithStrong)) ||
		(weak >= 2 && s.text >= THRESHOLDS.textWithTwoNames) ||
		(weak >= 1 && s.text >= THRESHOLDS.textWithNames);
	return ok ? s.text + 0.25 * strong + 0.1 * weak : null;
}
