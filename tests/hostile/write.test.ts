// Issue 18, points 1, 2, 4, 5 and 19 (ENOSPC): nothing lost when writing
// `--out FILE`. A full disk, a short write, a signal or a killed process
// never leaves a truncated target or a stray temporary file behind, and only
// a regular file (or nothing) is ever replaced.
import {spawn, spawnSync} from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	closeSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync,
	chmodSync,
	symlinkSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fileSink} from '../../source/export/sink.js';
import {buildCli, cliPath, root, run} from '../cli/helpers.js';
import {writeBigDataset} from './big-dataset.js';

const bundled = join(root, 'data', 'dataset.json');
let dir: string;
let big: string;

beforeAll(() => {
	buildCli();
	dir = mkdtempSync(join(tmpdir(), 'ce-write-'));
	big = join(dir, 'big.json');
	// ~19 MB: its CSV export takes long enough to be caught mid-write.
	writeBigDataset(big, 200);
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const temps = (folder: string) => readdirSync(folder).filter(n => n.includes('.crisis-explorer-'));
const oneLine = (stderr: string) => expect(stderr.trim().split('\n'), stderr).toHaveLength(1);

describe('short writes (point 1)', () => {
	it('a writeSync that writes part of a buffer is called again until every byte is out', async () => {
		const target = join(dir, 'short.txt');
		let calls = 0;
		const sink = fileSink(target, {
			force: false,
			writeSync: (fd, data, offset, length) => {
				calls++;
				// At most 1000 bytes per call, as a pipe or a nearly full disk may do.
				return writeSync(fd, data, offset, Math.min(length, 1000));
			},
		});
		const text = 'abcdefghij'.repeat(10_000);
		await sink.write(text);
		await sink.end();
		expect(readFileSync(target, 'utf8')).toBe(text);
		expect(calls).toBeGreaterThan(99);
	});

	it('a write that stores nothing (the disk is full) is an error: old file kept, temporary removed', async () => {
		const target = join(dir, 'full.txt');
		writeFileSync(target, 'OLD');
		let written = 0;
		const sink = fileSink(target, {
			force: true,
			// The first 600 bytes fit, then the disk is full: writeSync returns a short count, then 0.
			writeSync: (fd, data, offset, length) => {
				const n = Math.max(0, Math.min(length, 600 - written));
				written += n;
				return n === 0 ? 0 : writeSync(fd, data, offset, n);
			},
		});
		await expect(
			(async () => {
				await sink.write('x'.repeat(200_000));
				await sink.end();
			})(),
		).rejects.toThrow(/no space left on device; nothing written; the old file is kept/);
		expect(readFileSync(target, 'utf8')).toBe('OLD');
		expect(temps(dir)).toEqual([]);
	});
});

describe('a full disk (point 1)', () => {
	it('stdout on /dev/full: one plain line, exit 1', () => {
		if (!existsSync('/dev/full')) return void console.warn('skipped: no /dev/full on this system');
		const fd = openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [cliPath, '--data', bundled, 'export', '--format', 'ndjson'], {
				stdio: ['ignore', fd, 'pipe'],
				encoding: 'utf8',
			});
			expect(result.status).toBe(1);
			oneLine(result.stderr);
			expect(result.stderr).toMatch(/no space left on device/);
			expect(result.stderr).not.toMatch(/internal error/);
		} finally {
			closeSync(fd);
		}
	});

	it('--out on a 1 MB tmpfs that fills up: exit 1, one line, the old file kept, no temporary left', () => {
		const mnt = join(dir, 'tmpfs');
		mkdirSync(mnt);
		const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]).status === 0;
		if (!mounted)
			return void console.warn('skipped: cannot mount a tmpfs here (not root, or no mount permission); the short-write unit tests cover the same code');
		try {
			// A good old dataset, and a file filling most of the rest.
			const target = join(mnt, 'dataset.json');
			writeFileSync(target, readFileSync(bundled));
			writeFileSync(join(mnt, 'filler'), Buffer.alloc(600 * 1024));
			const result = run(['--data', big, 'export', '--format', 'ndjson', '--out', target, '--force']);
			expect(result.code).toBe(1);
			oneLine(result.stderr);
			expect(result.stderr).toMatch(/no space left on device; nothing written; the old file is kept/);
			expect(readFileSync(target)).toEqual(readFileSync(bundled));
			expect(temps(mnt)).toEqual([]);
			expect(run(['--data', target, 'list', 'articles', '--format', 'ids']).code).toBe(0);
		} finally {
			spawnSync('umount', [mnt]);
		}
	});
});

describe('only a regular file is replaced (point 2)', () => {
	it('a FIFO, a device, a symbolic link: refused with --force, left as they were', () => {
		const fifo = join(dir, 'fifo');
		spawnSync('mkfifo', [fifo]);
		const link = join(dir, 'link');
		writeFileSync(join(dir, 'link-target'), 'TARGET');
		symlinkSync(join(dir, 'link-target'), link);
		const targets = [fifo, link];
		// A copy of /dev/null's device node in the temp dir (never the real one: a failing test would replace it).
		const dev = join(dir, 'null');
		if (spawnSync('mknod', [dev, 'c', '1', '3']).status === 0) targets.push(dev);
		for (const target of targets) {
			const before = statSync(target, {throwIfNoEntry: false});
			const result = run(['--data', bundled, 'export', '--format', 'ndjson', '--out', target, '--force']);
			expect(result.code, target).toBe(1);
			oneLine(result.stderr);
			expect(result.stderr).toMatch(/not a regular file; it is not replaced/);
			const after = statSync(target);
			expect(after.mode).toBe(before?.mode);
		}
		expect(readFileSync(join(dir, 'link-target'), 'utf8')).toBe('TARGET');
	});

	it('a 0600 file stays 0600 when replaced', () => {
		const target = join(dir, 'private.csv');
		writeFileSync(target, 'OLD');
		chmodSync(target, 0o600);
		expect(run(['--data', bundled, 'export', '--format', 'csv', '--out', target, '--force']).code).toBe(0);
		expect(statSync(target).mode & 0o777).toBe(0o600);
		expect(readFileSync(target, 'utf8')).not.toBe('OLD');
	});

	it('--out - is standard output, not a file named -', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'ce-dash-'));
		const result = run(['--data', bundled, 'export', '--format', 'ndjson', '--out', '-'], {cwd});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout.split('\n')[0]).toMatch(/^\{"id":/);
		expect(readdirSync(cwd)).toEqual([]);
	});
});

/** Starts an export into `target`, waits until its temporary file holds data, sends `signal`. */
function interrupted(args: string[], target: string, signal: NodeJS.Signals): Promise<{code: number | null; stderr: string}> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [cliPath, ...args], {stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.on('data', chunk => (stderr += chunk));
		const folder = join(target, '..');
		const started = Date.now();
		const poll = setInterval(() => {
			const temp = temps(folder)[0];
			if (temp && (statSync(join(folder, temp), {throwIfNoEntry: false})?.size ?? 0) > 0) {
				clearInterval(poll);
				child.kill(signal);
			} else if (Date.now() - started > 20_000) {
				clearInterval(poll);
				child.kill('SIGKILL');
				fail(new Error('the write never started'));
			}
		}, 5);
		child.on('exit', code => {
			clearInterval(poll);
			done({code, stderr});
		});
	});
}

describe('signals during --out FILE (point 4)', () => {
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
	] as const) {
		it(`${signal} in the middle of export --out x.csv --force: exit ${code}, old file kept, temporary removed`, async () => {
			const folder = mkdtempSync(join(dir, 'sig-'));
			const target = join(folder, 'x.csv');
			writeFileSync(target, 'OLD\n');
			const result = await interrupted(['--data', big, 'export', '--format', 'csv', '--out', target, '--force'], target, signal);
			expect(result.code, result.stderr).toBe(code);
			expect(readFileSync(target, 'utf8')).toBe('OLD\n');
			expect(temps(folder)).toEqual([]);
		});
	}

	it('SIGTERM during ingest --out FILE.json --force: exit 143, old file kept, temporary removed', async () => {
		const folder = mkdtempSync(join(dir, 'sig-'));
		const target = join(folder, 'd.json');
		writeFileSync(target, 'OLD\n');
		const child = spawn(process.execPath, [cliPath, 'ingest', join(root, 'data', 'raw'), '--out', target, '--force'], {stdio: 'ignore'});
		// The temporary file exists from the start (the target is checked before the slow ingest).
		while (temps(folder).length === 0 && child.exitCode === null) await new Promise(r => setTimeout(r, 5));
		child.kill('SIGTERM');
		const code = await new Promise(r => child.on('exit', r));
		expect(code).toBe(143);
		expect(readFileSync(target, 'utf8')).toBe('OLD\n');
		expect(temps(folder)).toEqual([]);
	});
});

describe('temporary files of killed processes (point 5)', () => {
	it('are named for their process; the next write removes those whose process is gone, and only those', () => {
		const folder = mkdtempSync(join(dir, 'stale-'));
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		const deadPid = Number(dead.stdout);
		const stale = join(folder, `.x.csv.crisis-explorer-${deadPid}.tmp`);
		const live = join(folder, `.x.csv.crisis-explorer-${process.pid}.tmp`);
		const other = join(folder, `.y.csv.crisis-explorer-${deadPid}.tmp`);
		for (const f of [stale, live, other]) writeFileSync(f, 'half');
		expect(run(['--data', bundled, 'export', '--format', 'csv', '--out', join(folder, 'x.csv')]).code).toBe(0);
		expect(existsSync(stale)).toBe(false);
		expect(existsSync(live)).toBe(true);
		expect(existsSync(other), 'another target’s temporary is not ours to judge').toBe(true);
	});

	it('SIGKILL mid-write leaves one, the next run removes it', async () => {
		const folder = mkdtempSync(join(dir, 'kill-'));
		const target = join(folder, 'x.csv');
		const result = await interrupted(['--data', big, 'export', '--format', 'csv', '--out', target], target, 'SIGKILL');
		expect(result.code).toBe(null);
		expect(temps(folder)).toHaveLength(1);
		expect(temps(folder)[0]).toMatch(/^\.x\.csv\.crisis-explorer-\d+\.tmp$/);
		expect(run(['--data', bundled, 'export', '--format', 'csv', '--out', target]).code).toBe(0);
		expect(temps(folder)).toEqual([]);
	});
});

describe('plain messages (point 19)', () => {
	it('--data X --data X: a usage error in plain words', () => {
		const result = run(['--data', bundled, '--data', bundled, 'list', 'articles']);
		expect(result.code).toBe(2);
		expect(result.stderr.trim()).toBe('crisis-explorer: --data is given twice; give it once');
	});

	it('ingest --out existing-file.txt --force: the file is not a dataset folder, in plain words', () => {
		const target = join(dir, 'existing-file.txt');
		writeFileSync(target, 'KEEP');
		const result = run(['ingest', join(root, 'data', 'raw'), '--out', target, '--force']);
		expect(result.code).toBe(1);
		oneLine(result.stderr);
		expect(result.stderr).not.toMatch(/internal error|EEXIST/);
		expect(result.stderr).toMatch(/not a folder/);
		expect(readFileSync(target, 'utf8')).toBe('KEEP');
	});
});
