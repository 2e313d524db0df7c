// Issue 19, acceptance 1, through the built CLI as users run it:
// `translate --engine command --command <fake>` on a copy of the bundled
// dataset adds a translation to every sentence; a second run sends nothing;
// a run stopped half-way (SIGTERM, or SIGKILL) and run again completes the
// rest without sending again what was answered. Also: the directory layout,
// a fresh ingest translated from the cache alone, and the usage errors.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {headAt, readHeads} from '../../source/dataset/directory/heads.js';
import {buildCli, cliPath, root} from '../cli/helpers.js';
import {cli, datasetCopy, readDataset, sentencesOf, start, until} from './cli-helpers.js';
import {writeFake} from './fake-engine.js';

const bundled = sentencesOf(readDataset(join(root, 'data', 'dataset.json')));

beforeAll(() => buildCli());

describe('translate --engine command (acceptance 1)', () => {
	it('translates every sentence of the bundled dataset; a second run sends nothing', async () => {
		const fake = writeFake();
		const {data, cache} = datasetCopy();
		const env = {FAKE_LOG: fake.log};
		const first = await cli(['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache], env);
		expect(first.stderr).toMatch(
			new RegExp(`^translate: ${bundled.length} sentences: ${bundled.length} translated, 0 from the cache, 0 already done, 0 failed · 2 requests to command`),
		);
		expect(first.code).toBe(0);
		const sentences = sentencesOf(readDataset(data));
		expect(sentences).toHaveLength(bundled.length);
		for (const [i, s] of sentences.entries()) {
			expect(s.text).toBe(bundled[i]!.text);
			expect(s.translation).toMatchObject({text: `EN: ${s.text}`, to: 'en', engine: 'command', model: fake.command});
		}
		// Titles are sentence 0: translated with the rest.
		expect(sentences.filter(s => s.kind === 'title').every(s => s.translation?.text?.startsWith('EN: '))).toBe(true);
		const calls = fake.calls().length;
		// A sentence that occurs twice (the same text) is sent once.
		expect(fake.sent()).toHaveLength(new Set(bundled.map(s => s.text)).size);
		expect(new Set(fake.sent()).size).toBe(fake.sent().length);

		const second = await cli(['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache], env);
		expect(second.code).toBe(0);
		expect(second.stderr).toContain(`0 translated, 0 from the cache, ${bundled.length} already done, 0 failed · 0 requests`);
		expect(fake.calls()).toHaveLength(calls);
	});

	it('a fresh copy (a re-ingest) is translated from the cache: nothing is sent', async () => {
		const fake = writeFake();
		const a = datasetCopy();
		const env = {FAKE_LOG: fake.log, XDG_CACHE_HOME: join(a.dir, 'xdg')};
		await cli(['translate', '--data', a.data, '--engine', 'command', '--command', fake.command], env);
		const sent = fake.sent().length;
		const b = datasetCopy();
		const again = await cli(['translate', '--data', b.data, '--engine', 'command', '--command', fake.command], env);
		expect(again.stderr).toContain(`0 translated, ${bundled.length} from the cache, 0 already done, 0 failed · 0 requests`);
		expect(fake.sent()).toHaveLength(sent);
		expect(sentencesOf(readDataset(b.data)).every(s => s.translation?.text === `EN: ${s.text}`)).toBe(true);
		// The cache is where XDG says.
		expect(execFileSync('ls', [join(a.dir, 'xdg', 'crisis-explorer', 'translations')], {encoding: 'utf8'})).toMatch(/\.ndjson/);
	});

	it('stopped by SIGTERM after a batch, it saves what was answered; run again, it sends only the rest', async () => {
		const fake = writeFake();
		const {data, cache} = datasetCopy();
		const args = ['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache, '--batch', '10'];
		const run = start(args, {FAKE_LOG: fake.log, FAKE_SLEEP_MS: '300'});
		await until(() => fake.calls().filter(c => c.done).length >= 1 && fake.calls().length >= 2);
		run.child.kill('SIGTERM');
		const stopped = await run.done;
		expect(stopped.code).toBe(143);
		expect(stopped.stderr).toContain('stopped by SIGTERM');
		const answered = new Set(
			fake
				.calls()
				.filter(c => c.done)
				.flatMap(c => c.ids),
		);
		const half = sentencesOf(readDataset(data)).filter(s => s.translation);
		expect(half.length).toBeGreaterThanOrEqual(10);
		expect(half.length).toBeLessThan(bundled.length);
		const before = fake.sent().length;

		const rest = await cli(args, {FAKE_LOG: fake.log});
		expect(rest.code).toBe(0);
		const resent = fake.sent().slice(before);
		expect(resent.filter(id => answered.has(id))).toEqual([]);
		expect(sentencesOf(readDataset(data)).every(s => s.translation?.text === `EN: ${s.text}`)).toBe(true);
	});

	it('killed outright (SIGKILL) half-way, the next run completes from the cache and the engine', async () => {
		const fake = writeFake();
		const {data, cache} = datasetCopy();
		const args = ['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache, '--batch', '10'];
		const run = start(args, {FAKE_LOG: fake.log, FAKE_SLEEP_MS: '200'});
		await until(() => fake.calls().filter(c => c.done).length >= 2);
		run.child.kill('SIGKILL');
		await run.done;
		// The first answered batch was taken in before the second started: it is not sent again.
		const firstBatch = new Set(fake.calls()[0]!.ids);
		const before = fake.sent().length;
		const rest = await cli(args, {FAKE_LOG: fake.log});
		expect(rest.code).toBe(0);
		expect(rest.stderr).toMatch(/[1-9]\d* from the cache/);
		expect(
			fake
				.sent()
				.slice(before)
				.filter(id => firstBatch.has(id)),
		).toEqual([]);
		expect(sentencesOf(readDataset(data)).every(s => s.translation?.text === `EN: ${s.text}`)).toBe(true);
	});

	it('records a sentence the engine fails on, exits 3, and --retry-failed sends it again', async () => {
		const fake = writeFake();
		const {data, cache} = datasetCopy();
		const target = bundled[3]!.id;
		const args = ['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache];
		const failed = await cli(args, {FAKE_LOG: fake.log, FAKE_DROP: `^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`});
		expect(failed.code).toBe(3);
		expect(failed.stderr).toContain(`${bundled.length - 1} translated`);
		expect(failed.stderr).toContain('1 failed: the command gave no answer line for this sentence');
		const s = sentencesOf(readDataset(data)).find(x => x.id === target)!;
		expect(s.translation).toMatchObject({text: null, engine: 'command', error: 'the command gave no answer line for this sentence'});
		expect((await cli(args, {FAKE_LOG: fake.log})).stderr).toContain('0 requests');
		const retried = await cli([...args, '--retry-failed'], {FAKE_LOG: fake.log});
		expect(retried.code).toBe(0);
		expect(retried.stderr).toContain('1 translated');
		expect(sentencesOf(readDataset(data)).find(x => x.id === target)!.translation!.text).toBe(`EN: ${bundled[3]!.text}`);
	});

	it('translates a dataset directory in place; it still opens and shows the translations', async () => {
		const fake = writeFake();
		const dir = mkdtempSync(join(tmpdir(), 'ce-translate-dir-'));
		const out = join(dir, 'd');
		execFileSync(process.execPath, [cliPath, 'ingest', join(root, 'data/raw'), '--manifest', join(root, 'data/raw/manifest.json'), '--out', out], {
			stdio: 'ignore',
		});
		const meta = readFileSync(join(out, 'meta.json'));
		const args = ['translate', '--data', out, '--engine', 'command', '--command', fake.command, '--cache', join(dir, 'cache'), '--batch', '30'];
		const result = await cli(args, {FAKE_LOG: fake.log});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`${bundled.length} translated`);
		// Only articles.ndjson and heads.bin change, the stored search index (rebuilt with the translations), and
		// meta.json's sizes and checksums of those four (layout 3).
		const before = JSON.parse(meta.toString('utf8')) as {files: Record<string, {size: number; crc32: string}>};
		const after = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as typeof before;
		// (and meta.json's own seal, metaCrc32, over the new sums: the export below opens it)
		expect({...after, files: undefined, metaCrc32: undefined}).toEqual({...before, files: undefined, metaCrc32: undefined});
		expect(
			Object.keys(after.files)
				.filter(f => JSON.stringify(after.files[f]) !== JSON.stringify(before.files[f]))
				.sort(),
		).toEqual(['articles.ndjson', 'heads.bin', 'search.bin', 'search.json']);
		expect(after.files['articles.ndjson']!.size).toBe(statSync(join(out, 'articles.ndjson')).size);
		const exported = JSON.parse(execFileSync(process.execPath, [cliPath, 'export', '--data', out, '--format', 'json'], {encoding: 'utf8'})) as Array<{
			text: string;
			translation: string;
			translationEngine: string;
		}>;
		expect(exported).toHaveLength(bundled.length);
		for (const r of exported) expect(r).toMatchObject({translation: `EN: ${r.text}`, translationEngine: 'command'});
		expect((await cli(args, {FAKE_LOG: fake.log})).stderr).toContain(`${bundled.length} already done`);
	});

	it('in a dataset directory, English words of the translations find their sentences (the stored index is rebuilt)', async () => {
		const fake = writeFake();
		const dir = mkdtempSync(join(tmpdir(), 'ce-translate-dirsearch-'));
		const out = join(dir, 'd');
		execFileSync(process.execPath, [cliPath, 'ingest', join(root, 'data/raw'), '--manifest', join(root, 'data/raw/manifest.json'), '--out', out], {
			stdio: 'ignore',
		});
		const search = () =>
			JSON.parse(
				execFileSync(process.execPath, [cliPath, 'search', 'zanzibarian', '--data', out, '--type', 'sentence', '--limit', '200', '--format', 'json'], {
					encoding: 'utf8',
				}),
			) as Array<{id: string}>;
		expect(search()).toHaveLength(0);
		const args = ['translate', '--data', out, '--engine', 'command', '--command', fake.command, '--cache', join(dir, 'cache')];
		const result = await cli(args, {FAKE_LOG: fake.log, FAKE_PREFIX: 'Zanzibarian report: '});
		expect(result.code, result.stderr).toBe(0);
		// Every sentence's translation holds the word; a search shows at most 50 sentences.
		expect(search()).toHaveLength(Math.min(50, bundled.length));
		// The directory still opens whole: its checksums were brought up to date with the new index.
		expect(execFileSync(process.execPath, [cliPath, 'list', 'articles', '--data', out, '--format', 'ids'], {encoding: 'utf8'}).trim().split('\n')).toHaveLength(
			5,
		);
	});

	it('translates a layout-1 directory (heads in meta.json), replacing meta.json', async () => {
		const fake = writeFake();
		const dir = mkdtempSync(join(tmpdir(), 'ce-translate-dir1-'));
		const out = join(dir, 'd');
		execFileSync(process.execPath, [cliPath, 'ingest', join(root, 'data/raw'), '--manifest', join(root, 'data/raw/manifest.json'), '--out', out], {
			stdio: 'ignore',
		});
		// Layout 1 kept the heads in meta.json: made from the layout-2 columns.
		const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as Record<string, unknown>;
		const heads = readHeads(out, meta.articleCount as number);
		const {articleCount: _count, ...rest} = meta;
		// Layout 1 had no checksums either (they came with layout 3).
		const {files: _files, ...older} = rest;
		writeFileSync(
			join(out, 'meta.json'),
			JSON.stringify({...older, layoutVersion: 1, articles: Array.from({length: heads.count}, (_, n) => headAt(heads, n))}),
		);
		rmSync(join(out, 'heads.bin'));
		rmSync(join(out, 'heads.json'));
		const result = await cli(['translate', '--data', out, '--engine', 'command', '--command', fake.command, '--cache', join(dir, 'cache')], {
			FAKE_LOG: fake.log,
		});
		expect(result.code).toBe(0);
		const exported = JSON.parse(
			execFileSync(process.execPath, [cliPath, 'export', '--data', out, '--format', 'json', '--fields', 'text,translation'], {encoding: 'utf8'}),
		) as Array<{
			text: string;
			translation: string;
		}>;
		expect(exported).toHaveLength(bundled.length);
		for (const r of exported) expect(r.translation).toBe(`EN: ${r.text}`);
	});

	it('export carries the translation columns in CSV', async () => {
		const fake = writeFake();
		const {data, cache} = datasetCopy();
		await cli(['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache], {FAKE_LOG: fake.log});
		const csv = execFileSync(
			process.execPath,
			[cliPath, 'export', '--data', data, '--format', 'csv', '--fields', 'id,translation,translationEngine,translationError'],
			{
				encoding: 'utf8',
			},
		);
		const [header, first] = csv.split('\r\n');
		expect(header).toBe('id,translation,translationEngine,translationError');
		expect(first).toBe(`${bundled[0]!.id},EN: ${bundled[0]!.text},command,`);
	});
});

describe('translate: usage', () => {
	it.each([
		[['translate'], /translate needs an engine: --engine command\|libretranslate\|openai \(nothing is sent anywhere without one/],
		[['translate', '--engine', 'deepl'], /unknown --engine 'deepl'/],
		[['translate', '--engine', 'command'], /--engine command needs --command CMD/],
		[['translate', '--engine', 'openai'], /--engine openai needs --model M/],
		[['translate', '--engine', 'libretranslate', '--url', 'ftp://x'], /only http and https/],
		[['translate', '--engine', 'command', '--command', 'cat', '--batch', '0'], /--batch takes a whole number of at least 1/],
		[['translate', '--engine', 'command', '--command', 'cat', '--rate', 'fast'], /--rate takes requests per second/],
		[['translate', '--engine', 'openai', '--model', 'm', '--api-key-env', 'CE_NO_SUCH_KEY'], /CE_NO_SUCH_KEY: that variable is not set/],
		[['list', 'events', '--engine', 'command'], /--engine cannot be used with 'list'; it belongs to 'translate'/],
	])('%j is one line on stderr, exit 2', async (args, message) => {
		const r = await cli(args);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a second run on a dataset being translated, and takes over the lock of a killed one', async () => {
		const fake = writeFake();
		const {data, cache} = datasetCopy();
		const args = ['translate', '--data', data, '--engine', 'command', '--command', fake.command, '--cache', cache, '--batch', '10'];
		const first = start(args, {FAKE_LOG: fake.log, FAKE_SLEEP_MS: '300'});
		await until(() => fake.calls().length >= 1);
		const second = await cli(args, {FAKE_LOG: fake.log});
		expect(second.code).toBe(1);
		expect(second.stderr).toMatch(/another translate \(pid \d+\) is running on this dataset/);
		first.child.kill('SIGKILL');
		await first.done;
		expect(existsSync(`${data}.translate.lock`)).toBe(true);
		const resumed = await cli(args, {FAKE_LOG: fake.log});
		expect(resumed.code).toBe(0);
		expect(existsSync(`${data}.translate.lock`)).toBe(false);
	});

	it('a missing dataset is one line, exit 1', async () => {
		const r = await cli(['translate', '--data', '/nonexistent/d.json', '--engine', 'command', '--command', 'cat']);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/cannot read dataset: no such file/);
	});
});
