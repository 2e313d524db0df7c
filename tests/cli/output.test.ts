import {beforeAll, describe, expect, it} from 'vitest';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {buildCli, run, runHead, writeFixture} from './helpers.js';

let fx: ReturnType<typeof writeFixture>;
beforeAll(() => {
	buildCli();
	fx = writeFixture();
});

describe('--out', () => {
	it('a second --out without --force fails with exit 1 and leaves the first file unchanged', () => {
		const dir = join(fx.dir, 'twice');
		mkdirSync(dir);
		const out = join(dir, 'x.csv');
		expect(run(['--data', fx.data, 'export', '--format', 'csv', '--out', out]).code).toBe(0);
		const first = readFileSync(out);
		const second = run(['--data', fx.data, 'export', '--format', 'json', '--out', out]);
		expect(second.code).toBe(1);
		expect(second.stderr.trim().split('\n')).toHaveLength(1);
		expect(second.stderr).toContain('already exists; use --force');
		expect(readFileSync(out).equals(first)).toBe(true);
		expect(readdirSync(dir)).toEqual(['x.csv']);
		expect(run(['--data', fx.data, 'export', '--format', 'json', '--out', out, '--force']).code).toBe(0);
		expect(Array.isArray(JSON.parse(readFileSync(out, 'utf8')))).toBe(true);
	});
	it('a missing directory: one line, exit 1, no file', () => {
		const out = join(fx.dir, 'missing', 'x.json');
		const result = run(['--data', fx.data, 'export', '--out', out]);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('does not exist');
		expect(existsSync(join(fx.dir, 'missing'))).toBe(false);
	});
	it('an unwritable directory: one line, exit 1, nothing left behind', () => {
		// Root ignores permission bits, so use a place nobody can create files in.
		const isRoot = process.getuid?.() === 0;
		let dir = '/proc/self';
		if (!isRoot) {
			dir = join(fx.dir, 'readonly');
			mkdirSync(dir, {mode: 0o555});
		}
		const result = run(['--data', fx.data, 'export', '--out', join(dir, 'x.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/cannot write|cannot create|does not exist|read-only/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		if (!isRoot) expect(readdirSync(dir)).toEqual([]);
	});
	it('a path under a file (not a directory): one line, exit 1', () => {
		const file = join(fx.dir, 'plain.txt');
		writeFileSync(file, 'x');
		const result = run(['--data', fx.data, 'export', '--out', join(file, 'x.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('a closed pipe', () => {
	it('`| head -1` ends quietly with exit 0 and the first record', async () => {
		// Enough records that the writer is still writing when the reader leaves.
		const big = JSON.parse(readFileSync(fx.data, 'utf8'));
		const article = big.articles[0];
		for (let i = 0; i < 4000; i++) article.sentences.push({...article.sentences[1], id: `${article.id}:${1000 + i}`, index: 1000 + i});
		const data = join(fx.dir, 'big.json');
		writeFileSync(data, JSON.stringify(big));
		const result = await runHead(['--data', data, 'export', '--format', 'ndjson']);
		expect(JSON.parse(result.first).id).toBe(`${article.id}:0`);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
	});
});
