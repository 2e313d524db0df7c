// When a role is held: one rule (source/lexicon/roles.ts) for the role phrase
// that names a person, the seat an actor's event takes place at, and the role
// the explorer shows beside an actor. The boundary day is where the three
// disagreed before; each is checked on it here.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {holdsOn, latestRole, roleOn} from '../../source/lexicon/roles.js';
import {extractEntities} from '../../source/ingest/extract/index.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {currentRole} from '../../source/query/facets.js';
import type {Actor} from '../../source/dataset/schema.js';

const lexicons = loadLexicons(join(import.meta.dirname, '..', '..', 'data', 'lexicon'));
const role = (from: string | null, to: string | null, titleEn = 'Office') => ({titleEn, titleAr: [], org: null, from, to});

describe('holdsOn: the boundary days', () => {
	const term = role('2021-12-08', '2024-10-01');
	it('`from` is the first day held', () => {
		expect(holdsOn(term, '2021-12-07')).toBe(false);
		expect(holdsOn(term, '2021-12-08')).toBe(true);
	});
	it("a full-date `to` is the successor's first day: held the day before, not on it", () => {
		expect(holdsOn(term, '2024-09-30')).toBe(true);
		expect(holdsOn(term, '2024-10-01')).toBe(false);
	});
	it('a partial `to` is held through its whole period', () => {
		const ended = role('2019', '2021-12');
		expect(holdsOn(ended, '2021-12-31')).toBe(true);
		expect(holdsOn(ended, '2022-01-01')).toBe(false);
		expect(holdsOn(ended, '2019-01-01')).toBe(true);
		expect(holdsOn(ended, '2018-12-31')).toBe(false);
	});
	it('a partial date asked about counts when any of its days is held', () => {
		expect(holdsOn(term, '2021-12')).toBe(true);
		expect(holdsOn(term, '2021-11')).toBe(false);
		expect(holdsOn(term, '2024-09')).toBe(true);
		// The successor took office on the 1st: no day of October is held.
		expect(holdsOn(term, '2024-10')).toBe(false);
		expect(holdsOn(term, '2021')).toBe(true);
	});
	it('open ends and no date', () => {
		expect(holdsOn(role(null, null), '1990-01-01')).toBe(true);
		expect(holdsOn(term, null)).toBe(true);
	});
});

describe('roleOn and latestRole', () => {
	const chair = role('2022-01-01', '2023-01-01', 'Chair');
	const minister = role('2020-08-26', null, 'Minister');
	it('the first listed role held on the date; none held gives null', () => {
		expect(roleOn([chair, minister], '2022-12-31')?.titleEn).toBe('Chair');
		expect(roleOn([chair, minister], '2023-01-01')?.titleEn).toBe('Minister');
		expect(roleOn([chair], '2023-01-01')).toBeNull();
	});
	it('no date: the latest role, whatever the order they are listed in', () => {
		expect(roleOn([minister, chair], null)?.titleEn).toBe('Chair');
		expect(roleOn([chair, minister], null)?.titleEn).toBe('Chair');
		expect(latestRole([])).toBeNull();
	});
});

describe('every user of the rule agrees on the boundary day', () => {
	it('a role phrase names the successor on the handover day, the predecessor the day before', () => {
		const holder = (date: string) =>
			extractEntities('وقال المستشار الألماني إن', {date, lexicon: lexicons.entities, previousSpeaker: null}).actors.map(a => a.id);
		expect(holder('2021-12-07')).toEqual(['angela-merkel']);
		expect(holder('2021-12-08')).toEqual(['olaf-scholz']);
	});

	it("an actor's seat comes from the role held on the event's date", () => {
		// Stoltenberg's term (NATO, seated in Brussels) ends the day his successor takes office.
		expect(lexicons.world.actorSeat('jens-stoltenberg', '2024-09-30')).toBe('brussels');
		expect(lexicons.world.actorSeat('jens-stoltenberg', '2024-10-01')).toBeNull();
		// Undated: the latest role, though this actor's is listed first.
		expect(lexicons.world.actorSeat('zbigniew-rau', null)).toBe('vienna');
	});

	it('the explorer shows the role held on the reference date', () => {
		const actor: Actor = {
			id: 'x',
			nameEn: 'X',
			nameAr: 'س',
			aliases: [],
			affiliation: 'other',
			mentions: 1,
			articles: ['a'],
			roles: [role('2022-01-01', '2023-01-01', 'OSCE Chairman-in-Office'), role('2020-08-26', null, 'Foreign Minister')],
		};
		expect(currentRole(actor, '2022-12-31')).toBe('OSCE Chairman-in-Office');
		expect(currentRole(actor, '2023-01-01')).toBe('Foreign Minister');
		// Held by nobody on the date: the most recent role still describes the actor.
		expect(currentRole({...actor, roles: [role('2022-01-01', '2023-01-01', 'Chair')]}, '2024-01-01')).toBe('Chair');
		expect(currentRole({...actor, roles: []}, '2024-01-01')).toBe('');
	});
});
