// Runs the built CLI without blocking the test's event loop (the stub server
// answers in this process), and makes throwaway copies of the bundled dataset.
import {spawn, type ChildProcess} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Dataset} from '../../source/dataset/schema.js';
import {cliPath, root} from '../cli/helpers.js';

export type Result = {code: number | null; stdout: string; stderr: string};

export function start(args: string[], env: NodeJS.ProcessEnv = {}): {child: ChildProcess; done: Promise<Result>} {
	const child = spawn(process.execPath, [cliPath, ...args], {
		cwd: root,
		env: {...process.env, CRISIS_EXPLORER_DEBUG: '', ...env},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
	child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
	const done = new Promise<Result>(resolve => child.on('close', code => resolve({code, stdout, stderr})));
	return {child, done};
}

export const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => start(args, env).done;

/** A copy of data/dataset.json in a fresh folder, with a cache folder beside it. */
export function datasetCopy(): {dir: string; data: string; cache: string} {
	const dir = mkdtempSync(join(tmpdir(), 'ce-translate-'));
	const data = join(dir, 'dataset.json');
	copyFileSync(join(root, 'data', 'dataset.json'), data);
	return {dir, data, cache: join(dir, 'cache')};
}

export const readDataset = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
export const sentencesOf = (d: Dataset) => d.articles.flatMap(a => a.sentences);

export async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise(r => setTimeout(r, 20));
	}
}
