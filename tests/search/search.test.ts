import {describe, expect, it} from 'vitest';
import {normalise} from '../../source/arabic/normalise.js';
import {buildSearchIndex, createSearchSession, groupHits, runSearch} from '../../source/search/search.js';
import {miniDataset} from '../fixtures/mini-dataset.js';

const index = buildSearchIndex(miniDataset);
const stoltenbergSentences = miniDataset.articles
	.flatMap(a => a.sentences)
	.filter(s => s.actors.some(r => r.id === 'jens-stoltenberg'))
	.map(s => s.id);

describe('actor search (search … --type actor)', () => {
	for (const query of ['stoltenberg', 'Stoltenberg', 'ستولتنبرج', 'ستولتنبرغ', 'ستولتنبيرغ', 'الاطلسي', 'وستولتنبرغ']) {
		it(`ranks Jens Stoltenberg first for ${query}`, () => {
			const hits = runSearch(index, query, {type: 'actor'});
			expect(hits[0]?.id).toBe('jens-stoltenberg');
			expect(hits[0]!.score).toBeGreaterThan(0);
			expect(hits[0]!.score).toBeLessThanOrEqual(1);
		});
	}

	it('ranks an exact alias above a spelling the lexicon lacks', () => {
		const exact = runSearch(index, 'ستولتنبرج', {type: 'actor'})[0]!;
		const variant = runSearch(index, 'ستولتنبيرغ', {type: 'actor'})[0]!;
		expect(exact.score).toBeGreaterThan(variant.score);
	});

	it('matches other actors by name and role, and not Stoltenberg', () => {
		expect(runSearch(index, 'زاخاروفا', {type: 'actor'}).map(h => h.id)).toEqual(['maria-zakharova']);
		expect(runSearch(index, 'putin', {type: 'actor'})[0]?.id).toBe('vladimir-putin');
	});

	it('returns nothing for garbage and for one letter', () => {
		expect(runSearch(index, 'قصفظثض')).toEqual([]);
		expect(runSearch(index, 'xqzvwk')).toEqual([]);
		expect(runSearch(index, 'س')).toEqual([]);
		expect(runSearch(index, '   ')).toEqual([]);
	});
});

describe('sentence search', () => {
	it('finds every sentence about him for any spelling, direct matches first', () => {
		const hits = runSearch(index, 'ستولتنبرج', {type: 'sentence'});
		expect(new Set(hits.map(h => h.id))).toEqual(new Set(stoltenbergSentences));
		// 001_mini:1 is the only sentence that spells it ستولتنبرج.
		expect(hits[0]!.id).toBe('001_mini:1');
		expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
	});

	it('finds his sentences from an English name and a role word', () => {
		for (const query of ['stoltenberg', 'الاطلسي', 'ستولتنبيرغ']) {
			const ids = runSearch(index, query, {type: 'sentence'}).map(h => h.id);
			expect(ids, query).toEqual(expect.arrayContaining(stoltenbergSentences));
		}
	});

	it('finds sentences through proclitics and hamza forms', () => {
		// بروكسل occurs in sentences with and without a clitic; أوكرانيا is typed without hamza.
		expect(runSearch(index, 'اوكرانيا', {type: 'sentence'}).map(h => h.id)).toEqual(['000_mini:2']);
		expect(runSearch(index, 'لموسكو', {type: 'sentence'}).length).toBeGreaterThan(0);
	});
});

describe('spans', () => {
	it('map back to the original text, through tatweel and harakat', () => {
		const hits = runSearch(index, 'ستولتنبرغ', {type: 'sentence'});
		const withTatweel = hits.find(h => h.id === '002_mini:2')!;
		expect(withTatweel.spans).toHaveLength(1);
		const [start, end] = withTatweel.spans[0]!;
		const original = withTatweel.text.slice(start, end);
		expect(original).toBe('ستـولتنبرغ');
		expect(normalise(original)).toBe('ستولتنبرغ');
	});

	it('slice to the query for direct hits, and to trimmed text inside the field for all', () => {
		for (const query of ['مجلس الناتو', 'الاطلسي', 'Stoltenberg', 'تاس']) {
			const hits = runSearch(index, query);
			expect(hits.length, query).toBeGreaterThan(0);
			for (const hit of hits) {
				for (const [s, e] of hit.spans) {
					expect(s).toBeGreaterThanOrEqual(0);
					expect(e).toBeLessThanOrEqual(hit.text.length);
					const slice = hit.text.slice(s, e);
					expect(slice.trim()).toBe(slice);
					// Direct text matches score 0.75 or more and highlight exactly the query.
					if (hit.score >= 0.75) expect(normalise(slice).toLowerCase()).toBe(normalise(query).toLowerCase());
				}
			}
		}
	});

	it('mark every occurrence in the field', () => {
		const hit = runSearch(index, 'الناتو', {type: 'sentence'}).find(h => h.id === '000_mini:0')!;
		expect(hit.spans.map(([s, e]) => hit.text.slice(s, e))).toEqual(['الناتو']);
		const title = runSearch(index, 'الاطلسي', {type: 'sentence'}).find(h => h.id === '000_mini:0')!;
		expect(title.spans.map(([s, e]) => hit.text.slice(s, e))).toEqual(['الأطلسي']);
	});
});

describe('other kinds', () => {
	it('finds events, sources and articles', () => {
		expect(runSearch(index, 'meeting', {type: 'event'})[0]?.id).toBe('nato-russia-council-2022-01-12');
		expect(runSearch(index, 'جنيف', {type: 'event'})[0]?.id).toBe('us-russia-talks-geneva-2022-01-10');
		expect(runSearch(index, 'tass', {type: 'source'})[0]?.id).toBe('tass');
		expect(runSearch(index, 'الاناضول', {type: 'source'})[0]?.id).toBe('anadolu-agency');
		expect(runSearch(index, 'al jazeera', {type: 'article'})[0]?.id).toBe('002_mini');
	});

	it('groups mixed results by kind, actors first', () => {
		const groups = groupHits(runSearch(index, 'الاطلسي'));
		expect(groups[0]!.kind).toBe('actor');
		expect(groups.map(g => g.kind)).toContain('sentence');
		expect(groups.map(g => g.kind).indexOf('sentence')).toBe(groups.length - 1);
	});

	it('respects limit', () => {
		expect(runSearch(index, 'الناتو', {limit: 3})).toHaveLength(3);
	});

	it('indexes every record of each kind', () => {
		expect(index.kinds.sentence.records).toHaveLength(13);
		expect(index.kinds.actor.records).toHaveLength(3);
	});
});

describe('search session', () => {
	it('gives the same hits as a fresh search at every keystroke', () => {
		const session = createSearchSession(index);
		const typed = 'ستولتنبرج';
		for (let i = 1; i <= typed.length; i++) {
			const prefix = typed.slice(0, i);
			expect(session.update(prefix), prefix).toEqual(runSearch(index, prefix));
		}
	});

	it('narrows as the query grows and recovers when it shrinks or changes', () => {
		const session = createSearchSession(index, {type: 'sentence'});
		session.update('ال');
		const broad = session.lastDirectCounts.sentence!;
		session.update('الناتو');
		const narrow = session.lastDirectCounts.sentence!;
		expect(narrow).toBeLessThan(broad);
		expect(session.update('الن')).toEqual(runSearch(index, 'الن', {type: 'sentence'}));
		expect(session.update('جنيف').map(h => h.id)).toEqual(['001_mini:2', '002_mini:3']);
		expect(session.update('')).toEqual([]);
	});
});
