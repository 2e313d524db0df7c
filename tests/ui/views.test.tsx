// Each view rendered through the real App with ink-testing-library, driven by keys.
import {EventEmitter} from 'node:events';
import {describe, expect, test} from 'vitest';
import {miniDataset, miniIds} from '../fixtures/mini-dataset.js';
import {keymap, keyLabel} from '../../source/ui/keymap.js';
import {facetValues} from '../../source/ui/screens/browse/lists.js';
import {frameContaining, makeState, OPENS, query, renderApp, settle, tick} from './helpers.js';

const down = '\u001B[B';
const esc = '\u001B';
const enter = '\r';

async function type(app: ReturnType<typeof renderApp>, ...chunks: string[]) {
	for (const chunk of chunks) {
		app.stdin.write(chunk);
		await tick(25);
		if (OPENS.has(chunk)) await settle(app);
	}
}

const frame = (app: ReturnType<typeof renderApp>) => app.lastFrame() ?? '';

describe('views', () => {
	test('browse shows the tabs, facet values with counts, items and detail with provenance', async () => {
		const app = renderApp();
		await tick();
		const out = frame(app);
		expect(out).toMatch(/1 Days \(\d+\)/);
		expect(out).toContain('[2 Actors');
		expect(out).toContain('Jens Stoltenberg');
		const first = query.sentencesFor('actors', facetValues(query, 'actors')[0]!.id)[0]!;
		const hit = query.sentence(first)!;
		expect(out).toContain(`${hit.article.file}:${hit.sentence.line}`);
		expect(out).toMatch(/Actors › Jens Stoltenberg › \d+ sentences/);
		// Frames stay below the terminal height (rows − 1).
		expect(out.split('\n').length).toBeLessThanOrEqual(29);
		app.unmount();
	});

	test('days show a bar per day', async () => {
		const app = renderApp();
		await type(app, '1');
		expect(frame(app)).toMatch(/\d{4}-\d{2}-\d{2} █+/);
		app.unmount();
	});

	test('reader opens on Enter and Esc returns', async () => {
		const app = renderApp();
		await type(app, enter, enter);
		const id = query.sentencesFor('actors', miniIds.stoltenberg)[0]!;
		const hit = query.sentence(id)!;
		expect(frame(app)).toContain('Article');
		expect(frame(app)).toContain(hit.article.file);
		expect(frame(app)).toMatch(/Reader › /);
		await type(app, esc);
		expect(frame(app)).toContain('[2 Actors');
		app.unmount();
	});

	test('event view lists date claims where outlets disagree, and its articles', async () => {
		const app = renderApp();
		const disputed = miniDataset.events.find(e => new Set(e.dateClaims.map(c => c.value)).size > 1)!;
		expect(disputed, 'the mini dataset has an event whose outlets disagree on the date').toBeDefined();
		const index = facetValues(query, 'events').findIndex(v => v.id === disputed.id);
		await type(app, '4', ...Array.from({length: index}, () => 'j'), enter);
		const out = frame(app);
		const event = disputed;
		expect(out).toContain(event.label);
		expect(out).toContain('Outlets disagree on the date');
		for (const article of event.articles) expect(out).toContain(article.split('_')[0]);
		app.unmount();
	});

	test('help lists every keymap entry and the bidi mode', async () => {
		const app = renderApp({rows: 400});
		await type(app, '?');
		const out = frame(app);
		expect(out).toContain('Bidi: off (test)');
		for (const entry of keymap) {
			expect(out).toContain(entry.description);
			for (const key of entry.keys) expect(out).toContain(keyLabel(key));
		}
		app.unmount();
	});

	test('search shows grouped results with the query line; Enter lands on the actor', async () => {
		const app = renderApp();
		await type(app, '1', '/', 'ستولتنبرج');
		let out = frame(app);
		expect(out).toContain('/ ستولتنبرج');
		expect(out).toMatch(/Actor\s+.*Jens Stoltenberg|Jens Stoltenberg/);
		await type(app, enter);
		out = frame(app);
		expect(out).toMatch(/Actors › Jens Stoltenberg/);
		app.unmount();
	});

	test('search counts: exact as shown; "of N" when the session counted more than it ranked', async () => {
		const plain = renderApp();
		await type(plain, '1', '/', 'ستولتنبرج');
		const shown = /(\d+) matches: (.*?) —/.exec(frame(plain));
		expect(shown).not.toBeNull();
		expect(shown![2]).not.toContain(' of ');
		plain.unmount();

		const state = makeState();
		const counted = {...state, deps: {...state.deps, searchTotals: () => ({sentence: {count: 23_740, exact: true}, event: {count: 40, exact: false}})}};
		const app = renderApp({state: counted});
		await type(app, '1', '/', 'ستولتنبرج');
		const out = frame(app);
		// No event matches this query, so the event total is not shown at all.
		expect(out).toMatch(/\d+ shown of 23,741 matches: Actors 1 · Sentences \d+ of 23,740 —/);
		expect(out).not.toContain('Events');
		app.unmount();

		const bound = {...state, deps: {...state.deps, searchTotals: () => ({sentence: {count: 900, exact: false}})}};
		const upTo = renderApp({state: bound});
		await type(upTo, '1', '/', 'ستولتنبرج');
		expect(frame(upTo)).toMatch(/\d+ shown of up to 901 matches: Actors 1 · Sentences \d+ of up to 900 —/);
		upTo.unmount();
	});

	test('keys typed faster than frames: each is routed by the state the previous key left', async () => {
		const app = renderApp();
		// No pause between chunks, so no frame is drawn in between: `/` must still open
		// the search line before the name arrives, and the name must go into it.
		app.stdin.write('1');
		app.stdin.write('/');
		app.stdin.write('stoltenberg');
		await tick(60);
		const out = frame(app);
		expect(out).toContain('/ stoltenberg');
		expect(out).toMatch(/Actor\s+.*Stoltenberg/);
		app.unmount();
	});

	test('a search typed while the index is building says so, and fills in when it is ready', async () => {
		const state = makeState();
		let ready = false;
		const pendingDeps = {...state.deps, search: (t: string) => (ready ? state.deps.search(t) : []), searchPending: () => !ready};
		const searchReady = new EventEmitter();
		const app = renderApp({state: {...state, deps: pendingDeps}, io: {searchReady}});
		await type(app, '1', '/', 'ستولتنبرج');
		expect(frame(app)).toContain('Building the search index');
		expect(frame(app)).not.toContain('No matches');
		ready = true;
		searchReady.emit('ready');
		await tick(60);
		const out = frame(app);
		expect(out).not.toContain('Building the search index');
		expect(out).toMatch(/\d+ matches: Actors 1/);
		app.unmount();
	});

	test('a paste into the search line is text, not commands', async () => {
		const app = renderApp();
		await type(app, '/', 'quit e?');
		expect(frame(app)).toContain('/ quit e?');
		app.unmount();
	});

	test('export prompt proposes a file name, reports success with the command line', async () => {
		const calls: unknown[] = [];
		const app = renderApp({
			io: {
				exportMarked: async request => {
					calls.push(request);
					return {
						count: request.ids.length,
						path: `/tmp/${request.path}`,
						format: 'csv',
						unit: 'sentence',
						commandFile: `/tmp/${request.path}.command`,
						command: `crisis-explorer export --ids ${request.ids.join(',')} --format csv --out ${request.path}`,
					};
				},
			},
		});
		await type(app, enter, ' ', 'e');
		expect(frame(app)).toMatch(/Export 1 marked sentences to: crisis-export-\d{8}-\d{6}\.json/);
		await type(app, ...Array.from({length: 40}, () => '\u007F'), 'x.csv', enter);
		// The format menu starts on the name's extension, the unit menu on sentences: Enter, Enter.
		expect(frame(app)).toContain('Format for x.csv');
		await type(app, enter);
		expect(frame(app)).toContain('Export as (x.csv)');
		await type(app, enter);
		expect(await frameContaining(app, 'Exported 1 sentence')).toContain('Exported 1 sentence to /tmp/x.csv');
		expect(calls).toHaveLength(1);
		expect(frame(app)).toContain('crisis-explorer export --ids');
		app.unmount();
	});

	test('an export failure is shown and the marks stay', async () => {
		const app = renderApp({io: {exportMarked: async () => Promise.reject(new Error('/nope/x.csv: permission denied'))}});
		await type(app, enter, ' ', 'e', enter, enter, enter);
		expect(await frameContaining(app, 'permission denied')).toContain('permission denied');
		expect(frame(app)).toContain('marks kept');
		await type(app, esc);
		expect(frame(app)).toContain('1 marked');
		app.unmount();
	});

	test('too small below 60×16, and recovers', async () => {
		const app = renderApp({columns: 50, rows: 12});
		await tick();
		expect(frame(app)).toContain('terminal too small (need 60×16)');
		app.unmount();
	});

	test('chunked input: jjj moves three rows', async () => {
		const app = renderApp();
		await type(app, '1', 'jjj');
		const days = facetValues(query, 'days');
		expect(frame(app)).toContain(`4/${days.length}`);
		app.unmount();
	});

	test('mixed multi-key chunks outside text modes are ignored (no accidental quit or export)', async () => {
		const app = renderApp();
		await type(app, 'hello q');
		expect(frame(app)).toContain('[2 Actors');
		expect(frame(app)).not.toContain('Export');
		app.unmount();
	});

	test('comparison view renders for an event', async () => {
		const app = renderApp();
		await type(app, '4', 'c');
		expect(frame(app)).toContain('Comparison');
		expect(frame(app)).toMatch(/compare/);
		app.unmount();
	});

	test('down arrow escape sequence moves the cursor', async () => {
		const app = renderApp();
		await type(app, down);
		expect(frame(app)).toContain(`2/${facetValues(query, 'actors').length}`);
		app.unmount();
	});
});
