// Issue 5, check 4: at 80×24 with Arabic content, every view keeps its frame
// straight. Read off a pseudo-terminal: no frame line is wider than the
// terminal (xterm would wrap it onto the next row), the header stays on the
// first row (a frame taller than the screen would scroll it away), and every
// pane's vertical borders stand in the same columns on every row, with the
// corners of its top and bottom borders in those columns too.
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {keys, startCli, type PtySession} from './pty-harness.js';
import {buildCli} from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-layout-'));
const dataPath = existsSync('data/dataset.json') ? 'data/dataset.json' : join(work, 'mini.json');
const script = process.env.E2E_SCRIPT;
const size = {cols: 80, rows: 24};
let s: PtySession;

beforeAll(async () => {
	if (!existsSync('data/dataset.json')) writeFileSync(dataPath, JSON.stringify(miniDataset));
	if (!script) buildCli();
	s = startCli(['--data', dataPath, '--bidi', 'on'], {...size, script});
	await s.waitForText('Actors ›', 15_000);
	await new Promise(resolve => setTimeout(resolve, 250));
}, 120_000);
afterAll(() => s?.kill());

const verticals = new Set(['│', '║']);
const tops = new Set(['┌', '╔', '┐', '╗']);
const bottoms = new Set(['└', '╚', '┘', '╝']);
const columnsOf = (row: string[], set: Set<string>) => row.flatMap((c, x) => (set.has(c) ? [x] : []));

/** What is wrong with the frame on screen now; empty when it is straight. */
function frameProblems(expectHeader: RegExp): string[] {
	const problems: string[] = [];
	const wrapped = s.wrappedRows();
	if (wrapped.length) problems.push(`rows ${wrapped.join(', ')} are continuations of a line wider than ${size.cols} columns`);
	const rows = s.cellRows();
	if (rows.length !== size.rows || rows.some(r => r.length !== size.cols)) problems.push('the screen is not 80×24 cells');
	if (!expectHeader.test(rows[0]!.join(''))) problems.push(`row 0 is not the header: ${rows[0]!.join('')}`);
	const withBorders = rows.map((r, y) => ({y, columns: columnsOf(r, verticals)})).filter(r => r.columns.length > 0);
	if (withBorders.length > 0) {
		const expected = withBorders[0]!.columns.join(',');
		for (const r of withBorders) {
			if (r.columns.join(',') !== expected) problems.push(`row ${r.y}: borders at ${r.columns.join(',')}, row ${withBorders[0]!.y} at ${expected}`);
		}
		const top = rows.findIndex(r => columnsOf(r, tops).length > 0);
		const bottom = rows.findIndex(r => columnsOf(r, bottoms).length > 0);
		if (top < 0 || bottom < 0) problems.push('a pane has no top or bottom border');
		else {
			if (columnsOf(rows[top]!, tops).join(',') !== expected)
				problems.push(`top border corners at ${columnsOf(rows[top]!, tops).join(',')}, sides at ${expected}`);
			if (columnsOf(rows[bottom]!, bottoms).join(',') !== expected)
				problems.push(`bottom border corners at ${columnsOf(rows[bottom]!, bottoms).join(',')}, sides at ${expected}`);
			for (let y = top + 1; y < bottom; y++) if (!withBorders.some(r => r.y === y)) problems.push(`row ${y} inside the panes has no borders`);
		}
	}
	return problems;
}

/**
 * A list pane shows one row per item, top to bottom: a blank row between two
 * items means a row was wider than its pane and wrapped (the frame may still
 * look straight, because Ink clips the overflow).
 */
function listHoles(): string[] {
	const rows = s.cellRows();
	const top = rows.findIndex(r => columnsOf(r, tops).length > 0);
	const bottom = rows.findIndex(r => columnsOf(r, bottoms).length > 0);
	if (top < 0 || bottom < 0) return ['no pane'];
	const [left, right] = columnsOf(rows[top + 1]!, verticals);
	const inside = rows.slice(top + 1, bottom).map(r =>
		r
			.slice(left! + 1, right)
			.join('')
			.trim(),
	);
	const last = inside.findLastIndex(t => t !== '');
	const holes = inside.slice(0, last).flatMap((t, i) => (t === '' ? [top + 1 + i] : []));
	return holes.length ? [`blank rows ${holes.join(', ')} inside the list pane`] : [];
}

async function settle() {
	await new Promise(resolve => setTimeout(resolve, 200));
	await s.sendKeys();
}

async function check(name: string, header: RegExp) {
	await settle();
	expect(frameProblems(header), `${name}:\n${s.screen()}`).toEqual([]);
}

const tabs = /Days .*Actors .*Sources .*Events/;

describe.sequential('every view at 80×24 keeps its frame straight', () => {
	test.each([
		['Days', '1'],
		['Actors', '2'],
		['Sources', '3'],
		['Events', '4'],
	])(
		'browse, %s tab: facets, items and detail panes',
		async (name, key) => {
			await s.sendKeys(key);
			await s.waitForText(`${name} ›`);
			await check(`${name} facets`, tabs);
			expect(listHoles(), `${name} facets:\n${s.screen()}`).toEqual([]);
			for (const pane of ['items', 'detail']) {
				await s.sendKeys(keys.right);
				await check(`${name} ${pane}`, tabs);
			}
			await s.sendKeys(keys.escape, 'j', 'j');
			await check(`${name} third value`, tabs);
		},
		30_000,
	);

	test('article reader, with and without boilerplate', async () => {
		await s.sendKeys('2', keys.enter, keys.enter);
		await s.waitForText('Reader ›');
		await check('reader', /Article/);
		await s.sendKeys('j', 'j', 'b');
		await check('reader with boilerplate', /Article/);
		await s.sendKeys('b', 'B');
		await check('reader, bidi off', /Article/);
		await s.sendKeys(keys.escape, keys.escape);
	}, 30_000);

	test('event view and comparison view', async () => {
		await s.sendKeys('4');
		for (let i = 0; i < 20 && !/Events › NATO.Russia Council/.test(s.screen()); i++) await s.sendKeys('j');
		await s.sendKeys(keys.enter);
		await s.waitForText('Reported by');
		await check('event', /Event/);
		await s.sendKeys('c');
		await s.waitForText(/› compare/);
		await check('comparison', /Comparison/);
		await s.sendKeys(keys.right, keys.right, 'j', 'j');
		await check('comparison scrolled', /Comparison/);
		await s.sendKeys('v');
		await check('comparison charts', /Comparison/);
		await s.sendKeys('v', keys.escape, keys.escape);
	}, 30_000);

	test('help', async () => {
		await s.sendKeys('?');
		await s.waitForText('Keys (');
		await check('help', /Help/);
		await s.sendKeys(keys.pageDown, keys.pageDown);
		await check('help, scrolled', /Help/);
		await s.sendKeys(keys.escape);
	}, 30_000);

	test('search results', async () => {
		await s.sendKeys('/', 'ستولتنبرغ');
		await s.waitForText('matches');
		await check('search', /Search/);
		await s.sendKeys('\u0015', 'الناتو');
		await s.waitForText('matches');
		await check('search, second query', /Search/);
		await s.sendKeys(keys.escape);
	}, 30_000);

	test('export prompt', async () => {
		await s.sendKeys('2', keys.enter, ' ', 'e');
		await s.waitForText('Export 1 marked');
		await check('export prompt', tabs);
		await s.sendKeys('\u0015', 'مجلد/غير/موجود/ملف.csv', keys.enter);
		await s.waitForText('Format for');
		await check('export prompt, format menu', tabs);
		await s.sendKeys(keys.enter);
		await s.waitForText('Export as');
		await s.sendKeys(keys.enter);
		await s.waitForText('Could not export');
		await check('export error', tabs);
		await s.sendKeys(keys.escape);
	}, 30_000);
});
