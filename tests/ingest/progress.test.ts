// The progress line: what it says, how often it is drawn, that it is erased at
// the end, and that nothing at all is written when stderr is not a terminal.
import {describe, expect, it} from 'vitest';
import {formatDuration, formatProgress, progressLine} from '../../source/ingest/progress.js';

/** A stream that records what is written; isTTY as asked. */
function fakeStream(isTTY: boolean, columns = 100) {
	const writes: string[] = [];
	return {isTTY, columns, writes, write: (s: string) => writes.push(s)};
}

describe('formatProgress', () => {
	it('files done of the total, articles, articles per second, time left from the share done', () => {
		// 250 of 1,000 files in 10 s: 30 s left.
		expect(formatProgress({files: 250, total: 1000, done: 250, articles: 240, elapsedMs: 10_000})).toBe(
			'ingest: 250 of 1,000 files · 240 articles · 24 articles/s · 0:30 left',
		);
		// A record file half read counts half: 1 of 3 files done, 1.5 of 3 by share → as long again.
		expect(formatProgress({files: 1, total: 3, done: 1.5, articles: 3, elapsedMs: 90_000})).toBe(
			'ingest: 1 of 3 files · 3 articles · 0.03 articles/s · 1:30 left',
		);
	});
	it('no time left before a second has passed, nor at the end', () => {
		expect(formatProgress({files: 1, total: 10, done: 1, articles: 1, elapsedMs: 500})).not.toMatch(/left/);
		expect(formatProgress({files: 10, total: 10, done: 10, articles: 10, elapsedMs: 5000})).not.toMatch(/left/);
	});
	it('fits the terminal, less one column (a wrapped line cannot be redrawn)', () => {
		const line = formatProgress({files: 123_456, total: 999_999, done: 123_456, articles: 100_000, elapsedMs: 3_600_000}, 40);
		expect(line.length).toBe(39);
		expect(line.endsWith('…')).toBe(true);
	});
	it('durations', () => {
		expect([0, 42_000, 61_000, 3_723_000].map(formatDuration)).toEqual(['0:00', '0:42', '1:01', '1:02:03']);
	});
});

describe('progressLine', () => {
	it('redraws in place at most every 100 ms, from 500 ms on, and erases itself at the end', () => {
		let now = 0;
		const stream = fakeStream(true);
		const line = progressLine(stream, {now: () => now});
		const p = {files: 0, total: 4, done: 0, articles: 0};
		for (let t = 0; t <= 1000; t += 10) {
			now = t;
			p.files = p.done = Math.floor(t / 250);
			p.articles = p.files;
			line.update(p);
		}
		// 500, 600, …, 1000 ms: six draws.
		expect(stream.writes).toHaveLength(6);
		for (const w of stream.writes) expect(w).toMatch(/^\r[^\r\n]*\u001B\[K$/);
		expect(stream.writes[0]).toBe('\ringest: 2 of 4 files · 2 articles · 4.0 articles/s\u001B[K');
		line.end();
		expect(stream.writes.at(-1)).toBe('\r\u001B[K');
	});
	it('writes nothing at all when the stream is not a terminal', () => {
		let now = 0;
		const stream = fakeStream(false);
		const line = progressLine(stream, {now: () => now});
		for (now = 0; now < 5000; now += 50) line.update({files: 1, total: 2, done: 1, articles: 1});
		line.end();
		expect(stream.writes).toEqual([]);
	});
	it('a short ingest draws nothing (and so erases nothing)', () => {
		let now = 0;
		const stream = fakeStream(true);
		const line = progressLine(stream, {now: () => now});
		now = 300;
		line.update({files: 1, total: 1, done: 1, articles: 1});
		line.end();
		expect(stream.writes).toEqual([]);
	});
});
