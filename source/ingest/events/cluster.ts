// Clustering event mentions across articles. Two mentions are one event when
// they agree on enough evidence (type, body, city, date, actors) and nothing
// vetoes it (two different bodies, two different cities, dates far apart).
// Outlets that date the same event differently still cluster: dates a few days
// apart with the same city or body are kept as competing claims, measured
// against the event's principal date so that clusters cannot chain (anchored).
import type {EventWorld} from './types.js';
import type {Mention, MentionDate} from './mentions.js';

export type Cluster = {
	mentions: Mention[];
	// What the mentions say, kept up to date as they join, so scoring a
	// candidate costs the same whatever the cluster's size.
	family: string;
	bodies: Set<string>;
	specificBodies: Set<string>;
	/** The parents of its bodies: a body is related to the cluster's when one is the other's parent. */
	bodyParents: Set<string>;
	cities: Set<string>;
	actors: Set<string>;
	/** Who acts in the mentions (the visitor, the speaker, the ministry). */
	subjects: Set<string>;
	/** The parents of its subjects: an organisation and the body it belongs to are one actor (joinScore). */
	subjectParents: Set<string>;
	/** Who takes part, as the mentions name them (people, organisations, countries). */
	participants: Set<string>;
	/** The countries the mentions are about (countriesOf). */
	countries: Set<string>;
	/** What its demands, refusals or threats are about (Mention.topic). */
	topics: Set<string>;
	/** First and last publication day of its mentions (NaN without). */
	pub0: number;
	pub1: number;
	types: Set<string>;
	/** Unqualified day claims, one per distinct value and end. */
	days: MentionDate[];
	/** The same claims as day numbers, first and last day in turn: every score compares against all of them. */
	spans: number[];
	/** Every date value → whether any of its claims is unqualified. */
	dates: Map<string, boolean>;
	/** Whether any value of dates is true (any unqualified claim). */
	unqualified: boolean;
	/** Unqualified day claims (key: value and end) → the weight of the mentions making them. */
	claimCounts: Map<string, number>;
	/** The day claim of most weight (the first to reach it on a tie), null without day claims: the event's date. */
	principal: MentionDate | null;
	/** Its key in claimCounts ('' without). */
	principalKey: string;
	/** Its first and last day number (NaN without). */
	p0: number;
	p1: number;
	/** First and last day of all day claims (NaN without). */
	lo: number;
	hi: number;
};

/**
 * The set of a cluster that nothing has joined yet, shared: addMention gives
 * a cluster its own on the first member, and nothing else adds to a
 * cluster's sets. At 1k articles five in six of the bodies, cities, topics
 * and parents sets stayed empty (15k of 18k), and the sets a linking keeps
 * are what its scavenges copy and what fills the old generation, which a
 * mark-compact of the whole ingest's heap then sweeps during linking.
 */
const NONE: Set<string> = new Set();

export function newCluster(m: Mention, world: EventWorld, f?: MentionFacts): Cluster {
	const c: Cluster = {
		mentions: [],
		family: m.family,
		bodies: NONE,
		specificBodies: NONE,
		bodyParents: NONE,
		cities: NONE,
		actors: new Set(),
		subjects: new Set(),
		subjectParents: NONE,
		participants: new Set(),
		countries: new Set(),
		topics: NONE,
		pub0: Number.NaN,
		pub1: Number.NaN,
		types: new Set(),
		days: [],
		spans: [],
		dates: new Map(),
		unqualified: false,
		claimCounts: new Map(),
		principal: null,
		principalKey: '',
		p0: Number.NaN,
		p1: Number.NaN,
		lo: Number.NaN,
		hi: Number.NaN,
	};
	addMention(c, m, world, f);
	return c;
}

/**
 * Add m to c. `f`: m's facts, when the caller has them (clusterMentions made
 * them to score m): the bodies, countries and days of a mention were read
 * again here, a second time per mention, from the world and the date strings.
 */
export function addMention(c: Cluster, m: Mention, world: EventWorld, f: MentionFacts = mentionFacts(m, world)): void {
	c.mentions.push(m);
	const bodies = f.bodies;
	for (let k = 0; k < bodies.length; k++) {
		const b = bodies[k]!;
		if (c.bodies === NONE) c.bodies = new Set();
		c.bodies.add(b);
		const parent = f.bodyParents[k]!;
		if (parent !== null) {
			if (c.bodyParents === NONE) c.bodyParents = new Set();
			c.bodyParents.add(parent);
		}
	}
	for (const b of f.specificBodies) {
		if (c.specificBodies === NONE) c.specificBodies = new Set();
		c.specificBodies.add(b);
	}
	if (f.city) {
		if (c.cities === NONE) c.cities = new Set();
		c.cities.add(f.city);
	}
	for (const a of m.actors) c.actors.add(a);
	if (f.subject !== null) {
		c.subjects.add(f.subject);
		if (f.subjectParent !== null) {
			if (c.subjectParents === NONE) c.subjectParents = new Set();
			c.subjectParents.add(f.subjectParent);
		}
	}
	for (const p of m.participants) c.participants.add(p);
	for (const k of f.allCountries) c.countries.add(k);
	if (f.topic) {
		if (c.topics === NONE) c.topics = new Set();
		c.topics.add(f.topic);
	}
	const p = f.published;
	if (p !== null) {
		if (!(c.pub0 <= p)) c.pub0 = p;
		if (!(c.pub1 >= p)) c.pub1 = p;
	}
	c.types.add(m.type);
	const d = m.date;
	if (d) {
		c.dates.set(d.value, (c.dates.get(d.value) ?? false) || !d.qualified);
		if (!d.qualified) c.unqualified = true;
		if (d.precision === 'day' && !d.qualified) {
			const d0 = f.lo;
			const d1 = f.hi;
			if (!c.days.some(x => x.value === d.value && x.end === d.end)) {
				c.days.push(d);
				c.spans.push(d0, d1);
				if (!(c.lo <= d0)) c.lo = d0;
				if (!(c.hi >= d1)) c.hi = d1;
			}
			// Weighed as link.ts dates the event (direct 1, context ½, relative ¼), in quarters.
			const key = f.claimKey;
			const n = (c.claimCounts.get(key) ?? 0) + (d.direct ? 4 : d.relative ? 1 : 2);
			c.claimCounts.set(key, n);
			if (c.principal === null || n > c.claimCounts.get(c.principalKey)!) {
				c.principal = d;
				c.principalKey = key;
				c.p0 = d0;
				c.p1 = d1;
			}
		}
	}
}

import {ClusterBounds, MentionBits} from './score-bound.js';
import {type OrgFacts, WorldMemo} from './world-memo.js';
import {JOIN, MAX_SPREAD, NEAR_DAYS, REPORT_DAYS, UNDATED_DAYS} from './windows.js';

// The windows are the rules' own; tests and callers import them from here as before.
export {MAX_SPREAD, NEAR_DAYS, REPORT_DAYS, UNDATED_DAYS};

const dayNumbers = new Map<string, number>();

export function dayNumber(iso: string): number {
	let n = dayNumbers.get(iso);
	if (n === undefined) {
		const [y, m, d] = iso.split('-').map(Number);
		n = Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86_400_000;
		// Dates in a corpus are few; the cache stays small.
		if (dayNumbers.size < 100_000) dayNumbers.set(iso, n);
	}
	return n;
}

/** Does a coarse date (month or year) contain a day or another coarse date? */
function contains(outer: string, inner: string): boolean {
	return inner.startsWith(outer);
}

/**
 * What joinScore asks of a mention alone, whatever the cluster: computed once
 * per mention (clusterMentions scores it against all its candidates in a row),
 * as one class so every instance has one shape. At 10k generated articles
 * joinScore was three fifths of clustering, and its parentOf over every
 * subject of a cluster and its participant loop alone a tenth.
 */
export class MentionFacts {
	// The mention's own fields scoring reads, copied: mentions come in several
	// shapes (optional fields), and reading them at every candidate made each
	// property access in joinScore a megamorphic one.
	readonly family: string;
	readonly type: string;
	readonly distinctive: boolean;
	readonly standsAlone: boolean;
	readonly topic: string | null;
	readonly city: string | null;
	readonly subject: string | null;
	readonly actors: readonly string[];
	readonly parties: readonly string[];
	/** m.date's value, precision and whether it is a day date ('' and false without). */
	readonly dated: boolean;
	readonly value: string;
	readonly day: boolean;
	readonly bodies: readonly string[];
	readonly specificBodies: readonly string[];
	/** parentOf of each body (null without): two bodies are related when one is the other's parent. */
	readonly bodyParents: ReadonlyArray<string | null>;
	/** rootOf of each body: the key a body is filed and looked up under. */
	readonly roots: readonly string[];
	readonly published: number | null;
	/** timeOf(m). */
	readonly time: number | null;
	/** Dated only by its report (isReportDate). */
	readonly report: boolean;
	/** An unqualified day date that is not a report date's. */
	readonly dayClaim: boolean;
	readonly qualified: boolean;
	/** span(m.date), NaN without a date. */
	readonly lo: number;
	readonly hi: number;
	/** The month and the year of m.date (its period keys), '' without. */
	readonly month: string;
	readonly year: string;
	/** An unqualified day date's key in Cluster.claimCounts, else ''. */
	readonly claimKey: string;
	/** Undated, or dated only by its report: the window rules of joinScore decide how near it must be. */
	readonly window: boolean;
	readonly subjectParent: string | null;
	readonly participants: readonly string[];
	/** Participants that are not people (sharesParticipant). */
	readonly others: readonly string[];
	/** countriesOf(m). */
	readonly allCountries: readonly string[];
	/** countriesOf(m) when byCountry(m), else empty. */
	readonly countries: readonly string[];
	readonly byWhom: boolean;
	/** Cities among the places of a strike without a city of its own, else null. */
	readonly struck: string[] | null;
	readonly outcome: boolean;
	/** The day a day-dated end claims (concludes), NaN when it is none. */
	readonly endDay: number;

	// Everything clustering reads of a mention, read once: scoring, finding
	// candidates, filing the cluster's keys and adding the mention each read
	// the mention's bodies, days and countries again (at 1k articles these
	// facts were made once to score and the same work done three times more).
	constructor(m: Mention, world: EventWorld, memo: WorldMemo = new WorldMemo(world)) {
		this.family = m.family;
		this.type = m.type;
		this.distinctive = m.distinctive;
		this.standsAlone = m.standsAlone === true;
		this.topic = m.topic || null;
		this.city = m.city || null;
		this.subject = m.subject ? m.subject.id : null;
		this.actors = m.actors;
		this.parties = m.parties;
		const d = m.date;
		this.dated = d !== null;
		this.value = d ? d.value : '';
		this.day = d !== null && d.precision === 'day';
		let bodies: OrgFacts[] | null = null;
		let ids: string[] | null = null;
		for (const o of m.orgs) {
			const org = memo.org(o);
			if (!org.body) continue;
			(bodies ??= []).push(org);
			(ids ??= []).push(o);
		}
		if (bodies === null) {
			this.bodies = NO_STRINGS;
			this.specificBodies = NO_STRINGS;
			this.bodyParents = NO_STRINGS;
			this.roots = NO_STRINGS;
		} else {
			const specific: string[] = [];
			const parents: Array<string | null> = [];
			const roots: string[] = [];
			for (let k = 0; k < bodies.length; k++) {
				const b = bodies[k]!;
				if (!b.generic) specific.push(ids![k]!);
				parents.push(b.parent);
				roots.push(b.root);
			}
			this.bodies = ids!;
			this.specificBodies = specific;
			this.bodyParents = parents;
			this.roots = roots;
		}
		const published = publishedDay(m);
		this.published = published;
		const report = d !== null && isReportDate(d);
		this.report = report;
		const dayClaim = d !== null && !report && d.precision === 'day' && !d.qualified;
		this.dayClaim = dayClaim;
		this.qualified = d ? d.qualified : false;
		let lo = Number.NaN;
		let hi = Number.NaN;
		if (d) {
			lo = dayNumber(d.value);
			hi = d.end && d.end.length === 10 ? dayNumber(d.end) : lo;
		}
		this.lo = lo;
		this.hi = hi;
		this.time = dayClaim ? lo : published;
		this.month = d ? d.value.slice(0, 7) : '';
		this.year = d ? d.value.slice(0, 4) : '';
		this.claimKey = d !== null && d.precision === 'day' && !d.qualified ? `${d.value}|${d.end ?? ''}` : '';
		this.window = d === null || report;
		this.subjectParent = m.subject ? memo.org(m.subject.id).parent : null;
		this.participants = m.participants;
		let others: string[] | null = null;
		for (const p of m.participants) if (!m.actors.includes(p)) (others ??= []).push(p);
		this.others = others ?? NO_STRINGS;
		const countries = countriesIn(m, memo);
		this.allCountries = countries;
		this.countries = byCountry(m) ? countries : NO_COUNTRIES;
		this.byWhom = byWhom(m);
		this.struck = m.strikes && !m.city ? m.places.filter(p => world.placeKind(p) === 'city') : null;
		this.outcome = reportsOutcome(m);
		this.endDay = ENDS.has(m.status) && dayClaim ? lo : Number.NaN;
	}
}

const NO_STRINGS: readonly string[] = Object.freeze([]);

// The last mention's facts, for joinScore called on its own (tests, one-off scoring).
let factsOf: {m: Mention; world: EventWorld; facts: MentionFacts} | null = null;

function mentionFacts(m: Mention, world: EventWorld): MentionFacts {
	if (factsOf?.m === m && factsOf.world === world) return factsOf.facts;
	const facts = new MentionFacts(m, world);
	factsOf = {m, world, facts};
	return facts;
}

/** Score of joining mention m to cluster c; null is a veto. */
export function joinScore(c: Cluster, m: Mention, world: EventWorld): number | null {
	return scoreWith(c, mentionFacts(m, world));
}

/**
 * joinScore with the mention's facts at hand. The rules, in their order of
 * old, each a veto (null) or points; the checks are the same, only read from
 * sets kept on the cluster instead of recomputed per call.
 */
export function scoreWith(c: Cluster, f: MentionFacts): number | null {
	if (c.family !== f.family) return null;
	// Every veto is a veto wherever it stands, so the ones that turn most
	// candidates away come first: at 1k generated articles a different actor
	// of a visit or a speech rejected 36% of the candidates scored and a
	// different person 9%, before any date was compared.

	// A visit, a press conference or a draft is someone's: two different actors are two events.
	// An organisation and the body it belongs to (the EU and its Council) are one actor here.
	const id = f.subject;
	if (f.distinctive && id !== null && c.subjects.size > 0) {
		if (!c.subjects.has(id) && !c.subjectParents.has(id) && !(f.subjectParent !== null && c.subjects.has(f.subjectParent))) return null;
	}
	// Shared participants (scored below); two different people of a distinctive act are two events.
	const sharedActor = anyIn(f.actors, c.actors);
	if (!sharedActor && f.distinctive && c.actors.size > 0 && f.actors.length > 0) return null;

	const days = c.days.length;
	if (days > 0) {
		if (!f.dated) {
			const p = f.published;
			if (p !== null && nearest(c, p, p) > UNDATED_DAYS) return null;
		} else if (f.report && f.day && nearest(c, f.lo, f.hi) > REPORT_DAYS) {
			return null;
		}
	}
	// A cluster with no date at all is news of its mentions' days: a mention
	// more than UNDATED_DAYS from them speaks of another event. (One dated by
	// a month or a year, "the annexation in 2014", is not news.)
	if (c.dates.size === 0 && !Number.isNaN(c.pub0)) {
		const t = f.time;
		if (t !== null && (t < c.pub0 - UNDATED_DAYS || t > c.pub1 + UNDATED_DAYS)) return null;
	}
	// A refusal of sanctions and a refusal of a truce are two refusals.
	const topic = f.topic;
	if (topic && c.topics.size > 0 && !c.topics.has(topic)) return null;
	let score = 0;

	// Bodies: the same specific body is strong; a body and its parent (NATO) agree weakly;
	// two unrelated bodies (NATO–Russia Council vs NATO Military Committee) never merge.
	const mb = f.bodies;
	if (c.bodies.size > 0 && mb.length > 0) {
		const ms = f.specificBodies;
		let specific = false;
		for (const b of ms) {
			if (c.bodies.has(b)) {
				specific = true;
				break;
			}
		}
		if (specific) score += 2;
		else if (c.specificBodies.size > 0 && ms.length > 0) return null;
		else if (anyIn(mb, c.bodies)) score += 1;
		else if (relatedBody(c, f)) score += 1;
	}

	// City: the same city agrees; two different cities veto. A strike is where
	// its clause says it fell (غارة على سوق نيالا), whatever the preposition.
	const city = f.city;
	if (city && c.cities.size > 0) {
		if (c.cities.has(city)) score += 1;
		else return null;
	} else if (f.struck !== null && c.cities.size > 0) {
		if (f.struck.length > 0) {
			if (anyIn(f.struck, c.cities)) score += 1;
			else return null;
		}
	}

	// Date. A relative date before the trigger dates the report ("said on Monday,
	// after the talks in Geneva"): a report on the day of the event or the day
	// after, in the same city, is evidence; otherwise it says nothing either way.
	if (f.dated) {
		if (f.report) {
			if (city && days > 0 && c.cities.has(city) && nearest(c, f.lo, f.hi) <= 1) score += 1;
		} else if (f.dayClaim) {
			if (days > 0) {
				const gap = nearest(c, f.lo, f.hi);
				if (gap === 0) score += 2;
				else if (gap <= NEAR_DAYS) score += 1;
				else return null;
				if (!anchored(c, f.lo, f.hi)) return null;
			} else if (c.dates.size > 0 && anyPrefix(c.dates, f.value)) {
				score += 1;
			} else if (c.unqualified) {
				return null;
			}
		} else if (days > 0) {
			// "Early January" is still January: a period that does not hold the
			// event's day is another event, qualified or not.
			if (holdsDay(c, f.value)) score += 1;
			else return null;
		} else if (c.dates.has(f.value)) {
			score += 1;
		}
	}

	// Shared participants (the veto of two different people is above).
	if (sharedActor) score += 1;

	// A distinctive type (a visit, a press conference, a draft) agreeing is evidence in itself.
	if (f.distinctive && c.types.has(f.type)) score += 1;

	// A mention whose date says nothing of the event (undated, or the day of the
	// report) is news of the days around it: who or which country it is about
	// is then evidence (رفضت الحكومة السودانية العقوبات، انقلاب النيجر). One
	// point at most, so it needs a second (a body, a person, the venue, the
	// same distinctive type) to join.
	// A truce, a coup, an earthquake (standsAlone) is rarely two at once in one
	// country and one fortnight: there, the country is enough.
	if (f.window && (anyIn(f.others, c.participants) || anyIn(f.countries, c.countries))) score += f.standsAlone ? 2 : 1;

	// Two refusals (or demands, threats) of the same thing.
	if (topic && c.topics.has(topic)) score += 1;

	// An end reported after the start (انتهاء الهدنة الاثنين، فشل الاجتماع) concludes the event it follows.
	if (c.principal !== null && f.endDay >= c.p0) score += 1;

	if (f.outcome && sameParties(c, f.parties) && onTheDay(c, f.published)) score += 2;

	return score;
}

function anyIn(items: readonly string[], set: Set<string>): boolean {
	for (let i = 0; i < items.length; i++) if (set.has(items[i]!)) return true;
	return false;
}

/** A body of the mention and one of the cluster, one the other's parent (related). */
function relatedBody(c: Cluster, f: MentionFacts): boolean {
	for (let i = 0; i < f.bodies.length; i++) {
		if (c.bodyParents.has(f.bodies[i]!)) return true;
		const parent = f.bodyParents[i];
		if (parent !== null && parent !== undefined && c.bodies.has(parent)) return true;
	}
	return false;
}

/** Does one of the cluster's date values (a coarse one) contain the day? */
function anyPrefix(dates: Map<string, boolean>, value: string): boolean {
	for (const k of dates.keys()) if (contains(k, value)) return true;
	return false;
}

/** Does the coarse date hold one of the cluster's day claims? */
function holdsDay(c: Cluster, value: string): boolean {
	for (const x of c.days) if (contains(value, x.value)) return true;
	return false;
}

/**
 * An undated sentence that tells what came of "the meeting between X and Y"
 * (فشل الاجتماع بين الناتو وروسيا، انتهت المحادثات بين … دون اتفاق): the
 * outcome of an event, not a new one. It joins the event of its family
 * where X and Y take part on the day the article is published (or the day
 * before: a report of the evening's outcome runs the next morning).
 */
export function reportsOutcome(m: Mention): boolean {
	return m.date === null && m.parties.length >= 2 && (m.outcomes.length > 0 || OUTCOME_STATUS.has(m.status));
}

const OUTCOME_STATUS = new Set<Mention['status']>(['held', 'ended', 'failed', 'postponed', 'cancelled', 'expired']);

/** A day-dated end (ended, expired, failed) on or after the event's principal day concludes it (MentionFacts.endDay). */
const ENDS = new Set<Mention['status']>(['ended', 'expired', 'failed']);

const countryCache = new WeakMap<Mention, readonly string[]>();

/**
 * The countries a mention is about: of its places, its organisations' seats,
 * its people and the countries among its participants. Cached per mention
 * for callers outside clustering (MentionFacts reads them once, uncached).
 */
export function countriesOf(m: Mention, world: EventWorld): readonly string[] {
	let out = countryCache.get(m);
	if (out) return out;
	out = countriesIn(m, new WorldMemo(world));
	countryCache.set(m, out);
	return out;
}

/** countriesOf, uncached: first seen first, each once (a handful: a scan, no Set). */
function countriesIn(m: Mention, memo: WorldMemo): readonly string[] {
	let out: string[] | null = null;
	for (const p of m.places) out = once(out, memo.countryOf(p));
	if (m.place) out = once(out, memo.countryOf(m.place));
	for (const o of m.orgs) out = once(out, memo.org(o).seatCountry);
	for (const a of m.actors) out = once(out, memo.actorCountry(a));
	for (const p of m.participants) out = once(out, memo.placeCountry(p));
	return out ?? NO_COUNTRIES;
}

/** The list with k added unless empty or in it already (made on the first). */
function once(out: string[] | null, k: string | null): string[] | null {
	if (!k) return out;
	if (out === null) return [k];
	if (!out.includes(k)) out.push(k);
	return out;
}

const NO_COUNTRIES: readonly string[] = Object.freeze([]);

function sameParties(c: Cluster, parties: readonly string[]): boolean {
	for (const p of parties) if (!c.participants.has(p)) return false;
	return true;
}

function onTheDay(c: Cluster, published: number | null): boolean {
	return published !== null && c.principal !== null && published >= c.p0 && published <= c.p1 + 1;
}

/** Days from the range lo..hi to the cluster's nearest day claim, 0 when one overlaps it (Infinity without claims). */
function nearest(c: Cluster, lo: number, hi: number): number {
	const s = c.spans;
	let best = Infinity;
	for (let j = 0; j < s.length; j += 2) {
		const gap = s[j + 1]! < lo ? lo - s[j + 1]! : hi < s[j]! ? s[j]! - hi : 0;
		if (gap < best) best = gap;
		if (best === 0) break;
	}
	return best;
}

/**
 * May a day claim lo..hi join a cluster whose claims lie near it? Only when it
 * is within NEAR_DAYS of the cluster's principal claim and the cluster's
 * claims then still fit in MAX_SPREAD days (or the claim lies inside them).
 *
 * Why: comparing with the nearest claim (as joinScore's score still does)
 * lets a cluster chain, each claim near the previous one: at 10k generated
 * articles one "NATO–Russia Council talks" ran from November to April with
 * 2,990 mentions, and the comparison view set unrelated reports side by side.
 * The claims outlets disagree over are about one date, the one most of them
 * give, so that is what a candidate is measured against; a stray claim read
 * early (a day three days late) does not turn away one two days early read
 * after it, as a rule "near every claim" would. The principal may move when
 * another day gathers more claims, so MAX_SPREAD bounds the cluster anyway:
 * twice NEAR_DAYS, the claims NEAR_DAYS either side of one principal. A
 * claim longer than that (a week-long conference) may found a cluster, and
 * days inside it still join.
 */
function anchored(c: Cluster, lo: number, hi: number): boolean {
	const gap = c.p1 < lo ? lo - c.p1 : hi < c.p0 ? c.p0 - hi : 0;
	if (gap > NEAR_DAYS) return false;
	return Math.max(c.hi, hi) - Math.min(c.lo, lo) <= MAX_SPREAD || (lo >= c.lo && hi <= c.hi);
}

/** A relative date before the trigger after a reporting verb: the day of the report, not of the event. */
function isReportDate(d: MentionDate): boolean {
	return d.relative && !d.direct;
}

/** The article's publication day, or null when it has none (then the text alone decides, as for any undated mention). */
function publishedDay(m: Mention): number | null {
	const published = m.published;
	if (!published) return null;
	// Read once per publication date: linking asks five times per mention, and
	// each time cost a RegExp test, a slice and the slice's hash.
	let n = publishedDays.get(published);
	if (n === undefined) {
		const day = /^\d{4}-\d{2}-\d{2}/.test(published) ? dayNumber(published.slice(0, 10)) : Number.NaN;
		n = Number.isFinite(day) ? day : null;
		if (publishedDays.size < 100_000) publishedDays.set(published, n);
	}
	return n;
}

const publishedDays = new Map<string, number | null>();

/** The day a mention speaks of: its own day date, else its publication day (null without either). */
export function timeOf(m: Mention): number | null {
	if (m.date && m.date.precision === 'day' && !m.date.qualified && !isReportDate(m.date)) return dayNumber(m.date.value);
	return publishedDay(m);
}

/** May a mention found no cluster start an event of its own? It needs something to stand on. */
/** `f`: m's facts when the caller has them (its specific bodies and publication day, read once). */
export function canFound(m: Mention, world: EventWorld, f?: MentionFacts): boolean {
	const dated = m.date !== null && !isReportDate(m.date);
	const anchored = m.city !== null || m.places.length > 0 || m.orgs.length > 0 || m.actors.length > 0;
	const specificBody = f ? f.specificBodies.length > 0 : m.orgs.some(o => world.isBody(o) && !world.isGeneric(o));
	// A truce or an earthquake on a given day is an event in itself.
	const alone = m.standsAlone === true && dated && m.date!.precision === 'day' && !m.date!.qualified;
	// Someone's act (a refusal, a threat) that names who it concerns is news of
	// the days of its article: undated, it still makes an event, which later
	// reports of those days may join (the window of joinScore bounds it).
	const news = m.distinctive && !dated && (f ? f.published : publishedDay(m)) !== null && m.participants.length > 0;
	return (dated && anchored) || alone || specificBody || (m.distinctive && m.actors.length > 0) || news;
}

/**
 * The mentions, most specific first, then in corpus order (order, then at).
 * They come in corpus order (linkMentions' contract): then a stable pass per
 * specificity gives that order without a sort, which compared 12k mentions
 * 170k times at 1k articles, each compare reading four fields of mentions of
 * several shapes. Any other order is sorted as before.
 */
export function bySpecificity(mentions: readonly Mention[]): Mention[] {
	const n = mentions.length;
	const rank = new Uint8Array(n);
	const order = new Float64Array(n);
	const at = new Float64Array(n);
	for (let k = 0; k < n; k++) {
		const m = mentions[k]!;
		rank[k] = specificity(m);
		order[k] = m.order;
		at[k] = m.at;
	}
	const ordered = specificityOrder(rank, order, at);
	const out: Mention[] = new Array(n);
	for (let j = 0; j < n; j++) out[j] = mentions[ordered[j]!]!;
	return out;
}

/**
 * bySpecificity's order from each mention's specificity, `order` and `at`
 * (in the corpus's order): the index of the mention at each place. Apart so
 * a link worker can order the corpus's mentions from these numbers alone,
 * without holding every mention (family-files.ts).
 */
export function specificityOrder(rank: Uint8Array, order: Float64Array, at: Float64Array): Uint32Array {
	const n = rank.length;
	let sorted = true;
	let prevOrder = -Infinity;
	let prevAt = -Infinity;
	for (let k = 0; k < n; k++) {
		// Strictly after the previous one, or equal (a stable sort keeps equals in place); NaN or disorder: sort.
		if (!(Number.isFinite(order[k]!) && Number.isFinite(at[k]!) && (order[k]! > prevOrder || (order[k] === prevOrder && at[k]! >= prevAt)))) sorted = false;
		prevOrder = order[k]!;
		prevAt = at[k]!;
	}
	if (!sorted) {
		const indices = Array.from({length: n}, (_, k) => k).sort((a, b) => rank[b]! - rank[a]! || order[a]! - order[b]! || at[a]! - at[b]!);
		return Uint32Array.from(indices);
	}
	const out = new Uint32Array(n);
	let j = 0;
	for (let r = MOST_SPECIFIC; r >= 0; r--) for (let k = 0; k < n; k++) if (rank[k] === r) out[j++] = k;
	return out;
}

/** The highest specificity(). */
const MOST_SPECIFIC = 4;

/** How specific a mention's date is (0: none or the report's own, 4: a day stated directly): what bySpecificity orders by first. */
export function specificity(m: Pick<Mention, 'date'>): number {
	if (!m.date || isReportDate(m.date)) return 0;
	if (m.date.qualified) return 1;
	return m.date.precision === 'day' ? (m.date.direct ? 4 : 3) : 2;
}

/**
 * The kinds of key, each a map of its own per family (CandidateIndex.keyId):
 * a key is a (family, kind, value) triple, looked up without building the
 * string "family|kind|value" (at 10k articles, building and looking up those
 * strings was a fifth of finding candidates). Day keys are day numbers.
 * The kinds from BODY on are anchors (not dates).
 */
const DAY = 0;
const PERIOD = 1;
const BODY = 2;
const CITY = 3;
const ACTOR = 4;
const PARTY = 5;
const COUNTRY = 6;
const TOPIC = 7;
const KINDS = 8;

type KeySink = (kind: number, value: string | number) => void;

// The keys below are read from a mention's facts (MentionFacts), made once:
// the keys a mention looks up and those it is filed under read the same
// bodies, roots, days and periods, which were read again from the mention
// (a slice of its date per period key, parentOf per body) at each call.

/**
 * Keys under which a cluster can be found: everything that can earn a mention
 * points towards joining it (days, coarser periods, bodies and their root,
 * venue, actors). A mention is scored only against clusters sharing a key.
 */
function clusterKeys(f: MentionFacts, add: KeySink): void {
	if (f.dated) {
		if (f.day) add(DAY, f.lo);
		add(PERIOD, f.month);
		add(PERIOD, f.year);
	}
	anchorKeys(f, add);
	for (const p of f.participants) add(PARTY, p);
	for (const k of f.allCountries) add(COUNTRY, k);
	if (f.topic) add(TOPIC, f.topic);
}

function lookupKeys(f: MentionFacts, add: KeySink): void {
	if (f.dated) {
		if (f.day) for (let d = f.lo - NEAR_DAYS; d <= f.hi + NEAR_DAYS; d++) add(DAY, d);
		add(PERIOD, f.month);
		add(PERIOD, f.year);
	}
	anchorKeys(f, add);
	// Participants and countries earn points only for an outcome report
	// (reportsOutcome) and a mention undated or dated by nothing but its report (MentionFacts.window).
	if (f.window && f.byWhom) whomKeys(f, add);
	else if (f.outcome) for (const p of f.parties) add(PARTY, p);
}

/** The keys a report-dated mention looks up: its anchors, and whom it concerns when that may join (byWhom). */
function reportKeys(f: MentionFacts, add: KeySink): void {
	anchorKeys(f, add);
	if (f.byWhom) whomKeys(f, add);
}

/**
 * May a window mention (MentionFacts.window) join on whom it concerns alone? The
 * participant-or-country point (joinScore) reaches JOIN only with a point no
 * key gives: the same distinctive type, the same topic, or a type that stands
 * alone (which earns two). Other mentions reach a cluster through their
 * anchor keys anyway, so these wide lists are looked up only for these.
 */
export function byWhom(m: Mention): boolean {
	return m.distinctive || m.standsAlone === true || m.topic !== undefined;
}

/**
 * Does a country alone say whom a window mention concerns? For a truce, a
 * coup or a quake (standsAlone), and for a refusal or threat whose topic is
 * known; another act (a visit, a speech) needs a participant in common: a
 * country's lists hold every act of its family in the weeks, and looking
 * them all up made linking four times the work for nothing gained.
 */
export function byCountry(m: Mention): boolean {
	return m.standsAlone === true || m.topic !== undefined;
}

/** Participant, country and topic keys of a mention that looks by whom it concerns (countries only when byCountry). */
function whomKeys(f: MentionFacts, add: KeySink): void {
	for (const p of f.participants) add(PARTY, p);
	for (const k of f.countries) add(COUNTRY, k);
	if (f.topic) add(TOPIC, f.topic);
}

/** Bodies (by their root), venue and actors: the keys that are not dates. */
function anchorKeys(f: MentionFacts, add: KeySink): void {
	for (const r of f.roots) add(BODY, r);
	if (f.city) add(CITY, f.city);
	for (const a of f.actors) add(ACTOR, a);
}

/** Day claims longer than this are looked up in a short per-family list instead of under every day they cover. */
const LONG_CLAIM = 62;

/**
 * Where to look for the clusters a mention may join. The key index above
 * defines who is a candidate at all; these narrower views only avoid walking
 * the keys whose lists hold every cluster of a month or year (the cost that
 * made linking quadratic), by looking only where joinScore can say yes:
 *
 * - a day-dated mention (unqualified, not a report date) is vetoed by every
 *   cluster whose principal day claim lies more than NEAR_DAYS away
 *   (anchored), so only the clusters whose principal is within that window,
 *   those with a long claim (a long principal is one), and those with no day
 *   claim at all, are scored;
 * - a report date (relative, before the trigger) earns its point only with a
 *   shared city, so a cluster reached only through a date key scores at most
 *   1 (a distinctive type) and cannot reach JOIN: its body, venue and actor
 *   keys suffice, and of their clusters only those with a claim in the weeks
 *   of REPORT_DAYS around the report, a long claim, or no day claim (as for
 *   an undated mention);
 * - an undated mention in a dated article is vetoed by every cluster whose
 *   day claims all lie more than UNDATED_DAYS from the publication date, so
 *   only the clusters filed under its keys with a claim in the weeks of that
 *   window, those with a long claim, and those with no day claim (found
 *   through per-key lists that hold nothing else) are scored; without a
 *   publication date it keeps the full key lookup;
 * - month, year and qualified dates keep the full key lookup (a period plus
 *   a distinctive type is enough to join, so every cluster of the period may
 *   win); they are rare, and each is scored once.
 *
 * A cluster from a narrower view is still scored only if it shares a key
 * with the mention, so the clusters scored that can reach JOIN, and hence the
 * winner, are exactly those of the full lookup.
 */
class CandidateIndex {
	/** family → kind → value → key id. */
	private readonly keyIds = new Map<string, Array<Map<string | number, number>>>();
	/** Key id → clusters filed under it, in founding order. */
	private readonly byKey: number[][] = [];
	/** Cluster → the ids of the keys it is filed under. */
	private readonly keysOf: Array<Set<number>> = [];
	/** family → day number → clusters whose principal day claim (a short one) covers that day. */
	private readonly byPrincipal = new Map<string, Map<number, Set<number>>>();
	/** Cluster → the principal claim it is filed under in byPrincipal (first and last day), if any. */
	private readonly principalOf: Array<[number, number] | undefined> = [];
	/** Cluster → the first day of the principal claim it is filed under in byPrincipal (read per candidate: a flat array). */
	private principalStart = new Float64Array(1024);
	/** family → clusters with a day claim longer than LONG_CLAIM days. */
	private readonly longClaims = new Map<string, Set<number>>();
	/**
	 * Key id → publication week → clusters filed under that key while they had
	 * no day claim, by the weeks their mentions were published (NO_WEEK for a
	 * mention without a publication date). A cluster without a day claim is
	 * news of those weeks (joinScore vetoes a mention more than UNDATED_DAYS
	 * away), so a mention looks only at the weeks around its time: the lists
	 * it walks do not grow with the corpus. A cluster that gains a day claim
	 * stays listed and is skipped on lookup (dayed[i]).
	 */
	private readonly undayedByKeyWeek: Array<Map<number, UndayedList> | undefined> = [];
	/** Cluster → the publication weeks it is filed under in undayedByKeyWeek. */
	private readonly pubWeeksOf: Array<Set<number>> = [];
	private readonly dayed: boolean[] = [];
	/**
	 * Key id → week → clusters filed under that key with a (short) day claim in
	 * that week: an undated mention's candidates are its keys' clusters of a few
	 * weeks, however long the corpus and however busy the family.
	 */
	private readonly byKeyWeek: Array<Map<number, number[]>> = [];
	/** Cluster → the weeks its short day claims touch. */
	private readonly weeksOf: Array<Set<number> | undefined> = [];
	/** Cluster → its body, venue and actor key ids: the only keys an undated mention looks up. */
	private readonly anchorsOf: number[][] = [];

	/** The candidates of the mention being linked (one list, reused). */
	private readonly picked = new Picked();

	constructor(private readonly perList: number) {}

	/** Record what cluster i holds after m joined it (or founded it, seenDays being 0). */
	file(i: number, c: Cluster, f: MentionFacts, seenDays: number): void {
		let own = this.keysOf[i];
		if (!own) this.keysOf[i] = own = new Set();
		let anchors = this.anchorsOf[i];
		if (!anchors) this.anchorsOf[i] = anchors = [];
		let maps = this.keyIds.get(f.family);
		if (!maps) {
			maps = [];
			for (let k = 0; k < KINDS; k++) maps.push(new Map());
			this.keyIds.set(f.family, maps);
		}
		// One sink for every call, its state in fields (no closure per mention).
		const fresh = this.fresh;
		const newKeys = this.newKeys;
		fresh.length = 0;
		newKeys.length = 0;
		this.filing = i;
		this.filingOwn = own;
		this.filingAnchors = anchors;
		this.lookupMaps = maps;
		clusterKeys(f, this.fileKey);
		this.dayed[i] = c.days.length > 0;
		if (c.days.length === 0) {
			let pubWeeks = this.pubWeeksOf[i];
			if (!pubWeeks) this.pubWeeksOf[i] = pubWeeks = new Set();
			// New keys under every week the cluster has; a new week under every key.
			for (const id of newKeys) for (const w of pubWeeks) pushUndayed(this.undayedOf(id), w, i);
			// A cluster dated by a month or a year is open at any time, as one of an undated article.
			const p = f.published;
			const w = p === null || c.dates.size > 0 ? NO_WEEK : week(p);
			if (!pubWeeks.has(w)) {
				pubWeeks.add(w);
				for (const id of own) pushUndayed(this.undayedOf(id), w, i);
			}
		}
		// Made with the cluster's first short day claim: a fifth of clusters have none.
		let weeks = this.weeksOf[i];
		for (let j = seenDays; j < c.days.length; j++) {
			// The claim's days as addMention read them (spans: first and last day in turn).
			const d0 = c.spans[2 * j]!;
			const d1 = c.spans[2 * j + 1]!;
			if (d1 - d0 > LONG_CLAIM) {
				setIn(this.longClaims, c.family).add(i);
				continue;
			}
			for (let w = week(d0); w <= week(d1); w++) {
				if (weeks?.has(w)) continue;
				if (!weeks) this.weeksOf[i] = weeks = new Set();
				weeks.add(w);
				// The anchor keys the cluster had before; the fresh ones get every week below.
				for (const id of anchors) if (!fresh.includes(id)) this.fileWeek(id, w, i);
			}
		}
		this.filePrincipal(i, c);
		if (weeks) for (const id of fresh) for (const w of weeks) this.fileWeek(id, w, i);
	}

	/** The key ids file() found new to the cluster (anchors only, and all), reused. */
	private readonly fresh: number[] = [];
	private readonly newKeys: number[] = [];
	private filing = 0;
	private filingOwn: Set<number> = new Set();
	private filingAnchors: number[] = [];
	private readonly fileKey: KeySink = (kind, value) => {
		const map = this.lookupMaps[kind]!;
		let id = map.get(value);
		if (id === undefined) {
			id = this.byKey.length;
			map.set(value, id);
			this.byKey.push([]);
			// Its undated clusters' map, made with the first (undayedOf): most keys never have one.
			this.undayedByKeyWeek.push(undefined);
		}
		const own = this.filingOwn;
		if (!own.has(id)) {
			own.add(id);
			// Lookups read a list's first perList clusters (viaKeys), and lists only grow: the rest was never read.
			const list = this.byKey[id]!;
			if (list.length < this.perList) list.push(this.filing);
			if (kind >= BODY) {
				this.filingAnchors.push(id);
				this.fresh.push(id);
			}
			this.newKeys.push(id);
		}
	};

	/** Move cluster i to the days of its principal claim when that changed (a long one is in longClaims already). */
	private filePrincipal(i: number, c: Cluster): void {
		if (!c.principal) return;
		const old = this.principalOf[i];
		if (old && old[0] === c.p0 && old[1] === c.p1) return;
		let days = this.byPrincipal.get(c.family);
		if (!days) this.byPrincipal.set(c.family, (days = new Map()));
		if (old) for (let day = old[0]; day <= old[1]; day++) days.get(day)?.delete(i);
		if (c.p1 - c.p0 > LONG_CLAIM) {
			this.principalOf[i] = undefined;
			return;
		}
		this.principalOf[i] = [c.p0, c.p1];
		if (i >= this.principalStart.length) {
			const grown = new Float64Array(Math.max(i + 1, this.principalStart.length * 2));
			grown.set(this.principalStart);
			this.principalStart = grown;
		}
		this.principalStart[i] = c.p0;
		for (let day = c.p0; day <= c.p1; day++) {
			const set = days.get(day);
			if (!set) days.set(day, new Set([i]));
			else set.add(i);
		}
	}

	/** Key id → its undated clusters by publication week (undayedByKeyWeek), made on first use. */
	private undayedOf(id: number): Map<number, UndayedList> {
		let weeks = this.undayedByKeyWeek[id];
		if (weeks === undefined) this.undayedByKeyWeek[id] = weeks = new Map();
		return weeks;
	}

	private fileWeek(id: number, w: number, i: number): void {
		let weeks = this.byKeyWeek[id];
		if (!weeks) this.byKeyWeek[id] = weeks = new Map();
		const list = weeks.get(w);
		if (!list) weeks.set(w, [i]);
		// nearDays reads a week's first perList clusters, and these lists only grow.
		else if (list.length < this.perList) list.push(i);
	}

	/** Clusters sharing a key with m that may score at least JOIN for it (a superset of those that do). */
	candidates(f: MentionFacts): readonly number[] {
		if (!f.dated) {
			const p = f.published;
			return p === null ? this.viaKeys(this.ids(f, lookupKeys)) : this.undatedCandidates(f, p);
		}
		if (f.qualified) return this.viaKeys(this.ids(f, lookupKeys));
		if (f.report) {
			const ids = this.ids(f, reportKeys);
			// A report of last month or last year keeps every cluster of its keys (rare).
			if (!f.day) return this.viaKeys(ids);
			return this.nearDays(ids, f.family, f.lo - REPORT_DAYS, f.hi + REPORT_DAYS);
		}
		if (!f.day) return this.viaKeys(this.ids(f, lookupKeys));
		const ids = this.ids(f, lookupKeys);
		const out = this.picked.reset();
		const d0 = f.lo;
		const d1 = f.hi;
		const days = this.byPrincipal.get(f.family);
		if (days) {
			// A cluster whose principal claim starts in the days d0-NEAR..d1+NEAR is
			// filed under that day's key (file() filed the claim's mention under it,
			// in the family's map) and lookupKeys gives the mention every day key
			// of that window: it shares a key without a look at its keys. At 5k
			// articles those looks were a quarter of finding candidates.
			const near0 = d0 - NEAR_DAYS;
			const near1 = d1 + NEAR_DAYS;
			for (let day = near0; day <= near1; day++) {
				const set = days.get(day);
				if (!set) continue;
				let seen = 0;
				let walked = 0;
				for (const i of set) {
					// The day's clusters of the family that share no key are walked past: bounded too.
					if (++walked > this.perList * WALK) break;
					if (out.has(i)) continue;
					const p0 = this.principalStart[i]!;
					if ((p0 >= near0 && p0 <= near1) || this.shares(i, ids)) {
						out.add(i);
						if (++seen === this.perList) break;
					}
				}
			}
		}
		this.sharedLong(f.family, ids, out);
		this.undayedNear(ids, d0 - UNDATED_DAYS, d1 + UNDATED_DAYS, out);
		return out.list;
	}

	/** An undated mention published on day p: clusters with a day claim within UNDATED_DAYS of p, or with none. */
	private undatedCandidates(f: MentionFacts, p: number): readonly number[] {
		return this.nearDays(this.ids(f, lookupKeys), f.family, p - UNDATED_DAYS, p + UNDATED_DAYS);
	}

	/**
	 * Clusters filed under the key ids with a day claim in the days d0..d1, with
	 * a long claim, or with no day claim: those a windowed mention (undated, or
	 * report-dated) may join.
	 */
	private nearDays(ids: number[], family: string, d0: number, d1: number): readonly number[] {
		const out = this.picked.reset();
		// Whole weeks: a superset of the window, joinScore vetoes the days outside it.
		const w0 = week(d0);
		const w1 = week(d1);
		for (const id of ids) {
			const weeks = this.byKeyWeek[id];
			if (weeks) for (let w = w0; w <= w1; w++) firstOf(weeks.get(w), out, this.perList);
		}
		this.undayedNear(ids, d0, d1, out);
		this.sharedLong(family, ids, out);
		return out.list;
	}

	/** The first perList clusters of the family with a long claim that share a key with the mention. */
	private sharedLong(family: string, ids: readonly number[], out: Picked): void {
		const long = this.longClaims.get(family);
		if (!long) return;
		let seen = 0;
		let walked = 0;
		for (const i of long) {
			if (++walked > this.perList * WALK) return;
			if (!this.shares(i, ids)) continue;
			out.add(i);
			if (++seen === this.perList) return;
		}
	}

	/** Clusters still without a day claim, filed under the key ids, published in the weeks of d0..d1 (or undated). */
	private undayedNear(ids: number[], d0: number, d1: number, out: Picked): void {
		const w0 = week(d0);
		const w1 = week(d1);
		for (const id of ids) {
			const weeks = this.undayedByKeyWeek[id];
			if (weeks === undefined || weeks.size === 0) continue;
			for (let w = w0; w <= w1; w++) firstUndayed(weeks.get(w), out, this.perList, this.dayed);
			firstUndayed(weeks.get(NO_WEEK), out, this.perList, this.dayed);
		}
	}

	/** The ids of the keys that emit gives for m and that some cluster is filed under, in emit's order. */
	private ids(f: MentionFacts, emit: (f: MentionFacts, add: KeySink) => void): number[] {
		// One list and one sink for every mention (read before the next call):
		// a closure and an array per mention were garbage the ingest's big heap pays for.
		const ids = this.idList;
		ids.length = 0;
		const maps = this.keyIds.get(f.family);
		if (!maps) return ids;
		this.lookupMaps = maps;
		emit(f, this.collectId);
		return ids;
	}

	private readonly idList: number[] = [];
	private lookupMaps: Array<Map<string | number, number>> = [];
	private readonly collectId: KeySink = (kind, value) => {
		const id = this.lookupMaps[kind]!.get(value);
		if (id !== undefined) this.idList.push(id);
	};

	/** Does cluster i share one of the key ids? */
	private shares(i: number, ids: readonly number[]): boolean {
		const own = this.keysOf[i]!;
		for (let k = 0; k < ids.length; k++) if (own.has(ids[k]!)) return true;
		return false;
	}

	private viaKeys(ids: number[]): readonly number[] {
		const out = this.picked.reset();
		for (const id of ids) firstOf(this.byKey[id], out, this.perList);
		return out.list;
	}
}

/** Twice the room, the same contents. */
function grow(a: Int32Array): Int32Array {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}

function week(day: number): number {
	return Math.floor(day / 7);
}

/**
 * The most clusters a mention is compared with per list of the index (a key's
 * week, a family's day): the first founded, which are the most specific
 * (clusterMentions founds clusters from the most precisely dated mentions
 * first). Without a bound, a corpus twice as dense (more articles over the
 * same weeks) doubles every list and the work per mention, and linking grows
 * with the square of the corpus (#21); with it, each mention costs at most a
 * fixed number of comparisons per key and week. Real corpora rarely hold
 * more than a few events of one family sharing a key in a week.
 */
export const PER_LIST = 16;

/** How many clusters per PER_LIST a lookup walks past (sharing no key) before it stops. */
const WALK = 8;

/** The first PER_LIST clusters of a list into out. */
function firstOf(list: number[] | undefined, out: Picked, limit: number): void {
	if (!list) return;
	const n = Math.min(list.length, limit);
	for (let j = 0; j < n; j++) out.add(list[j]!);
}

/**
 * A key's week's clusters without a day claim (undayedByKeyWeek), in filing
 * order from `start`: the slots before it hold clusters that gained one.
 * Unlike the other lists these are not capped (a cluster leaves when it
 * gains a day claim, and the next one must then be there), so they grow with
 * the corpus's density; removing the clusters walked past by splicing the
 * array moved the whole rest of it at every lookup that found one (firstOf
 * was 3.3 s of linking at 100k articles, a profile).
 */
export type UndayedList = {start: number; ids: number[]};

export function pushUndayed(map: Map<number, UndayedList>, key: number, i: number): void {
	const list = map.get(key);
	if (!list) map.set(key, {start: 0, ids: [i]});
	else list.ids.push(i);
}

/**
 * The first PER_LIST clusters of the list still without a day claim into
 * out. A cluster that gained a day claim never loses it: those walked past
 * leave the list, so it does not fill with them. The clusters kept move up to
 * close the gap and the list starts after it: the same clusters in the same
 * order as removing the gap from the array, without moving what follows.
 */
export function firstUndayed(list: UndayedList | undefined, out: Picked, limit: number, dayed: boolean[]): void {
	if (!list) return;
	const ids = list.ids;
	const start = list.start;
	let seen = 0;
	let kept = 0;
	let j = start;
	for (; j < ids.length && seen < limit; j++) {
		const i = ids[j]!;
		if (dayed[i]) continue;
		ids[start + kept++] = i;
		out.add(i);
		seen++;
	}
	if (kept === j - start) return;
	for (let k = kept - 1; k >= 0; k--) ids[j - kept + k] = ids[start + k]!;
	list.start = j - kept;
	// The slots left behind go once they are half the array (each slot is moved a bounded number of times).
	if (list.start > 32 && list.start * 2 > ids.length) {
		ids.copyWithin(0, list.start);
		ids.length -= list.start;
		list.start = 0;
	}
}

/**
 * The candidates of one mention, each once, in the order found: a stamp per
 * cluster instead of a Set per mention, which allocated a Set per mention
 * and hashed every insert. Read before the next reset.
 */
export class Picked {
	readonly list: number[] = [];
	private stamp = new Int32Array(1024);
	private serial = 0;

	reset(): this {
		this.serial++;
		this.list.length = 0;
		return this;
	}

	has(i: number): boolean {
		return i < this.stamp.length && this.stamp[i] === this.serial;
	}

	add(i: number): void {
		if (i >= this.stamp.length) {
			const grown = new Int32Array(Math.max(i + 1, this.stamp.length * 2));
			grown.set(this.stamp);
			this.stamp = grown;
		}
		if (this.stamp[i] === this.serial) return;
		this.stamp[i] = this.serial;
		this.list.push(i);
	}
}

/** The week of a mention without a publication date (undayedByKeyWeek). */
const NO_WEEK = Number.MIN_SAFE_INTEGER;

function setIn<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	return set;
}

/**
 * Clusters scored by the last clusterMentions call (or linkMentions, over its
 * families): the work of linking, for the benchmark (per mention it must not
 * grow with the corpus; #21).
 */
export const linkWork = {scored: 0, exact: 0};

/**
 * Cluster mentions. The most specific mentions (a direct day date) found
 * clusters first, so vaguer ones ("early 2022 in Geneva") join them rather
 * than founding duplicates. Deterministic: ties break on corpus order.
 *
 * A mention is scored only against clusters of its own family (scoreWith's
 * first veto; the candidate index is kept per family), so each family can be
 * clustered on its own and the clusters are the same (link.ts linkFamily).
 *
 * `memo`: the world's answers, when the caller reads them too (linkMentions builds the events with them).
 * `family`: the mentions are one family's, already in the order bySpecificity gives (link.ts familyGroups);
 * then founders gets, per cluster, its founding mention's index in them, and linkWork adds up.
 */
export function clusterMentions(
	mentions: Mention[],
	world: EventWorld,
	perList = PER_LIST,
	memo: WorldMemo = new WorldMemo(world),
	family?: {founders: number[]},
): Cluster[] {
	if (!family) {
		linkWork.scored = 0;
		linkWork.exact = 0;
	}
	// Specificity read once per mention, not at every comparison of the sort.
	const ordered = family ? mentions : bySpecificity(mentions);
	const clusters: Cluster[] = [];
	const index = new CandidateIndex(perList);
	const bounds = new ClusterBounds();
	// The candidates that may win, by bound (reused for every mention).
	let openIds: Int32Array = new Int32Array(64);
	let openBounds: Int32Array = new Int32Array(64);
	for (let position = 0; position < ordered.length; position++) {
		const m = ordered[position]!;
		let best = -1;
		let bestScore = -1;
		let bestGap = Infinity;
		// The highest score wins, then the event nearest in time (its principal
		// day to the mention's day, or to the publication day of a mention dated
		// by nothing else), then the larger cluster, then the older one, whatever
		// order the candidates come in.
		const facts = new MentionFacts(m, world, memo);
		const bits = new MentionBits(facts, m, facts.allCountries, bounds.strings);
		const at = facts.time;
		const found = index.candidates(facts);
		linkWork.scored += found.length;
		// Branch and bound: the winner is the greatest (score, -gap, size, -i),
		// whatever order the candidates come in, so a candidate whose bound
		// cannot reach JOIN, or the best so far (with the tie-breaks that
		// follow), is never the winner and its exact score is not needed. The
		// bounds first (cheap, from flat arrays), the highest first, so the best
		// is found early and the rest stop at the first bound below it. At 5k
		// generated articles the exact score is computed for 1 candidate in 20.
		let open = 0;
		for (let k = 0; k < found.length; k++) {
			const i = found[k]!;
			const bound = bounds.bound(i, facts, bits);
			if (bound < JOIN) continue;
			// Insertion by bound, highest first (a handful per mention).
			let j = open++;
			while (j > 0 && openBounds[j - 1]! < bound) {
				openBounds[j] = openBounds[j - 1]!;
				openIds[j] = openIds[j - 1]!;
				j--;
			}
			openBounds[j] = bound;
			openIds[j] = i;
			if (open === openIds.length) {
				openIds = grow(openIds);
				openBounds = grow(openBounds);
			}
		}
		for (let k = 0; k < open; k++) {
			const i = openIds[k]!;
			const bound = openBounds[k]!;
			if (bound < bestScore) break;
			// The tie-breaks from the record too: reading the cluster object for
			// every candidate that passed the bound was a cache miss each, the
			// costliest line of clustering at 5k articles.
			let gap = bounds.gap(i, at);
			if (Number.isNaN(gap)) {
				const c = clusters[i]!;
				gap = at === null || c.principal === null ? Infinity : at < c.p0 ? c.p0 - at : at > c.p1 ? at - c.p1 : 0;
			}
			const size = bounds.size(i) - (best >= 0 ? bounds.size(best) : 0);
			const tieWins = gap < bestGap || (gap === bestGap && (size > 0 || (size === 0 && i < best)));
			if (bound === bestScore && !tieWins) continue;
			linkWork.exact++;
			const s = scoreWith(clusters[i]!, facts);
			if (s === null || s < JOIN) continue;
			if (s > bestScore || (s === bestScore && tieWins)) {
				best = i;
				bestScore = s;
				bestGap = gap;
			}
		}
		if (best >= 0) {
			const c = clusters[best]!;
			const seenDays = c.days.length;
			addMention(c, m, world, facts);
			index.file(best, c, facts, seenDays);
			bounds.update(best, c, facts, bits);
		} else if (canFound(m, world, facts)) {
			const c = newCluster(m, world, facts);
			clusters.push(c);
			family?.founders.push(position);
			index.file(clusters.length - 1, c, facts, 0);
			bounds.update(clusters.length - 1, c, facts, bits);
		}
	}
	return clusters;
}
