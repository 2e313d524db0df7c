// Issue 18, points 3 and 14: a dataset directory is replaced atomically and
// only when it is one, and a damaged one is reported (one line on stderr,
// exit 1, nothing on stdout) instead of answering wrongly.
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, root, run} from '../cli/helpers.js';

const raw = join(root, 'data', 'raw');
const manifest = join(raw, 'manifest.json');
let dir: string;
let good: string;
let stoltenberg: string;

beforeAll(() => {
	buildCli();
	dir = mkdtempSync(join(tmpdir(), 'ce-dir-'));
	good = join(dir, 'good');
	const result = run(['ingest', raw, '--manifest', manifest, '--out', good]);
	if (result.code !== 0) throw new Error(result.stderr);
	stoltenberg = run(['--data', good, 'export', '--actor', 'jens-stoltenberg', '--format', 'ids']).stdout;
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A copy of the good dataset to damage. */
function copy(name: string): string {
	const to = join(dir, name);
	cpSync(good, to, {recursive: true});
	return to;
}

const temps = (folder: string) => readdirSync(folder).filter(n => n.includes('.crisis-explorer-'));
const snapshot = (d: string) => Object.fromEntries(readdirSync(d).map(f => [f, readFileSync(join(d, f)).toString('base64')]));

describe('ingest --out DIR --force is atomic (point 3)', () => {
	it('the good dataset answers (the reference for the rest)', () => {
		expect(stoltenberg.trim().split('\n').length).toBeGreaterThan(10);
	});

	it('interrupted (SIGTERM) over an existing dataset: the old one is intact and no temporary folder is left', async () => {
		const folder = mkdtempSync(join(dir, 'sig-'));
		const target = join(folder, 'ds');
		cpSync(good, target, {recursive: true});
		const before = snapshot(target);
		// A different corpus (no manifest), so a half-swapped dataset would show.
		const child = spawn(process.execPath, [cliPath, 'ingest', raw, '--out', target, '--force', '--jobs', '1'], {stdio: 'ignore'});
		while (temps(folder).length === 0 && child.exitCode === null) await new Promise(r => setTimeout(r, 5));
		child.kill('SIGTERM');
		const code = await new Promise(r => child.on('exit', r));
		expect(code).toBe(143);
		expect(snapshot(target)).toEqual(before);
		expect(temps(folder)).toEqual([]);
		expect(run(['--data', target, 'export', '--actor', 'jens-stoltenberg', '--format', 'ids']).stdout).toBe(stoltenberg);
	});

	it('a failed ingest (nothing usable) over an existing dataset keeps it', () => {
		const target = copy('failed');
		const before = snapshot(target);
		const input = mkdtempSync(join(dir, 'bad-in-'));
		writeFileSync(join(input, 'a.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0]));
		const result = run(['ingest', input, '--out', target, '--force']);
		expect(result.code).toBe(1);
		expect(snapshot(target)).toEqual(before);
		expect(temps(dir)).toEqual([]);
	});

	it('a link planted in the dataset folder is never followed: its target is untouched', () => {
		const target = copy('planted');
		const victim = join(dir, 'victim.txt');
		writeFileSync(victim, 'VICTIM');
		rmSync(join(target, 'articles.ndjson'));
		symlinkSync(victim, join(target, 'articles.ndjson'));
		const result = run(['ingest', raw, '--manifest', manifest, '--out', target, '--force']);
		expect(result.code, result.stderr).toBe(0);
		expect(readFileSync(victim, 'utf8')).toBe('VICTIM');
		expect(statSync(join(target, 'articles.ndjson')).isFile()).toBe(true);
		expect(run(['--data', target, 'export', '--actor', 'jens-stoltenberg', '--format', 'ids']).stdout).toBe(stoltenberg);
	});

	it('a folder that is not a dataset is refused, even with --force; its files stay', () => {
		const target = join(dir, 'documents');
		mkdirSync(target);
		writeFileSync(join(target, 'thesis.txt'), 'MINE');
		const result = run(['ingest', raw, '--out', target, '--force']);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/not a crisis-explorer dataset.*not replaced/);
		expect(readdirSync(target)).toEqual(['thesis.txt']);
		expect(temps(dir)).toEqual([]);
	});

	it('an empty folder is filled', () => {
		const target = join(dir, 'empty');
		mkdirSync(target);
		expect(run(['ingest', raw, '--out', target, '--force']).code).toBe(0);
		expect(existsSync(join(target, 'meta.json'))).toBe(true);
	});
});

/** Every reading command on a damaged directory: exit 1, one line on stderr, nothing on stdout. */
function expectDamage(data: string, pattern: RegExp) {
	const commands = [
		['export', '--actor', 'jens-stoltenberg', '--format', 'ids'],
		['export', '--format', 'json'],
		['search', 'Stoltenberg', '--format', 'ids'],
		['show', 'jens-stoltenberg', '--format', 'json'],
	];
	for (const args of commands) {
		const result = run(['--data', data, ...args]);
		expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(1);
		expect(result.stdout, args.join(' ')).toBe('');
		expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
		expect(result.stderr, args.join(' ')).not.toMatch(/internal error/);
		expect(result.stderr, args.join(' ')).toMatch(pattern);
	}
}

describe('a damaged dataset directory is reported, never answered (point 14)', () => {
	it('an empty postings.bin', () => {
		const d = copy('empty-postings');
		truncateSync(join(d, 'postings.bin'), 0);
		expectDamage(d, /postings\.bin.*damaged/);
	});

	it('a postings.bin of the same size holding garbage', () => {
		const d = copy('garbage-postings');
		const size = statSync(join(d, 'postings.bin')).size;
		writeFileSync(join(d, 'postings.bin'), Buffer.alloc(size, 0xab));
		expectDamage(d, /postings\.bin: checksum mismatch/);
	});

	it('a truncated articles.ndjson', () => {
		const d = copy('cut-articles');
		truncateSync(join(d, 'articles.ndjson'), 1000);
		expectDamage(d, /damaged/);
	});

	it('one changed byte in articles.ndjson', () => {
		const d = copy('flipped-articles');
		const bytes = readFileSync(join(d, 'articles.ndjson'));
		bytes[500] = bytes[500]! ^ 1;
		writeFileSync(join(d, 'articles.ndjson'), bytes);
		expectDamage(d, /articles\.ndjson: checksum mismatch/);
	});

	it('garbage heads.bin', () => {
		const d = copy('garbage-heads');
		const size = statSync(join(d, 'heads.bin')).size;
		writeFileSync(join(d, 'heads.bin'), Buffer.alloc(size, 0x7f));
		expectDamage(d, /heads\.bin: checksum mismatch/);
	});

	it("a byte changed inside one of meta.json's strings (still valid JSON) is damage, not a wrong answer", () => {
		const d = copy('meta-flip');
		const text = readFileSync(join(d, 'meta.json'), 'utf8');
		const at = text.indexOf('Stoltenberg');
		expect(at).toBeGreaterThan(0);
		writeFileSync(join(d, 'meta.json'), `${text.slice(0, at)}Xtoltenberg${text.slice(at + 'Stoltenberg'.length)}`);
		expect(() => JSON.parse(readFileSync(join(d, 'meta.json'), 'utf8'))).not.toThrow();
		expectDamage(d, /meta\.json: its checksum \(metaCrc32\) does not match/);
	});

	it('layoutVersion 9 is refused', () => {
		const d = copy('layout-9');
		const meta = JSON.parse(readFileSync(join(d, 'meta.json'), 'utf8'));
		writeFileSync(join(d, 'meta.json'), JSON.stringify({...meta, layoutVersion: 9}));
		expectDamage(d, /layout 9, this tool reads layouts 1 to 4/);
	});

	it('a directory without checksums (layout 2) is still bounds-checked: an empty postings.bin is damage', () => {
		const d = copy('layout-2');
		// A layout-2 directory has neither checksums nor meta.json's seal.
		const {files: _files, metaCrc32: _seal, ...meta} = JSON.parse(readFileSync(join(d, 'meta.json'), 'utf8'));
		writeFileSync(join(d, 'meta.json'), JSON.stringify({...meta, layoutVersion: 2}));
		expect(run(['--data', d, 'export', '--actor', 'jens-stoltenberg', '--format', 'ids']).stdout).toBe(stoltenberg);
		truncateSync(join(d, 'postings.bin'), 0);
		expectDamage(d, /postings\.bin.*damaged/);
	});
});
