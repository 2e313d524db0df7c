// readBytes: a file's bytes, or the one reason it cannot be read, whatever the
// path is (a file, a link to one, a loop, a dangling link, a FIFO, a folder).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readBytes} from '../../source/ingest/read.js';

let dir: string;
const text = 'نص المقال\nسطر ثان\n';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-read-bytes-'));
	writeFileSync(join(dir, 'a.txt'), text);
	writeFileSync(join(dir, 'empty.txt'), '');
	symlinkSync('a.txt', join(dir, 'link.txt'));
	symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
	symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
	symlinkSync('gone.txt', join(dir, 'dangling.txt'));
	mkdirSync(join(dir, 'folder.txt'));
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

const reasonOf = (file: string, max?: number) => {
	const r = readBytes(join(dir, file), file, max);
	return r.ok ? null : r.reason;
};

describe('readBytes', () => {
	it('reads a file whole, and a link to a file as its target', () => {
		for (const file of ['a.txt', 'link.txt']) {
			const r = readBytes(join(dir, file), file);
			expect(r.ok && r.bytes.toString('utf8')).toBe(text);
		}
		const empty = readBytes(join(dir, 'empty.txt'), 'empty.txt');
		expect(empty.ok && empty.bytes.length).toBe(0);
	});

	it('gives each unreadable path its reason', () => {
		expect(reasonOf('loop-a.txt')).toBe('symbolic link loop');
		expect(reasonOf('dangling.txt')).toBe('missing (a symbolic link to a file that does not exist)');
		expect(reasonOf('nothing.txt')).toBe('missing (removed while ingest was reading the folder)');
		expect(reasonOf('folder.txt')).toBe('not a regular file');
		expect(reasonOf('a.txt', 4)).toMatch(/^too large \(/);
	});

	it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('refuses a FIFO at once, without waiting for a writer', () => {
		spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
		expect(reasonOf('pipe.txt')).toBe('not a regular file');
	});
});
