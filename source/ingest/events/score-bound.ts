// A cheap bound on joinScore, so clusterMentions computes the exact score only
// for the candidates that can still win. Per cluster, what the rules read is
// summarised as numbers in two flat typed arrays (one record per cluster, one
// cache line or two): each set of strings (subjects, actors, cities…) as a
// 32-bit mask of its members' bits, the flags and day numbers as they are.
// A mask answers "surely not a member" exactly (no bit, no member) and
// "perhaps a member" otherwise, so the bound vetoes only what joinScore
// vetoes and never scores below it; the exact score decides the rest.
//
// Why: at 5k generated articles a mention is scored against 42 candidates
// (2.66M scores) and joinScore was 42% of linking; 76% of the scores were a
// veto (another subject of a distinctive act 52%, another person 12%, another
// city 4%), and most of the rest scored no more than the best candidate
// already found. Reading a cluster's Sets of strings for each of them cost
// several cache misses and string compares per candidate. With the bound
// the exact score is computed for 121k of the 2.66M candidates.
import type {Cluster, MentionFacts} from './cluster.js';
import type {Mention} from './mentions.js';
import {NEAR_DAYS, MAX_SPREAD, REPORT_DAYS, UNDATED_DAYS} from './windows.js';

// The record of a cluster: STRIDE int32s, one or two cache lines, read
// without touching the cluster object. Day numbers are integers (dayNumber of
// a well-formed date); a cluster with one that is not (NaN) is INEXACT and
// always scored.
const FLAGS = 0; // the bits below, and the family's id from bit 8
const SUBJECTS = 1;
const ACTORS = 2;
const LO = 3;
const HI = 4;
const P0 = 5;
const P1 = 6;
const CITIES = 7;
const TOPICS = 8;
const BODIES = 9;
const TYPES = 10;
const PARTICIPANTS = 11;
const COUNTRIES = 12;
const SUBJECT_PARENTS = 13;
const PUB0 = 14;
const PUB1 = 15;
const SIZE = 16;
const STRIDE = 17;

// FLAGS bits.
const SPECIFIC = 1; // c.specificBodies.size > 0
const DAYS = 2; // c.days.length > 0 (then c.principal is set)
const DATES = 4; // c.dates.size > 0
const PUBLISHED = 8; // c.pub0 is a number
const PRINCIPAL = 16; // c.principal !== null
/** A day claim or day of the cluster is not a number, or a claim ends before it starts (nearest() is then not bounded by lo..hi): always scored. */
const INEXACT = 32;
const FAMILY_SHIFT = 8;

/** What the bound returns for a candidate that joinScore surely vetoes. */
export const VETO = -1;
/** What it returns when it cannot tell (a malformed date): the candidate is scored. */
const UNBOUNDED = 1_000_000;

/** Strings to small ids, for the whole clustering; a string's bit in a mask is its id modulo 32. */
class Interner {
	private readonly ids = new Map<string, number>();

	bit(s: string | null): number {
		if (s === null) return 0;
		let id = this.ids.get(s);
		if (id === undefined) {
			id = this.ids.size;
			this.ids.set(s, id);
		}
		return 1 << (id & 31);
	}

	mask(items: readonly string[]): number {
		let m = 0;
		for (let i = 0; i < items.length; i++) m |= this.bit(items[i]!);
		return m;
	}

	private readonly families = new Map<string, number>();

	/** A family's id: few, so they fit above the flags of a record. */
	family(s: string): number {
		let id = this.families.get(s);
		if (id === undefined) {
			id = this.families.size;
			this.families.set(s, id);
		}
		return id;
	}
}

/** The facts of a mention as ids and masks, for bounding its score against any cluster. One shape. */
export class MentionBits {
	readonly family: number;
	readonly subject: number;
	readonly subjectParent: number;
	readonly actors: number;
	readonly city: number;
	readonly topic: number;
	readonly type: number;
	readonly specificBodies: number;
	readonly hasBodies: boolean;
	/** f.struck !== null, and its cities as a mask (0 when it names none). */
	readonly struck: boolean;
	readonly struckCities: number;
	readonly others: number;
	readonly countries: number;
	readonly parties: number;
	/** Every participant and every country of the mention (what it adds to a cluster it joins). */
	readonly allParticipants: number;
	readonly allCountries: number;
	readonly bodies: number;
	/** A day number the bound reads is not a number: the mention is scored against every candidate. */
	readonly inexact: boolean;

	constructor(f: MentionFacts, m: Mention, allCountries: readonly string[], strings: Interner) {
		this.family = strings.family(f.family);
		this.subject = strings.bit(f.subject);
		this.subjectParent = strings.bit(f.subjectParent);
		this.actors = strings.mask(f.actors);
		this.city = strings.bit(f.city);
		this.topic = strings.bit(f.topic);
		this.type = strings.bit(f.type);
		this.specificBodies = strings.mask(f.specificBodies);
		this.hasBodies = f.bodies.length > 0;
		this.bodies = strings.mask(f.bodies);
		this.struck = f.struck !== null;
		this.struckCities = f.struck === null ? 0 : strings.mask(f.struck);
		this.others = strings.mask(f.others);
		this.countries = strings.mask(f.countries);
		this.parties = strings.mask(f.parties);
		this.allParticipants = strings.mask(m.participants);
		this.allCountries = strings.mask(allCountries);
		this.inexact = (f.dated && f.day && !ordered(f.lo, f.hi)) || (f.time !== null && Number.isNaN(f.time));
	}
}

/** The summaries of every cluster, indexed as clusterMentions indexes clusters. */
export class ClusterBounds {
	private ints = new Int32Array(1024 * STRIDE);
	readonly strings = new Interner();

	/** Record what cluster i holds after the mention with these facts joined it (or founded it). */
	update(i: number, c: Cluster, f: MentionFacts, b: MentionBits): void {
		if ((i + 1) * STRIDE > this.ints.length) {
			const ints = new Int32Array(this.ints.length * 2);
			ints.set(this.ints);
			this.ints = ints;
		}
		const r = this.ints;
		const o = i * STRIDE;
		// Masks only gain members, as the cluster's sets do (addMention).
		r[o + SUBJECTS]! |= b.subject;
		r[o + SUBJECT_PARENTS]! |= b.subjectParent;
		r[o + ACTORS]! |= b.actors;
		r[o + CITIES]! |= b.city;
		r[o + TOPICS]! |= b.topic;
		r[o + TYPES]! |= b.type;
		r[o + BODIES]! |= b.bodies;
		r[o + PARTICIPANTS]! |= b.allParticipants;
		r[o + COUNTRIES]! |= b.allCountries;
		// A day claim that is not a number, or ends before it starts, is not
		// bounded by lo..hi in nearest(): never bound such a cluster (sticky).
		const malformed = (f.dated && f.day && !ordered(f.lo, f.hi)) || !days(c);
		r[o + FLAGS] =
			(this.strings.family(c.family) << FAMILY_SHIFT) |
			(r[o + FLAGS]! & INEXACT) |
			(malformed ? INEXACT : 0) |
			(c.specificBodies.size > 0 ? SPECIFIC : 0) |
			(c.days.length > 0 ? DAYS : 0) |
			(c.dates.size > 0 ? DATES : 0) |
			(Number.isNaN(c.pub0) ? 0 : PUBLISHED) |
			(c.principal !== null ? PRINCIPAL : 0);
		r[o + P0] = c.p0;
		r[o + P1] = c.p1;
		r[o + LO] = c.lo;
		r[o + HI] = c.hi;
		r[o + PUB0] = c.pub0;
		r[o + PUB1] = c.pub1;
		r[o + SIZE] = c.mentions.length;
	}

	/** c.mentions.length of cluster i. */
	size(i: number): number {
		return this.ints[i * STRIDE + SIZE]!;
	}

	/**
	 * Days from the time at to cluster i's principal claim, as clusterMentions
	 * breaks ties (Infinity without either); NaN when the record cannot tell
	 * (INEXACT: read the cluster).
	 */
	gap(i: number, at: number | null): number {
		const r = this.ints;
		const o = i * STRIDE;
		const flags = r[o + FLAGS]!;
		if ((flags & INEXACT) !== 0) return Number.NaN;
		if (at === null || (flags & PRINCIPAL) === 0) return Number.POSITIVE_INFINITY;
		const p0 = r[o + P0]!;
		const p1 = r[o + P1]!;
		return at < p0 ? p0 - at : at > p1 ? at - p1 : 0;
	}

	/**
	 * VETO when scoreWith(cluster i, f) is surely null, else a number at least
	 * its score. Mirrors scoreWith rule by rule (keep them together): a veto
	 * here only where the exact rule's condition surely holds, a point
	 * wherever the exact rule may give it.
	 */
	bound(i: number, f: MentionFacts, b: MentionBits): number {
		const r = this.ints;
		const o = i * STRIDE;
		const flags = r[o + FLAGS]!;
		if (flags >>> FAMILY_SHIFT !== b.family) return VETO;
		if (b.inexact || (flags & INEXACT) !== 0) return UNBOUNDED;
		const d = r;
		const q = o;

		// Another subject of a distinctive act.
		const subjects = r[o + SUBJECTS]!;
		if (f.distinctive && b.subject !== 0 && subjects !== 0) {
			if ((subjects & b.subject) === 0 && (r[o + SUBJECT_PARENTS]! & b.subject) === 0 && (subjects & b.subjectParent) === 0) return VETO;
		}
		// Another person of a distinctive act.
		const actors = r[o + ACTORS]!;
		const sharedActor = (actors & b.actors) !== 0;
		if (!sharedActor && f.distinctive && actors !== 0 && b.actors !== 0) return VETO;

		// Windows: nearest() is at least the distance to the cluster's first..last day claim.
		const hasDays = (flags & DAYS) !== 0;
		if (hasDays) {
			const lo = d[q + LO]!;
			const hi = d[q + HI]!;
			if (!f.dated) {
				const p = f.published;
				if (p !== null && (p < lo - UNDATED_DAYS || p > hi + UNDATED_DAYS)) return VETO;
			} else if (f.report && f.day && (f.hi < lo - REPORT_DAYS || f.lo > hi + REPORT_DAYS)) {
				return VETO;
			}
		}
		if ((flags & DATES) === 0 && (flags & PUBLISHED) !== 0) {
			const t = f.time;
			if (t !== null && (t < d[q + PUB0]! - UNDATED_DAYS || t > d[q + PUB1]! + UNDATED_DAYS)) return VETO;
		}
		const topics = r[o + TOPICS]!;
		if (b.topic !== 0 && topics !== 0 && (topics & b.topic) === 0) return VETO;

		let bound = 0;
		// Bodies: the same specific body 2, else another specific one vetoes, else 1 at most.
		if (r[o + BODIES] !== 0 && b.hasBodies) {
			if ((r[o + BODIES]! & b.specificBodies) !== 0) bound += 2;
			else if ((flags & SPECIFIC) !== 0 && b.specificBodies !== 0) return VETO;
			else bound += 1;
		}
		// City, or the cities a strike names.
		const cities = r[o + CITIES]!;
		if (b.city !== 0 && cities !== 0) {
			if ((cities & b.city) !== 0) bound += 1;
			else return VETO;
		} else if (b.struck && cities !== 0 && b.struckCities !== 0) {
			if ((cities & b.struckCities) !== 0) bound += 1;
			else return VETO;
		}
		// Date.
		if (f.dated) {
			if (f.report) {
				if (b.city !== 0 && hasDays && (cities & b.city) !== 0) bound += 1;
			} else if (f.dayClaim) {
				if (hasDays) {
					const lo = d[q + LO]!;
					const hi = d[q + HI]!;
					const gap = f.hi < lo ? lo - f.hi : f.lo > hi ? f.lo - hi : 0;
					if (gap > NEAR_DAYS) return VETO;
					bound += gap === 0 ? 2 : 1;
					// anchored(), exactly: it reads only the principal and lo..hi.
					const p0 = d[q + P0]!;
					const p1 = d[q + P1]!;
					const pgap = p1 < f.lo ? f.lo - p1 : f.hi < p0 ? p0 - f.hi : 0;
					if (pgap > NEAR_DAYS) return VETO;
					if (!(Math.max(hi, f.hi) - Math.min(lo, f.lo) <= MAX_SPREAD || (f.lo >= lo && f.hi <= hi))) return VETO;
				} else if ((flags & DATES) !== 0) {
					bound += 1;
				}
			} else if (hasDays || (flags & DATES) !== 0) {
				bound += 1;
			}
		}
		if (sharedActor) bound += 1;
		if (f.distinctive && (r[o + TYPES]! & b.type) !== 0) bound += 1;
		if (f.window && ((r[o + PARTICIPANTS]! & b.others) !== 0 || (r[o + COUNTRIES]! & b.countries) !== 0)) bound += f.standsAlone ? 2 : 1;
		if (b.topic !== 0 && (topics & b.topic) !== 0) bound += 1;
		const hasPrincipal = (flags & PRINCIPAL) !== 0;
		if (hasPrincipal && f.endDay >= d[q + P0]!) bound += 1;
		if (f.outcome && (r[o + PARTICIPANTS]! & b.parties) === b.parties && f.published !== null && hasPrincipal) {
			if (f.published >= d[q + P0]! && f.published <= d[q + P1]! + 1) bound += 2;
		}
		return bound;
	}
}

/** Are the cluster's day numbers integers (as in a well-formed date), so its record holds them exactly? */
function days(c: Cluster): boolean {
	return (
		(c.days.length === 0 || (Number.isInteger(c.lo) && Number.isInteger(c.hi) && Number.isInteger(c.p0) && Number.isInteger(c.p1))) &&
		(Number.isNaN(c.pub0) || (Number.isInteger(c.pub0) && Number.isInteger(c.pub1)))
	);
}

/** A day range the bound may reason about: two numbers, the first not after the second. */
function ordered(lo: number, hi: number): boolean {
	return lo <= hi;
}
