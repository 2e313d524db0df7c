// Issue 19, point 4: English names of places, organisations, agencies and
// events find the sentences that name them in Arabic; English words match
// translations; no query matches inside a role title or an English word.
import {describe, expect, it} from 'vitest';
import {buildSearchIndex, runSearch} from '../../source/search/search.js';
import {startsWord} from '../../source/search/rank.js';
import {miniDataset} from '../fixtures/mini-dataset.js';
import type {Dataset} from '../../source/dataset/schema.js';

const index = buildSearchIndex(miniDataset);
const sentences = miniDataset.articles.flatMap(a => a.sentences);
const sentenceHits = (q: string, data = index) => runSearch(data, q, {type: 'sentence'}).map(h => h.id);

describe('English names lead to the sentences that name them in Arabic', () => {
	it('a place: geneva finds exactly the sentences whose places include Geneva', () => {
		const expected = sentences.filter(s => s.places.some(p => p.id === 'geneva')).map(s => s.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(sentenceHits('geneva').sort()).toEqual([...expected].sort());
		// A prefix typed so far finds them too (and "General" starts with it); a fragment inside a word does not.
		expect(sentenceHits('gene')).toEqual(expect.arrayContaining(expected));
		expect(sentenceHits('eneva')).toEqual([]);
	});

	it('an organisation and an agency', () => {
		const council = sentences.filter(s => s.organizations.some(o => o.id === 'nato-russia-council')).map(s => s.id);
		expect(sentenceHits('nato-russia council').sort()).toEqual(expect.arrayContaining(council));
		const agencies = miniDataset.sources.filter(s => s.kind === 'agency');
		expect(agencies.length).toBeGreaterThan(0);
		for (const agency of agencies) {
			const citing = sentences.filter(s => s.citedSources.some(c => c.id === agency.id && !c.photo)).map(s => s.id);
			expect(sentenceHits(agency.name), agency.name).toEqual(expect.arrayContaining(citing));
		}
	});

	it('ranks sentences naming the place above those only linked to an event held there', () => {
		const hits = runSearch(index, 'geneva', {type: 'sentence'});
		const scores = new Map(hits.map(h => [h.id, h.score]));
		for (const s of sentences.filter(x => x.places.some(p => p.id === 'geneva'))) expect(scores.get(s.id)).toBeGreaterThanOrEqual(0.6);
	});
});

describe('role titles and English text match only from a word start', () => {
	it('"gene" inside "Secretary General" finds no actor, "secretary" and "general" do', () => {
		expect(runSearch(index, 'eneral', {type: 'actor'})).toEqual([]);
		expect(runSearch(index, 'general', {type: 'actor'})[0]?.id).toBe('jens-stoltenberg');
		expect(runSearch(index, 'secretary', {type: 'actor'})[0]?.id).toBe('jens-stoltenberg');
		// Arabic role titles as before: a word after its proclitics (لحلف) starts a word.
		expect(runSearch(index, 'الاطلسي', {type: 'actor'})[0]?.id).toBe('jens-stoltenberg');
	});

	it('a name misspelt is no variant of a fragment of another word ("sherman" is not "German")', () => {
		const data: Dataset = {
			...miniDataset,
			actors: [
				...miniDataset.actors,
				{
					id: 'olaf-scholz',
					nameEn: 'Olaf Scholz',
					nameAr: 'أولاف شولتز',
					aliases: [],
					roles: [{titleEn: 'German Chancellor', titleAr: [], org: null, from: null, to: null}],
					affiliation: 'Germany',
					mentions: 0,
					articles: [],
				},
			],
		};
		const ix = buildSearchIndex(data);
		expect(runSearch(ix, 'sherman', {type: 'actor'}).map(h => h.id)).not.toContain('olaf-scholz');
		expect(runSearch(ix, 'german', {type: 'actor'})[0]?.id).toBe('olaf-scholz');
	});

	it('knows where a word starts', () => {
		expect(startsWord('secretary general', 10)).toBe(true);
		expect(startsWord('secretary general', 11)).toBe(false);
		expect(startsWord('nato-russia', 5)).toBe(true);
		expect(startsWord('لحلف شمال', 1)).toBe(true);
		expect(startsWord('والناتو', 3)).toBe(true);
		expect(startsWord('شمال', 2)).toBe(false);
	});
});

describe('translations are searched by their English words', () => {
	const translated: Dataset = {
		...miniDataset,
		articles: miniDataset.articles.map((a, i) =>
			i === 0
				? {
						...a,
						sentences: a.sentences.map((s, k) =>
							k === 1
								? {
										...s,
										translation: {
											text: 'The ambassador met reporters after the talks.',
											to: 'en',
											engine: 'command',
											model: null,
											date: '2026-01-01T00:00:00Z',
										},
									}
								: s,
						),
					}
				: a,
		),
	};
	const ix = buildSearchIndex(translated);
	const id = translated.articles[0]!.sentences[1]!.id;
	it('finds a sentence by a word of its translation, showing the translation matched', () => {
		const hit = runSearch(ix, 'reporters', {type: 'sentence'}).find(h => h.id === id);
		expect(hit?.text).toBe('The ambassador met reporters after the talks.');
		expect(hit!.score).toBeGreaterThanOrEqual(0.75);
	});
	it('not by a fragment inside a word ("tass" in "ambassador")', () => {
		expect(runSearch(ix, 'ssador', {type: 'sentence'}).map(h => h.id)).not.toContain(id);
	});
});
