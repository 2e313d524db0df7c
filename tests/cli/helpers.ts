// Runs the built CLI (dist/cli.js) as a child process, the way users do.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {miniDataset} from '../fixtures/mini-dataset.js';

export const root = resolve(import.meta.dirname, '../..');
/** CE_CLI points the tests at another build (e.g. while a dependency is being written). */
export const cliPath = process.env.CE_CLI ?? join(root, 'dist', 'cli.js');

function newestSource(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}
	return newest;
}

/**
 * Builds dist/cli.js unless it is newer than every source file (npm test's
 * pretest has just built it): test files run in parallel, and rebuilding
 * under a running test could hand it a half-written bundle.
 */
export function buildCli(): void {
	if (process.env.CE_CLI) return;
	const bundle = join(root, 'dist', 'cli.js');
	if (existsSync(bundle) && statSync(bundle).mtimeMs > newestSource(join(root, 'source'))) return;
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

export type Run = {code: number | null; stdout: string; stderr: string};

export function run(args: string[], options: {input?: string; cwd?: string; env?: NodeJS.ProcessEnv} = {}): Run {
	const env = {...process.env, ...options.env};
	delete env.CRISIS_EXPLORER_DEBUG;
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: options.cwd ?? root,
		input: options.input ?? '',
		encoding: 'utf8',
		env,
		timeout: 20_000,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Runs with stdout a pipe that the reader closes after the first line (`| head -1`). */
export function runHead(args: string[]): Promise<Run & {first: string}> {
	return new Promise(done => {
		const child = spawn(process.execPath, [cliPath, ...args], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']});
		let out = '';
		let err = '';
		let first = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString('utf8');
			if (!first && out.includes('\n')) {
				first = out.slice(0, out.indexOf('\n'));
				child.stdout.destroy();
			}
		});
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
		child.on('close', code => done({code, stdout: out, stderr: err, first}));
	});
}

/** A copy of the mini dataset with hostile texts, written into a fresh temp dir. */
export function writeFixture(): {dir: string; data: string; dataset: typeof miniDataset} {
	const dir = mkdtempSync(join(tmpdir(), 'ce-cli-'));
	const dataset = JSON.parse(JSON.stringify(miniDataset)) as typeof miniDataset;
	const last = dataset.articles[dataset.articles.length - 1];
	const sentences = last.sentences;
	sentences[sentences.length - 1].text = '=HYPERLINK("http://evil.example","click")';
	if (sentences.length > 1) sentences[sentences.length - 2].text = '@SUM(1+1), "quoted"\nsecond line | pipe \u001b[2J\u202e';
	const data = join(dir, 'mini.json');
	writeFileSync(data, JSON.stringify(dataset));
	return {dir, data, dataset};
}

/** Parses a CSV file with Python's csv module into a list of dicts. */
export function pythonCsv(path: string): Array<Record<string, string>> {
	const script = 'import csv,json,sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f:\n    print(json.dumps(list(csv.DictReader(f))))';
	const result = spawnSync('python3', ['-c', script, path], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(result.stderr);
	return JSON.parse(result.stdout);
}

/** What a JSON value should look like in a CSV cell, per the documented rules (written independently of flatten.ts). */
export function expectedCell(value: unknown): string {
	let text: string;
	if (value === null || value === undefined) text = '';
	else if (Array.isArray(value)) {
		text = value
			.map(item => {
				if (item && typeof item === 'object' && !Array.isArray(item)) {
					const o = item as {article?: string; value?: string; end?: string | null; id?: string};
					if (o.article !== undefined) return `${o.article}=${o.value}${o.end && o.end !== o.value ? `/${o.end}` : ''}`;
					return o.id ?? '';
				}
				return Array.isArray(item) ? item.join('-') : String(item);
			})
			.join(';');
	} else text = String(value);
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
