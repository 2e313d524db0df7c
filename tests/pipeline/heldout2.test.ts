// A second, independent held-out batch (tests/fixtures/heldout2): six articles
// in styles the first batch did not use (live blog, wire digest with datelines
// and Gulf/Egyptian agency credits, opinion column, bulletin, Q&A explainer,
// briefing transcript), hand-annotated in gold.json before the pipeline saw
// them. The first batch was fixed on, so it no longer measures generality.
//
// Baseline before any fix (micro over the six articles):
//   actors        P 1.000 R 0.957 F1 0.978
//   cited sources P 1.000 R 0.200 F1 0.333
//   dates         P 0.893 R 0.806 F1 0.847
//   organisations P 1.000 R 0.857 F1 0.923
//   places        P 1.000 R 0.769 F1 0.870
//   boilerplate   P 0.938 R 0.714 F1 0.811 (line level)
//   title/outlet/published 12/18
//   attribution recall 0.435 (10/23)
// After the general fixes (tests/extract/heldout2-rules.test.ts): actors 1.000,
// cited sources 0.889, dates 0.915, organisations 1.000, places 0.928,
// attribution recall 0.913 (21/23). NOT yet fixed (gates below the current
// figures, to be raised when they are): boilerplate 0.811 (wire initials,
// hashtag and subscribe lines, header "site | section" and "site - قسم …"),
// titles/outlets/published 14/18 (those headers taken as titles; the date in
// a wire dateline not read as the publication date).
// Gold fix after the first run (a genuine inconsistency, not fitted to output):
// k01's outlet was written "قناة المدار" while k03 and the first batch drop
// the descriptor (موقع، منصة، قناة); it is now "المدار".
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {normalise} from '../../source/ingest/arabic/normalise.js';
import {attributionRecall, f1, scoring, type GoldArticle} from './scoring.js';

const DIR = 'tests/fixtures/heldout2';

const gold = JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')) as {articles: GoldArticle[]};

let dataset: Dataset;
beforeAll(async () => {
	dataset = (await ingestFolder(DIR, {manifestPath: `${DIR}/manifest.json`})).dataset;
});
const {articleOf, scoreField, actorsOf, agenciesOf, datesOf, organisationsOf, placesOf} = scoring(() => dataset, gold.articles);

describe('pipeline on a second held-out batch', () => {
	it('finds the actors (micro-F1 ≥ 0.85)', () => {
		expect(f1(scoreField('actors', actorsOf, g => g.actors))).toBeGreaterThanOrEqual(0.85);
	});

	it('finds the cited agencies (micro-F1 ≥ 0.85)', () => {
		expect(f1(scoreField('cited sources', agenciesOf, g => g.cited_sources))).toBeGreaterThanOrEqual(0.85);
	});

	it('normalises the dates (micro-F1 ≥ 0.85)', () => {
		expect(f1(scoreField('dates', datesOf, g => g.dates))).toBeGreaterThanOrEqual(0.85);
	});

	it('finds organisations and places (micro-F1 ≥ 0.8)', () => {
		const o = scoreField('organisations', organisationsOf, g => g.organisations);
		const p = scoreField('places', placesOf, g => g.places);
		expect(f1(o)).toBeGreaterThanOrEqual(0.8);
		expect(f1(p)).toBeGreaterThanOrEqual(0.8);
	});

	it('removes boilerplate and keeps body lines (line-level F1 ≥ 0.75; wire initials and translator notes not yet recognised)', () => {
		const s = scoreField(
			'boilerplate lines',
			g => new Set(articleOf(g).boilerplate.map(b => String(b.line))),
			g => g.boilerplate_lines.map(String),
		);
		expect(f1(s)).toBeGreaterThanOrEqual(0.75);
	});

	it('gets titles, outlets and publication dates', () => {
		const wrong: string[] = [];
		for (const g of gold.articles) {
			const a = articleOf(g);
			if (a.title !== g.title) wrong.push(`${g.file.slice(0, 3)} title: ${a.title}`);
			if (a.outlet !== g.outlet) wrong.push(`${g.file.slice(0, 3)} outlet: ${a.outlet} (want ${g.outlet})`);
			if (a.published !== g.published) wrong.push(`${g.file.slice(0, 3)} published: ${a.published} (want ${g.published})`);
		}
		const n = gold.articles.length * 3;
		console.log(`titles/outlets/published: ${n - wrong.length}/${n}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
		expect((n - wrong.length) / n).toBeGreaterThanOrEqual(0.9);
	});

	it('attributes statements to their speakers (recall ≥ 0.8)', () => {
		expect(attributionRecall(gold.articles, articleOf, normalise)).toBeGreaterThanOrEqual(0.8);
	});
});
