// Issue 19, point 3: `t` cycles the sentences between Arabic, English and
// both; the browse panes and the reader show the English (the ≈ gist here),
// and the detail pane glosses the reporting verb instead of showing it as written.
import {describe, expect, test} from 'vitest';
import {reduce, initialState} from '../../source/ui/state.js';
import {actionFor} from '../../source/ui/keymap.js';
import {deps, frameContaining, query, renderApp, tick} from './helpers.js';

const ARABIC = /[\u0600-\u06ff]/;

describe('the explorer in English', () => {
	test('t cycles ar → en → both → ar on every data screen, and says so', () => {
		for (const mode of ['browse', 'reader', 'event', 'compare'] as const) expect(actionFor('t', mode)).toBe('cycleLang');
		expect(actionFor('t', 'search')).toBeUndefined();
		let s = initialState(query, {deps});
		expect(s.lang).toBe('ar');
		const seen: string[] = [];
		for (let i = 0; i < 3; i++) {
			s = reduce(s, {type: 'key', action: 'cycleLang'});
			seen.push(s.lang);
		}
		expect(seen).toEqual(['en', 'both', 'ar']);
		expect(reduce(initialState(query, {deps, lang: 'en'}), {type: 'key', action: 'cycleLang'}).message).toMatch(/Arabic and English/);
	});

	test('English: the items and the detail pane show the gist, and the speaker with the verb glossed', async () => {
		const app = renderApp({state: initialState(query, {columns: 120, rows: 30, deps, lang: 'en'})});
		await tick();
		// Down to a sentence quoting Zakharova (its verb: أكدت).
		const id = query.ids('sentences').find(i => query.sentence(i)?.sentence.attribution?.speaker?.id === 'maria-zakharova')!;
		const english = query.english(id)!;
		expect(english.kind).toBe('gist');
		app.stdin.write('j'); // Maria Zakharova, second actor
		await tick(60);
		app.stdin.write('\t');
		await tick(60);
		const frame = await frameContaining(app, 'Speaker: Maria Zakharova');
		expect(frame).toContain('≈ Maria Zakharova');
		const speakerLine = frame.split('\n').find(l => l.includes('Speaker:'))!;
		expect(speakerLine).toMatch(/Speaker: Maria Zakharova \(stressed\)/);
		expect(speakerLine).not.toMatch(ARABIC);
		app.unmount();
	});

	test('both: the Arabic and its English, one under the other, in the reader', async () => {
		const app = renderApp({state: initialState(query, {columns: 100, rows: 30, deps, lang: 'both'})});
		await tick();
		app.stdin.write('\t');
		await tick(60);
		app.stdin.write('\r');
		const frame = await frameContaining(app, 'Reader ›');
		const lines = frame.split('\n');
		const cursor = lines.findIndex(l => l.includes('›') && ARABIC.test(l));
		expect(cursor).toBeGreaterThan(0);
		expect(lines.slice(cursor, cursor + 6).some(l => l.includes('≈ '))).toBe(true);
		app.unmount();
	});
});
