// Issue 17, acceptance check 2 (the comparison half), as a user runs it:
// `compare EVENT --format json` on the bundled seed dataset. The NATO–Russia
// Council meeting has no status contradiction (four outlets wrote before it,
// one on its day) and carries its status timeline with each outlet's
// publication date; the Geneva talks keep their date conflict (10 vs 11
// January); the 000 headline's مجلس الأمن الروسي is a naming discrepancy.
import {existsSync, readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Comparison} from '../../source/compare/types.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {buildCli, run} from './helpers.js';

const path = 'data/dataset.json';
const present = existsSync(path);

describe.skipIf(!present)('compare --format json on the seeds', () => {
	let ds: Dataset;
	const art = (n: string) => ds.articles.find(a => a.id.startsWith(`${n}_`))!.id;
	const compare = (id: string): Comparison => {
		const r = run(['--data', path, 'compare', id, '--format', 'json']);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		return JSON.parse(r.stdout);
	};
	beforeAll(() => {
		buildCli();
		ds = JSON.parse(readFileSync(path, 'utf8'));
	}, 120_000);

	it("NATO–Russia Council: no status contradiction, a timeline with each outlet's publication date, a naming discrepancy", () => {
		const nrc = ds.events.find(e => /council/i.test(e.label) && e.date === '2022-01-12')!;
		const c = compare(nrc.id);
		const status = c.facts.find(f => f.key === 'status')!;
		expect(status.conflict).toBe(false);
		expect(status.conflictValues).toBeUndefined();
		const published = new Map(ds.articles.map(a => [a.id, a.published]));
		expect(c.timeline.map(s => s.article).sort()).toEqual(ds.articles.map(a => a.id).sort());
		for (const step of c.timeline) {
			expect(step.published).toBe(published.get(step.article));
			expect(step.text).toContain('as of');
		}
		expect(c.timeline.at(-1)).toMatchObject({article: art('001'), published: '2022-01-12', timing: {relation: 'on', days: 0}});
		expect(c.timeline.at(-1)!.numbers).toContain('4 hours');
		expect(c.naming.map(d => [d.article, d.named.text])).toEqual([[art('000'), 'مجلس الأمن الروسي']]);
	});

	it('Geneva talks: the date conflict 10 vs 11 January, each with who reported it and when', () => {
		const geneva = ds.events.find(e => /geneva/i.test(e.label))!;
		const date = compare(geneva.id).facts.find(f => f.key === 'date')!;
		expect(date.conflict).toBe(true);
		const byValue = Object.fromEntries(date.conflictValues!.map(v => [v.value, v]));
		expect(byValue['2022-01-10']).toMatchObject({articles: [art('002')], published: [published('002')], odd: true});
		expect(byValue['2022-01-11']).toMatchObject({articles: [art('001')], published: [published('001')], odd: true});
		function published(n: string) {
			return ds.articles.find(a => a.id === art(n))!.published;
		}
	});
});
