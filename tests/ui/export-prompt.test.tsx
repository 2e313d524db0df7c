// Issue 20, points 10 and 11: the export prompt's menus. The format and the
// unit are chosen in ink-select-input menus (arrows + Enter), and an existing
// file is offered for overwriting instead of a "use --force". While a menu is
// shown the app's other keys do not fire: each key acts once.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {reduce, type State, type UiAction} from '../../source/ui/state.js';
import {withExtension} from '../../source/ui/screens/prompt/reducer.js';
import {exportMarked, FileExistsError, type ExportRequest, type ExportResult} from '../../source/ui/export.js';
import {makeState, OPENS, query, renderApp, settle, tick} from './helpers.js';

/** Polls until the condition holds or 3 s pass: an export call lands after a promise, later on a loaded machine. */
async function until(condition: () => boolean, timeout = 3000): Promise<void> {
	const end = Date.now() + timeout;
	while (!condition() && Date.now() < end) await tick(10);
}

const run = (state: State, ...actions: UiAction[]) => actions.reduce(reduce, state);
const key = (action: UiAction extends infer A ? (A extends {type: 'key'; action: infer K} ? K : never) : never): UiAction => ({type: 'key', action});

const down = '\u001B[B';
const up = '\u001B[A';
const esc = '\u001B';
const enter = '\r';
const frame = (app: ReturnType<typeof renderApp>) => app.lastFrame() ?? '';
async function type(app: ReturnType<typeof renderApp>, ...chunks: string[]) {
	for (const chunk of chunks) {
		app.stdin.write(chunk);
		await tick(Number(process.env.TICK ?? 40));
		if (OPENS.has(chunk)) await settle(app);
	}
}
const clearName = Array.from({length: 40}, () => '\u007F');

/** The frame once it shows what is expected (a loaded machine draws late), or the last frame after 3 s. */
async function shows(app: ReturnType<typeof renderApp>, expected: string | RegExp): Promise<string> {
	const deadline = Date.now() + 3000;
	const ok = () => (typeof expected === 'string' ? frame(app).includes(expected) : expected.test(frame(app)));
	while (!ok() && Date.now() < deadline) await tick(20);
	return frame(app);
}

describe('the prompt reducer', () => {
	test('choosing a format gives the name its extension', () => {
		expect(withExtension('out.csv', 'parquet')).toBe('out.parquet');
		expect(withExtension('out', 'md')).toBe('out.md');
		expect(withExtension('notes.markdown', 'md')).toBe('notes.markdown');
		let s = run(makeState(), key('open'), key('mark'), key('export'));
		s = run(s, ...clearName.map(() => ({type: 'backspace'}) as UiAction), {type: 'text', text: 'out.csv'}, key('open'), {type: 'choose', value: 'ndjson'});
		expect(s.overlay).toMatchObject({value: 'out.ndjson', format: 'ndjson', step: 'unit'});
	});
	test('Esc steps back through the menus to the name, then closes', () => {
		let s = run(makeState(), key('open'), key('mark'), key('export'), key('open'), {type: 'choose', value: 'json'});
		expect(s.overlay).toMatchObject({step: 'unit'});
		s = run(s, key('back'));
		expect(s.overlay).toMatchObject({step: 'format'});
		s = run(s, key('back'));
		expect(s.overlay).toMatchObject({step: 'name'});
		s = run(s, key('back'));
		expect(s.overlay).toBeNull();
	});
	test('an existing file: the app reports it, the prompt asks; overwrite forces, keep goes back to the name', () => {
		let s = run(makeState(), key('open'), key('mark'), key('export'), key('open'), {type: 'choose', value: 'json'}, {type: 'choose', value: 'article'});
		expect(s.effect).toMatchObject({unit: 'article', force: false});
		s = run(s, {type: 'effectDone', exists: true, message: 'x exists'});
		expect(s.effect).toBeNull();
		expect(s.overlay).toMatchObject({step: 'overwrite'});
		expect(run(s, {type: 'choose', value: 'overwrite'}).effect).toMatchObject({kind: 'export', unit: 'article', force: true});
		expect(run(s, {type: 'choose', value: 'rename'}).overlay).toMatchObject({step: 'name'});
	});
	test('the name takes no letters while a menu is shown', () => {
		const s = run(makeState(), key('open'), key('mark'), key('export'), key('open'));
		expect(run(s, {type: 'text', text: 'zz'}).overlay).toEqual(s.overlay);
	});
});

describe('exportMarked', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ce-prompt-menu-'));
	const ids = query.ids('sentences').slice(0, 3);
	test('writes <file>.command beside the export, holding the same-as command', async () => {
		const path = join(dir, 'a.json');
		const result = await exportMarked({query, ids, path, filters: {}});
		expect(existsSync(`${path}.command`)).toBe(true);
		expect(readFileSync(`${path}.command`, 'utf8')).toBe(`${result.command}\n`);
		expect(result.command).toContain(`--out ${path}`);
	});
	test('an existing file is a FileExistsError until force, and force overwrites (the command says --force)', async () => {
		const path = join(dir, 'b.json');
		writeFileSync(path, 'old');
		await expect(exportMarked({query, ids, path, filters: {}})).rejects.toBeInstanceOf(FileExistsError);
		expect(readFileSync(path, 'utf8')).toBe('old');
		const result = await exportMarked({query, ids, path, filters: {}, force: true});
		expect(JSON.parse(readFileSync(path, 'utf8'))).toHaveLength(3);
		expect(result.command).toMatch(/--force$/);
	});
	test('unit article writes the articles of the sentences, and the command names them', async () => {
		const path = join(dir, 'c.json');
		const result = await exportMarked({query, ids, path, filters: {}, unit: 'article'});
		const articles = [...new Set(ids.map(id => query.sentence(id)!.article.id))];
		expect((JSON.parse(readFileSync(path, 'utf8')) as {id: string}[]).map(r => r.id)).toEqual(articles);
		expect(result.command).toContain(`--unit article --ids ${articles.join(',')}`);
	});
});

describe('the menus in the app (drawn by ink-select-input, keys through the app router)', () => {
	function recordingApp(options: {exists?: boolean} = {}) {
		const calls: ExportRequest[] = [];
		const app = renderApp({
			io: {
				exportMarked: async request => {
					calls.push(request);
					if (options.exists && !request.force) throw new FileExistsError(request.path);
					return {
						count: 1,
						path: `/tmp/${request.path}`,
						format: request.format!,
						unit: request.unit!,
						commandFile: `/tmp/${request.path}.command`,
						command: `crisis-explorer export --format ${request.format} --unit ${request.unit} --out ${request.path} --then-a-long-tail-of-flags-so-the-line-wraps-${'x'.repeat(60)}`,
					} satisfies ExportResult;
				},
			},
		});
		return {app, calls};
	}

	test('arrows and Enter choose the format and the unit', async () => {
		const {app, calls} = recordingApp();
		await type(app, enter, ' ', 'e', ...clearName, 'x.json', enter);
		expect(await shows(app, 'Format for x.json')).toContain('Format for x.json');
		expect(await shows(app, /❯ json/)).toMatch(/❯ json/);
		await type(app, down);
		expect(await shows(app, /❯ ndjson/)).toMatch(/❯ ndjson/);
		await type(app, down);
		expect(await shows(app, /❯ csv/)).toMatch(/❯ csv/);
		await type(app, enter);
		expect(await shows(app, 'Export as (x.csv)')).toContain('Export as (x.csv)');
		await type(app, down);
		await shows(app, /❯ article/);
		await type(app, enter);
		await until(() => calls.length >= 1);
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({path: 'x.csv', format: 'csv', unit: 'article', force: false});
		// The whole "same as" line is shown, wrapped, and where it was written.
		const shown = frame(app).replace(/\n/g, '');
		expect(shown).toContain(`then-a-long-tail-of-flags-so-the-line-wraps-${'x'.repeat(60)}`);
		expect(shown).toContain('/tmp/x.csv.command');
		app.unmount();
	});

	test('keys sent before the menu is drawn, and several in one chunk, each act once', async () => {
		const {app, calls} = recordingApp();
		await type(app, enter, ' ', 'e', ...clearName, 'x.json');
		// Enter opens the format menu; two arrows written in the same moment, before
		// any frame of it, move its cursor twice (the widget attaching its own key
		// handler after its first frame lost them).
		app.stdin.write(enter);
		app.stdin.write(down);
		app.stdin.write(down);
		expect(await shows(app, /❯ csv/)).toMatch(/❯ csv/);
		// One chunk: pick csv, move the unit menu down, pick "article".
		app.stdin.write('\rj\r');
		await until(() => calls.length >= 1);
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({path: 'x.csv', format: 'csv', unit: 'article', force: false});
		app.unmount();
	});

	test("the app's keys do not fire while a menu has the focus", async () => {
		const {app, calls} = recordingApp();
		await type(app, enter, ' ', 'e', enter);
		expect(await shows(app, 'Format for')).toContain('Format for');
		// q would quit browse, ? open help, / search, j/k move the browse lists: none may act.
		await type(app, 'q', '?', '/', 'e', 'a', 'u');
		await tick(150);
		expect(frame(app)).toContain('Format for');
		expect(frame(app)).not.toContain('Search —');
		expect(frame(app)).not.toMatch(/Help|Keys/);
		// j moves the menu once (not the browse list as well): from json to ndjson.
		await type(app, 'j');
		expect(await shows(app, /❯ ndjson/)).toMatch(/❯ ndjson/);
		await type(app, up);
		expect(await shows(app, /❯ json/)).toMatch(/❯ json/);
		// Esc goes back to the name, once: the prompt is still open.
		await type(app, esc);
		expect(await shows(app, /Export 1 marked sentences to:/)).toMatch(/Export 1 marked sentences to:/);
		expect(calls).toHaveLength(0);
		app.unmount();
	});

	test('an existing file is offered for overwriting', async () => {
		const {app, calls} = recordingApp({exists: true});
		await type(app, enter, ' ', 'e', enter);
		await shows(app, 'Format for');
		await type(app, enter);
		await shows(app, 'Export as');
		await type(app, enter);
		expect(await shows(app, 'exists already. Overwrite it?')).toContain('exists already. Overwrite it?');
		expect(frame(app)).not.toContain('--force to overwrite');
		await type(app, enter); // "Overwrite …" is the first item
		await until(() => calls.length >= 2);
		expect(calls.map(c => c.force)).toEqual([false, true]);
		expect(await shows(app, 'Exported 1 sentence to')).toContain('Exported 1 sentence to');
		app.unmount();
	});
});
