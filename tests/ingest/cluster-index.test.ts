// The candidate index of clusterMentions must not change a single link: on
// random mentions (every kind of date, ranges across a year's end, long
// ranges, bodies, cities, actors, undated mentions with and without a
// publication date), its clusters equal those of the plain
// reference that scores a mention against every cluster sharing any key.
import {describe, expect, it} from 'vitest';
import {
	addMention,
	byCountry,
	byWhom,
	canFound,
	clusterMentions,
	countriesOf,
	dayNumber,
	joinScore,
	linkWork,
	newCluster,
	reportsOutcome,
	timeOf,
	type Cluster,
} from '../../source/ingest/events/cluster.js';
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import {stubWorld} from './event-world.js';

const orgs: Record<string, {parent: string | null; body: boolean}> = {
	nato: {parent: null, body: true},
	'nato-russia-council': {parent: 'nato', body: true},
	'nato-military-committee': {parent: 'nato', body: true},
	osce: {parent: null, body: true},
	'russian-foreign-ministry': {parent: null, body: false},
};
const world = stubWorld({
	isBody: id => orgs[id]?.body ?? false,
	parentOf: id => orgs[id]?.parent ?? null,
	isGeneric: id => Object.values(orgs).some(o => o.parent === id),
});

function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function randomMentions(seed: number, n: number): Mention[] {
	const r = rng(seed);
	const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
	const some = <T>(xs: T[], p: number): T[] => xs.filter(() => r() < p);
	// Days around a year's end, so ranges and windows cross it.
	const base = dayNumber('2021-12-10');
	const out: Mention[] = [];
	for (let i = 0; i < n; i++) {
		const family = pick(['meeting', 'visit', 'press-conference']);
		const day = base + Math.floor(r() * 60);
		const kind = r();
		let date: MentionDate | null = null;
		if (kind < 0.6) {
			const span = r() < 0.15 ? pick([1, 2, 5, 90]) : 0;
			date = {value: iso(day), end: span ? iso(day + span) : null, precision: 'day', qualified: r() < 0.1, direct: r() < 0.6, relative: r() < 0.2};
		} else if (kind < 0.75) {
			date = {value: iso(day).slice(0, r() < 0.5 ? 7 : 4), end: null, precision: 'month', qualified: r() < 0.3, direct: r() < 0.5, relative: r() < 0.2};
			if (date.value.length === 4) date.precision = 'year';
		}
		const actors = some(['lavrov', 'blinken', 'putin', 'stoltenberg'], 0.25);
		const subject = r() < 0.4 && actors.length > 0 ? {kind: 'actor' as const, id: actors[0]!} : null;
		// Countries taking part; some undated mentions tell an outcome of "the meeting between X and Y".
		const participants = some(['russia', 'ukraine', 'united-states'], 0.3);
		const parties = !date && r() < 0.3 ? some(['russia', 'ukraine', 'united-states'], 0.7) : [];
		out.push({
			article: `a${Math.floor(i / 4)}`,
			sentence: `a${Math.floor(i / 4)}:${i % 4}`,
			order: i,
			type: family === 'meeting' ? pick(['meeting', 'talks']) : family,
			plover: family === 'press-conference' ? 'STATEMENT' : 'CONSULT',
			family,
			distinctive: family !== 'meeting',
			at: 0,
			date,
			city: r() < 0.4 ? pick(['geneva', 'moscow', 'brussels']) : null,
			places: [],
			orgs: some(Object.keys(orgs), 0.15),
			actors,
			subject,
			destination: null,
			place: null,
			participants: [...new Set([...parties, ...participants])],
			parties,
			status: parties.length > 0 && r() < 0.5 ? 'failed' : 'unknown',
			outcomes: parties.length > 0 && r() < 0.5 ? [{kind: 'inconclusive', text: 'دون اتفاق'}] : [],
			numbers: [],
			// Most articles dated, over a wider span than the events, so undated
			// mentions meet clusters both inside and outside their window.
			published: r() < 0.85 ? iso(base - 30 + Math.floor(r() * 120)) : null,
		});
	}
	return out;
}

/** The clustering before the index: every cluster sharing any key with the mention is scored. */
function reference(mentions: Mention[]): Cluster[] {
	const NEAR = 3;
	const root = (b: string) => {
		let x = b;
		while (world.parentOf(x)) x = world.parentOf(x)!;
		return x;
	};
	const anchors = (m: Mention) => [
		...m.orgs.filter(o => world.isBody(o)).map(o => `${m.family}|b|${root(o)}`),
		...(m.city ? [`${m.family}|c|${m.city}`] : []),
		...m.actors.map(a => `${m.family}|a|${a}`),
	];
	// Clusters are filed under who takes part; only an outcome report looks them up by it.
	const parties = (m: Mention, looking = false) => [
		...m.participants.map(p => `${m.family}|g|${p}`),
		...(!looking || byCountry(m) ? countriesOf(m, world).map(k => `${m.family}|n|${k}`) : []),
		...(m.topic ? [`${m.family}|t|${m.topic}`] : []),
	];
	// A mention dated by nothing but its report looks by whom it concerns (byWhom), an outcome report by its parties.
	const window = (m: Mention) => m.date === null || (m.date.relative && !m.date.direct);
	const looksByParty = (m: Mention) => (window(m) && byWhom(m) ? parties(m, true) : reportsOutcome(m) ? m.parties.map(p => `${m.family}|g|${p}`) : []);
	const periods = (m: Mention) => (m.date ? [`${m.family}|p|${m.date.value.slice(0, 7)}`, `${m.family}|p|${m.date.value.slice(0, 4)}`] : []);
	const filed = (m: Mention) => [
		...(m.date?.precision === 'day' ? [`${m.family}|d|${dayNumber(m.date.value)}`] : []),
		...periods(m),
		...anchors(m),
		...parties(m),
	];
	const looked = (m: Mention) => {
		const keys: string[] = [];
		if (m.date?.precision === 'day') {
			const d0 = dayNumber(m.date.value);
			const d1 = m.date.end?.length === 10 ? dayNumber(m.date.end) : d0;
			for (let d = d0 - NEAR; d <= d1 + NEAR; d++) keys.push(`${m.family}|d|${d}`);
		}
		return [...keys, ...periods(m), ...anchors(m), ...looksByParty(m)];
	};
	const specificity = (m: Mention) =>
		!m.date || (m.date.relative && !m.date.direct) ? 0 : m.date.qualified ? 1 : m.date.precision === 'day' ? (m.date.direct ? 4 : 3) : 2;
	const ordered = [...mentions].sort((a, b) => specificity(b) - specificity(a) || a.order - b.order || a.at - b.at);
	const clusters: Cluster[] = [];
	const index = new Map<string, Set<number>>();
	const file = (i: number, m: Mention) => {
		for (const k of filed(m)) index.set(k, (index.get(k) ?? new Set()).add(i));
	};
	for (const m of ordered) {
		const candidates = new Set<number>();
		for (const k of looked(m)) for (const i of index.get(k) ?? []) candidates.add(i);
		let best = -1;
		let bestScore = -1;
		let bestGap = Infinity;
		const at = timeOf(m);
		for (const i of [...candidates].sort((a, b) => a - b)) {
			const c = clusters[i]!;
			const s = joinScore(c, m, world);
			if (s === null || s < 2) continue;
			// The highest score, then the nearest in time, then the larger.
			const gap = at === null || c.principal === null ? Infinity : at < c.p0 ? c.p0 - at : at > c.p1 ? at - c.p1 : 0;
			if (s > bestScore || (s === bestScore && (gap < bestGap || (gap === bestGap && c.mentions.length > clusters[best]!.mentions.length)))) {
				best = i;
				bestScore = s;
				bestGap = gap;
			}
		}
		if (best >= 0) {
			addMention(clusters[best]!, m, world);
			file(best, m);
		} else if (canFound(m, world)) {
			clusters.push(newCluster(m, world));
			file(clusters.length - 1, m);
		}
	}
	return clusters;
}

const shape = (clusters: Cluster[]) => clusters.map(c => c.mentions.map(m => m.order));

describe('clusterMentions candidate index', () => {
	for (const seed of [1, 2, 3, 4, 5, 6]) {
		it(`links random mentions exactly as scoring every keyed cluster does (seed ${seed})`, () => {
			const mentions = randomMentions(seed, 1500);
			const expected = shape(reference(mentions));
			// The sample must exercise joining, not only founding.
			expect(expected.filter(c => c.length > 1).length).toBeGreaterThan(20);
			// Without the bound per list (PER_LIST), which only a dense corpus reaches.
			expect(shape(clusterMentions(mentions, world, Number.POSITIVE_INFINITY))).toEqual(expected);
		});
	}

	// #21: the work per mention must not grow with the corpus. Four times the
	// mentions over the same weeks (a corpus four times as dense) scores about
	// twice the clusters per mention without the bound; with it, little more.
	it('scores a bounded number of clusters per mention however dense the corpus', () => {
		const perMention = (n: number, limit?: number) => {
			clusterMentions(randomMentions(7, n), world, limit);
			return linkWork.scored / n;
		};
		// Measured: 28 → 36 per mention with the bound, 44 → 91 without.
		expect(perMention(20000) / perMention(5000)).toBeLessThan(1.6);
		expect(perMention(20000, Number.POSITIVE_INFINITY) / perMention(5000, Number.POSITIVE_INFINITY)).toBeGreaterThan(1.8);
	});
});
