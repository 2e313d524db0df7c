// Clustering event mentions across articles. Two mentions are one event when
// they agree on enough evidence (type, body, city, date, actors) and nothing
// vetoes it (two different bodies, two different cities, dates far apart).
// Outlets that date the same event differently still cluster: dates a few days
// apart with the same city or body are kept as competing claims.
import type {EventWorld} from './types.js';
import type {Mention, MentionDate} from './mentions.js';

export type Cluster = {mentions: Mention[]};

/** Agreement needed to join a cluster. */
const JOIN = 2;
/** Day dates this close may be a disagreement between outlets rather than two events. */
const NEAR_DAYS = 3;

export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

/** Does a coarse date (month or year) contain a day or another coarse date? */
function contains(outer: string, inner: string): boolean {
	return inner.startsWith(outer);
}

function bodiesOf(orgs: string[], world: EventWorld): string[] {
	return orgs.filter(o => world.isBody(o));
}

function related(a: string, b: string, world: EventWorld): boolean {
	return world.parentOf(a) === b || world.parentOf(b) === a;
}

function dayClaims(c: Cluster): MentionDate[] {
	return c.mentions.map(m => m.date).filter((d): d is MentionDate => d !== null && d.precision === 'day' && !d.qualified);
}

/** Score of joining mention m to cluster c; null is a veto. */
export function joinScore(c: Cluster, m: Mention, world: EventWorld): number | null {
	const first = c.mentions[0]!;
	if (first.family !== m.family) return null;
	let score = 0;

	// Bodies: the same specific body is strong; a body and its parent (NATO) agree weakly;
	// two unrelated bodies (NATO–Russia Council vs NATO Military Committee) never merge.
	const cb = new Set(c.mentions.flatMap(x => bodiesOf(x.orgs, world)));
	const mb = bodiesOf(m.orgs, world);
	if (cb.size > 0 && mb.length > 0) {
		const specific = (b: string) => world.parentOf(b) !== null;
		const cs = [...cb].filter(specific);
		const ms = mb.filter(specific);
		if (cs.length > 0 && ms.length > 0 && !ms.some(b => cb.has(b))) return null;
		if (ms.some(b => cb.has(b))) score += 2;
		else if (mb.some(b => cb.has(b))) score += 1;
		else if (mb.some(b => [...cb].some(x => related(x, b, world)))) score += 1;
	}

	// City: the same city agrees; two different cities veto.
	const cities = new Set(c.mentions.map(x => x.city).filter((x): x is string => x !== null));
	if (m.city && cities.size > 0) {
		if (cities.has(m.city)) score += 1;
		else return null;
	}

	// Date. A relative date before the trigger dates the report ("said on Monday,
	// after the talks in Geneva"): a report on the day of the event or the day
	// after, in the same city, is evidence; otherwise it says nothing either way.
	if (m.date && m.date.relative && !m.date.direct) {
		const days = dayClaims(c);
		if (m.city && cities.has(m.city) && days.some(d => Math.abs(distance(d, m.date!)) <= 1)) score += 1;
	} else if (m.date) {
		const days = dayClaims(c);
		if (m.date.precision === 'day' && !m.date.qualified) {
			if (days.length > 0) {
				const gap = Math.min(...days.map(d => distance(d, m.date!)));
				if (gap === 0) score += 2;
				else if (gap <= NEAR_DAYS) score += 1;
				else return null;
			} else {
				const coarse = c.mentions.map(x => x.date).filter((d): d is MentionDate => d !== null);
				if (coarse.some(d => contains(d.value, m.date!.value))) score += 1;
				else if (coarse.some(d => !d.qualified)) return null;
			}
		} else if (days.some(d => contains(m.date!.value, d.value))) {
			score += 1;
		} else if (days.length === 0 && c.mentions.some(x => x.date?.value === m.date!.value)) {
			score += 1;
		} else if (days.length > 0 && !m.date.qualified) {
			return null;
		}
	}

	// Shared participants.
	const actors = new Set(c.mentions.flatMap(x => x.actors));
	if (m.actors.some(a => actors.has(a))) score += 1;
	else if (m.distinctive && actors.size > 0 && m.actors.length > 0) return null;

	// A distinctive type (a visit, a press conference, a draft) agreeing is evidence in itself.
	if (m.distinctive && c.mentions.some(x => x.type === m.type)) score += 1;

	return score;
}

/** Distance in days between two day claims, 0 when ranges overlap. */
function distance(a: MentionDate, b: MentionDate): number {
	const a0 = dayNumber(a.value);
	const a1 = a.end && a.end.length === 10 ? dayNumber(a.end) : a0;
	const b0 = dayNumber(b.value);
	const b1 = b.end && b.end.length === 10 ? dayNumber(b.end) : b0;
	if (a1 < b0) return b0 - a1;
	if (b1 < a0) return a0 - b1;
	return 0;
}

/** May a mention found no cluster start an event of its own? It needs something to stand on. */
export function canFound(m: Mention, world: EventWorld): boolean {
	const dated = m.date !== null && !(m.date.relative && !m.date.direct);
	const anchored = m.city !== null || m.places.length > 0 || m.orgs.length > 0 || m.actors.length > 0;
	const specificBody = m.orgs.some(o => world.isBody(o) && world.parentOf(o) !== null);
	return (dated && anchored) || specificBody || (m.distinctive && m.actors.length > 0);
}

function specificity(m: Mention): number {
	if (!m.date || (m.date.relative && !m.date.direct)) return 0;
	if (m.date.qualified) return 1;
	return m.date.precision === 'day' ? (m.date.direct ? 4 : 3) : 2;
}

/**
 * Cluster mentions. The most specific mentions (a direct day date) found
 * clusters first, so vaguer ones ("early 2022 in Geneva") join them rather
 * than founding duplicates. Deterministic: ties break on corpus order.
 */
export function clusterMentions(mentions: Mention[], world: EventWorld): Cluster[] {
	const ordered = [...mentions].sort((a, b) => specificity(b) - specificity(a) || a.order - b.order || a.at - b.at);
	const clusters: Cluster[] = [];
	for (const m of ordered) {
		let best: Cluster | null = null;
		let bestScore = -1;
		for (const c of clusters) {
			const s = joinScore(c, m, world);
			if (s === null || s < JOIN) continue;
			if (s > bestScore || (s === bestScore && best && c.mentions.length > best.mentions.length)) {
				best = c;
				bestScore = s;
			}
		}
		if (best) best.mentions.push(m);
		else if (canFound(m, world)) clusters.push({mentions: [m]});
	}
	return clusters;
}
