// An article whose page has no headline (title null) is shown with its first
// sentence cut at a word and marked as such, never as if it were a headline:
// in the reader's header, in search hits and in an event's article list.
import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import type {Article, Dataset, Sentence} from '../../source/dataset/schema.js';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildQuery} from '../../source/query/build.js';
import {App} from '../../source/ui/app.js';
import {initialState} from '../../source/ui/state.js';
import {openSentence} from '../../source/ui/screens/reader/reducer.js';
import {comparisonCache, compareDeps} from '../../source/ui/compare-deps.js';
import {cutAtWord, displayTitle} from '../../source/dataset/display-title.js';
import {display} from './helpers.js';

// Written for this test: 95 characters, so the cut falls inside it.
const FIRST = 'Rescue teams worked through the night in the old quarter after three buildings collapsed there.';
const SECOND = 'The governor said more help would arrive on the following morning.';

const sentence = (index: number, text: string): Sentence => ({
	id: `nohead_mini:${index}`,
	index,
	line: index + 1,
	start: 0,
	end: text.length,
	text,
	kind: 'body',
	actors: [],
	roles: [],
	organizations: [],
	places: [],
	dates: [],
	citedSources: [],
	attribution: null,
	numbers: [],
	events: [],
});

const headless: Article = {
	id: 'nohead_mini',
	file: 'nohead_mini.txt',
	outlet: 'Test Outlet',
	title: null,
	titleLine: null,
	published: '2022-01-12',
	publishedFrom: 'manifest',
	url: null,
	language: 'en',
	sentences: [sentence(0, FIRST), sentence(1, SECOND)],
	boilerplate: [],
	captions: [],
};

const dataset: Dataset = {...structuredClone(miniDataset), articles: [...structuredClone(miniDataset.articles), headless]};

describe('an article without a headline', () => {
	test('displayTitle gives the first sentence cut at a word, derived', () => {
		const t = displayTitle(headless);
		expect(t.derived).toBe(true);
		expect(t.text.endsWith('…')).toBe(true);
		const shown = t.text.slice(0, -1);
		// A prefix of the sentence that ends where a word ends, about 60 columns long.
		expect(FIRST.startsWith(shown)).toBe(true);
		expect(FIRST[shown.length]).toBe(' ');
		expect(shown.length).toBeGreaterThan(45);
		expect(shown.length).toBeLessThanOrEqual(60);
		expect(displayTitle({title: 'A real headline', sentences: headless.sentences})).toEqual({text: 'A real headline', derived: false});
		// Datasets written before titles were nullable say '' for none.
		expect(displayTitle({title: '', sentences: headless.sentences}).derived).toBe(true);
		expect(cutAtWord('short', 60)).toBe('short');
	});

	test('the reader shows it marked [no headline], cut at a word, not as the headline', async () => {
		const query = buildQuery(dataset);
		const session = query.searchSession({});
		const deps = {search: (text: string) => session.update(text), ...compareDeps(comparisonCache(query))};
		const state = openSentence(initialState(query, {columns: 120, rows: 30, deps}), 'nohead_mini:1');
		const io = {exportMarked: async () => 0, writeRaw: () => {}, comparison: comparisonCache(query)};
		const app = render(<App initial={state} display={display} io={io as never} />);
		await new Promise(r => setTimeout(r, 30));
		const lines = (app.lastFrame() ?? '').split('\n');
		const header = lines.find(l => l.includes('[no headline]'));
		expect(header, lines.join('\n')).toBeDefined();
		expect(header).toContain('Rescue teams worked through the night in the old quarter…');
		expect(header).not.toContain('collapsed');
		app.unmount();
	});

	test('search hits name it by its marked first sentence', () => {
		const query = buildQuery(dataset);
		const hits = query.search('Test Outlet', {}).filter(h => h.kind === 'article' && h.id === 'nohead_mini');
		expect(hits[0]?.label).toBe('[no headline] Rescue teams worked through the night in the old quarter…');
	});
});
