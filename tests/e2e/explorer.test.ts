// The explorer as a person meets it: the built CLI in a pseudo-terminal at
// 100×30, read back through a headless xterm.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {keymap} from '../../source/ui/keymap.js';
import {keys, type PtySession} from './pty-harness.js';
import {cliSessions} from './cli-session.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-e2e-'));
// The bundled dataset when it exists; otherwise the mini fixture written to a file.
const dataPath = existsSync('data/dataset.json') ? 'data/dataset.json' : join(work, 'mini.json');

beforeAll(() => {
	if (!existsSync('data/dataset.json')) writeFileSync(dataPath, JSON.stringify(miniDataset));
});
const startSession = cliSessions();

function start(extra: string[] = [], size = {cols: 100, rows: 30}) {
	return startSession(['--data', dataPath, '--bidi', 'on', ...extra], size);
}

/** The first frame, then a moment for Ink to attach its input listener. */
async function ready(s: PtySession) {
	// Generous: the first start after a build is slow on a busy two-core machine.
	await s.waitForText('Actors ›', 15_000);
	await new Promise(resolve => setTimeout(resolve, 250));
}

const status = (s: PtySession) =>
	s
		.screenLines()
		.filter(l => l.trim())
		.at(-1) ?? '';

/** Move down the facet list until the status line names the value, one drawn step at a time. */
async function selectFacet(s: PtySession, label: string) {
	for (let i = 0; i < 60 && !status(s).includes(`› ${label} ›`); i++) {
		const before = status(s);
		await s.sendKeys('j');
		for (let k = 0; k < 50 && status(s) === before; k++) await new Promise(resolve => setTimeout(resolve, 40));
	}
	expect(status(s)).toContain(`› ${label} ›`);
}

const dataset = JSON.parse(readFileSync(dataPath, 'utf8')) as {articles: Array<{id: string; sentences: Array<{id: string; index: number}>}>};

/** The sentence id of the selected item row (`› ● 000 #3 · outlet · date`), read off the screen. */
function selectedItem(s: PtySession): string | undefined {
	for (const line of s.screenLines()) {
		const match = /›\s*●?\s*(\d+) #(\d+)\b/.exec(line);
		if (!match) continue;
		const article = dataset.articles.find(a => a.id === match[1] || a.id.startsWith(`${match[1]}_`));
		return article?.sentences.find(x => x.index === Number(match[2]))?.id;
	}
	return undefined;
}

/** `j` in the items pane, and wait until the screen shows the next sentence selected. */
async function nextItem(s: PtySession) {
	const before = selectedItem(s);
	await s.sendKeys('j');
	for (let i = 0; i < 50 && selectedItem(s) === before; i++) await new Promise(resolve => setTimeout(resolve, 40));
	expect(selectedItem(s)).not.toBe(before);
}

describe('explorer in a terminal', () => {
	test('Actors → Jens Stoltenberg → his sentences → reader → back', async () => {
		const s = start();
		await ready(s);
		await s.sendKeys('2');
		// The tab drawn before the first j: a j read against the old tab's status moves twice (seen on a loaded machine).
		await s.waitForText('[2 Actors');
		await selectFacet(s, 'Jens Stoltenberg');
		await s.sendKeys(keys.enter);
		await s.waitForText(/Actors › Jens Stoltenberg › \d+ sentences/);
		expect(status(s)).toMatch(/1\/\d+/);
		await s.sendKeys('j', keys.enter);
		await s.waitForText('Reader ›');
		await s.sendKeys(keys.escape);
		await s.waitForText(/Actors › Jens Stoltenberg › \d+ sentences/);
		expect(status(s)).toMatch(/2\/\d+/);
	});

	test.each(['ستولتنبرج', 'stoltenberg'])('search for %s lands on Jens Stoltenberg', async text => {
		const s = start();
		await ready(s);
		await s.sendKeys('1', '/', text);
		await s.waitForText('Jens Stoltenberg');
		await s.sendKeys(keys.enter);
		await s.waitForText(/Actors › Jens Stoltenberg ›/);
	});

	test('marks three sentences across two facets and exports them to CSV', async () => {
		const s = start();
		await ready(s);
		const marked: string[] = [];
		const mark = async (count: number) => {
			const id = selectedItem(s);
			expect(id, 'a sentence is selected in the items pane').toBeDefined();
			expect(marked).not.toContain(id);
			await s.sendKeys(' ');
			await s.waitForText(`● ${count} marked`);
			marked.push(id!);
		};
		await s.sendKeys('2');
		// The tab drawn before the first j: a j read against the old tab's status moves twice (seen on a loaded machine).
		await s.waitForText('[2 Actors');
		await selectFacet(s, 'Jens Stoltenberg');
		// Enter focuses the items pane: Space there marks one sentence, not the whole value.
		await s.sendKeys(keys.enter);
		await s.waitForText(/\d+ sentences\s.*\s1\/\d+/);
		await mark(1);
		await nextItem(s);
		await mark(2);
		// A second facet: the first of its sentences not marked yet.
		await s.sendKeys('3');
		await s.waitForText('[3 Sources');
		await selectFacet(s, 'Anadolu Agency');
		await s.sendKeys(keys.enter);
		await s.waitForText(/Anadolu Agency › \d+ sentences\s.*\s1\/\d+/);
		for (let i = 0; i < 20 && marked.includes(selectedItem(s) ?? ''); i++) await nextItem(s);
		await mark(3);

		const out = join(work, 'marked.csv');
		await s.sendKeys('e');
		await s.waitForText(/Export 3 marked sentences to: crisis-export-\d{8}-\d{6}\.json/);
		await s.sendKeys('\u0015'); // Ctrl-u clears the proposed name
		await s.sendKeys(out, keys.enter);
		// The menus: the format (on the name's, csv) and the unit (sentences).
		await s.waitForText('Format for');
		expect(s.screen()).toMatch(/❯ csv/);
		await s.sendKeys(keys.enter);
		await s.waitForText('Export as');
		await s.sendKeys(keys.enter);
		await s.waitForText('Exported 3 sentences');
		expect(s.screen()).toContain('crisis-explorer export');
		// The whole same-as command, on screen (wrapped) and beside the export.
		const command = readFileSync(`${out}.command`, 'utf8').trim();
		expect(command).toMatch(/^crisis-explorer export .*--format csv --out /);
		// (The message wraps at spaces: compare without them.)
		expect(s.screenLines().join('').replace(/\s+/g, '')).toContain(command.replace(/\s+/g, ''));
		const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
		expect(lines[0]).toMatch(/^\uFEFF?id,/);
		const ids = lines.slice(1).map(line => line.split(',')[0]!.replace(/^"|"$/g, ''));
		expect(ids.sort()).toEqual([...marked].sort());
		// Exporting to the same path again offers to overwrite it; keeping it goes back to the name.
		await s.sendKeys('e', '\u0015');
		await s.sendKeys(out, keys.enter);
		await s.waitForText('Format for');
		await s.sendKeys(keys.enter);
		await s.waitForText('Export as');
		await s.sendKeys(keys.enter);
		await s.waitForText('exists already. Overwrite it?');
		expect(s.screen()).not.toContain('--force');
		await s.sendKeys(keys.down);
		await s.waitForText(/❯ Keep it/);
		await s.sendKeys(keys.enter);
		await s.waitForText('Export 3 marked sentences to:');
		await s.sendKeys(keys.escape);
		await s.waitForText('3 marked');
	});

	test('? lists every key of the keymap', async () => {
		const s = start();
		await ready(s);
		await s.sendKeys('?');
		await s.waitForText('Keys (');
		const seen = new Set<string>();
		// Page by page, each page read once it is drawn (its "27–52 of 146" moved on), to the last.
		const range = () => /(\d+)–(\d+) of (\d+)/.exec(s.screen());
		for (let i = 0; i < 30; i++) {
			for (const line of s.screenLines()) seen.add(line);
			const shown = range();
			if (!shown || shown[2] === shown[3]) break;
			await s.sendKeys(keys.pageDown);
			await s.waitForText(new RegExp(`\\b(?!${shown[1]}–)\\d+–\\d+ of ${shown[3]}`));
		}
		const text = [...seen].join('\n');
		for (const entry of keymap) expect(text).toContain(entry.description);
	});

	test('resizing to 50×12 says too small, and back restores the screen', async () => {
		const s = start();
		await ready(s);
		await s.resize(50, 12);
		await s.waitForText('terminal too small (need 60×16)');
		await s.resize(100, 30);
		await s.waitForText('Actors ›');
	});

	test('q leaves the alternate screen with the cursor visible', async () => {
		const s = start();
		await ready(s);
		await s.sendKeys('q');
		expect(await s.waitForExit()).toBe(0);
		const raw = s.raw();
		const enter = raw.indexOf('\u001B[?1049h');
		const leave = raw.lastIndexOf('\u001B[?1049l');
		expect(enter).toBeGreaterThanOrEqual(0);
		expect(leave).toBeGreaterThan(enter);
		expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
		expect(raw).not.toContain('\u001B]52;');
		expect(raw).not.toContain('\u001B]8;');
	});

	test('SIGTERM restores the terminal too', async () => {
		const s = start();
		await ready(s);
		s.kill('SIGTERM');
		await s.waitForExit();
		const raw = s.raw();
		expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.indexOf('\u001B[?1049h'));
		expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
	});
});
