// Keeps the ingest's fast paths honest (#21 acceptance 3): the seeds must give
// data/dataset.json byte for byte (reproducible.test.ts), and a generated corpus
// of 1,000 articles must give the dataset recorded in
// tests/fixtures/golden/generated-1k.json, article by article. A change that is
// meant (a rule, an extractor, a lexicon entry) is recorded with `npm run golden`
// and shows in the fixture's diff as the articles it changed.
import {describe, expect, it} from 'vitest';
import {goldenDiff, goldenOfGenerated, readGolden} from './golden.js';

describe('a generated corpus of 1,000 articles', () => {
	it('gives the recorded dataset, byte for byte', async () => {
		const want = readGolden();
		const got = await goldenOfGenerated();
		// Another corpus (the generator or the lexicon it draws on changed) is not the pipeline's doing.
		expect(got.corpus.sha256, 'the generated corpus itself changed (bench/gen, bench/corpus.ts or data/lexicon): check it, then `npm run golden`').toBe(
			want.corpus.sha256,
		);
		const diff = goldenDiff(want, got);
		expect(diff, 'the pipeline gives another dataset: if that is intended, `npm run golden` records it').toEqual([]);
		expect(got.dataset.sha256).toBe(want.dataset.sha256);
		// The digests cover the whole corpus: every article is in the dataset.
		expect(Object.keys(got.articles)).toHaveLength(1000);
	}, 300_000);

	it('tells an article that changed from one that did not', () => {
		const want = readGolden();
		const [first] = Object.keys(want.articles);
		const got = {...want, articles: {...want.articles, [first!]: '0000000000000000'}, dataset: {...want.dataset, sha256: 'x'}};
		expect(goldenDiff(want, got)).toEqual([`1 article(s) changed: ${first}`]);
		expect(goldenDiff(want, {...want, dataset: {sha256: 'x', bytes: want.dataset.bytes + 1}})[0]).toMatch(/layout changed/);
	});
});
