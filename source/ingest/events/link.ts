// From clusters of mentions to Event records: the event's date is the claim
// most outlets make (direct claims weigh more than dates that only stand
// nearby), every article's own claim is kept, and a label in English and
// Arabic is composed from the body, parties or actor, the place and the date.
import type {Article, Event, EventMention, EventStatus} from '../../dataset/schema.js';
import {slug} from '../../dataset/ids.js';
import type {Cluster} from './cluster.js';
import {bySpecificity, clusterMentions, linkWork, PER_LIST} from './cluster.js';
import {WorldMemo} from './world-memo.js';
import type {Mention} from './mentions.js';
import {sentenceMentions} from './mentions.js';
import {compileEvents} from './triggers.js';
import type {Calendar} from '../calendar.js';
import {extractDates} from '../extract/dates.js';
import type {EventLexicon, EventWorld} from './types.js';
import {timingsWanted} from '../timings.js';

export type LinkResult = {events: Event[]; sentenceEvents: Map<string, string[]>};

/**
 * How long the last linkMentions call took, for the benchmark of #21 (linking
 * is the single-threaded tail of a parallel ingest, so it must stay linear).
 */
export let lastLinking: {mentions: number; clusters: number; ms: number} | null = null;

// An article's status claim is its strongest: what happened to the event over what was planned.
const STATUS_RANK: Record<EventStatus, number> = {failed: 8, cancelled: 7, postponed: 6, expired: 5, ended: 4, held: 3, scheduled: 2, announced: 1, unknown: 0};

/**
 * Weights by key, for the value most mentions give. One instance, reused
 * (top() empties it): the old tally built an array of pairs, a Map and an
 * array of its entries for every question of every event (buildEvent was a
 * fifth of linking at 1k articles, most of it those arrays).
 */
class Tally {
	private readonly weights = new Map<string, number>();

	add(key: string, weight = 1): void {
		const w = this.weights;
		w.set(key, (w.get(key) ?? 0) + weight);
	}

	/** Highest weight; ties go to the key first added (stable). Empties the tally. */
	top(): string | null {
		// Clearing a Map allocates its table anew: an empty tally is left as it is.
		if (this.weights.size === 0) return null;
		let best: string | null = null;
		let bestW = 0;
		for (const [k, w] of this.weights) {
			if (w > bestW) {
				best = k;
				bestW = w;
			}
		}
		this.weights.clear();
		return best;
	}
}

const tally = new Tally();

/** The most frequent non-empty value of pick over the mentions (first seen on a tie), else null. */
function topOf(ms: readonly Mention[], pick: (m: Mention) => string | null | undefined): string | null {
	for (let i = 0; i < ms.length; i++) {
		const v = pick(ms[i]!);
		if (v) tally.add(v);
	}
	return tally.top();
}

const cityOf = (m: Mention) => m.city;

/**
 * The most frequent value when the cluster's set of them (kept by addMention)
 * decides it without a count: null when empty, its one member; undefined
 * when it holds several (then count them).
 */
function single(set: ReadonlySet<string>): string | null | undefined {
	if (set.size === 0) return null;
	return set.size === 1 ? set.values().next().value! : undefined;
}
const destinationOf = (m: Mention) => m.destination;
const placeOf = (m: Mention) => m.place;

// Direct claims weigh most; a date before the trigger counts less, and a
// relative one there (the day of the report) least.
const PRECISIONS = ['day', 'month', 'year'] as const;

function eventDate(c: Cluster): {date: string | null; end: string | null} {
	const ms = c.mentions;
	// The cluster's distinct unqualified day claims (addMention): one is the date, with its end.
	if (c.days.length === 1) {
		const d = c.days[0]!;
		if (d.value) return {date: d.value, end: d.end || null};
	}
	for (const precision of PRECISIONS) {
		// Without day claims, no day date.
		if (precision === 'day' && c.days.length === 0) continue;
		for (let i = 0; i < ms.length; i++) {
			const d = ms[i]!.date;
			if (d && !d.qualified && d.precision === precision) tally.add(d.value, d.direct ? 1 : d.relative ? 0.25 : 0.5);
		}
		const date = tally.top();
		if (date) {
			// The latest end any claim of that date gives (string order, as a sort of them did).
			let end: string | null = null;
			for (let i = 0; i < ms.length; i++) {
				const d = ms[i]!.date;
				if (d && !d.qualified && d.precision === precision && d.value === date && d.end && (end === null || d.end > end)) end = d.end;
			}
			return {date, end};
		}
	}
	return {date: null, end: null};
}

function eventPlace(c: Cluster, memo: WorldMemo, date: string | null): string | null {
	const world = memo.world;
	const ms = c.mentions;
	const family = ms[0]!.family;
	// A call joins two places; unless a text names where it was made, it has none.
	if (family === 'phone-call') return single(c.cities) ?? topOf(ms, cityOf);
	const destination = family === 'visit' ? topOf(ms, destinationOf) : null;
	if (destination) return destination;
	const city = single(c.cities) ?? topOf(ms, cityOf);
	if (city) return city;
	// Where the texts put it (في الخرطوم، غارة على غزة، a lede's dateline).
	const placed = topOf(ms, placeOf);
	if (placed) return placed;
	for (const m of ms) {
		for (const b of m.orgs) {
			const org = memo.org(b);
			if (!org.body || org.generic) continue;
			const seat = world.seatOf(b);
			if (seat) return seat;
		}
	}
	// A visit goes somewhere: where إلى points (returned above), else the country its clause names.
	if (family === 'visit') {
		for (const m of ms) for (const p of m.places) if (world.placeKind(p) === 'country') tally.add(p);
		const country = tally.top();
		if (country) return country;
	}
	// An annexation or an exercise happens in a region or country the clause names.
	if (family === 'annexation' || family === 'exercise') {
		for (const m of ms) for (const p of m.places) tally.add(p);
		const area = tally.top();
		if (area) return area;
	}
	// Who acts decides where, when the text does not say: the ministry that publishes, the president who speaks.
	for (const m of ms) {
		if (m.subject?.kind === 'org') {
			const seat = world.seatOf(m.subject.id);
			if (seat) return seat;
		}
		if (m.subject?.kind === 'actor') {
			const seat = world.actorSeat(m.subject.id, date);
			if (seat) return seat;
		}
	}
	for (const m of ms) {
		for (const a of m.actors) {
			const seat = world.actorSeat(a, date);
			if (seat) return seat;
		}
	}
	return null;
}

type Subject = {en: string; ar: string; key: string};

function subjectOf(c: Cluster, memo: WorldMemo, place: string | null): Subject | null {
	const world = memo.world;
	const ms = c.mentions;
	let specific = single(c.specificBodies);
	if (specific === undefined) {
		for (const m of ms) {
			for (const o of m.orgs) {
				const org = memo.org(o);
				if (org.body && !org.generic) tally.add(o);
			}
		}
		specific = tally.top();
	}
	if (specific) return {en: world.orgName(specific), ar: world.orgNameAr(specific), key: specific};
	let actor = single(c.actors);
	if (actor === undefined) {
		for (const m of ms) for (const a of m.actors) tally.add(a);
		actor = tally.top();
	}
	const family = ms[0]!.family;
	// A call has two ends and an exercise is held by states: name them by their
	// parties (Russia–United States phone call, Belarus–Russia military exercise),
	// not by whoever the sentence mentions first.
	if (family === 'phone-call') {
		const parties = partiesOf(c, memo, null);
		if (parties) return parties;
	}
	if (family === 'exercise') {
		const set = new Set<string>();
		for (const m of ms) {
			for (const p of m.places) {
				const k = memo.countryOf(p);
				if (k !== null) set.add(k);
			}
		}
		for (const m of ms) {
			for (const a of m.actors) {
				const k = memo.actorCountry(a);
				if (k !== null) set.add(k);
			}
		}
		const states = [...set].sort();
		if (states.length > 0 && states.length <= 3) return named(states, world);
	}
	if (ms[0]!.distinctive) {
		for (const m of ms) if (m.subject) tally.add(`${m.subject.kind}:${m.subject.id}`);
		const subject = tally.top();
		if (subject) {
			const [kind, id] = subject.split(':') as ['actor' | 'org', string];
			return kind === 'actor' ? {en: world.actorName(id), ar: world.actorNameAr(id), key: id} : {en: world.orgName(id), ar: world.orgNameAr(id), key: id};
		}
		if (actor) return {en: world.actorName(actor), ar: world.actorNameAr(actor), key: actor};
	}
	const parties = partiesOf(c, memo, place);
	if (parties) return parties;
	for (const m of ms) for (const o of m.orgs) tally.add(o);
	const org = tally.top();
	if (org) return {en: world.orgName(org), ar: world.orgNameAr(org), key: org};
	if (actor) return {en: world.actorName(actor), ar: world.actorNameAr(actor), key: actor};
	return null;
}

/** Countries (sorted) as a subject: Russia–United States. */
function named(countries: readonly string[], world: EventWorld): Subject {
	return {
		en: countries.map(p => world.placeName(p)).join('–'),
		ar: countries.map(p => world.placeNameAr(p)).join(' و'),
		key: countries.join('-'),
	};
}

/**
 * The countries taking part: those of the people named (بلينكن ولافروف), else
 * the countries the clauses name, other than the host city's country.
 */
function partiesOf(c: Cluster, memo: WorldMemo, place: string | null): Subject | null {
	const ms = c.mentions;
	const set = new Set<string>();
	for (const m of ms) {
		for (const a of m.actors) {
			const k = memo.actorCountry(a);
			if (k !== null) set.add(k);
		}
	}
	if (set.size >= 2 && set.size <= 3) return named([...set].sort(), memo.world);
	set.clear();
	const host = place ? memo.countryOf(place) : null;
	for (const m of ms) {
		for (const p of m.places) {
			if (p === place) continue;
			const k = memo.countryOf(p);
			if (k !== null && k !== host) set.add(k);
		}
	}
	return set.size >= 2 ? named([...set].sort(), memo.world) : null;
}

/** `memo`: the world, with its answers about ids read once for the whole linking (world-memo.ts). */
function buildEvent(c: Cluster, lex: EventLexicon, memo: WorldMemo): Built {
	const world = memo.world;
	const ms = c.mentions;
	// What the cluster kept as mentions joined (addMention) answers without a
	// walk over its mentions when it holds one value: one type, most events.
	let type: string;
	if (c.types.size === 1) type = c.types.values().next().value!;
	else {
		for (const m of ms) tally.add(m.type);
		type = tally.top()!;
	}
	const typeInfo = compileEvents(lex).subtypes.get(type)!;
	const {date, end} = eventDate(c);
	const place = eventPlace(c, memo, date);
	const subject = subjectOf(c, memo, place);
	const placeEn = place ? world.placeName(place) : null;
	const label = [subject ? `${subject.en} ${typeInfo.labelEn}` : capitalise(typeInfo.labelEn), placeEn, date].filter(Boolean).join(' · ');
	const labelAr = [subject ? `${typeInfo.labelAr} ${subject.ar}` : typeInfo.labelAr, place ? world.placeNameAr(place) : null, date].filter(Boolean).join(' · ');

	// Corpus order, once: the article groups and the mention details both follow it.
	const ordered = ms.slice().sort(byCorpusOrder);
	const byArticle = new Map<string, Mention[]>();
	for (const m of ordered) {
		const list = byArticle.get(m.article);
		if (list) list.push(m);
		else byArticle.set(m.article, [m]);
	}
	const dateClaims: Event['dateClaims'] = [];
	const statusClaims: Event['statusClaims'] = [];
	for (const [article, group] of byArticle) {
		// An article's claim is what it says directly; a date that only stands near
		// the trigger counts when the article says nothing directly.
		let direct = false;
		for (const m of group) if (dayClaim(m) && m.date!.direct) direct = true;
		const first = dateClaims.length;
		for (const m of group) {
			if (!dayClaim(m) || (direct && !m.date!.direct)) continue;
			const value = m.date!.value;
			// Each value once per article: a few claims at most, a scan beats a Set.
			let seen = false;
			for (let k = first; k < dateClaims.length && !seen; k++) seen = dateClaims[k]!.value === value;
			if (!seen) dateClaims.push({article, value, end: m.date!.end, sentence: m.sentence});
		}
		// The first of the highest rank (what a stable sort by rank put first).
		let strongest = group[0]!;
		for (const m of group) if (STATUS_RANK[m.status] > STATUS_RANK[strongest.status]) strongest = m;
		statusClaims.push({article, status: strongest.status, sentence: strongest.sentence});
	}
	// The people of the mentions, then their bodies, in the order they came: the cluster's sets, kept so by addMention.
	const people = new Set<string>(c.actors);
	for (const b of c.bodies) people.add(b);
	const sentences = new Set<string>();
	for (const m of ms) sentences.add(m.sentence);
	const details: EventMention[] = new Array(ordered.length);
	for (let i = 0; i < ordered.length; i++) details[i] = detail(ordered[i]!);
	// The event as written, its id given once all are built (linkMentions): made
	// here in its final shape, not copied twice (a rest and a spread) to add it.
	const event: Event = {
		id: '',
		type,
		label,
		labelAr,
		date,
		end,
		place: placeEn,
		participants: [...people],
		articles: [...byArticle.keys()].sort(),
		mentions: ms.length,
		sentences: [...sentences],
		dateClaims,
		statusClaims,
		plover: typeInfo.plover,
		mentionDetails: details,
	};
	return {key: [type, subject?.key ?? '', date ?? ''].filter(Boolean).join('-'), event};
}

/** An event without its id yet, and what its id is made from. */
type Built = {key: string; event: Event};

function byCorpusOrder(a: Mention, b: Mention): number {
	return a.order - b.order || a.at - b.at;
}

/** An unqualified day date: what an article claims as the event's day. */
function dayClaim(m: Mention): boolean {
	const d = m.date;
	return d !== null && !d.qualified && d.precision === 'day';
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
	const days = new Set<string>();
	for (const m of mentions) addPublishedDay(days, m);
	const dated = yearlessDating(days, calendar);
	return dated ? mentions.map(dated) : mentions;
}

/** Adds m's publication day to `days` (what yearlessDating reads). */
export function addPublishedDay(days: Set<string>, m: Pick<Mention, 'published'>): void {
	if (m.published && /^\d{4}-\d{2}-\d{2}/.test(m.published)) days.add(m.published.slice(0, 10));
}

/**
 * withCorpusYears for one mention at a time, from the publication days of
 * the corpus's mentions (addPublishedDay): a mention with a yearless date,
 * dated against the median day (a new mention); any other as it is. Null
 * when no day is known (every mention stays as it is).
 */
export function yearlessDating(days: ReadonlySet<string>, calendar: Calendar): ((m: Mention) => Mention) | null {
	if (days.size === 0) return null;
	const sorted = [...days].sort();
	const reference = sorted[Math.floor((sorted.length - 1) / 2)]!;
	const read = new Map<string, Mention['date']>();
	return m => {
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
	};
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
 * Each distinct date (or '9999' for none) → its place in the collator's
 * order, equal dates one place: the events' sort compares dates as numbers
 * and calls the collator for labels only. The same order as comparing the
 * dates with it at every step (a sort decides by the signs of its compares,
 * and these are the same), with a few hundred collator calls for the dates
 * instead of two per compare (the sort's compares were a tenth of linking
 * at 1k articles).
 */
function dateRanks(built: ReadonlyArray<{event: Event}>, compare: (a: string, b: string) => number): Map<string, number> {
	const rank = new Map<string, number>();
	for (const {event} of built) rank.set(event.date ?? '9999', 0);
	const dates = [...rank.keys()].sort(compare);
	let r = 0;
	for (let i = 0; i < dates.length; i++) {
		if (i > 0 && compare(dates[i - 1]!, dates[i]!) !== 0) r++;
		rank.set(dates[i]!, r);
	}
	return rank;
}

/** An event built from one cluster, its id not yet given: `founder` is its founding mention's place in the corpus's linking order. */
export type BuiltEvent = {key: string; event: Event; founder: number};

/** One family's mentions in linking order (bySpecificity), and each one's place in that order over the whole corpus. */
export type FamilyMentions = {family: string; mentions: Mention[]; places: number[]};

/**
 * The mentions (in corpus order) by family, each family's in the order its
 * clusters take them. A mention joins only a cluster of its family
 * (cluster.ts), so the families link one at a time: a link worker keeps only
 * the clusters of the family it is linking, and sends each family's events
 * while it links the next (link-worker.ts).
 */
export function familyGroups(mentions: Mention[], calendar?: Calendar): FamilyMentions[] {
	const ordered = bySpecificity(calendar ? withCorpusYears(mentions, calendar) : mentions);
	const groups = new Map<string, FamilyMentions>();
	for (let k = 0; k < ordered.length; k++) {
		const m = ordered[k]!;
		let group = groups.get(m.family);
		if (!group) groups.set(m.family, (group = {family: m.family, mentions: [], places: []}));
		group.mentions.push(m);
		group.places.push(k);
	}
	return [...groups.values()];
}

/** One family's clusters, built into events (without ids). */
export function linkFamily(group: FamilyMentions, lex: EventLexicon, memo: WorldMemo): BuiltEvent[] {
	let built: BuiltEvent[] = [];
	linkFamilyInParts(group, lex, memo, Number.POSITIVE_INFINITY, all => {
		built = all;
	});
	return built;
}

/**
 * linkFamily's events handed to `each` `part` at a time, in the same order,
 * each cluster let go once its event is built: the link worker sends each
 * part on and keeps none. Built all at once, a large family's events (their
 * mention details most of them) were held beside its clusters and mentions
 * until sent, at the top of the worker's heap (290-395 MB for the four
 * largest families at 100k articles). How many events.
 */
export function linkFamilyInParts(group: FamilyMentions, lex: EventLexicon, memo: WorldMemo, part: number, each: (built: BuiltEvent[]) => void): number {
	const founders: number[] = [];
	const clusters: Array<Cluster | undefined> = clusterMentions(group.mentions, memo.world, PER_LIST, memo, {founders});
	for (let k = 0; k < clusters.length; k += part) {
		const built: BuiltEvent[] = new Array(Math.min(part, clusters.length - k));
		for (let i = 0; i < built.length; i++) {
			const {key, event} = buildEvent(clusters[k + i]!, lex, memo);
			built[i] = {key, event, founder: group.places[founders[k + i]!]!};
			clusters[k + i] = undefined;
		}
		each(built);
	}
	return clusters.length;
}

/**
 * Every family's events → the corpus's events with their ids: in the order
 * the clusters were founded over the whole corpus (as one clustering of all
 * mentions founds them), then ordered by date and label, which that order
 * breaks ties of. Sorts `built`.
 */
export function numberEvents(built: BuiltEvent[]): Event[] {
	built.sort((a, b) => a.founder - b.founder);
	// Stable ids from content; order by date then label so ids do not depend on clustering order.
	// One collator for the sort: what localeCompare does on every call (ECMA-402
	// defines it as this compare), without its per-call set-up; the sort was
	// 7% of linking at 1k articles (a profile of linking alone).
	const compare = new Intl.Collator().compare;
	const rank = dateRanks(built, compare);
	built.sort((a, b) => rank.get(a.event.date ?? '9999')! - rank.get(b.event.date ?? '9999')! || compare(a.event.label, b.event.label));
	const used = new Map<string, number>();
	const events: Event[] = new Array(built.length);
	for (let k = 0; k < built.length; k++) {
		const {key, event} = built[k]!;
		const base = slug(key) || 'event';
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		event.id = n === 1 ? base : `${base}-${n}`;
		events[k] = event;
	}
	return events;
}

/**
 * Mentions (already in corpus order) → events. Split from linkEvents so a
 * streaming ingest can keep only the mentions, not every article, in memory.
 */
export function linkMentions(mentions: Mention[], lex: EventLexicon, world: EventWorld, calendar?: Calendar): LinkResult {
	const started = performance.now();
	const memo = new WorldMemo(world);
	linkWork.scored = 0;
	linkWork.exact = 0;
	const built: BuiltEvent[] = [];
	for (const group of familyGroups(mentions, calendar)) for (const b of linkFamily(group, lex, memo)) built.push(b);
	const events = numberEvents(built);
	const sentenceEvents = new Map<string, string[]>();
	for (const event of events) {
		for (const s of event.sentences) {
			const ids = sentenceEvents.get(s);
			if (ids) ids.push(event.id);
			else sentenceEvents.set(s, [event.id]);
		}
	}
	const ms = performance.now() - started;
	lastLinking = {mentions: mentions.length, clusters: events.length, ms};
	reportLinking(ms, mentions.length, events.length);
	return {events, sentenceEvents};
}

/**
 * Linking is the single-threaded tail of a parallel ingest (#21): its time on
 * stderr on request (CE_TIMINGS=1), and nothing otherwise.
 */
export function reportLinking(ms: number, mentions: number, events: number): void {
	if (timingsWanted()) {
		process.stderr.write(
			`timing: link ${ms.toFixed(0)} ms · ${mentions} mentions · ${events} events · ${linkWork.scored} candidates, ${linkWork.exact} scored exactly\n`,
		);
	}
}
