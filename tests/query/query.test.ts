import {describe, expect, it} from 'vitest';
import {buildQuery} from '../../source/query/build.js';
import {miniDataset, miniIds} from '../fixtures/mini-dataset.js';

const q = buildQuery(miniDataset);
const allSentenceIds = miniDataset.articles.flatMap(a => a.sentences.map(s => s.id));
// Expected sets are computed here straight from the fixture's sentences, not by the code under test.
const mentioning = (actor: string) =>
	allSentenceIds.filter(id => {
		const s = miniDataset.articles.flatMap(a => a.sentences).find(x => x.id === id)!;
		return s.actors.some(r => r.id === actor) || s.attribution?.speaker?.id === actor;
	});

describe('lookups', () => {
	it('finds records by id and misses unknown ones', () => {
		expect(q.article('001_mini')?.outlet).toBe('Sputnik Arabic');
		expect(q.actor(miniIds.stoltenberg)?.nameEn).toBe('Jens Stoltenberg');
		expect(q.organization('nato')?.nameAr).toBe('الناتو');
		expect(q.place('geneva')?.nameEn).toBe('Geneva');
		expect(q.source('tass')?.kind).toBe('agency');
		expect(q.event(miniIds.nrcEvent)?.place).toBe('Brussels');
		expect(q.day('2022-01-12')?.events).toEqual([miniIds.nrcEvent]);
		expect(q.actor('nobody')).toBeUndefined();
		expect(q.day('2030-01-01')).toBeUndefined();
	});

	it('returns a sentence with its article', () => {
		const hit = q.sentence('002_mini:2')!;
		expect(hit.article.id).toBe('002_mini');
		expect(hit.sentence.line).toBe(3);
		expect(q.sentence('002_mini:99')).toBeUndefined();
	});

	it('lists records as stored', () => {
		expect(q.list('articles')).toBe(miniDataset.articles);
		expect(q.list('places')).toBe(miniDataset.places);
		expect(q.list('days')).toBe(miniDataset.days);
	});
});

describe('facets', () => {
	it('days are sorted by date, with events and articles in the detail', () => {
		const days = q.facet('days');
		expect(days.map(d => d.id)).toEqual(['2021-12-26', '2022-01-10', '2022-01-12', '2022-01-13']);
		const d12 = days.find(d => d.id === '2022-01-12')!;
		expect(d12.label).toBe('2022-01-12');
		expect(d12.detail).toBe('1 event · 2 articles');
		// Dated that day: 000:0, 000:1, 001:0, 001:1; published that day: all four of 001.
		expect(d12.count).toBe(6);
		expect(q.sentencesFor('days', '2022-01-12')).toEqual(['000_mini:0', '000_mini:1', '001_mini:0', '001_mini:1', '001_mini:2', '001_mini:3']);
	});

	it('actors are sorted by mentions, with the role held at the time', () => {
		const actors = q.facet('actors');
		expect(actors.map(a => a.id)).toEqual(['jens-stoltenberg', 'maria-zakharova', 'vladimir-putin']);
		expect(actors[0]).toMatchObject({label: 'Jens Stoltenberg', labelAr: 'ينس ستولتنبرغ', detail: 'NATO Secretary General'});
		expect(actors[0]!.count).toBe(mentioning('jens-stoltenberg').length);
		expect(q.sentencesFor('actors', 'jens-stoltenberg')).toEqual(mentioning('jens-stoltenberg'));
	});

	it('sources show their kind and outlets count every sentence of their articles', () => {
		const sources = q.facet('sources');
		expect(sources.find(s => s.id === 'tass')).toMatchObject({label: 'TASS', labelAr: 'تاس', detail: 'agency', count: 2});
		expect(sources.find(s => s.id === 'al-jazeera')!.count).toBe(5);
		expect(sources.find(s => s.id === 'anonymous-nato-source')!.detail).toBe('anonymous');
	});

	it('events show date and place', () => {
		const events = q.facet('events');
		expect(events.map(e => e.id)).toEqual([miniIds.genevaEvent, miniIds.nrcEvent]);
		expect(events[1]).toMatchObject({label: 'NATO–Russia Council meeting', detail: '2022-01-12 · Brussels', count: 9});
	});

	it('gives no sentences for an unknown value', () => {
		expect(q.sentencesFor('actors', 'nobody')).toEqual([]);
	});
});

describe('filter', () => {
	it('with no filters returns every sentence in reading order', () => {
		expect(q.filter({})).toEqual(allSentenceIds);
		expect(q.filter({actor: [], day: []})).toEqual(allSentenceIds);
	});

	it('ORs the values of one filter', () => {
		const both = q.filter({actor: ['maria-zakharova', 'vladimir-putin']});
		expect(both).toEqual(allSentenceIds.filter(id => [...mentioning('maria-zakharova'), ...mentioning('vladimir-putin')].includes(id)));
	});

	it('ANDs different filters', () => {
		expect(q.filter({actor: ['jens-stoltenberg'], article: ['002_mini']})).toEqual(['002_mini:2']);
		expect(q.filter({actor: ['jens-stoltenberg'], source: ['tass']})).toEqual([]);
		expect(q.filter({event: [miniIds.genevaEvent], day: ['2022-01-10']})).toEqual(['001_mini:2']);
	});

	it('accepts sentence, article and event ids', () => {
		expect(q.filter({ids: ['002_mini:4', '000_mini:0']})).toEqual(['000_mini:0', '002_mini:4']);
		expect(q.filter({ids: ['002_mini']})).toEqual(['002_mini:0', '002_mini:1', '002_mini:2', '002_mini:3', '002_mini:4']);
		expect(q.filter({ids: [miniIds.genevaEvent]})).toEqual(['001_mini:2', '002_mini:3']);
		expect(q.filter({ids: ['no-such-id']})).toEqual([]);
	});

	it('uses search for the query filter', () => {
		expect(q.filter({query: ['جنيف']})).toEqual(['001_mini:2', '002_mini:3']);
		// Any spelling of the actor reaches his sentences.
		expect(q.filter({query: ['ستولتنبرج']})).toEqual(mentioning('jens-stoltenberg'));
		expect(q.filter({query: ['جنيف'], source: ['al-jazeera']})).toEqual(['002_mini:3']);
	});
});

describe('suggest', () => {
	it('finds the nearest id for a typo', () => {
		expect(q.suggest('actors', 'stoltenbrg')).toBe('jens-stoltenberg');
		expect(q.suggest('actors', 'maria-zakharov')).toBe('maria-zakharova');
		expect(q.suggest('sources', 'taas')).toBe('tass');
		expect(q.suggest('days', '2022-01-11')).toMatch(/^2022-01-1[023]$/);
	});

	it('gives null when nothing is close', () => {
		expect(q.suggest('actors', 'qqqqqqqqqqqq')).toBeNull();
		expect(q.suggest('places', '')).toBeNull();
	});
});

describe('search through the query', () => {
	it('honours type and limit', () => {
		const hits = q.search('ستولتنبرج', {type: 'sentence', limit: 2});
		expect(hits).toHaveLength(2);
		expect(hits.every(h => h.kind === 'sentence')).toBe(true);
	});
});
