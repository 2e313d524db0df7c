// The explorer builds a JSON dataset's index in slices after its first frame, so
// that keys and frames go on meanwhile: the slices must add up to the index a
// one-go build makes, and must give the event loop turns in between.
import {describe, expect, test} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildSearchIndex, buildSearchIndexInSlices, createSearchSession} from '../../source/search/index.js';
import type {Dataset} from '../../source/dataset/schema.js';

/** The mini dataset repeated, so the build spans many slices. */
function bigger(times: number): Dataset {
	const articles = Array.from({length: times}, (_, k) =>
		miniDataset.articles.map(a => ({...a, id: `${a.id}-${k}`, sentences: a.sentences.map(s => ({...s, id: `${a.id}-${k}:${s.index}`}))})),
	).flat();
	return {...miniDataset, articles};
}

describe('search index built in slices', () => {
	test('answers exactly as the index built in one go', async () => {
		const data = bigger(60);
		const whole = createSearchSession(buildSearchIndex(data));
		const sliced = createSearchSession(await buildSearchIndexInSlices(data, {sliceMs: 0}));
		for (const q of ['ستولتنبرج', 'stoltenberg', 'الناتو', 'روسيا', 'Geneva', 'جنيف', 'zz']) {
			expect(sliced.update(q).map(h => [h.kind, h.id, h.score])).toEqual(whole.update(q).map(h => [h.kind, h.id, h.score]));
		}
	});

	test('lets the event loop run between slices', async () => {
		const data = bigger(400);
		const sentences = data.articles.reduce((n, a) => n + a.sentences.length, 0);
		let turns = 0;
		let building = true;
		const tick = () => {
			if (!building) return;
			turns++;
			setImmediate(tick);
		};
		setImmediate(tick);
		await buildSearchIndexInSlices(data, {sliceMs: 0});
		building = false;
		// At least one turn per 500 sentences indexed (RECORDS_PER_STEP).
		expect(turns).toBeGreaterThanOrEqual(Math.floor(sentences / 500));
		expect(turns).toBeGreaterThan(5);
	});
});
