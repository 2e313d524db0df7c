// The NATO–Russia Council comparison's voices and citations over the bundled
// seed dataset (what `compare meeting-nato-russia-council-2022-01-12 --format
// json` prints): agencies labelled as agencies, capitals and countries as
// governments, unnamed sources as anonymous; a photo credit is no citation.
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {compareIn} from './build.js';
import type {Dataset} from '../../source/dataset/schema.js';

const path = new URL('../../data/dataset.json', import.meta.url);
const present = existsSync(path);
const ds: Dataset = present ? JSON.parse(readFileSync(path, 'utf8')) : ({articles: [], events: []} as unknown as Dataset);
const nrc = ds.events.find(e => /council/i.test(e.label) && e.date === '2022-01-12');

describe.skipIf(!present)('seed comparison: kinds of voice', () => {
	const c = () => compareIn(ds, nrc!.id);
	const voices = () => Object.values(c().voices).flat();

	it('labels TASS and Anadolu as agencies, never as anonymous', () => {
		const agencies = voices().filter(v => /TASS|Anadolu|Reuters/.test(v.name));
		expect(agencies.map(v => v.name)).toEqual(expect.arrayContaining(['TASS', 'Anadolu Agency']));
		for (const v of agencies) expect(v.kind).toBe('agency');
	});

	it('labels a country or a capital that speaks as its government', () => {
		const places = voices().filter(v => /^(United States|Russia|Moscow|Washington)$/.test(v.name));
		expect(places.length).toBeGreaterThan(0);
		for (const v of places) expect(v.kind).toBe('government');
		// A capital speaks as its country (قالت موسكو is Russia's voice), so Moscow is no voice of its own.
		expect(places.some(v => v.name === 'Moscow')).toBe(false);
		expect(places.find(v => v.name === 'Russia')?.affiliation).toBe('Russia');
	});

	it('labels unnamed sources as anonymous, and only them', () => {
		for (const v of voices()) {
			const unnamed = /\b(source|official|diplomat|spokesperson)\b/.test(v.name);
			expect(v.kind === 'anonymous', v.name).toBe(unnamed);
		}
	});

	it('no longer makes Putin the speaker of the warning addressed to him', () => {
		const warned = ds.articles.flatMap(a => a.sentences).filter(s => /حذرت الولايات المتحدة/.test(s.text));
		expect(warned).toHaveLength(2);
		for (const s of warned) expect(s.attribution?.voice).toMatchObject({kind: 'government', id: 'united-states'});
	});

	it('counts no caption credit: Reuters in 002 is only a photo credit', () => {
		const a002 = ds.articles.find(a => a.id.startsWith('002_'))!;
		expect(a002.sentences.filter(s => s.kind === 'caption').flatMap(s => s.citedSources.map(x => x.photo))).toEqual([true, true]);
		expect((c().citations[a002.id] ?? []).map(x => x.name)).not.toContain('Reuters');
		// 004 cites Reuters in its body (لـ"رويترز"): still counted.
		const a004 = ds.articles.find(a => a.id.startsWith('004_'))!;
		expect((c().citations[a004.id] ?? []).map(x => x.name)).toContain('Reuters');
	});
});
