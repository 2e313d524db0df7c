// Issue 18, points 11, 12, 13, 15 and 16: limits that hold, manifests that
// cannot lie about dates or reach a prototype, ids that are unique, non-empty
// and one line each, skip reasons that are true, and links that stay inside
// the input folder.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {renderTable} from '../../source/export/table.js';
import {assignIds, fileId} from '../../source/ingest/input/ids.js';
import {checkManifestDay} from '../../source/ingest/run.js';
import {buildCli, root, run} from '../cli/helpers.js';

const rawDir = join(root, 'data', 'raw');
const seeds = readdirSync(rawDir)
	.filter(f => f.endsWith('.txt'))
	.sort();
const seed = join(rawDir, seeds[0]!);
let dir: string;

beforeAll(() => {
	buildCli();
	dir = mkdtempSync(join(tmpdir(), 'ce-input-'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const oneLine = (stderr: string) => expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
const folder = (name: string) => {
	const d = join(dir, name);
	mkdirSync(d);
	return d;
};
const dataset = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as {articles: Array<{id: string; file: string; published: string | null}>};

describe('limits (point 11)', () => {
	it('19 MB of very short sentences is skipped with a reason, not a crash', () => {
		const input = folder('short-sentences');
		copyFileSync(seed, join(input, 'good.txt'));
		writeFileSync(join(input, 'huge.txt'), 'نعم. '.repeat((19 * 1024 * 1024) / 9));
		const result = run(['ingest', input, '--out', join(dir, 'short.json')]);
		expect(result.code, result.stderr).toBe(3);
		expect(result.stderr).toMatch(/^skipped huge\.txt: too many sentences for one article \(about \d+; the limit is 50000\)/m);
		expect(dataset(join(dir, 'short.json')).articles.map(a => a.file)).toEqual(['good.txt']);
	});

	it('18.9 MB of short lines is skipped the same way', () => {
		const input = folder('short-lines');
		writeFileSync(join(input, 'lines.txt'), 'سطر قصير\n'.repeat((18.9 * 1024 * 1024) / 16));
		const result = run(['ingest', input, '--out', join(dir, 'lines.json')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^skipped lines\.txt: too many sentences/m);
	});

	for (const [what, make] of [
		['/dev/zero', () => '/dev/zero'],
		[
			'a named pipe',
			() => {
				const fifo = join(dir, `fifo-${Math.random().toString(36).slice(2)}`);
				spawnSync('mkfifo', [fifo]);
				return fifo;
			},
		],
	] as const) {
		it(`--data ${what}: refused as not a regular file, at once`, () => {
			const result = run(['--data', make(), 'list', 'articles']);
			expect(result.code).toBe(1);
			oneLine(result.stderr);
			expect(result.stderr).toMatch(/not a regular file/);
		});

		it(`--manifest ${what}: refused as not a regular file, at once`, () => {
			const result = run(['ingest', rawDir, '--manifest', make(), '--out', join(dir, 'm.json'), '--force']);
			expect(result.code).toBe(1);
			oneLine(result.stderr);
			expect(result.stderr).toMatch(/not a regular file/);
		});
	}

	it('a manifest over 64 MB is refused before it is read', () => {
		const big = join(dir, 'big-manifest.json');
		writeFileSync(big, '');
		truncateSync(big, 65 * 1024 * 1024);
		const result = run(['ingest', rawDir, '--manifest', big, '--out', join(dir, 'm.json'), '--force']);
		expect(result.code).toBe(1);
		oneLine(result.stderr);
		expect(result.stderr).toMatch(/too large for a manifest/);
	});
});

describe('a table of 240k rows (point 12)', () => {
	it('renders without overflowing the stack (no Math.max(...rows))', () => {
		const rows = Array.from({length: 240_000}, (_, i) => [`s${i}`, 'نص']);
		const lines = renderTable(['id', 'text'], rows, {width: 80});
		expect(lines.length).toBeGreaterThanOrEqual(240_000);
	});
});

describe('manifest dates (point 13)', () => {
	it('only real calendar days from 1900 to a year from today', () => {
		const today = new Date(Date.UTC(2026, 0, 15));
		expect(checkManifestDay('2022-01-12', today)).toBeNull();
		expect(checkManifestDay('2024-02-29', today)).toBeNull();
		for (const bad of ['9999-99-99', '0000-00-00', '2022-13-45', '2022-02-31', '2023-02-29', '2022-00-10'])
			expect(checkManifestDay(bad, today), bad).toMatch(/not a calendar date/);
		expect(checkManifestDay('1899-12-31', today)).toMatch(/outside/);
		expect(checkManifestDay('2027-01-16', today)).toMatch(/outside/);
		expect(checkManifestDay('2027-01-15', today)).toBeNull();
	});

	for (const bad of ['9999-99-99', '0000-00-00', '2022-13-45', '2022-02-31', '3000-01-01']) {
		it(`published ${bad}: ingest refuses the manifest in one line`, () => {
			const manifest = join(dir, `manifest-${bad}.json`);
			writeFileSync(manifest, JSON.stringify({[seeds[0]!]: {published: bad}}));
			const result = run(['ingest', rawDir, '--manifest', manifest, '--out', join(dir, 'x.json'), '--force']);
			expect(result.code).toBe(1);
			oneLine(result.stderr);
			expect(result.stderr).toMatch(/published: (not a calendar date|outside 1900-01-01 to a year from today)/);
		});
	}

	it('a "__proto__" key gives no file a date through the prototype', () => {
		const plain = join(dir, 'plain.json');
		expect(run(['ingest', rawDir, '--out', plain]).code).toBe(0);
		const manifest = join(dir, 'proto-manifest.json');
		// On a plain object, this key sets the prototype: every file name below would be
		// found through it, and its dates would skip the date check.
		const entries = Object.fromEntries(seeds.map(f => [f, {published: '9999-99-99', outlet: 'Injected'}]));
		writeFileSync(manifest, `{"__proto__": ${JSON.stringify(entries)}}`);
		const out = join(dir, 'proto.json');
		const result = run(['ingest', rawDir, '--manifest', manifest, '--out', out]);
		expect(result.code, result.stderr).toBe(0);
		const before = dataset(plain).articles.map(a => a.published);
		expect(before).toContain(null);
		expect(dataset(out).articles.map(a => a.published)).toEqual(before);
		expect(readFileSync(out, 'utf8')).not.toContain('Injected');
	});
});

describe('ids (point 15)', () => {
	it('files that differ only in case get distinct ids, also case-folded', () => {
		const input = folder('case');
		for (const name of ['dup.txt', 'dup.TXT', 'Dup.txt']) copyFileSync(seed, join(input, name));
		const out = join(dir, 'case.json');
		expect(run(['ingest', input, '--out', out]).code).toBe(0);
		const ids = dataset(out).articles.map(a => a.id);
		expect(ids).toHaveLength(3);
		expect(new Set(ids.map(id => id.toLowerCase())).size).toBe(3);
	});

	it('an id is never empty, and never holds a line break or a control', () => {
		expect(fileId('.txt')).toBe('.txt');
		expect(fileId('sub/.TXT')).toBe('sub/.TXT');
		expect(fileId('a\nb.txt')).toBe('a%0Ab');
		const ids = [...assignIds(['x\u001b.txt', 'x%1B.txt', 'y\u2028.txt']).values()];
		for (const id of ids) expect(id).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
		expect(new Set(ids).size).toBe(3);
	});

	it('a file name with a newline: --format ids | export --ids - round-trips', () => {
		const input = folder('newline');
		copyFileSync(seed, join(input, 'new\nline.txt'));
		copyFileSync(seed, join(input, 'plain.txt'));
		const out = join(dir, 'newline.json');
		expect(run(['ingest', input, '--out', out]).code).toBe(0);
		const ids = run(['--data', out, 'list', 'articles', '--format', 'ids']).stdout;
		expect(ids.trim().split('\n')).toHaveLength(2);
		const exported = run(['--data', out, 'export', '--ids', '-', '--unit', 'article', '--format', 'ids'], {input: ids});
		expect(exported.code, exported.stderr).toBe(0);
		expect(exported.stdout).toBe(ids);
	});

	it('every skip reason is true: a non-UTF-8 name is not a dangling link', () => {
		const input = folder('names');
		copyFileSync(seed, join(input, 'good.txt'));
		// A name with the byte 0xFF, made by the shell (Node cannot name such a file from a string).
		spawnSync('sh', ['-c', `cp "$1" "$2/$(printf 'bad\\377').txt"`, 'sh', seed, input]);
		symlinkSync(join(input, 'gone.txt'), join(input, 'dangling.txt'));
		const result = run(['ingest', input, '--out', join(dir, 'names.json')]);
		expect(result.code).toBe(3);
		expect(result.stderr).toMatch(/^skipped bad.*\.txt: cannot be opened: its name is not valid UTF-8/m);
		expect(result.stderr).toMatch(/^skipped dangling\.txt: missing \(a symbolic link to a file that does not exist\)/m);
		expect(result.stderr).not.toMatch(/bad.*dangling link/);
	});
});

describe('symbolic links out of the input folder (point 16)', () => {
	it('are skipped unless --follow-links; links inside the folder are read', () => {
		const outside = folder('outside');
		copyFileSync(seed, join(outside, 'secret.txt'));
		mkdirSync(join(outside, 'sub'));
		copyFileSync(seed, join(outside, 'sub', 'deep.txt'));
		const input = folder('links');
		copyFileSync(seed, join(input, 'own.txt'));
		symlinkSync(join(input, 'own.txt'), join(input, 'alias.txt'));
		symlinkSync(join(outside, 'secret.txt'), join(input, 'secret.txt'));
		symlinkSync(join(outside, 'sub'), join(input, 'linked-folder'));
		const out = join(dir, 'links.json');
		const result = run(['ingest', input, '--out', out]);
		expect(result.code).toBe(3);
		expect(result.stderr).toMatch(/^skipped secret\.txt: a symbolic link out of the input folder \(give --follow-links to read it\)/m);
		expect(result.stderr).toMatch(/^skipped linked-folder: a symbolic link out of the input folder/m);
		expect(dataset(out).articles.map(a => a.file)).toEqual(['alias.txt', 'own.txt']);

		const followed = join(dir, 'followed.json');
		const again = run(['ingest', input, '--out', followed, '--follow-links']);
		expect(again.code, again.stderr).toBe(0);
		expect(dataset(followed).articles.map(a => a.file)).toEqual(['alias.txt', 'linked-folder/deep.txt', 'own.txt', 'secret.txt']);
	});

	it('--follow-links is in the help and the completion', () => {
		expect(run(['help', 'ingest']).stdout).toContain('--follow-links');
		const completion = run(['completion', 'bash']);
		expect(completion.stdout).toContain('--follow-links');
	});
});
