// Issue 18, point 17: the explorer in a pseudo-terminal. Every catchable
// signal that ends it (SIGQUIT, SIGALRM and SIGUSR2 among them, which left the
// alternate screen and bracketed paste on) restores the terminal and exits
// with 128 + the signal's number. Ctrl-Z and SIGTSTP leave the alternate
// screen and stop the process; SIGCONT (what `fg` sends) takes the terminal
// back, redraws the frame in full, and keys work again.
import {readFileSync} from 'node:fs';
import {constants} from 'node:os';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {buildCli} from '../cli/helpers.js';
import {keys, startCli, type PtySession} from '../e2e/pty-harness.js';
import {ingestHostile} from './helpers.js';

const ENTER_ALT = '\u001B[?1049h';
const LEAVE_ALT = '\u001B[?1049l';
const PASTE_ON = '\u001B[?2004h';
const PASTE_OFF = '\u001B[?2004l';
const SHOW = '\u001B[?25h';
const HIDE = '\u001B[?25l';

let data: string;
let session: PtySession | undefined;
beforeAll(() => {
	buildCli();
	data = ingestHostile().data;
}, 120_000);
afterEach(() => {
	session?.kill('SIGKILL');
	session = undefined;
});

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function start(): Promise<PtySession> {
	session = startCli(['--data', data, '--bidi', 'off'], {cols: 100, rows: 30});
	await session.waitForText('Actors ›', 20_000);
	await sleep(250);
	return session;
}

/** Since the last ESC[?1049h: left the alternate screen, paste off, cursor shown, and nothing drawn after. */
function expectRestored(raw: string) {
	const tail = raw.slice(raw.lastIndexOf(ENTER_ALT));
	const leave = tail.lastIndexOf(LEAVE_ALT);
	expect(leave, 'left the alternate screen').toBeGreaterThan(0);
	expect(tail.lastIndexOf(PASTE_OFF), 'bracketed paste off').toBeGreaterThan(tail.lastIndexOf(PASTE_ON));
	expect(tail.lastIndexOf(SHOW), 'cursor shown').toBeGreaterThan(tail.lastIndexOf(HIDE));
}

/** The process state letter from /proc (T: stopped), or null once it is gone. */
function procState(pid: number): string | null {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? null;
	} catch {
		return null;
	}
}

async function until(condition: () => boolean, ms = 5000) {
	for (let waited = 0; waited < ms && !condition(); waited += 50) await sleep(50);
}

describe('point 17: the terminal is restored on every catchable signal', () => {
	for (const signal of ['SIGQUIT', 'SIGALRM', 'SIGUSR2', 'SIGTERM'] as const) {
		test(`${signal}: normal screen, paste off, cursor visible, exit ${128 + constants.signals[signal]}`, async () => {
			const s = await start();
			s.kill(signal);
			expect(await s.waitForExit(10_000)).toBe(128 + constants.signals[signal]);
			expectRestored(s.raw());
		}, 60_000);
	}
});

describe('point 17: suspend and resume', () => {
	for (const [how, stop] of [
		['Ctrl-Z', (s: PtySession) => s.sendKeys('\u001A')],
		['SIGTSTP', async (s: PtySession) => s.kill('SIGTSTP')],
	] as const) {
		test(`${how} leaves the alternate screen and stops; SIGCONT redraws and keys work`, async () => {
			const s = await start();
			const pid = s.pty.pid;
			const before = s.raw().length;
			await stop(s);
			await until(() => procState(pid) === 'T');
			expect(procState(pid), 'stopped').toBe('T');
			// What the process wrote before stopping may still be on its way through the PTY to this reader.
			await until(() => s.raw().slice(before).includes(LEAVE_ALT));
			const atStop = s.raw().slice(before);
			expect(atStop).toContain(LEAVE_ALT);
			expectRestored(s.raw());

			const mark = s.raw().length;
			s.kill('SIGCONT');
			await until(() => s.raw().slice(mark).includes('Actors ›'));
			const resumed = s.raw().slice(mark);
			expect(resumed, 'alternate screen again').toContain(ENTER_ALT);
			expect(resumed, 'bracketed paste again').toContain(PASTE_ON);
			expect(resumed, 'the frame drawn in full').toContain('Actors ›');
			expect(procState(pid)).not.toBe('T');
			// Keys reach the app again (raw mode back): open search, type, leave, quit.
			await s.sendKeys('/');
			await s.waitForText('Search', 10_000);
			await s.sendKeys(keys.escape);
			await sleep(300);
			await s.sendKeys('q');
			expect(await s.waitForExit(10_000)).toBe(0);
			expectRestored(s.raw());
		}, 60_000);
	}
});
