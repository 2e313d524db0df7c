// Linking one family of events at a time (link.ts familyGroups, linkFamily,
// numberEvents), as the link worker does to hold one family's clusters at a
// time, must give the clusters and events of one clustering of every mention.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Event} from '../../source/dataset/schema.js';
import {clusterMentions} from '../../source/ingest/events/cluster.js';
import {type BuiltEvent, familyGroups, linkFamily, linkFamilyInParts, numberEvents} from '../../source/ingest/events/link.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import type {Mention} from '../../source/ingest/events/mentions.js';
import {WorldMemo} from '../../source/ingest/events/world-memo.js';
import {mention, world} from '../perf/link-random.js';

// Three families, and mentions out of corpus order too (clustering sorts them then).
const families = fc.constantFrom('meeting', 'visit', 'exercise');
const mentions = fc
	.array(fc.tuple(mention, families, fc.integer({min: 0, max: 30})), {minLength: 1, maxLength: 60})
	.map(list => list.map(([m, family, order]): Mention => ({...m, family, order})));

describe('linking one family at a time', () => {
	it('gives the clusters of one clustering of every mention, in the order it founds them', () => {
		fc.assert(
			fc.property(mentions, fc.boolean(), (list, sorted) => {
				const input = sorted ? [...list].sort((a, b) => a.order - b.order || a.at - b.at) : list;
				const whole = clusterMentions(input, world).map(c => c.mentions);
				const memo = new WorldMemo(world);
				const byFamily: Array<{founder: number; mentions: Mention[]}> = [];
				const groups = familyGroups(input);
				// Every mention in one family, each family's in the order of the whole.
				expect(groups.flatMap(g => g.places).sort((a, b) => a - b)).toEqual(input.map((_, k) => k));
				for (const g of groups) {
					expect(g.mentions.every(m => m.family === g.family)).toBe(true);
					expect(g.places).toEqual([...g.places].sort((a, b) => a - b));
					const founders: number[] = [];
					const clusters = clusterMentions(g.mentions, world, undefined, memo, {founders});
					expect(founders).toHaveLength(clusters.length);
					for (let i = 0; i < clusters.length; i++) byFamily.push({founder: g.places[founders[i]!]!, mentions: clusters[i]!.mentions});
				}
				byFamily.sort((a, b) => a.founder - b.founder);
				// The same mention objects, cluster for cluster.
				expect(byFamily.map(c => c.mentions)).toEqual(whole);
				for (let i = 0; i < whole.length; i++) for (let j = 0; j < whole[i]!.length; j++) expect(byFamily[i]!.mentions[j]).toBe(whole[i]![j]);
			}),
			{numRuns: 300},
		);
	});

	it('numbers the events of every family as one clustering founded them when date and label tie', () => {
		const event = (label: string, article: string): Event => ({id: '', type: 'meeting', label, date: '2022-01-12', articles: [article]}) as unknown as Event;
		// Collator-equal labels (one with a soft hyphen, which the collation ignores) and one key: the order founded decides.
		const built: BuiltEvent[] = [
			{key: 'meeting-2022-01-12', event: event('Meeting', 'later'), founder: 7},
			{key: 'meeting-2022-01-12', event: event('Meet\u00ading', 'earlier'), founder: 2},
			{key: 'meeting-2022-01-11', event: {...event('Meeting', 'before'), date: '2022-01-11'}, founder: 9},
		];
		const events = numberEvents(built);
		expect(events.map(e => [e.id, e.articles[0]])).toEqual([
			['meeting-2022-01-11', 'before'],
			['meeting-2022-01-12', 'earlier'],
			['meeting-2022-01-12-2', 'later'],
		]);
	});

	it("hands on a family's events a part at a time, the same events in the same order, for any part size", () => {
		const lex = loadLexicons().events;
		fc.assert(
			fc.property(mentions, fc.integer({min: 1, max: 7}), (list, part) => {
				for (const g of familyGroups(list)) {
					const all = linkFamily(g, lex, new WorldMemo(world));
					const parts: BuiltEvent[][] = [];
					const count = linkFamilyInParts(g, lex, new WorldMemo(world), part, built => parts.push(built));
					expect(count).toBe(all.length);
					// Every part full but the last.
					expect(parts.every((p, i) => p.length === (i < parts.length - 1 ? part : all.length - part * (parts.length - 1)))).toBe(true);
					expect(JSON.parse(JSON.stringify(parts.flat()))).toEqual(JSON.parse(JSON.stringify(all)));
				}
			}),
			{numRuns: 100},
		);
	});
});
