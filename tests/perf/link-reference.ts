// TEST-ONLY ORACLE (issue 21): the event linker as it was on main before the
// linear rewrite (source/ingest/events/cluster.ts and link.ts at c220436),
// copied verbatim but for imports, so tests/perf/link.test.ts can check that
// the fast linker gives the same events, byte for byte. Do not optimise it.
/* biome-ignore-all lint: a verbatim copy of old code, kept as it was */
import type {Article, Event, EventMention, EventStatus} from '../../source/dataset/schema.js';
import {slug} from '../../source/dataset/ids.js';
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import {sentenceMentions} from '../../source/ingest/events/mentions.js';
import {compileEvents} from '../../source/ingest/events/triggers.js';
import type {Calendar} from '../../source/ingest/calendar.js';
import {extractDates} from '../../source/ingest/extract/dates.js';
import type {EventLexicon, EventWorld} from '../../source/ingest/events/types.js';
// Clustering event mentions across articles. Two mentions are one event when
// they agree on enough evidence (type, body, city, date, actors) and nothing
// vetoes it (two different bodies, two different cities, dates far apart).
// Outlets that date the same event differently still cluster: dates a few days
// apart with the same city or body are kept as competing claims, measured
// against the event's principal date so that clusters cannot chain (anchored).

export type Cluster = {
	mentions: Mention[];
	// What the mentions say, kept up to date as they join, so scoring a
	// candidate costs the same whatever the cluster's size.
	family: string;
	bodies: Set<string>;
	specificBodies: Set<string>;
	cities: Set<string>;
	actors: Set<string>;
	/** Who acts in the mentions (the visitor, the speaker, the ministry). */
	subjects: Set<string>;
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
	/** Unqualified day claims (key: value and end) → the weight of the mentions making them. */
	claimCounts: Map<string, number>;
	/** The day claim of most weight (the first to reach it on a tie), null without day claims: the event's date. */
	principal: MentionDate | null;
	/** Its first and last day number (NaN without). */
	p0: number;
	p1: number;
	/** First and last day of all day claims (NaN without). */
	lo: number;
	hi: number;
};

export function newCluster(m: Mention, world: EventWorld): Cluster {
	const c: Cluster = {
		mentions: [],
		family: m.family,
		bodies: new Set(),
		specificBodies: new Set(),
		cities: new Set(),
		actors: new Set(),
		subjects: new Set(),
		participants: new Set(),
		countries: new Set(),
		topics: new Set(),
		pub0: Number.NaN,
		pub1: Number.NaN,
		types: new Set(),
		days: [],
		spans: [],
		dates: new Map(),
		claimCounts: new Map(),
		principal: null,
		p0: Number.NaN,
		p1: Number.NaN,
		lo: Number.NaN,
		hi: Number.NaN,
	};
	addMention(c, m, world);
	return c;
}

export function addMention(c: Cluster, m: Mention, world: EventWorld): void {
	c.mentions.push(m);
	for (const b of bodiesOf(m.orgs, world)) {
		c.bodies.add(b);
		if (!world.isGeneric(b)) c.specificBodies.add(b);
	}
	if (m.city) c.cities.add(m.city);
	for (const a of m.actors) c.actors.add(a);
	if (m.subject) c.subjects.add(m.subject.id);
	for (const p of m.participants) c.participants.add(p);
	for (const k of countriesOf(m, world)) c.countries.add(k);
	if (m.topic) c.topics.add(m.topic);
	const p = publishedDay(m);
	if (p !== null) {
		if (!(c.pub0 <= p)) c.pub0 = p;
		if (!(c.pub1 >= p)) c.pub1 = p;
	}
	c.types.add(m.type);
	const d = m.date;
	if (d) {
		c.dates.set(d.value, (c.dates.get(d.value) ?? false) || !d.qualified);
		if (d.precision === 'day' && !d.qualified) {
			if (!c.days.some(x => x.value === d.value && x.end === d.end)) {
				c.days.push(d);
				const [d0, d1] = span(d);
				c.spans.push(d0, d1);
				if (!(c.lo <= d0)) c.lo = d0;
				if (!(c.hi >= d1)) c.hi = d1;
			}
			// Weighed as link.ts dates the event (direct 1, context ½, relative ¼), in quarters.
			const key = claimKey(d);
			const n = (c.claimCounts.get(key) ?? 0) + (d.direct ? 4 : d.relative ? 1 : 2);
			c.claimCounts.set(key, n);
			const top = c.principal;
			if (!top || n > c.claimCounts.get(claimKey(top))!) {
				c.principal = d;
				[c.p0, c.p1] = span(d);
			}
		}
	}
}

function claimKey(d: MentionDate): string {
	return `${d.value}|${d.end ?? ''}`;
}

/** Agreement needed to join a cluster. */
const JOIN = 2;
/** Day dates this close to an event's principal date may be a disagreement between outlets rather than two events. */
export const NEAR_DAYS = 3;
/** The most an event's day claims may spread (see anchored). */
export const MAX_SPREAD = 2 * NEAR_DAYS;
/**
 * An undated mention ("the talks", "the visit") is news: it reports an event
 * of the days around its article's publication, and a past or coming event
 * further away is normally dated in the text. So it may join only a cluster
 * with a day claim this close to the publication date (or a cluster without
 * day claims). In the generated corpora two thirds of day claims lie within
 * 5 days of publication and the rest spread evenly over past months (events
 * the text dates); in the real articles an undated mention of the
 * NATO–Russia Council meeting of 12 January 2022 was published 8 days before
 * it. Two weeks keeps such announcements.
 */
export const UNDATED_DAYS = 14;
/**
 * A report-dated mention ("said on Sunday, ahead of the talks") dates the
 * report, not the event, so it says nothing about the event's day; but the
 * report is news too, of an event in the weeks around it. A report dated to
 * a day may join only a cluster with a day claim this close to that day (or
 * a cluster without day claims); one dated "last month" is not bounded.
 * Without this bound such a mention was scored against every cluster sharing
 * a body or an actor in the whole corpus, and could join a meeting months
 * away. In the real articles an Anadolu report of Sunday 26 December 2021
 * announced the NATO–Russia Council meeting of 12 January 2022, 17 days later
 * (at 16 days it splits off); three weeks keeps such announcements.
 */
export const REPORT_DAYS = 21;

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

function bodiesOf(orgs: readonly string[], world: EventWorld): string[] {
	return orgs.filter(o => world.isBody(o));
}

function related(a: string, b: string, world: EventWorld): boolean {
	return world.parentOf(a) === b || world.parentOf(b) === a;
}

/** What joinScore asks of a mention alone, whatever the cluster. */
type MentionFacts = {bodies: string[]; specificBodies: string[]; published: number | null};

// clusterMentions scores one mention against all its candidates in a row, so
// one remembered mention saves recomputing these per candidate (at 100k
// articles, tens of millions of calls).
let factsOf: {m: Mention; world: EventWorld; facts: MentionFacts} | null = null;

function mentionFacts(m: Mention, world: EventWorld): MentionFacts {
	if (factsOf?.m === m && factsOf.world === world) return factsOf.facts;
	const bodies = bodiesOf(m.orgs, world);
	const facts = {bodies, specificBodies: bodies.filter(b => !world.isGeneric(b)), published: publishedDay(m)};
	factsOf = {m, world, facts};
	return facts;
}

/** Score of joining mention m to cluster c; null is a veto. */
export function joinScore(c: Cluster, m: Mention, world: EventWorld): number | null {
	if (c.family !== m.family) return null;
	const facts = mentionFacts(m, world);
	if (c.days.length > 0) {
		if (!m.date) {
			const p = facts.published;
			if (p !== null && nearest(c, p, p) > UNDATED_DAYS) return null;
		} else if (isReportDate(m.date) && m.date.precision === 'day' && nearest(c, ...span(m.date)) > REPORT_DAYS) {
			return null;
		}
	}
	// A cluster with no date at all is news of its mentions' days: a mention
	// more than UNDATED_DAYS from them speaks of another event. (One dated by
	// a month or a year, "the annexation in 2014", is not news.)
	if (c.dates.size === 0 && !Number.isNaN(c.pub0)) {
		const t = timeOf(m);
		if (t !== null && (t < c.pub0 - UNDATED_DAYS || t > c.pub1 + UNDATED_DAYS)) return null;
	}
	// A refusal of sanctions and a refusal of a truce are two refusals.
	if (m.topic && c.topics.size > 0 && !c.topics.has(m.topic)) return null;
	let score = 0;

	// Bodies: the same specific body is strong; a body and its parent (NATO) agree weakly;
	// two unrelated bodies (NATO–Russia Council vs NATO Military Committee) never merge.
	const mb = facts.bodies;
	if (c.bodies.size > 0 && mb.length > 0) {
		const ms = facts.specificBodies;
		if (c.specificBodies.size > 0 && ms.length > 0 && !ms.some(b => c.bodies.has(b))) return null;
		if (ms.some(b => c.bodies.has(b))) score += 2;
		else if (mb.some(b => c.bodies.has(b))) score += 1;
		else if (mb.some(b => [...c.bodies].some(x => related(x, b, world)))) score += 1;
	}

	// City: the same city agrees; two different cities veto. A strike is where
	// its clause says it fell (غارة على سوق نيالا), whatever the preposition.
	if (m.city && c.cities.size > 0) {
		if (c.cities.has(m.city)) score += 1;
		else return null;
	} else if (m.strikes && !m.city && c.cities.size > 0) {
		const struck = m.places.filter(p => world.placeKind(p) === 'city');
		if (struck.length > 0) {
			if (struck.some(p => c.cities.has(p))) score += 1;
			else return null;
		}
	}

	// Date. A relative date before the trigger dates the report ("said on Monday,
	// after the talks in Geneva"): a report on the day of the event or the day
	// after, in the same city, is evidence; otherwise it says nothing either way.
	const days = c.days;
	if (m.date && isReportDate(m.date)) {
		if (m.city && c.cities.has(m.city) && days.length > 0 && nearest(c, ...span(m.date)) <= 1) score += 1;
	} else if (m.date) {
		const value = m.date.value;
		if (m.date.precision === 'day' && !m.date.qualified) {
			if (days.length > 0) {
				const [lo, hi] = span(m.date);
				const gap = nearest(c, lo, hi);
				if (gap === 0) score += 2;
				else if (gap <= NEAR_DAYS) score += 1;
				else return null;
				if (!anchored(c, lo, hi)) return null;
			} else if ([...c.dates.keys()].some(d => contains(d, value))) {
				score += 1;
			} else if ([...c.dates.values()].some(Boolean)) {
				return null;
			}
		} else if (days.some(d => contains(value, d.value))) {
			score += 1;
		} else if (days.length === 0 && c.dates.has(value)) {
			score += 1;
		} else if (days.length > 0) {
			// "Early January" is still January: a period that does not hold the
			// event's day is another event, qualified or not.
			return null;
		}
	}

	// A visit, a press conference or a draft is someone's: two different actors are two events.
	// An organisation and the body it belongs to (the EU and its Council) are one actor here.
	if (m.distinctive && m.subject && c.subjects.size > 0 && !c.subjects.has(m.subject.id) && !sameActor(c.subjects, m.subject.id, world)) return null;

	// Shared participants.
	if (m.actors.some(a => c.actors.has(a))) score += 1;
	else if (m.distinctive && c.actors.size > 0 && m.actors.length > 0) return null;

	// A distinctive type (a visit, a press conference, a draft) agreeing is evidence in itself.
	if (m.distinctive && c.types.has(m.type)) score += 1;

	// A mention whose date says nothing of the event (undated, or the day of the
	// report) is news of the days around it: who or which country it is about
	// is then evidence (رفضت الحكومة السودانية العقوبات، انقلاب النيجر). One
	// point at most, so it needs a second (a body, a person, the venue, the
	// same distinctive type) to join.
	// A truce, a coup, an earthquake (standsAlone) is rarely two at once in one
	// country and one fortnight: there, the country is enough.
	if (inWindow(m) && (sharesParticipant(c, m) || (byCountry(m) && countriesOf(m, world).some(k => c.countries.has(k))))) score += m.standsAlone ? 2 : 1;

	// Two refusals (or demands, threats) of the same thing.
	if (m.topic && c.topics.has(m.topic)) score += 1;

	// An end reported after the start (انتهاء الهدنة الاثنين، فشل الاجتماع) concludes the event it follows.
	if (concludes(c, m)) score += 1;

	if (reportsOutcome(m) && sameParties(c, m) && onTheDay(c, facts.published)) score += 2;

	return score;
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

const ENDS = new Set<Mention['status']>(['ended', 'expired', 'failed']);

/** A day-dated end (ended, expired, failed) on or after the event's principal day, within the days allowed (anchored). */
function concludes(c: Cluster, m: Mention): boolean {
	if (!ENDS.has(m.status) || !m.date || m.date.precision !== 'day' || m.date.qualified || isReportDate(m.date) || c.principal === null) return false;
	return dayNumber(m.date.value) >= c.p0;
}

/** Undated, or dated only by its report: the window rules of joinScore decide how near it must be. */
function inWindow(m: Mention): boolean {
	return m.date === null || isReportDate(m.date);
}

/** A participant other than a person (people are scored apart): an organisation or a country. */
function sharesParticipant(c: Cluster, m: Mention): boolean {
	for (const p of m.participants) if (c.participants.has(p) && !m.actors.includes(p)) return true;
	return false;
}

function sameActor(subjects: Set<string>, id: string, world: EventWorld): boolean {
	for (const s of subjects) if (related(s, id, world)) return true;
	return false;
}

const countryCache = new WeakMap<Mention, readonly string[]>();

/**
 * The countries a mention is about: of its places, its organisations' seats,
 * its people and the countries among its participants. Cached per mention
 * (scored against many candidates, filed once).
 */
export function countriesOf(m: Mention, world: EventWorld): readonly string[] {
	let out = countryCache.get(m);
	if (out) return out;
	const set = new Set<string>();
	const add = (k: string | null) => {
		if (k) set.add(k);
	};
	for (const p of m.places) add(world.countryOf(p));
	if (m.place) add(world.countryOf(m.place));
	for (const o of m.orgs) {
		const seat = world.seatOf(o);
		if (seat) add(world.countryOf(seat));
	}
	for (const a of m.actors) add(world.actorCountry(a));
	for (const p of m.participants) if (world.placeKind(p) !== null) add(world.countryOf(p));
	out = set.size === 0 ? NO_COUNTRIES : [...set];
	countryCache.set(m, out);
	return out;
}

const NO_COUNTRIES: readonly string[] = Object.freeze([]);

function sameParties(c: Cluster, m: Mention): boolean {
	return m.parties.every(p => c.participants.has(p));
}

function onTheDay(c: Cluster, published: number | null): boolean {
	return published !== null && c.principal !== null && published >= c.p0 && published <= c.p1 + 1;
}

/** First and last day number of a day claim. */
function span(d: MentionDate): [number, number] {
	const d0 = dayNumber(d.value);
	return [d0, d.end && d.end.length === 10 ? dayNumber(d.end) : d0];
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
	if (!m.published || !/^\d{4}-\d{2}-\d{2}/.test(m.published)) return null;
	const n = dayNumber(m.published.slice(0, 10));
	return Number.isFinite(n) ? n : null;
}

/** The day a mention speaks of: its own day date, else its publication day (null without either). */
export function timeOf(m: Mention): number | null {
	if (m.date && m.date.precision === 'day' && !m.date.qualified && !isReportDate(m.date)) return dayNumber(m.date.value);
	return publishedDay(m);
}

/** May a mention found no cluster start an event of its own? It needs something to stand on. */
export function canFound(m: Mention, world: EventWorld): boolean {
	const dated = m.date !== null && !isReportDate(m.date);
	const anchored = m.city !== null || m.places.length > 0 || m.orgs.length > 0 || m.actors.length > 0;
	const specificBody = m.orgs.some(o => world.isBody(o) && !world.isGeneric(o));
	// A truce or an earthquake on a given day is an event in itself.
	const alone = m.standsAlone === true && dated && m.date!.precision === 'day' && !m.date!.qualified;
	// Someone's act (a refusal, a threat) that names who it concerns is news of
	// the days of its article: undated, it still makes an event, which later
	// reports of those days may join (the window of joinScore bounds it).
	const news = m.distinctive && !dated && publishedDay(m) !== null && m.participants.length > 0;
	return (dated && anchored) || alone || specificBody || (m.distinctive && m.actors.length > 0) || news;
}

function specificity(m: Mention): number {
	if (!m.date || isReportDate(m.date)) return 0;
	if (m.date.qualified) return 1;
	return m.date.precision === 'day' ? (m.date.direct ? 4 : 3) : 2;
}

/**
 * Keys under which a cluster can be found: everything that can earn a mention
 * points towards joining it (days, coarser periods, bodies and their root,
 * venue, actors). A mention is scored only against clusters sharing a key.
 */
function clusterKeys(m: Mention, world: EventWorld): string[] {
	const f = m.family;
	const keys: string[] = [];
	if (m.date) {
		if (m.date.precision === 'day') keys.push(`${f}|d|${dayNumber(m.date.value)}`);
		keys.push(`${f}|p|${m.date.value.slice(0, 7)}`, `${f}|p|${m.date.value.slice(0, 4)}`);
	}
	anchorKeys(m, world, keys);
	for (const p of m.participants) keys.push(`${f}|g|${p}`);
	for (const k of countriesOf(m, world)) keys.push(`${f}|n|${k}`);
	if (m.topic) keys.push(`${f}|t|${m.topic}`);
	return keys;
}

function lookupKeys(m: Mention, world: EventWorld): string[] {
	const f = m.family;
	const keys: string[] = [];
	if (m.date) {
		if (m.date.precision === 'day') {
			const d0 = dayNumber(m.date.value);
			const d1 = m.date.end && m.date.end.length === 10 ? dayNumber(m.date.end) : d0;
			for (let d = d0 - NEAR_DAYS; d <= d1 + NEAR_DAYS; d++) keys.push(`${f}|d|${d}`);
		}
		keys.push(`${f}|p|${m.date.value.slice(0, 7)}`, `${f}|p|${m.date.value.slice(0, 4)}`);
	}
	anchorKeys(m, world, keys);
	// Participants and countries earn points only for an outcome report
	// (reportsOutcome) and a mention dated by nothing but its report (inWindow).
	if (inWindow(m) && byWhom(m)) whomKeys(m, world, keys);
	else if (reportsOutcome(m)) for (const p of m.parties) keys.push(`${f}|g|${p}`);
	return keys;
}

/**
 * May a window mention (inWindow) join on whom it concerns alone? The
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

/** Participant, country and topic keys of a mention that looks by whom it concerns. */
function whomKeys(m: Mention, world: EventWorld, keys: string[]): void {
	for (const p of m.participants) keys.push(`${m.family}|g|${p}`);
	if (byCountry(m)) for (const k of countriesOf(m, world)) keys.push(`${m.family}|n|${k}`);
	if (m.topic) keys.push(`${m.family}|t|${m.topic}`);
}

/** Bodies (by their root), venue and actors: the keys that are not dates. */
function anchorKeys(m: Mention, world: EventWorld, keys: string[]): void {
	const f = m.family;
	for (const b of m.orgs) if (world.isBody(b)) keys.push(`${f}|b|${rootOf(b, world)}`);
	if (m.city) keys.push(`${f}|c|${m.city}`);
	for (const a of m.actors) keys.push(`${f}|a|${a}`);
}

function rootOf(body: string, world: EventWorld): string {
	let b = body;
	for (let i = 0; i < 8; i++) {
		const parent = world.parentOf(b);
		if (!parent) return b;
		b = parent;
	}
	return b;
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
	private readonly keyIds = new Map<string, number>();
	/** Key id → clusters filed under it, in founding order. */
	private readonly byKey: number[][] = [];
	/** Cluster → the ids of the keys it is filed under. */
	private readonly keysOf: Array<Set<number>> = [];
	/** family → day number → clusters whose principal day claim (a short one) covers that day. */
	private readonly byPrincipal = new Map<string, Map<number, Set<number>>>();
	/** Cluster → the principal claim it is filed under in byPrincipal (first and last day), if any. */
	private readonly principalOf: Array<[number, number] | undefined> = [];
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
	private readonly undayedByKeyWeek: Array<Map<number, number[]>> = [];
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
	private readonly weeksOf: Array<Set<number>> = [];
	/** Cluster → its body, venue and actor key ids: the only keys an undated mention looks up. */
	private readonly anchorsOf: number[][] = [];

	constructor(
		private readonly world: EventWorld,
		private readonly perList: number,
	) {}

	/** Record what cluster i holds after m joined it (or founded it, seenDays being 0). */
	file(i: number, c: Cluster, m: Mention, seenDays: number): void {
		let own = this.keysOf[i];
		if (!own) this.keysOf[i] = own = new Set();
		const fresh: number[] = [];
		const newKeys: number[] = [];
		let anchors = this.anchorsOf[i];
		if (!anchors) this.anchorsOf[i] = anchors = [];
		for (const k of clusterKeys(m, this.world)) {
			let id = this.keyIds.get(k);
			if (id === undefined) {
				id = this.byKey.length;
				this.keyIds.set(k, id);
				this.byKey.push([]);
				this.undayedByKeyWeek.push(new Map());
			}
			if (!own.has(id)) {
				own.add(id);
				this.byKey[id]!.push(i);
				if (isAnchor(k)) {
					anchors.push(id);
					fresh.push(id);
				}
				newKeys.push(id);
			}
		}
		this.dayed[i] = c.days.length > 0;
		if (c.days.length === 0) {
			let pubWeeks = this.pubWeeksOf[i];
			if (!pubWeeks) this.pubWeeksOf[i] = pubWeeks = new Set();
			// New keys under every week the cluster has; a new week under every key.
			for (const id of newKeys) for (const w of pubWeeks) push(this.undayedByKeyWeek[id]!, w, i);
			// A cluster dated by a month or a year is open at any time, as one of an undated article.
			const p = publishedDay(m);
			const w = p === null || c.dates.size > 0 ? NO_WEEK : week(p);
			if (!pubWeeks.has(w)) {
				pubWeeks.add(w);
				for (const id of own) push(this.undayedByKeyWeek[id]!, w, i);
			}
		}
		let weeks = this.weeksOf[i];
		if (!weeks) this.weeksOf[i] = weeks = new Set();
		for (let j = seenDays; j < c.days.length; j++) {
			const d = c.days[j]!;
			const d0 = dayNumber(d.value);
			const d1 = d.end && d.end.length === 10 ? dayNumber(d.end) : d0;
			if (d1 - d0 > LONG_CLAIM) {
				setIn(this.longClaims, c.family).add(i);
				continue;
			}
			for (let w = week(d0); w <= week(d1); w++) {
				if (weeks.has(w)) continue;
				weeks.add(w);
				// The anchor keys the cluster had before; the fresh ones get every week below.
				for (const id of anchors) if (!fresh.includes(id)) this.fileWeek(id, w, i);
			}
		}
		this.filePrincipal(i, c);
		for (const id of fresh) for (const w of weeks) this.fileWeek(id, w, i);
	}

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
		for (let day = c.p0; day <= c.p1; day++) {
			const set = days.get(day);
			if (!set) days.set(day, new Set([i]));
			else set.add(i);
		}
	}

	private fileWeek(id: number, w: number, i: number): void {
		let weeks = this.byKeyWeek[id];
		if (!weeks) this.byKeyWeek[id] = weeks = new Map();
		const list = weeks.get(w);
		if (!list) weeks.set(w, [i]);
		else list.push(i);
	}

	/** Clusters sharing a key with m that may score at least JOIN for it (a superset of those that do). */
	candidates(m: Mention): Iterable<number> {
		const d = m.date;
		if (!d) {
			const p = publishedDay(m);
			return p === null ? this.viaKeys(lookupKeys(m, this.world)) : this.undatedCandidates(m, p);
		}
		if (d.qualified) return this.viaKeys(lookupKeys(m, this.world));
		if (isReportDate(d)) {
			const keys: string[] = [];
			anchorKeys(m, this.world, keys);
			if (byWhom(m)) whomKeys(m, this.world, keys);
			// A report of last month or last year keeps every cluster of its keys (rare).
			if (d.precision !== 'day') return this.viaKeys(keys);
			const [r0, r1] = span(d);
			return this.nearDays(this.ids(keys), m.family, r0 - REPORT_DAYS, r1 + REPORT_DAYS);
		}
		if (d.precision !== 'day') return this.viaKeys(lookupKeys(m, this.world));
		const ids = this.ids(lookupKeys(m, this.world));
		const out = new Set<number>();
		const shares = (i: number) => {
			const own = this.keysOf[i]!;
			for (const id of ids) if (own.has(id)) return true;
			return false;
		};
		const d0 = dayNumber(d.value);
		const d1 = d.end && d.end.length === 10 ? dayNumber(d.end) : d0;
		const days = this.byPrincipal.get(m.family);
		if (days) {
			for (let day = d0 - NEAR_DAYS; day <= d1 + NEAR_DAYS; day++) {
				const set = days.get(day);
				if (!set) continue;
				let seen = 0;
				let walked = 0;
				for (const i of set) {
					// The day's clusters of the family that share no key are walked past: bounded too.
					if (++walked > this.perList * WALK) break;
					if (!out.has(i) && shares(i)) {
						out.add(i);
						if (++seen === this.perList) break;
					}
				}
			}
		}
		this.sharedLong(m.family, shares, out);
		this.undayedNear(ids, d0 - UNDATED_DAYS, d1 + UNDATED_DAYS, out);
		return out;
	}

	/** An undated mention published on day p: clusters with a day claim within UNDATED_DAYS of p, or with none. */
	private undatedCandidates(m: Mention, p: number): Set<number> {
		return this.nearDays(this.ids(lookupKeys(m, this.world)), m.family, p - UNDATED_DAYS, p + UNDATED_DAYS);
	}

	/**
	 * Clusters filed under the key ids with a day claim in the days d0..d1, with
	 * a long claim, or with no day claim: those a windowed mention (undated, or
	 * report-dated) may join.
	 */
	private nearDays(ids: number[], family: string, d0: number, d1: number): Set<number> {
		const out = new Set<number>();
		// Whole weeks: a superset of the window, joinScore vetoes the days outside it.
		const w0 = week(d0);
		const w1 = week(d1);
		for (const id of ids) {
			const weeks = this.byKeyWeek[id];
			if (weeks) for (let w = w0; w <= w1; w++) firstOf(weeks.get(w), out, this.perList);
		}
		this.undayedNear(ids, d0, d1, out);
		const shares = (i: number) => {
			const own = this.keysOf[i]!;
			for (const id of ids) if (own.has(id)) return true;
			return false;
		};
		this.sharedLong(family, shares, out);
		return out;
	}

	/** The first perList clusters of the family with a long claim that share a key with the mention. */
	private sharedLong(family: string, shares: (i: number) => boolean, out: Set<number>): void {
		let seen = 0;
		let walked = 0;
		for (const i of this.longClaims.get(family) ?? []) {
			if (++walked > this.perList * WALK) return;
			if (!shares(i)) continue;
			out.add(i);
			if (++seen === this.perList) return;
		}
	}

	/** Clusters still without a day claim, filed under the key ids, published in the weeks of d0..d1 (or undated). */
	private undayedNear(ids: number[], d0: number, d1: number, out: Set<number>): void {
		const w0 = week(d0);
		const w1 = week(d1);
		for (const id of ids) {
			const weeks = this.undayedByKeyWeek[id]!;
			if (weeks.size === 0) continue;
			for (let w = w0; w <= w1; w++) firstOf(weeks.get(w), out, this.perList, this.dayed);
			firstOf(weeks.get(NO_WEEK), out, this.perList, this.dayed);
		}
	}

	private ids(keys: string[]): number[] {
		const ids: number[] = [];
		for (const k of keys) {
			const id = this.keyIds.get(k);
			if (id !== undefined) ids.push(id);
		}
		return ids;
	}

	private viaKeys(keys: string[]): Set<number> {
		const out = new Set<number>();
		for (const id of this.ids(keys)) firstOf(this.byKey[id], out, this.perList);
		return out;
	}
}

/** Body, venue, actor or participant key (not a day or period key). */
function isAnchor(key: string): boolean {
	const kind = key.charAt(key.indexOf('|') + 1);
	return kind === 'b' || kind === 'c' || kind === 'a' || kind === 'g' || kind === 'n' || kind === 't';
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

/** The first PER_LIST clusters of a list (skipping those dayed[i] excludes) into out. */
function firstOf(list: number[] | undefined, out: Set<number>, limit: number, dayed?: boolean[]): void {
	if (!list) return;
	let seen = 0;
	let kept = 0;
	let j = 0;
	for (; j < list.length && seen < limit; j++) {
		const i = list[j]!;
		// A cluster that gained a day claim never loses it: drop it from the
		// list, so lists of undayed clusters do not fill with clusters walked past.
		if (dayed?.[i]) continue;
		list[kept++] = i;
		out.add(i);
		seen++;
	}
	if (kept < j) list.splice(kept, j - kept);
}

/** The week of a mention without a publication date (undayedByKeyWeek). */
const NO_WEEK = Number.MIN_SAFE_INTEGER;

function push(map: Map<number, number[]>, key: number, i: number): void {
	const list = map.get(key);
	if (!list) map.set(key, [i]);
	else list.push(i);
}

function setIn<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	return set;
}

/**
 * Cluster mentions. The most specific mentions (a direct day date) found
 * clusters first, so vaguer ones ("early 2022 in Geneva") join them rather
 * than founding duplicates. Deterministic: ties break on corpus order.
 */
/**
 * Clusters scored by the last clusterMentions call: the work of linking, for
 * the benchmark (per mention it must not grow with the corpus; #21).
 */
export const linkWork = {scored: 0};

export function clusterMentions(mentions: Mention[], world: EventWorld, perList = PER_LIST): Cluster[] {
	linkWork.scored = 0;
	const ordered = [...mentions].sort((a, b) => specificity(b) - specificity(a) || a.order - b.order || a.at - b.at);
	const clusters: Cluster[] = [];
	const index = new CandidateIndex(world, perList);
	for (const m of ordered) {
		let best = -1;
		let bestScore = -1;
		let bestGap = Infinity;
		// The highest score wins, then the event nearest in time (its principal
		// day to the mention's day, or to the publication day of a mention dated
		// by nothing else), then the larger cluster, then the older one, whatever
		// order the candidates come in.
		const at = timeOf(m);
		for (const i of index.candidates(m)) {
			const c = clusters[i]!;
			linkWork.scored++;
			const s = joinScore(c, m, world);
			if (s === null || s < JOIN) continue;
			const gap = at === null || c.principal === null ? Infinity : at < c.p0 ? c.p0 - at : at > c.p1 ? at - c.p1 : 0;
			const size = c.mentions.length - (best >= 0 ? clusters[best]!.mentions.length : 0);
			if (s > bestScore || (s === bestScore && (gap < bestGap || (gap === bestGap && (size > 0 || (size === 0 && i < best)))))) {
				best = i;
				bestScore = s;
				bestGap = gap;
			}
		}
		if (best >= 0) {
			const c = clusters[best]!;
			const seenDays = c.days.length;
			addMention(c, m, world);
			index.file(best, c, m, seenDays);
		} else if (canFound(m, world)) {
			const c = newCluster(m, world);
			clusters.push(c);
			index.file(clusters.length - 1, c, m, 0);
		}
	}
	return clusters;
}

// From clusters of mentions to Event records: the event's date is the claim
// most outlets make (direct claims weigh more than dates that only stand
// nearby), every article's own claim is kept, and a label in English and
// Arabic is composed from the body, parties or actor, the place and the date.

export type LinkResult = {events: Event[]; sentenceEvents: Map<string, string[]>};

/**
 * How long the last linkMentions call took, for the benchmark of #21 (linking
 * is the single-threaded tail of a parallel ingest, so it must stay linear).
 */
export let lastLinking: {mentions: number; clusters: number; ms: number} | null = null;

// An article's status claim is its strongest: what happened to the event over what was planned.
const STATUS_RANK: Record<EventStatus, number> = {failed: 8, cancelled: 7, postponed: 6, expired: 5, ended: 4, held: 3, scheduled: 2, announced: 1, unknown: 0};

function tally<T>(items: Array<[T, number]>): Array<[T, number]> {
	const m = new Map<T, number>();
	for (const [k, w] of items) m.set(k, (m.get(k) ?? 0) + w);
	return [...m.entries()];
}

/** Highest weight; ties go to the value first seen in corpus order (stable). */
function top<T>(items: Array<[T, number]>): T | null {
	let best: T | null = null;
	let bestW = 0;
	for (const [k, w] of tally(items)) {
		if (w > bestW) {
			best = k;
			bestW = w;
		}
	}
	return best;
}

function eventDate(c: Cluster): {date: string | null; end: string | null} {
	// Direct claims weigh most; a date before the trigger counts less, and a
	// relative one there (the day of the report) least.
	const weight = (d: NonNullable<Mention['date']>) => (d.direct ? 1 : d.relative ? 0.25 : 0.5);
	const claims = c.mentions.flatMap(m => (m.date && !m.date.qualified ? [[m.date, weight(m.date)] as const] : []));
	for (const precision of ['day', 'month', 'year'] as const) {
		const at = claims.filter(([d]) => d.precision === precision);
		const date = top(at.map(([d, w]) => [d.value, w] as [string, number]));
		if (date) {
			const ends = at.filter(([d]) => d.value === date && d.end).map(([d]) => d.end!);
			return {date, end: ends.length > 0 ? ends.sort().at(-1)! : null};
		}
	}
	return {date: null, end: null};
}

function eventPlace(c: Cluster, world: EventWorld, date: string | null): string | null {
	// A call joins two places; unless a text names where it was made, it has none.
	if (c.mentions[0]!.family === 'phone-call') return top(c.mentions.filter(m => m.city).map(m => [m.city!, 1] as [string, number]));
	const destination = c.mentions[0]!.family === 'visit' ? top(c.mentions.filter(m => m.destination).map(m => [m.destination!, 1] as [string, number])) : null;
	if (destination) return destination;
	const city = top(c.mentions.filter(m => m.city).map(m => [m.city!, 1] as [string, number]));
	if (city) return city;
	// Where the texts put it (في الخرطوم، غارة على غزة، a lede's dateline).
	const placed = top(c.mentions.filter(m => m.place).map(m => [m.place!, 1] as [string, number]));
	if (placed) return placed;
	const bodies = c.mentions.flatMap(m => m.orgs.filter(o => world.isBody(o) && !world.isGeneric(o)));
	for (const b of bodies) {
		const seat = world.seatOf(b);
		if (seat) return seat;
	}
	// A visit goes somewhere: where إلى points (returned above), else the country its clause names.
	if (c.mentions[0]!.family === 'visit') {
		const country = top(c.mentions.flatMap(m => m.places.filter(p => world.placeKind(p) === 'country').map(p => [p, 1] as [string, number])));
		if (country) return country;
	}
	// An annexation or an exercise happens in a region or country the clause names.
	if (['annexation', 'exercise'].includes(c.mentions[0]!.family)) {
		const area = top(c.mentions.flatMap(m => m.places.map(p => [p, 1] as [string, number])));
		if (area) return area;
	}
	// Who acts decides where, when the text does not say: the ministry that publishes, the president who speaks.
	for (const m of c.mentions) {
		if (m.subject?.kind === 'org') {
			const seat = world.seatOf(m.subject.id);
			if (seat) return seat;
		}
		if (m.subject?.kind === 'actor') {
			const seat = world.actorSeat(m.subject.id, date);
			if (seat) return seat;
		}
	}
	for (const m of c.mentions) {
		for (const a of m.actors) {
			const seat = world.actorSeat(a, date);
			if (seat) return seat;
		}
	}
	return null;
}

type Subject = {en: string; ar: string; key: string};

function subjectOf(c: Cluster, world: EventWorld, place: string | null): Subject | null {
	const specific = top(c.mentions.flatMap(m => m.orgs.filter(o => world.isBody(o) && !world.isGeneric(o)).map(o => [o, 1] as [string, number])));
	if (specific) return {en: world.orgName(specific), ar: world.orgNameAr(specific), key: specific};
	const actor = top(c.mentions.flatMap(m => m.actors.map(a => [a, 1] as [string, number])));
	const family = c.mentions[0]!.family;
	// A call has two ends and an exercise is held by states: name them by their
	// parties (Russia–United States phone call, Belarus–Russia military exercise),
	// not by whoever the sentence mentions first.
	if (family === 'phone-call') {
		const parties = partiesOf(c, world, null);
		if (parties) return parties;
	}
	if (family === 'exercise') {
		const states = [
			...new Set([...c.mentions.flatMap(m => m.places.map(p => world.countryOf(p))), ...c.mentions.flatMap(m => m.actors.map(a => world.actorCountry(a)))]),
		]
			.filter((x): x is string => x !== null)
			.sort();
		if (states.length > 0 && states.length <= 3) {
			return {en: states.map(p => world.placeName(p)).join('–'), ar: states.map(p => world.placeNameAr(p)).join(' و'), key: states.join('-')};
		}
	}
	if (c.mentions[0]!.distinctive) {
		const subject = top(c.mentions.filter(m => m.subject).map(m => [`${m.subject!.kind}:${m.subject!.id}`, 1] as [string, number]));
		if (subject) {
			const [kind, id] = subject.split(':') as ['actor' | 'org', string];
			return kind === 'actor' ? {en: world.actorName(id), ar: world.actorNameAr(id), key: id} : {en: world.orgName(id), ar: world.orgNameAr(id), key: id};
		}
		if (actor) return {en: world.actorName(actor), ar: world.actorNameAr(actor), key: actor};
	}
	const parties = partiesOf(c, world, place);
	if (parties) return parties;
	const org = top(c.mentions.flatMap(m => m.orgs.map(o => [o, 1] as [string, number])));
	if (org) return {en: world.orgName(org), ar: world.orgNameAr(org), key: org};
	if (actor) return {en: world.actorName(actor), ar: world.actorNameAr(actor), key: actor};
	return null;
}

/**
 * The countries taking part: those of the people named (بلينكن ولافروف), else
 * the countries the clauses name, other than the host city's country.
 */
function partiesOf(c: Cluster, world: EventWorld, place: string | null): Subject | null {
	const actorCountries = [...new Set(c.mentions.flatMap(m => m.actors.map(a => world.actorCountry(a)).filter((x): x is string => x !== null)))].sort();
	if (actorCountries.length >= 2 && actorCountries.length <= 3) {
		return {
			en: actorCountries.map(p => world.placeName(p)).join('–'),
			ar: actorCountries.map(p => world.placeNameAr(p)).join(' و'),
			key: actorCountries.join('-'),
		};
	}
	const host = place ? world.countryOf(place) : null;
	const countries = [
		...new Set(
			c.mentions.flatMap(m =>
				m.places
					.filter(p => p !== place)
					.map(p => world.countryOf(p))
					.filter((x): x is string => x !== null && x !== host),
			),
		),
	].sort();
	if (countries.length >= 2) {
		return {
			en: countries.map(p => world.placeName(p)).join('–'),
			ar: countries.map(p => world.placeNameAr(p)).join(' و'),
			key: countries.join('-'),
		};
	}
	return null;
}

function buildEvent(c: Cluster, lex: EventLexicon, world: EventWorld): Omit<Event, 'id'> & {key: string} {
	const type = top(c.mentions.map(m => [m.type, 1] as [string, number]))!;
	const typeInfo = compileEvents(lex).subtypes.get(type)!;
	const {date, end} = eventDate(c);
	const place = eventPlace(c, world, date);
	const subject = subjectOf(c, world, place);
	const placeEn = place ? world.placeName(place) : null;
	const label = [subject ? `${subject.en} ${typeInfo.labelEn}` : capitalise(typeInfo.labelEn), placeEn, date].filter(Boolean).join(' · ');
	const labelAr = [subject ? `${typeInfo.labelAr} ${subject.ar}` : typeInfo.labelAr, place ? world.placeNameAr(place) : null, date].filter(Boolean).join(' · ');

	const byArticle = new Map<string, Mention[]>();
	for (const m of [...c.mentions].sort((a, b) => a.order - b.order || a.at - b.at)) {
		byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
	}
	const dateClaims: Event['dateClaims'] = [];
	const statusClaims: Event['statusClaims'] = [];
	for (const [article, ms] of byArticle) {
		// An article's claim is what it says directly; a date that only stands near
		// the trigger counts when the article says nothing directly.
		const dated = ms.filter(m => m.date && !m.date.qualified && m.date.precision === 'day');
		const direct = dated.filter(m => m.date!.direct);
		const seen = new Set<string>();
		for (const m of direct.length > 0 ? direct : dated) {
			if (seen.has(m.date!.value)) continue;
			seen.add(m.date!.value);
			dateClaims.push({article, value: m.date!.value, end: m.date!.end, sentence: m.sentence});
		}
		const strongest = [...ms].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status])[0]!;
		statusClaims.push({article, status: strongest.status, sentence: strongest.sentence});
	}
	const participants = [...new Set([...c.mentions.flatMap(m => m.actors), ...c.mentions.flatMap(m => m.orgs.filter(o => world.isBody(o)))])];
	const sentences = [...new Set(c.mentions.map(m => m.sentence))];
	const ordered = [...c.mentions].sort((a, b) => a.order - b.order || a.at - b.at);
	return {
		key: [type, subject?.key ?? '', date ?? ''].filter(Boolean).join('-'),
		type,
		label,
		labelAr,
		date,
		end,
		place: placeEn,
		participants,
		articles: [...byArticle.keys()].sort(),
		mentions: c.mentions.length,
		sentences,
		dateClaims,
		statusClaims,
		plover: typeInfo.plover,
		mentionDetails: ordered.map(detail),
	};
}

/** What one mention says, for the dataset: a date that only dates the report is left out. */
function detail(m: Mention): EventMention {
	const dated = m.date && !(m.date.relative && !m.date.direct) ? m.date : null;
	return {
		article: m.article,
		sentence: m.sentence,
		type: m.type,
		plover: m.plover,
		date: dated?.value ?? null,
		end: dated?.end ?? null,
		place: m.place,
		participants: [...m.participants],
		status: m.status,
		outcomes: m.outcomes.map(o => ({...o})),
		numbers: m.numbers.map(n => ({...n})),
	};
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * An article without a publication date dates its events by day and month
 * alone (يومي 12 و13 يناير): the year is that of the corpus. Each such date
 * is read as if published on the corpus's median publication day, which
 * puts it in the year nearest the corpus's period, so that a manifest-less
 * ingest dates (and names) an event as the ingest with the manifest does,
 * and a day in January cannot join a meeting of October for want of a year.
 * Only dates with a digit (a day number): "earlier this month" stays undated.
 */
function withCorpusYears(mentions: Mention[], calendar: Calendar): Mention[] {
	if (!mentions.some(m => m.yearless)) return mentions;
	const days = [...new Set(mentions.flatMap(m => (m.published && /^\d{4}-\d{2}-\d{2}/.test(m.published) ? [m.published.slice(0, 10)] : [])))].sort();
	if (days.length === 0) return mentions;
	const reference = days[Math.floor((days.length - 1) / 2)]!;
	const read = new Map<string, Mention['date']>();
	return mentions.map(m => {
		if (!m.yearless) return m;
		let date = read.get(m.yearless.text);
		if (date === undefined) {
			const d = extractDates(m.yearless.text, reference, calendar)[0];
			date =
				d?.value && d.value.length === 10
					? {value: d.value, end: d.rangeEnd, precision: 'day', qualified: d.qualifier !== null, direct: m.yearless.direct, relative: false}
					: null;
			read.set(m.yearless.text, date);
		}
		return date ? {...m, date: {...date, direct: m.yearless.direct}} : m;
	});
}

/** Recognise event mentions in every sentence and link them into events. Pure. */
export function linkEvents(articles: Article[], lex: EventLexicon, world: EventWorld): LinkResult {
	const mentions: Mention[] = [];
	let order = 0;
	for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
		for (const sentence of article.sentences) {
			mentions.push(...sentenceMentions(sentence, {article: article.id, order: order++, published: article.published}, lex, world));
		}
	}
	return linkMentions(mentions, lex, world);
}

/**
 * Mentions (already in corpus order) → events. Split from linkEvents so a
 * streaming ingest can keep only the mentions, not every article, in memory.
 */
export function linkMentions(mentions: Mention[], lex: EventLexicon, world: EventWorld, calendar?: Calendar): LinkResult {
	const started = performance.now();
	const clusters = clusterMentions(calendar ? withCorpusYears(mentions, calendar) : mentions, world);
	const built = clusters.map(c => buildEvent(c, lex, world));
	// Stable ids from content; order by date then label so ids do not depend on clustering order.
	built.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.label.localeCompare(b.label));
	const used = new Map<string, number>();
	const events: Event[] = [];
	const sentenceEvents = new Map<string, string[]>();
	for (const {key, ...rest} of built) {
		const base = slug(key) || 'event';
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		const id = n === 1 ? base : `${base}-${n}`;
		events.push({id, ...rest});
		for (const s of rest.sentences) sentenceEvents.set(s, [...(sentenceEvents.get(s) ?? []), id]);
	}
	lastLinking = {mentions: mentions.length, clusters: clusters.length, ms: performance.now() - started};
	return {events, sentenceEvents};
}
