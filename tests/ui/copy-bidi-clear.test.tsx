// The issue-4/5 keys that reach outside the reducer or change how text is
// drawn: y (OSC 52 copy of the logical text), B (bidi off in the reader),
// Ctrl-u (clear the search line and the export prompt), the help screen
// grouped by screen, and the Events facet's highlighted spans.
import {describe, expect, test} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {query, renderApp, tick} from './helpers.js';
import {initialState, reduce, type State} from '../../source/ui/state.js';
import {currentSentenceId, currentValue, facetValues} from '../../source/ui/screens/browse/lists.js';
import {screens} from '../../source/ui/screens/index.js';
import {helpGroups} from '../../source/ui/keymap-doc.js';
import {keymap} from '../../source/ui/keymap.js';
import {matchHighlights} from '../../source/ui/spans.js';
import {routeInput} from '../../source/ui/input.js';

const enter = '\r';
const ctrlU = '\u0015';

async function type(app: ReturnType<typeof renderApp>, ...chunks: string[]) {
	for (const chunk of chunks) {
		app.stdin.write(chunk);
		await tick(25);
	}
}

/** Poll until the condition holds (the full suite runs on a busy machine). */
async function until(condition: () => boolean, ms = 2000) {
	for (let waited = 0; waited < ms && !condition(); waited += 25) await tick(25);
}

describe('y, B and Ctrl-u', () => {
	test('y in the reader writes the logical text of the sentence as OSC 52', async () => {
		const app = renderApp();
		await type(app, '2', enter, enter);
		await until(() => (app.lastFrame() ?? '').includes('Reader ›'));
		expect(app.lastFrame()).toContain('Reader ›');
		await type(app, 'j', 'y');
		await until(() => app.written.some(w => w.startsWith('\u001B]52;c;')) && (app.lastFrame() ?? '').includes('Copied'));
		const osc = app.written.find(w => w.startsWith('\u001B]52;c;'));
		expect(osc, 'an OSC 52 sequence was written').toBeDefined();
		const text = Buffer.from(osc!.slice('\u001B]52;c;'.length, -1), 'base64').toString('utf8');
		const article = miniDataset.articles.find(a => a.sentences.some(s => s.text === text));
		expect(article, 'the copied text is a sentence, unchanged').toBeDefined();
		expect(app.lastFrame()).toContain('Copied');
		app.unmount();
	});

	test('B turns bidi off in the reader and says so', async () => {
		const app = renderApp();
		await type(app, '2', enter, enter);
		expect(app.lastFrame()).not.toContain('bidi off (B)');
		await type(app, 'B');
		expect(app.lastFrame()).toContain('bidi off (B)');
		await type(app, 'B');
		expect(app.lastFrame()).not.toContain('bidi off (B)');
		app.unmount();
	});

	test('Ctrl-u clears the search line and the export prompt', async () => {
		const app = renderApp();
		await type(app, '/', 'stolt');
		expect(app.lastFrame()).toContain('/ stolt');
		await type(app, ctrlU);
		expect(app.lastFrame()).not.toContain('stolt');
		await type(app, '\u001B', 'e');
		expect(app.lastFrame()).toMatch(/to: crisis-export-/);
		await type(app, ctrlU, 'x.csv');
		expect(app.lastFrame()).toMatch(/to: x\.csv▏/);
		app.unmount();
	});

	test('a run typed faster than it is read ("2\\r") is still two keys; a pasted word with Enter is not', () => {
		expect(routeInput('browse', '2\r', {})).toEqual([
			{type: 'key', action: 'tabActors'},
			{type: 'key', action: 'open'},
		]);
		expect(routeInput('browse', 'quit\r', {})).toEqual([]);
		expect(routeInput('search', 'ab\u0015c', {})).toEqual([
			{type: 'text', text: 'ab'},
			{type: 'key', action: 'clearLine'},
			{type: 'text', text: 'c'},
		]);
	});
});

describe('help and highlights', () => {
	test('help is grouped by screen, and every screen lists only its own keys', () => {
		const groups = helpGroups(screens);
		expect(groups.map(g => g.group.split(' ')[0])).toEqual(['Browse', 'Article', 'Event', 'Search', 'Comparison', 'Export', 'Export', 'Help']);
		const prompt = groups.find(g => g.group.startsWith('Export'))!;
		expect(prompt.entries.map(e => e.description)).toContain('Clear the line');
		expect(prompt.entries.map(e => e.description)).not.toContain('Search');
		for (const entry of keymap) expect(groups.some(g => g.entries.some(e => e.description === entry.description))).toBe(true);
	});

	test('under the Events facet, the event date or place in a sentence is highlighted', () => {
		let s: State = initialState(query);
		s = reduce(s, {type: 'key', action: 'tabEvents'});
		const values = facetValues(query, 'events');
		let found = 0;
		for (let i = 0; i < values.length; i++) {
			const state = {...s, facetCursor: {...s.facetCursor, events: i}};
			const value = currentValue(state)!;
			const event = query.event(value.id)!;
			const id = currentSentenceId(state);
			if (!id) continue;
			const sentence = query.sentence(id)!.sentence;
			const spans = matchHighlights(sentence, value, event);
			for (const span of spans) {
				const text = sentence.text.slice(span.start, span.end);
				const isDate = sentence.dates.some(d => d.start === span.start && (d.value === event.date || event.dateClaims.some(c => c.value === d.value)));
				const isPlace = sentence.places.some(p => p.start === span.start && p.id === event.place);
				expect(isDate || isPlace, text).toBe(true);
			}
			found += spans.length;
		}
		expect(found, 'some event sentence has its date or place marked').toBeGreaterThan(0);
	});
});
