// Issue 6, check 4: the comparison view in a pseudo-terminal at 120×40 and at
// 80×24 shows the fact grid and the outlet columns, scrolls the columns with
// ←/→, and opens a statement in the article reader with Enter. The Geneva
// talks' date conflict must show with a marker that survives NO_COLOR.
// Issue 17, check 2: that conflict is on the first screen, before any key,
// though the two outlets that disagree are columns 4 and 5; the NRC meeting's
// statuses (scheduled before it, failed after) are a timeline, not a conflict.
import {existsSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {keys, type PtySession} from './pty-harness.js';
import {cliSessions} from './cli-session.js';

const dataPath = 'data/dataset.json';
const startSession = cliSessions();

const status = (s: PtySession) =>
	s
		.screenLines()
		.filter(l => l.trim())
		.at(-1) ?? '';
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** Poll the screen until a condition holds (a loaded machine draws late), or give up after `ms`. */
async function until(condition: () => boolean, ms = 4000): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (!condition()) {
		if (Date.now() > deadline) return false;
		await pause(40);
	}
	return true;
}

async function openComparison(event: RegExp, size: {cols: number; rows: number}): Promise<PtySession> {
	const s = startSession(['--data', dataPath, '--bidi', 'on'], {...size, env: {NO_COLOR: '1'}});
	await s.waitForText('Actors ›', 15_000);
	await pause(250);
	await s.sendKeys('4');
	await s.waitForText('Events ›');
	// Step by the list's position counter ("3/20"), not by any change of the
	// status line: a frame drawn half-way changes it too, and acting on that
	// would step past the event.
	const position = () => Number(/(\d+)\/\d+\s*$/.exec(status(s))?.[1] ?? 0);
	for (let i = 0; i < 30 && !event.test(status(s)); i++) {
		const next = position() + 1;
		await s.sendKeys('j');
		await until(() => position() === next && /Events › /.test(status(s)), 2000);
		await pause(40);
	}
	expect(status(s)).toMatch(event);
	await s.sendKeys(keys.enter);
	await s.waitForText('Reported by');
	await s.sendKeys('c');
	await s.waitForText(/› compare/);
	return s;
}

/** The "outlets 1–3 of 5" range in the view's header. */
const range = (s: PtySession) => /outlets (\d+)–(\d+) of (\d+)/.exec(s.screen());

describe.skipIf(!existsSync(dataPath))('comparison view in a terminal', () => {
	for (const size of [
		{cols: 120, rows: 40},
		{cols: 80, rows: 24},
	]) {
		test(`NATO–Russia Council at ${size.cols}×${size.rows}: grid, columns, ←/→, Enter`, async () => {
			const s = await openComparison(/Events › NATO.Russia Council meeting/, size);
			const screen = s.screen();
			// Issue 17: scheduled before the meeting and failed after it is a development: no status conflict.
			expect(screen).not.toMatch(/≠ Status|≠ What happened|≠ (scheduled|held|failed)/);
			expect(screen.replace(/\s*\n\s*/g, ' ')).toMatch(/Status: scheduled \(26 Dec.*→ held and failed after 4 hours/);
			expect(screen).toMatch(/17 days before/);
			expect(screen).toMatch(/≈ Naming: #000 (names|says) Russian Security Council/);
			// The fact grid: its rows by name, and a header per outlet column in view.
			for (const fact of ['Date', 'Place', 'Who']) expect(screen).toMatch(new RegExp(`^\\s*(≠ )?${fact}\\b`, 'm'));
			expect(screen).toMatch(/Unattributed \(000\) · 2021-12-26/);
			// More outlets than fit: the header says which are in view.
			const first = range(s);
			expect(first?.slice(1)).toEqual(['1', String(Number(first![2])), '5']);
			expect(Number(first![2])).toBe(size.cols >= 120 ? 3 : 2);
			// → moves the cursor across the columns, then scrolls them.
			for (let i = 0; i < 4; i++) await s.sendKeys(keys.right);
			await until(() => range(s)?.[1] !== '1' && /Unattributed \(001\) · 2022-01-12/.test(s.screen()));
			expect(range(s)?.[1]).not.toBe('1');
			expect(s.screen()).toMatch(/Unattributed \(001\) · 2022-01-12/);
			for (let i = 0; i < 4; i++) await s.sendKeys(keys.left);
			await until(() => range(s)?.[1] === '1');
			expect(range(s)?.[1]).toBe('1');
			// Enter on a statement opens it in the reader; the cursor may start on an
			// empty cell (an omission), so step through the cells until one opens.
			let opened = false;
			for (let row = 0; row < 6 && !opened; row++) {
				for (let column = 0; column < 5 && !opened; column++) {
					await s.sendKeys(keys.enter);
					opened = await until(() => status(s).includes('Reader ›'), 600);
					if (!opened) await s.sendKeys(keys.right);
				}
				if (!opened) await s.sendKeys('j', ...Array.from({length: 5}, () => keys.left));
			}
			expect(opened, s.screen()).toBe(true);
			await s.sendKeys(keys.escape);
			await s.waitForText(/› compare/);
		}, 60_000);

		test(`Geneva talks at ${size.cols}×${size.rows}: the date conflict is on the first screen, without colour`, async () => {
			const s = await openComparison(/Events › Russia.United States talks · Geneva/, size);
			// Before any key: both dates, each with the outlet that gives it and the day it wrote.
			const firstScreen = s.screen();
			expect(firstScreen).toMatch(/≠ Date: 2022-01-10 \(EU Reporter, 4 Jan\) vs 2022-01-11 \(#001, 12 Jan\)/);
			expect(range(s)?.[1]).toBe('1');
			expect(firstScreen).toMatch(/^\s*≠ Date\b/m);
			const seen = new Set<string>();
			for (let i = 0; i < 5; i++) {
				for (const line of s.screenLines()) {
					const match = /≠ (2022-01-1[01])/g;
					for (const m of line.matchAll(match)) seen.add(m[1]!);
				}
				await s.sendKeys(keys.right);
				await pause(100);
			}
			expect([...seen].sort()).toEqual(['2022-01-10', '2022-01-11']);
		}, 60_000);
	}
});
