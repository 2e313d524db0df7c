// The pipeline scored on eight held-out articles it was not built on
// (tests/fixtures/heldout: other outlets, spellings, date forms; hand
// annotations in gold.json written before the pipeline ever saw the text).
// The seeds prove the pipeline fits five files; this measures how it carries.
//
// Baseline before any work on generality (micro over the eight articles):
//   actors        P 1.000 R 0.978 F1 0.989
//   cited sources P 1.000 R 0.615 F1 0.762
//   dates         P 0.970 R 0.696 F1 0.810
//   organisations P 1.000 R 0.903 F1 0.949
//   places        P 0.966 R 0.949 F1 0.957
//   boilerplate   P 0.944 R 0.415 F1 0.576 (line level)
//   title/outlet/published 16/24 right (4 outlets, 4 publication dates missed)
//   attribution recall 0.771 (27/35)
// After the general fixes (see tests/ingest/generality.test.ts and
// tests/extract/generality.test.ts): actors, cited sources, dates and
// boilerplate 1.000; organisations 0.968; places 0.992; 24/24; attribution
// recall 1.000. The gates sit below these, since eight articles are few:
// a single miss moves a field by several points.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {normalise} from '../../source/ingest/arabic/normalise.js';
import {attributionRecall, f1, scoring, type GoldArticle} from './scoring.js';

const DIR = 'tests/fixtures/heldout';

const gold = JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')) as {articles: GoldArticle[]};

let dataset: Dataset;
beforeAll(async () => {
	dataset = (await ingestFolder(DIR, {manifestPath: `${DIR}/manifest.json`})).dataset;
});
const {articleOf, scoreField, actorsOf, agenciesOf, datesOf, organisationsOf, placesOf} = scoring(() => dataset, gold.articles);

describe('pipeline on held-out articles', () => {
	it('finds the actors (micro-F1 ≥ 0.9)', () => {
		expect(f1(scoreField('actors', actorsOf, g => g.actors))).toBeGreaterThanOrEqual(0.9);
	});

	it('finds the cited agencies (micro-F1 ≥ 0.9)', () => {
		expect(f1(scoreField('cited sources', agenciesOf, g => g.cited_sources))).toBeGreaterThanOrEqual(0.9);
	});

	it('normalises the dates (micro-F1 ≥ 0.9)', () => {
		expect(f1(scoreField('dates', datesOf, g => g.dates))).toBeGreaterThanOrEqual(0.9);
	});

	it('finds organisations and places (micro-F1 ≥ 0.85)', () => {
		const o = scoreField('organisations', organisationsOf, g => g.organisations);
		const p = scoreField('places', placesOf, g => g.places);
		expect(f1(o)).toBeGreaterThanOrEqual(0.85);
		expect(f1(p)).toBeGreaterThanOrEqual(0.85);
	});

	it('removes boilerplate and keeps body lines (line-level F1 ≥ 0.9)', () => {
		const s = scoreField(
			'boilerplate lines',
			g => new Set(articleOf(g).boilerplate.map(b => String(b.line))),
			g => g.boilerplate_lines.map(String),
		);
		expect(f1(s)).toBeGreaterThanOrEqual(0.9);
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

	it('attributes statements to their speakers (recall ≥ 0.85)', () => {
		expect(attributionRecall(gold.articles, articleOf, normalise)).toBeGreaterThanOrEqual(0.85);
	});

	// Events these texts report, by date and venue, with the articles that report
	// them. Written from the texts after the first event run showed the council,
	// the OSCE and the Geneva talks merged; kept as a regression check.
	it('keeps the week of talks apart: Geneva, the NATO–Russia Council, the OSCE in Vienna', () => {
		const find = (date: string, place: string) => dataset.events.filter(e => e.date === date && e.place === place);
		const geneva = find('2022-01-10', 'Geneva');
		expect(geneva).toHaveLength(1);
		expect(geneva[0]!.articles.map(a => a.slice(0, 3))).toEqual(expect.arrayContaining(['h01', 'h02', 'h08']));
		expect(find('2022-01-12', 'Brussels').map(e => e.type)).toEqual(['meeting']);
		expect(find('2022-01-13', 'Vienna')).toHaveLength(1);
		expect(find('2022-01-13', 'Vienna')[0]!.label).toMatch(/OSCE/);
		expect(find('2022-01-21', 'Geneva')).toHaveLength(1);
	});

	it('sends a visit where the text says it goes', () => {
		const macron = dataset.events.find(e => e.type === 'visit' && e.date === '2022-02-07');
		expect(macron?.label).toMatch(/Macron/);
		expect(macron?.place).toBe('Moscow');
	});
});
