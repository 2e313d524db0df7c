// The acceptance checks 1–3 against the bundled dataset of the five
// seed articles. Skipped until data/dataset.json exists (ingest writes it).
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {compareIn, conflictsIn} from './build.js';
import type {Dataset} from '../../source/dataset/schema.js';

const path = new URL('../../data/dataset.json', import.meta.url);
const present = existsSync(path);
const ds: Dataset = present ? JSON.parse(readFileSync(path, 'utf8')) : ({articles: [], events: []} as unknown as Dataset);
const art = (n: string) => ds.articles.find(a => a.id.startsWith(`${n}_`))?.id ?? n;

// Found by what they are, not by id: the ingest names ids.
const nrc = ds.events.find(e => /council/i.test(e.label) && e.date === '2022-01-12');
const geneva = ds.events.find(e => /geneva/i.test(e.label) || /جنيف/.test(e.labelAr));

describe.skipIf(!present)('seed dataset: acceptance checks', () => {
	it('1. the NATO–Russia Council comparison has a column per article, date/place/participants facts, each statement once', () => {
		expect(nrc).toBeDefined();
		const c = compareIn(ds, nrc!.id);
		expect(c.columns.map(col => col.article).sort()).toEqual(ds.articles.map(a => a.id).sort());
		expect(c.facts.map(f => f.key)).toEqual(expect.arrayContaining(['date', 'place', 'participants']));
		const seen = c.rows.flatMap(r => Object.values(r.cells).flat());
		expect(new Set(seen).size).toBe(seen.length);
		const linked = ds.articles.flatMap(a => a.sentences.filter(s => s.events.includes(nrc!.id)).map(s => s.id));
		expect([...seen].sort()).toEqual([...linked].sort());
		const status = c.facts.find(f => f.key === 'status')!;
		expect(status.cells[art('001')]!.values.some(v => v === 'held' || v === 'failed')).toBe(true);
	});

	it('issue 17: four outlets wrote before the NRC meeting and one on its day: a timeline, not a status contradiction', () => {
		const c = compareIn(ds, nrc!.id);
		expect(c.facts.find(f => f.key === 'status')!.conflict).toBe(false);
		const when = Object.fromEntries(c.columns.map(col => [col.article, col.timing?.relation]));
		for (const n of ['000', '002', '003', '004']) expect(when[art(n)]).toBe('before');
		expect(when[art('001')]).toBe('on');
		// Each step carries its outlet's publication date, in publication order.
		const published = Object.fromEntries(ds.articles.map(a => [a.id, a.published]));
		expect(c.timeline.length).toBeGreaterThanOrEqual(2);
		for (const step of c.timeline) expect(step.published).toBe(published[step.article]);
		const days = c.timeline.map(s => s.published!);
		expect(days).toEqual([...days].sort());
		expect(c.timeline[0]!.status).toBe('scheduled');
		const last = c.timeline.at(-1)!;
		expect(last.article).toBe(art('001'));
		expect(last.text).toMatch(/held and failed after 4 hours, as of 12 Jan/);
	});

	it("issue 17: the NRC facts are the event's own: Numbers has 4 hours (001), Qsarpress has no Moscow, no Russian Security Council among the participants", () => {
		const c = compareIn(ds, nrc!.id);
		const fact = (key: string) => c.facts.find(f => f.key === key)!;
		expect(fact('numbers').cells[art('001')]?.values).toContain('4 hours');
		expect(fact('place').cells[art('003')]?.values ?? []).not.toContain('Moscow');
		for (const cell of Object.values(fact('place').cells)) for (const v of cell?.values ?? []) expect(v).toBe('Brussels');
		for (const cell of Object.values(fact('participants').cells)) expect(cell?.values ?? []).not.toContain('Russian Security Council');
	});

	it("issue 17: the 000 headline's مجلس الأمن الروسي is a naming discrepancy for the NATO-Russia Council", () => {
		const c = compareIn(ds, nrc!.id);
		const found = c.naming.find(d => d.article === art('000'));
		expect(found?.named.text).toBe('مجلس الأمن الروسي');
		expect(found?.sentence).toBe(`${art('000')}:0`);
		expect(found?.body.name).toMatch(/NATO.Russia Council/);
		const row = c.facts.find(f => f.key === 'naming')!;
		expect(row.cells[art('000')]?.values.join(' ')).toMatch(/Russian Security Council/);
		// Nobody else misnames it.
		expect(c.naming.filter(d => d.article !== art('000'))).toEqual([]);
	});

	it('2. the Geneva talks comparison marks the date conflict 2022-01-10 (002) vs 2022-01-11 (001), and it is listed', () => {
		expect(geneva).toBeDefined();
		const date = compareIn(ds, geneva!.id).facts.find(f => f.key === 'date')!;
		expect(date.conflict).toBe(true);
		const published = (n: string) => ds.articles.find(a => a.id === art(n))!.published;
		expect(date.conflictValues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({value: '2022-01-10', articles: expect.arrayContaining([art('002')]), published: expect.arrayContaining([published('002')])}),
				expect.objectContaining({value: '2022-01-11', articles: expect.arrayContaining([art('001')]), published: expect.arrayContaining([published('001')])}),
			]),
		);
		expect(conflictsIn(ds).find(x => x.eventId === geneva!.id)?.facts).toContain('date');
	});

	it('3. voices for 001 include Stoltenberg, Sherman and Kortunov; citations for 004 include Anadolu, TASS and Reuters', () => {
		const c = compareIn(ds, nrc!.id);
		const voices = (c.voices[art('001')] ?? []).map(v => v.name).join(' | ');
		for (const name of [/Stoltenberg/, /Sherman/, /Kortunov/]) expect(voices).toMatch(name);
		const cites = (c.citations[art('004')] ?? []).map(x => x.name).join(' | ');
		for (const name of [/Anadolu/, /TASS/i, /Reuters/]) expect(cites).toMatch(name);
	});
});
