// Issue 20, points 8 and 9: what the scriptable commands print on a terminal.
// Tables never cut the ids you copy (the text gives way), `show ARTICLE` prints
// the article to read, and Arabic is laid out (reordered and shaped) on a
// terminal, and on a pipe when --bidi on asks for it. Read off a pseudo-terminal.
import {beforeAll, describe, expect, test} from 'vitest';
import {startCli} from './pty-harness.js';
import {buildCli, run} from '../cli/helpers.js';

const data = 'data/dataset.json';
const script = process.env.E2E_SCRIPT;
/** Arabic presentation forms: what shaping turns letters into. */
const SHAPED = /[\uFE70-\uFEFF]/;
/** Arabic letters in their stored (unjoined) form (hamza and tatweel have no joining forms). */
const RAW_ARABIC = /[\u0622-\u063F\u0641-\u064A]/;

beforeAll(() => {
	if (!script) buildCli();
}, 120_000);

/** The screen once the command has exited (rows enough for the whole output). */
async function screenOf(args: string[], cols: number, rows = 110): Promise<string[]> {
	const s = startCli(['--data', data, ...args], {cols, rows, script, env: {NO_COLOR: '1'}});
	try {
		expect(await s.waitForExit(20_000)).toBe(0);
		// The headless terminal parses what arrived after the exit a little later: wait until the screen holds still.
		let last = '';
		for (let i = 0; i < 50; i++) {
			await new Promise(resolve => setTimeout(resolve, 100));
			const now = s.screen();
			if (now === last) break;
			last = now;
		}
		return s.screenLines();
	} finally {
		s.kill();
	}
}

const idsOf = (args: string[]) =>
	run(['--data', data, ...args, '--format', 'ids'])
		.stdout.trim()
		.split('\n');

describe('tables never cut an id', () => {
	test('list events at 80 columns shows every event id whole', async () => {
		const ids = idsOf(['list', 'events']);
		expect(ids.some(id => id.length > 35)).toBe(true); // the long ones are what used to be cut
		const screen = await screenOf(['list', 'events'], 80);
		const first = screen.map(line => line.split(/\s+/)[0]);
		for (const id of ids) expect(first).toContain(id);
		expect(screen.join('\n')).not.toMatch(/^\S+…/m);
	});
	test('export at 80 columns shows every sentence id whole, the text gives way', async () => {
		const ids = idsOf(['export']);
		const screen = await screenOf(['export'], 80, ids.length + 6);
		const rows = screen.slice(2).filter(line => line.trim());
		expect(rows.length).toBe(ids.length);
		expect(rows.map(line => line.split(/\s+/)[0])).toEqual(ids);
		expect(rows.some(line => line.includes('…'))).toBe(true); // text cut, not ids
	});
});

describe('show ARTICLE on a terminal is for reading', () => {
	test('title, outlet and date, then wrapped paragraphs laid out; no table', async () => {
		const [id] = idsOf(['list', 'articles']);
		const json = JSON.parse(run(['--data', data, 'show', id!, '--format', 'json']).stdout);
		const screen = await screenOf(['show', id!, '--bidi', 'on'], 80);
		const text = screen.join('\n');
		expect(text).not.toMatch(/^id\s+outlet/m); // not the table's header
		expect(screen.some(line => line.includes(`${json.outlet ?? 'Unattributed'} · ${json.published}`))).toBe(true);
		expect(text).toMatch(SHAPED);
		expect(text).not.toMatch(RAW_ARABIC);
		// Wrapped, not cut: no ellipsis, and more lines than the article has paragraphs.
		expect(text).not.toContain('…');
		expect(screen.filter(line => line.trim()).length).toBeGreaterThan(json.sentences.length / 2);
	});
	test('with --bidi off the paragraphs are in stored order and still wrapped to the terminal', async () => {
		const [id] = idsOf(['list', 'articles']);
		const screen = await screenOf(['show', id!, '--bidi', 'off'], 60);
		expect(screen.join('\n')).toMatch(RAW_ARABIC);
		expect(screen.join('\n')).not.toMatch(SHAPED);
	});
	test('on a pipe, show ARTICLE keeps its data output', () => {
		const [id] = idsOf(['list', 'articles']);
		expect(() => JSON.parse(run(['--data', data, 'show', id!]).stdout)).not.toThrow();
	});
});

describe('compare lays Arabic out', () => {
	const event = 'meeting-nato-russia-council-2022-01-12';
	test('on a terminal: shaped, and the Markdown list items keep their marker on the left', async () => {
		const screen = await screenOf(['compare', event, '--bidi', 'on'], 120, 400);
		const text = screen.join('\n');
		expect(text).toMatch(SHAPED);
		expect(text).not.toMatch(RAW_ARABIC);
		expect(screen.some(line => /^\s*- «/.test(line))).toBe(true);
	});
	test('on a pipe: stored order unless --bidi on asks', () => {
		const plain = run(['--data', data, 'compare', event, '--format', 'md']).stdout;
		expect(plain).toMatch(RAW_ARABIC);
		expect(plain).not.toMatch(SHAPED);
		const laid = run(['--data', data, 'compare', event, '--format', 'md', '--bidi', 'on']).stdout;
		expect(laid).toMatch(SHAPED);
		expect(laid).not.toMatch(RAW_ARABIC);
	});
});

describe('parquet on a terminal', () => {
	test('is refused: binary is for a file or a pipe', async () => {
		const s = startCli(['--data', data, 'export', '--format', 'parquet'], {cols: 100, rows: 10, script, env: {NO_COLOR: '1'}});
		try {
			expect(await s.waitForExit(20_000)).toBe(2);
			expect(s.raw()).toContain('parquet is a binary format');
			expect(s.raw()).not.toContain('PAR1');
		} finally {
			s.kill();
		}
	});
});
