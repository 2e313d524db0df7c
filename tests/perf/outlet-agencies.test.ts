// Differential test of the outlet-agency merge (source/lexicon/outlet-agencies.ts),
// part of every lexicon compile: it now keeps each agency's normalised names
// instead of rebuilding them for every agency at every outlet. The old merge,
// kept in outlet-agencies-reference.ts, must give the same agencies in the same
// order, with the same aliases, on the bundled lexicon and on random lists
// whose names collide (hamza spellings, case, repeated names, shared ids).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {mergeOutletAgencies, type OutletAgency} from '../../source/lexicon/outlet-agencies.js';
import type {LexEntity} from '../../source/lexicon/schema.js';
import {lexiconDir} from '../ingest/helpers.js';
import * as ref from './outlet-agencies-reference.js';

const read = <T>(name: string) => JSON.parse(readFileSync(join(lexiconDir, name), 'utf8')) as T;

describe('outlet-agency merge = old merge', () => {
	it('on the bundled agencies.json and outlets.json', () => {
		const agencies = read<LexEntity[]>('agencies.json');
		const outlets = read<{outlets: OutletAgency[]}>('outlets.json').outlets;
		const merged = mergeOutletAgencies(agencies, outlets);
		expect(merged).toEqual(ref.mergeOutletAgencies(agencies, outlets));
		// The merge does something here: outlets join agencies and add some.
		expect(merged.length).toBeGreaterThan(agencies.length);
		expect(merged.some((a, i) => i < agencies.length && a.aliases.length > agencies[i]!.aliases.length)).toBe(true);
	});

	it('on random agencies and outlets whose names collide', () => {
		// Few names, so outlets meet agencies and each other by name, id and initials.
		const name = fc.constantFrom(
			'وكالة الأنباء',
			'وكالة الانباء',
			'الوكالة الوطنية',
			'سبأ',
			'واس',
			'وطنية',
			'العمانية',
			'SPA',
			'spa',
			'MENA',
			'Mena',
			'Petra',
			'بترا',
			'أنباء',
			'انباء',
		);
		const id = fc.constantFrom('spa', 'mena', 'petra', 'saba', 'wam', 'qna');
		const agency = fc.record({id, nameEn: name, nameAr: name, aliases: fc.array(name, {maxLength: 3})});
		const outlet = fc.record(
			{
				domain: fc.constantFrom('spa.gov.sa', 'ar.mena.org', 'arabic.petra.gov.jo', 'saba.ye', 'wam.ae', 'x.y'),
				nameEn: name,
				nameAr: name,
				kind: fc.constantFrom('agency', 'agency', 'newspaper', undefined),
				initials: fc.option(fc.array(name, {maxLength: 3}), {nil: undefined}),
			},
			{requiredKeys: ['domain', 'nameEn', 'nameAr']},
		);
		const unique = (xs: LexEntity[]) => xs.filter((a, i) => xs.findIndex(b => b.id === a.id) === i);
		fc.assert(
			fc.property(fc.array(agency, {maxLength: 6}), fc.array(outlet, {maxLength: 12}), (agencies, outlets) => {
				const list = unique(agencies);
				const copy = structuredClone(list);
				expect(mergeOutletAgencies(list, outlets as OutletAgency[])).toEqual(ref.mergeOutletAgencies(list, outlets as OutletAgency[]));
				// The agencies given are not changed.
				expect(list).toEqual(copy);
			}),
			{numRuns: 500},
		);
	});
});
