// The events linkMentions builds from its clusters (link.ts: buildEvent and the
// sort that numbers them) must be the old linker's, byte for byte, whatever
// the mentions. buildEvent now answers from the cluster's sets where they hold
// one value (one type, one city, one day claim, one actor), counts with one
// reused tally, takes the participants from the cluster's sets, asks the world
// through a memo, and the events' sort ranks their dates once; link.test.ts
// compares it with the reference on real corpora, where most clusters are
// small and simple. Here random mentions of every family whose event is named
// or placed by its own rules (a call, an exercise, an annexation, a visit)
// share articles, sentences, cities, actors and days, so the counts tie, the
// sets hold several values and articles group several mentions, and some
// come out of corpus order (clustering then sorts them as before).
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {linkMentions} from '../../source/ingest/events/link.js';
import type {Mention} from '../../source/ingest/events/mentions.js';
import {compileEvents} from '../../source/ingest/events/triggers.js';
import type {EventWorld} from '../../source/ingest/events/types.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import * as reference from './link-reference.js';
import {mention, world as randomWorld} from './link-random.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lex = loadLexicons(join(root, 'data/lexicon'));
const subtypes = compileEvents(lex.events).subtypes;

// Seats for the place rules (a body's seat, a person's seat on the day).
const world: EventWorld = {
	...randomWorld,
	seatOf: id => (id === 'foreign-ministry' ? 'c-moscow' : id === 'nato' ? 'c-brussels' : null),
	actorSeat: id => (id === 'putin' ? 'c-moscow' : id === 'blinken' ? 'c-washington' : null),
	actorCountry: id => (id === 'lavrov' || id === 'putin' ? 'russia' : id === 'blinken' ? 'usa' : null),
};

const types = ['meeting', 'talks', 'visit', 'phone-call', 'exercise', 'annexation'];

const linked = fc
	.tuple(
		mention,
		fc.record({
			type: fc.constantFrom(...types),
			article: fc.integer({min: 0, max: 4}),
			sentence: fc.integer({min: 0, max: 3}),
			at: fc.integer({min: 0, max: 3}),
			destination: fc.option(fc.constantFrom('c-geneva', 'russia', 'ukraine')),
			place: fc.option(fc.constantFrom('c-geneva', 'c-moscow', 'ukraine')),
			status: fc.constantFrom<Mention['status']>('unknown', 'held', 'scheduled', 'postponed', 'failed', 'ended'),
			// Most on a few days with a few ends, so that clusters gather several day claims whose weights differ.
			day: fc.option(
				fc.record({
					day: fc.integer({min: 10, max: 12}),
					end: fc.constantFrom(null, null, '2022-01-13', '2022-01-14'),
					direct: fc.boolean(),
					relative: fc.boolean(),
				}),
				{freq: 2},
			),
		}),
	)
	.map(([m, x]): Mention => {
		const info = subtypes.get(x.type)!;
		return {
			...m,
			type: x.type,
			plover: info.plover,
			family: info.family,
			article: `a${x.article}`,
			sentence: `a${x.article}:${x.sentence}`,
			order: x.article * 10 + x.sentence,
			at: x.at,
			destination: x.destination,
			place: x.place,
			status: x.status,
			date: x.day
				? {value: `2022-01-${x.day.day}`, end: x.day.end, precision: 'day', qualified: false, direct: x.day.direct, relative: x.day.relative}
				: m.date,
			city: x.day ? null : m.city,
		};
	});

/** In corpus order (order, then at), as the ingest hands them over, or as they came. */
function arranged(mentions: Mention[], sorted: boolean): Mention[] {
	return sorted ? [...mentions].sort((a, b) => a.order - b.order || a.at - b.at) : mentions;
}

describe('linkMentions builds the events of the reference linker', () => {
	it('on random mentions of every family, sharing articles, sentences and values', () => {
		fc.assert(
			fc.property(fc.array(linked, {minLength: 1, maxLength: 60}), fc.boolean(), (mentions, sorted) => {
				const input = arranged(mentions, sorted);
				const fast = linkMentions(input, lex.events, world);
				const old = reference.linkMentions(input, lex.events, world);
				expect(JSON.stringify(fast.events)).toBe(JSON.stringify(old.events));
				expect([...fast.sentenceEvents]).toEqual([...old.sentenceEvents]);
			}),
			{numRuns: 300},
		);
	}, 120_000);
});
