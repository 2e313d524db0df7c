// The explorer on a dataset directory (the layout for large corpora) in a
// pseudo-terminal: 300 generated articles, ingested with the streaming
// directory writer. First frame, search while typing, and cursor movement in
// a list of every sentence of an outlet. (The 100k-article run of the same
// path is a benchmark: see BENCHMARKS.md.)
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {keys, startCli, type PtySession} from './pty-harness.js';
import {buildCli} from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-e2e-dir-'));
const corpus = join(work, 'corpus');
const data = join(work, 'data.d');
const script = process.env.E2E_SCRIPT;
let session: PtySession | undefined;

beforeAll(async () => {
	writeCorpus({articles: 300, out: corpus});
	await ingestFolderToDirectory(corpus, data, {manifestPath: join(corpus, 'manifest.json')});
	if (!script) buildCli();
}, 180_000);
afterEach(() => {
	session?.kill();
	session = undefined;
});
afterAll(() => rmSync(work, {recursive: true, force: true}));

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const status = (s: PtySession) =>
	s
		.screenLines()
		.filter(l => l.trim())
		.at(-1) ?? '';

async function ready(): Promise<PtySession> {
	const s = startCli(['--data', data, '--bidi', 'on'], {cols: 120, rows: 36, script});
	session = s;
	await s.waitForText('Actors ›', 20_000);
	await sleep(250);
	return s;
}

describe('explorer on a dataset directory', () => {
	test('first frame lists the facets from meta.json', async () => {
		const s = await ready();
		expect(s.screen()).toMatch(/2 Actors \(\d+\)/);
		expect(s.screen()).toMatch(/4 Events \(\d+\)/);
	});

	test('typing ستولتنبرج finds Jens Stoltenberg and sentences about him', async () => {
		const s = await ready();
		await s.sendKeys('/');
		for (const ch of 'ستولتنبرج') {
			await s.sendKeys(ch);
			await sleep(40);
		}
		await s.waitForText('Jens Stoltenberg', 15_000);
		await s.waitForText(/Sentences [1-9]\d*/, 15_000);
	});

	test("the cursor moves through an outlet's sentences, each step drawn", async () => {
		const s = await ready();
		await s.sendKeys('3');
		// The status names the selected outlet and its sentence count (`Sources › N ‹ outlet sentences`);
		// Enter moves into its items, and the position counter becomes `1/N`.
		await s.waitForText(/Sources › \d+/);
		const total = Number(/Sources › (\d+)/.exec(status(s))![1]);
		expect(total).toBeGreaterThan(100);
		await s.sendKeys(keys.enter);
		await s.waitForText(new RegExp(` 1/${total}\\s*$`, 'm'), 5_000);
		for (let i = 2; i <= 12; i++) {
			await s.sendKeys('j');
			await s.waitForText(new RegExp(` ${i}/${total}\\s*$`, 'm'), 5_000);
		}
		// The selected sentence's detail pane is drawn from its article's line.
		expect(s.screen()).toContain('From: ');
	});
});
