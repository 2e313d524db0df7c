// An event's dates stay anchored: a dated mention joins a cluster when its day
// is near the cluster's principal date, not merely near some claim already in
// it. Outlets that disagree by a day or two about one meeting still make one
// event; a council that meets every few days does not become one event
// stretching over months (at 10k generated articles the NATO–Russia Council
// "talks" chained from November to April).
import {describe, expect, it} from 'vitest';
import {clusterMentions, dayNumber, MAX_SPREAD, NEAR_DAYS, type Cluster} from '../../source/ingest/events/cluster.js';
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import {stubMention, stubWorld} from './event-world.js';

const orgs: Record<string, {parent: string | null}> = {
	nato: {parent: null},
	'nato-russia-council': {parent: 'nato'},
};
const world = stubWorld({
	isBody: id => id in orgs,
	parentOf: id => orgs[id]?.parent ?? null,
	isGeneric: id => Object.values(orgs).some(o => o.parent === id),
});

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const base = dayNumber('2022-01-10');

/** "The NATO–Russia Council met in Brussels on <day>", as one article says it. */
function council(day: number, opts: {direct?: boolean; end?: number} = {}): Mention {
	const date: MentionDate = {
		value: iso(day),
		end: opts.end === undefined ? null : iso(opts.end),
		precision: 'day',
		qualified: false,
		direct: opts.direct ?? true,
		relative: false,
	};
	return stubMention({date, city: 'brussels', places: ['brussels'], orgs: ['nato-russia-council'], status: 'held', published: iso(day + 1)});
}

const daysOf = (c: Cluster) => c.mentions.map(m => dayNumber(m.date!.value) - base);
const spread = (c: Cluster) =>
	Math.max(...c.mentions.map(m => dayNumber(m.date!.end ?? m.date!.value))) - Math.min(...c.mentions.map(m => dayNumber(m.date!.value)));

describe('event dates stay anchored', () => {
	it('does not chain mentions each two days after the previous into one event', () => {
		const mentions = Array.from({length: 30}, (_, i) => council(base + 2 * i));
		const clusters = clusterMentions(mentions, world);
		expect(clusters.length).toBeGreaterThan(1);
		for (const c of clusters) expect(spread(c)).toBeLessThanOrEqual(MAX_SPREAD);
		// Every mention is somewhere, once.
		expect(clusters.flatMap(c => c.mentions).length).toBe(30);
	});

	it('does not chain either when each step is as far as a disagreement may be', () => {
		const mentions = Array.from({length: 20}, (_, i) => council(base + NEAR_DAYS * i));
		const clusters = clusterMentions(mentions, world);
		for (const c of clusters) expect(spread(c)).toBeLessThanOrEqual(MAX_SPREAD);
		expect(clusters.length).toBeGreaterThanOrEqual(20 / 2);
	});

	it('keeps one meeting that two outlets date a day apart as one event', () => {
		// One outlet dates every event a day late (the generated corpora do so).
		const mentions = [council(base), council(base + 1), council(base), council(base + 1), council(base), council(base + 1, {direct: false})];
		const clusters = clusterMentions(mentions, world);
		expect(clusters).toHaveLength(1);
		expect(daysOf(clusters[0]!).sort()).toEqual([0, 0, 0, 1, 1, 1]);
	});

	it('keeps claims a few days either side of the meeting, whatever order they come in', () => {
		// The most-claimed day anchors the event: a stray claim three days late
		// read first does not turn away one two days early read after it.
		const mentions = [council(base), council(base + 3), council(base - 2), council(base), council(base + 1), council(base - 1)];
		const clusters = clusterMentions(mentions, world);
		expect(clusters).toHaveLength(1);
		expect(spread(clusters[0]!)).toBe(5);
	});

	it('keeps a two-day meeting and the single days inside it together', () => {
		const mentions = [council(base, {end: base + 1}), council(base), council(base + 1), council(base + 1)];
		expect(clusterMentions(mentions, world)).toHaveLength(1);
	});

	it('separates two meetings of one council a week apart, each with its disagreeing outlets', () => {
		const mentions = [council(base), council(base + 1), council(base + 7), council(base + 8), council(base + 4), council(base + 3)];
		const clusters = clusterMentions(mentions, world);
		expect(clusters.map(daysOf).map(d => d.sort((a, b) => a - b))).toEqual([
			[0, 1, 3],
			[4, 7, 8],
		]);
	});
});
