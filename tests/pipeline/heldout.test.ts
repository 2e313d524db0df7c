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
import {describe, expect, it} from 'vitest';
import {heldOutChecks} from './scoring.js';

const dataset = heldOutChecks('pipeline on held-out articles', 'tests/fixtures/heldout', {
	actors: 0.9,
	citedSources: 0.9,
	dates: 0.9,
	organisationsAndPlaces: 0.85,
	boilerplate: 0.9,
	heads: 0.9,
	attribution: 0.85,
});

describe('events on held-out articles', () => {
	// Events these texts report, by date and venue, with the articles that report
	// them. Written from the texts after the first event run showed the council,
	// the OSCE and the Geneva talks merged; kept as a regression check.
	it('keeps the week of talks apart: Geneva, the NATO–Russia Council, the OSCE in Vienna', () => {
		const find = (date: string, place: string) => dataset().events.filter(e => e.date === date && e.place === place);
		const geneva = find('2022-01-10', 'Geneva');
		expect(geneva).toHaveLength(1);
		expect(geneva[0]!.articles.map(a => a.slice(0, 3))).toEqual(expect.arrayContaining(['h01', 'h02', 'h08']));
		expect(find('2022-01-12', 'Brussels').map(e => e.type)).toEqual(['meeting']);
		expect(find('2022-01-13', 'Vienna')).toHaveLength(1);
		expect(find('2022-01-13', 'Vienna')[0]!.label).toMatch(/OSCE/);
		expect(find('2022-01-21', 'Geneva')).toHaveLength(1);
	});

	it('sends a visit where the text says it goes', () => {
		const macron = dataset().events.find(e => e.type === 'visit' && e.date === '2022-02-07');
		expect(macron?.label).toMatch(/Macron/);
		expect(macron?.place).toBe('Moscow');
	});
});
