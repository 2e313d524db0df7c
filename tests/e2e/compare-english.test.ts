// Issue 19, check 3: without any translation engine, the comparison view at
// 120×40 shows English (the ≈ gist) in every aligned row, in English mode
// (--lang en) and under the Arabic in both (t), so a reader of no Arabic can
// check each outlet's statements.
import {existsSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {keys, type PtySession} from './pty-harness.js';
import {cliSessions} from './cli-session.js';

const dataPath = 'data/dataset.json';
const startSession = cliSessions();
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const status = (s: PtySession) =>
	s
		.screenLines()
		.filter(l => l.trim())
		.at(-1) ?? '';

async function until(condition: () => boolean, ms = 4000): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (!condition()) {
		if (Date.now() > deadline) return false;
		await pause(40);
	}
	return true;
}

/** Each aligned row's block on screen ("3. statement — …" and the cell lines under it), by row number; the last one may be cut. */
function rowBlocks(screen: string[]): Map<number, {lines: string[]; complete: boolean}> {
	const out = new Map<number, {lines: string[]; complete: boolean}>();
	let current: {lines: string[]; complete: boolean} | undefined;
	// The status line (the last one drawn) is not part of the view.
	const lines = screen.filter(l => l.trim()).slice(0, -1);
	for (const line of lines) {
		const header = /^(\d+)\. \S/.exec(line);
		if (header) {
			if (current) current.complete = true;
			current = {lines: [], complete: false};
			out.set(Number(header[1]), current);
		} else if (current && line.trim()) current.lines.push(line);
	}
	return out;
}

/** Cells that hold a statement show its English: a gist (≈) or a translation (EN:). */
const ENGLISH = /≈|EN:/;
const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

describe.skipIf(!existsSync(dataPath))('the comparison in English', () => {
	test('every aligned row of the NATO–Russia Council comparison shows English at 120×40', async () => {
		const s = startSession(['--data', dataPath, '--bidi', 'on', '--lang', 'en'], {cols: 120, rows: 40, env: {NO_COLOR: '1'}});
		await s.waitForText('Actors ›', 15_000);
		await pause(250);
		await s.sendKeys('4');
		await s.waitForText('Events ›');
		// Down to the event, one key at a time, each after the last one's frame.
		for (let i = 0; i < 40 && !/Events › NATO.Russia Council meeting/.test(status(s)); i++) {
			const before = status(s);
			await s.sendKeys('j');
			await until(() => status(s) !== before, 2000);
			await pause(60);
		}
		await pause(300);
		expect(status(s)).toMatch(/Events › NATO.Russia Council meeting/);
		await s.sendKeys(keys.enter);
		await s.waitForText('Reported by');
		await s.sendKeys('c');
		await s.waitForText(/› compare/);
		expect(s.screen()).toMatch(/^NATO.Russia Council meeting/m);

		// Walk the rows at each column position (three outlets fit at 120 columns, of five): the
		// cursor's row is always drawn whole. A row whose outlets in view all omit it shows "—".
		const withEnglish = new Set<number>();
		let lastRow = 0;
		const walk = async () => {
			// At the end the cursor is on the last row, so the last block on screen is whole too.
			for (let step = 0, atEnd = false; step < 80; step++) {
				const blocks = rowBlocks(s.screenLines());
				for (const [row, block] of blocks) {
					lastRow = Math.max(lastRow, row);
					if (!block.complete && !atEnd) continue;
					const cells = block.lines.map(l => l.slice(12)).join('\n');
					if (cells.replace(/[—\s]/g, '') === '') continue;
					expect(cells, `row ${row}\n${s.screen()}`).toMatch(ENGLISH);
					// English mode: no statement in Arabic.
					expect(cells, `row ${row}`).not.toMatch(ARABIC);
					withEnglish.add(row);
				}
				if (atEnd) break;
				const before = s.screen();
				await s.sendKeys('j');
				atEnd = !(await until(() => s.screen() !== before, 1500));
			}
		};
		await walk();
		await s.sendKeys('g');
		for (let i = 0; i < 4; i++) await s.sendKeys(keys.right);
		await until(() => /outlets [3-9]–/.test(s.screen()));
		expect(s.screen()).toMatch(/outlets [3-9]–/);
		await walk();
		expect(lastRow).toBeGreaterThanOrEqual(3);
		expect([...withEnglish].sort((a, b) => a - b)).toEqual(Array.from({length: lastRow}, (_, i) => i + 1));

		// t: both languages, the Arabic and the English in each cell.
		await s.sendKeys('t');
		await s.waitForText('Sentences in Arabic and English');
		const both = [...rowBlocks(s.screenLines()).values()].filter(b => b.complete && b.lines.some(l => l.slice(12).replace(/[—\s]/g, '')));
		expect(both.length, s.screen()).toBeGreaterThan(0);
		for (const block of both) {
			expect(block.lines.join('\n')).toMatch(ENGLISH);
			expect(block.lines.join('\n'), s.screen()).toMatch(ARABIC);
		}
	}, 90_000);
});
