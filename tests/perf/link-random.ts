// Random event mentions for the linker's tests (link-bound, link): every
// rule of joinScore can fire (subjects and their parent bodies, strikes,
// topics, outcomes, ends), and some dates are malformed (a day "3x") or end
// before they start, which the bound must leave to the exact score.
import fc from 'fast-check';
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import {stubMention, stubWorld} from '../ingest/event-world.js';

export const orgs: Record<string, {parent: string | null}> = {
	nato: {parent: null},
	'nato-russia-council': {parent: 'nato'},
	'nato-military-committee': {parent: 'nato'},
	osce: {parent: null},
	'foreign-ministry': {parent: null},
};
export const world = stubWorld({
	isBody: id => id in orgs && id !== 'foreign-ministry',
	parentOf: id => orgs[id]?.parent ?? null,
	isGeneric: id => Object.values(orgs).some(o => o.parent === id),
	placeKind: id => (id.startsWith('c-') ? 'city' : 'country'),
	countryOf: id => (id.startsWith('c-') ? `k-${id.slice(2)}` : id),
	actorCountry: id => (id === 'lavrov' ? 'k-moscow' : null),
});
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const base = Date.UTC(2022, 0, 1) / 86_400_000;
const some = <T>(xs: readonly T[]) => fc.subarray([...xs], {maxLength: Math.min(3, xs.length)});
// A date of any kind, some of them malformed (a day 3x) or ending before they start.
const date = fc.option(
	fc.record({
		day: fc.integer({min: 0, max: 40}),
		length: fc.constantFrom(0, 0, 0, 1, 3, 70, -2),
		precision: fc.constantFrom<MentionDate['precision']>('day', 'day', 'day', 'month', 'year'),
		qualified: fc.boolean(),
		direct: fc.boolean(),
		relative: fc.boolean(),
		malformed: fc.integer({min: 0, max: 20}),
	}),
	{freq: 3},
);
export const mention = fc
	.record({
		family: fc.constantFrom('meeting', 'visit'),
		distinctive: fc.boolean(),
		standsAlone: fc.boolean(),
		strikes: fc.boolean(),
		topic: fc.option(fc.constantFrom('sanctions', 'truce'), {nil: undefined}),
		type: fc.constantFrom('meeting', 'talks', 'visit'),
		date,
		city: fc.option(fc.constantFrom('c-geneva', 'c-moscow', 'c-brussels')),
		places: some(['c-geneva', 'c-moscow', 'ukraine', 'russia']),
		orgs: some(Object.keys(orgs)),
		actors: some(['lavrov', 'blinken', 'putin']),
		subject: fc.option(fc.constantFrom('lavrov', 'blinken', 'nato', 'nato-russia-council', 'foreign-ministry')),
		participants: some(['russia', 'ukraine', 'lavrov', 'c-geneva']),
		parties: some(['russia', 'ukraine']),
		status: fc.constantFrom<Mention['status']>('unknown', 'held', 'ended', 'failed', 'expired'),
		outcome: fc.boolean(),
		published: fc.option(fc.integer({min: -20, max: 60})),
	})
	.map(r => {
		let d: MentionDate | null = null;
		if (r.date) {
			const value = r.date.malformed === 0 ? `${iso(base + r.date.day).slice(0, 8)}3x` : iso(base + r.date.day);
			d = {
				value: r.date.precision === 'day' ? value : value.slice(0, r.date.precision === 'month' ? 7 : 4),
				end: r.date.precision === 'day' && r.date.length !== 0 ? iso(base + r.date.day + r.date.length) : null,
				precision: r.date.precision,
				qualified: r.date.qualified,
				direct: r.date.direct,
				relative: r.date.relative,
			};
		}
		return stubMention({
			family: r.family,
			type: r.family === 'visit' ? 'visit' : r.type,
			distinctive: r.distinctive,
			standsAlone: r.standsAlone,
			strikes: r.strikes,
			...(r.topic ? {topic: r.topic} : {}),
			date: d,
			city: r.city,
			places: r.places,
			orgs: r.orgs,
			actors: r.actors,
			subject: r.subject ? {kind: r.subject in orgs ? 'org' : 'actor', id: r.subject} : null,
			participants: r.participants,
			parties: r.parties,
			status: r.status,
			outcomes: r.outcome ? [{kind: 'inconclusive', text: 'دون اتفاق'}] : [],
			published: r.published === null ? null : iso(base + r.published),
		});
	});
