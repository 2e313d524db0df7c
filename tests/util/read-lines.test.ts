import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLineBytes, readLines} from '../../source/util/read-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'ce-lines-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

describe('readLines', () => {
	it('gives each line without its newline, and a last line without one', () => {
		expect([...readLines(file('a.txt', 'one\ntwo\n\nthree'))]).toEqual(['one', 'two', '', 'three']);
		expect([...readLines(file('b.txt', 'one\n'))]).toEqual(['one']);
		expect([...readLines(file('c.txt', ''))]).toEqual([]);
	});

	it('keeps multi-byte characters whole across chunk edges, and lines longer than a chunk', () => {
		// Arabic letters are two bytes in UTF-8: with 5-byte chunks most of them straddle an edge.
		const lines = ['اجتماع جنيف', 'x'.repeat(40), 'قمة "الناتو"\tروسيا', ''];
		const path = file('d.txt', `${lines.join('\n')}\n`);
		for (const chunk of [1, 2, 3, 5, 7, 64]) expect([...readLines(path, chunk)]).toEqual(lines);
	});

	it('says of each line as bytes whether its newline follows it (the spill reader writes the line with it)', () => {
		for (const chunk of [1, 3, 64]) {
			// One object, reused: each line read before the next.
			const seen: unknown[] = [];
			for (const l of readLineBytes(file('e.txt', 'one\ntwo\nthree'), chunk))
				seen.push([l.buf.toString('utf8', l.start, l.end), l.newline, l.newline ? l.buf[l.end] : null]);
			expect(seen).toEqual([
				['one', true, 10],
				['two', true, 10],
				['three', false, null],
			]);
		}
	});
});
