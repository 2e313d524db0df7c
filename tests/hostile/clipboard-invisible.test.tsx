// Issue 18, points 7 and 9 in the explorer (rendered in-process with
// ink-testing-library): `y` puts sanitised text on the clipboard (no ESC, no
// C1, so no bracketed-paste end and no OSC inside the payload), and invisible
// format characters (tag characters, U+206A–206F, U+FFF9–FFFB, U+2061–2064)
// appear as placeholders on the screen, in table and in md.
import {render} from 'ink-testing-library';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildQuery} from '../../source/query/build.js';
import {App, type AppIo} from '../../source/ui/app.js';
import {initialState} from '../../source/ui/state.js';
import {comparisonCache, compareDeps} from '../../source/ui/compare-deps.js';
import {display, tick} from '../ui/helpers.js';
import {runInProcess} from './in-process.js';

const pasteJack = 'rm -rf ~\u001B[201~\nrm -rf ~\n\u001B]52;c;cHduZWQ=\u0007\u009B2J\u202Eevil\u001B[200~';
const invisible = 'A\u{E0041}\u{E0042}\u{E007F}B\u206AC\u206FD\uFFF9E\uFFFBF\u2061G\u2064H';
const invisibleRaw = /[\u206A-\u206F\uFFF9-\uFFFB\u2061-\u2064]|\uDB40[\uDC01-\uDC7F]/;

function hostileDataset() {
	const dataset = JSON.parse(JSON.stringify(miniDataset)) as typeof miniDataset;
	// A short run of invisibles first, so a table cut to the terminal still shows each kind.
	for (const article of dataset.articles) for (const s of article.sentences) s.text = `A\u{E0041}B\u206AC\uFFF9D\u2061E ${s.text} ${pasteJack} ${invisible}`;
	return dataset;
}

function renderHostile() {
	const query = buildQuery(hostileDataset());
	const session = query.searchSession({});
	const comparison = comparisonCache(query);
	const state = initialState(query, {columns: 120, rows: 30, deps: {search: text => session.update(text), ...compareDeps(comparison)}});
	const written: string[] = [];
	const io: AppIo = {
		exportMarked: async () => {
			throw new Error('no export in this test');
		},
		writeRaw: data => written.push(data),
		comparison,
	};
	return {...render(<App initial={state} display={display} io={io} />), written};
}

async function until(condition: () => boolean, ms = 3000) {
	for (let waited = 0; waited < ms && !condition(); waited += 25) await tick(25);
}

describe('point 7: y copies sanitised text', () => {
	test('no ESC, no C1, no bracketed-paste end, no nested OSC in the clipboard payload', async () => {
		const app = renderHostile();
		for (const chunk of ['2', '\r', '\r']) {
			app.stdin.write(chunk);
			await tick(25);
		}
		await until(() => (app.lastFrame() ?? '').includes('Reader ›'));
		app.stdin.write('y');
		await until(() => app.written.some(w => w.startsWith('\u001B]52;c;')));
		const osc = app.written.find(w => w.startsWith('\u001B]52;c;'));
		expect(osc, 'an OSC 52 sequence was written').toBeDefined();
		// The frame around it: one OSC, ended by its BEL, base64 inside.
		expect(osc).toMatch(/^\u001B\]52;c;[A-Za-z0-9+/=]*\u0007$/);
		const copied = Buffer.from(osc!.slice('\u001B]52;c;'.length, -1), 'base64').toString('utf8');
		expect(copied).toContain('rm -rf ~');
		expect(copied).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		expect(copied).not.toContain('\u001B[201~');
		expect(copied).toContain('␛[201~');
		expect(copied).not.toMatch(invisibleRaw);
		app.unmount();
	});
});

describe('point 9: invisible format characters are shown as placeholders', () => {
	test('in the explorer', async () => {
		const app = renderHostile();
		for (const chunk of ['2', '\r', '\r']) {
			app.stdin.write(chunk);
			await tick(25);
		}
		await until(() => (app.lastFrame() ?? '').includes('⟨U+E0041⟩'));
		const frame = app.lastFrame() ?? '';
		expect(frame).toContain('⟨U+E0041⟩');
		expect(frame).not.toMatch(invisibleRaw);
		app.unmount();
	});

	test('in table and md (export and show), on a pipe and on a terminal', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ce-h18-inv-'));
		const data = join(dir, 'inv.json');
		writeFileSync(data, JSON.stringify(hostileDataset()));
		for (const tty of [false, true])
			for (const format of ['table', 'md'])
				for (const args of [
					['export', '--fields', 'id,text'],
					['show', '001_mini', '--fields', 'id,text'],
				]) {
					const r = await runInProcess([...args, '--format', format, '--data', data], {tty});
					expect(r.code, r.stderr).toBe(0);
					expect(r.stdout, `${args[0]} ${format}`).not.toMatch(invisibleRaw);
					for (const shown of ['⟨U+E0041⟩', '⟨U+206A⟩', '⟨U+FFF9⟩', '⟨U+2061⟩']) expect(r.stdout).toContain(shown);
				}
	});
});
