// readBytes' four-call path (open without following links, fstat, read,
// close) must give what the lstat-first path always gave: the same bytes for
// a plain file, and for everything else (a link, a link loop, a directory, a
// FIFO, an empty or missing file, one over the size limit) the same outcome
// as the plain reading kept here (main's readBytes, test-only).
import {spawnSync} from 'node:child_process';
import {lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readBytes} from '../../source/ingest/read.js';

/** main's readBytes, without its reason wording for missing files (compared by code instead). */
function plainRead(path: string, max: number): {ok: true; bytes: Buffer} | {ok: false; code: string} {
	try {
		const link = lstatSync(path);
		if (link.isSymbolicLink()) realpathSync(path);
		const st = link.isSymbolicLink() ? statSync(path) : link;
		if (!st.isFile()) return {ok: false, code: 'not a regular file'};
		if (st.size > max) return {ok: false, code: 'too large'};
		return {ok: true, bytes: readFileSync(path)};
	} catch (error) {
		return {ok: false, code: (error as NodeJS.ErrnoException).code ?? 'error'};
	}
}

const dir = mkdtempSync(join(tmpdir(), 'read-bytes-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('readBytes = the lstat-first reading', () => {
	const arabic = 'قال الأمين العام للناتو إن الحلف مستعد للحوار.\n'.repeat(200);
	writeFileSync(join(dir, 'plain.txt'), arabic);
	writeFileSync(join(dir, 'small.txt'), 'x');
	writeFileSync(join(dir, 'big.txt'), Buffer.alloc(1500, 0x61)); // over the 1000 limit, under twice it
	writeFileSync(join(dir, 'empty.txt'), '');
	symlinkSync(join(dir, 'plain.txt'), join(dir, 'link.txt'));
	symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
	symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
	symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
	mkdirSync(join(dir, 'folder.txt'));
	const fifo = spawnSync('mkfifo', [join(dir, 'fifo.txt')]).status === 0;

	const cases = [
		'plain.txt',
		'small.txt',
		'big.txt',
		'empty.txt',
		'link.txt',
		'dangling.txt',
		'loop-a.txt',
		'folder.txt',
		'missing.txt',
		...(fifo ? ['fifo.txt'] : []),
	];
	for (const name of cases) {
		for (const max of [20 * 1024 * 1024, 1000]) {
			it(`${name}, limit ${max}`, () => {
				const path = join(dir, name);
				const mine = readBytes(path, name, max);
				const theirs = plainRead(path, max);
				expect(mine.ok).toBe(theirs.ok);
				if (mine.ok && theirs.ok) expect(Buffer.compare(mine.bytes, theirs.bytes)).toBe(0);
				if (!mine.ok && !theirs.ok) {
					const expected: Record<string, RegExp> = {
						'not a regular file': /^not a regular file$/,
						'too large': /^too large \(/,
						ELOOP: /^symbolic link loop$/,
						ENOENT: /^missing /,
					};
					expect(mine.reason).toMatch(expected[theirs.code] ?? /^unreadable/);
				}
			});
		}
	}
});
