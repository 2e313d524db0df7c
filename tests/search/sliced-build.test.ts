// The explorer builds a JSON dataset's index in slices after its first frame, so
// that keys and frames go on meanwhile: the slices must add up to the index a
// one-go build makes, and must give the event loop turns in between.
import {describe, expect, test} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildSearchIndex, buildSearchIndexInSlices, createSearchSession} from '../../source/search/index.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {CHARS_PER_STEP} from '../../source/search/text-index.js';

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
		// At least one turn per CHARS_PER_STEP characters of sentence text indexed.
		const chars = data.articles.reduce((n, a) => n + a.sentences.reduce((m, s) => m + s.text.length, 0), 0);
		expect(turns).toBeGreaterThanOrEqual(Math.floor(chars / CHARS_PER_STEP));
		expect(turns).toBeGreaterThan(5);
	});
});
