import {describe, expect, it} from 'vitest';
import {Dataset} from '../../source/dataset/schema.js';
import {miniDataset} from '../fixtures/mini-dataset.js';

describe('mini dataset fixture', () => {
	it('validates against the schema', () => {
		expect(() => Dataset.parse(miniDataset)).not.toThrow();
	});

	it('has spans that slice to the text they name', () => {
		for (const a of miniDataset.articles) {
			for (const s of a.sentences) {
				for (const r of [...s.actors, ...s.organizations, ...s.places, ...s.dates, ...s.citedSources, ...s.roles]) {
					expect(s.text.slice(r.start, r.end)).toBe(r.text);
				}
				if (s.attribution) expect(s.text.slice(s.attribution.start, s.attribution.end)).toBe(s.attribution.verb);
			}
		}
	});

	it('covers the cases other tests rely on', () => {
		expect(miniDataset.articles.some(a => a.outlet === null)).toBe(true);
		const conflicting = miniDataset.events.filter(e => new Set(e.dateClaims.map(c => c.value)).size > 1);
		expect(conflicting).toHaveLength(1);
		expect(new Set(miniDataset.sources.map(s => s.kind))).toEqual(new Set(['outlet', 'agency', 'anonymous']));
		const stoltenberg = miniDataset.actors.find(a => a.id === 'jens-stoltenberg')!;
		expect(stoltenberg.aliases).toEqual(expect.arrayContaining(['ستولتنبرغ', 'ستولتنبرج']));
		// Every sentence id referenced anywhere exists.
		const ids = new Set(miniDataset.articles.flatMap(a => a.sentences.map(s => s.id)));
		const referenced = [
			...miniDataset.sources.flatMap(s => s.sentences),
			...miniDataset.events.flatMap(e => [...e.sentences, ...e.dateClaims.map(c => c.sentence)]),
			...miniDataset.days.flatMap(d => d.sentences),
		];
		for (const id of referenced) expect(ids.has(id), id).toBe(true);
	});
});
