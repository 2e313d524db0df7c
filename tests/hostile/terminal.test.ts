// Checks 2 (explorer part), 5 and 8: the built explorer in a pseudo-terminal
// (node-pty), its output read through a headless xterm and, for escape
// sequences, as the raw bytes the terminal received.
//
// How "terminal restored" is checked (check 5): a pty's termios cannot be read
// from outside once the child has exited, and node-pty does not expose it, so
// the test asserts what the app sent and how it ended: after the last
// ESC[?1049h (enter alternate screen) come ESC[?1049l (leave it) and ESC[?25h
// (show the cursor), nothing redraws after them, and the process exits with
// the signal's conventional code (143 SIGTERM, 129 SIGHUP). Raw mode is turned
// off by the same restore() that writes those bytes (source/ui/run.tsx), before
// it writes them, so the bytes are the witness that it ran.
import {existsSync, readFileSync} from 'node:fs';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {keys, startCli, type PtySession} from '../e2e/pty-harness.js';
import {ingestHostile} from './helpers.js';
import {buildCli} from '../cli/helpers.js';

let data: string;
let session: PtySession | undefined;

beforeAll(() => {
	buildCli();
	data = ingestHostile().data;
}, 120_000);

afterEach(() => {
	session?.kill();
	session = undefined;
});

// --bidi off: placeholders appear in logical order on the screen, easy to find.
function start(env: Record<string, string> = {}) {
	session = startCli(['--data', data, '--bidi', 'off'], {cols: 100, rows: 30, env});
	return session;
}

async function ready(s: PtySession) {
	await s.waitForText('Actors ›', 15_000);
	await new Promise(resolve => setTimeout(resolve, 250));
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Raw output after the app entered the alternate screen for the last time. */
function afterLastEnter(raw: string): string {
	const at = raw.lastIndexOf('\u001B[?1049h');
	expect(at).toBeGreaterThanOrEqual(0);
	return raw.slice(at);
}

function expectRestored(raw: string) {
	const tail = afterLastEnter(raw);
	const leave = tail.lastIndexOf('\u001B[?1049l');
	expect(leave, 'left the alternate screen').toBeGreaterThan(0);
	expect(tail.lastIndexOf('\u001B[?25h'), 'cursor shown after the last hide').toBeGreaterThan(tail.lastIndexOf('\u001B[?25l'));
	// Nothing re-enters or redraws the alternate screen afterwards.
	expect(tail.slice(leave)).not.toContain('\u001B[?1049h');
}

describe('check 2: a hostile article in the explorer', () => {
	test('placeholders on screen, the frame intact, no OSC 52 / OSC 8 / BEL reaches the terminal', async () => {
		const s = start();
		await ready(s);
		// Actors › Jens Stoltenberg: his sentences carry the OSC 52 and OSC 8 attacks.
		await s.waitForText('␛]52;c;aGVsbG8=␇');
		// The sentences pane, then the reader for the whole article (ESC[2J title, RLO line).
		await s.sendKeys(keys.right, keys.enter);
		await s.waitForText('⟨RLO⟩');
		const screen = s.screen();
		expect(screen).toContain('␛[2J');
		expect(screen).toContain('␛]8;;https://evil.example␛\\');
		expect(screen).toContain('⟨PDF⟩');
		// Not cleared: the frame is still there around the hostile text.
		const lines = s.screenLines();
		expect(lines.some(l => /[╔┌]/.test(l)) || lines.some(l => l.includes('›')), 'app frame drawn').toBe(true);
		expect(lines.filter(l => l.trim()).length).toBeGreaterThan(10);
		await s.sendKeys(keys.escape, 'q');
		expect(await s.waitForExit()).toBe(0);
		const raw = s.raw();
		expect(raw).not.toContain('\u001B]52;');
		expect(raw).not.toContain('\u001B]8;');
		expect(raw).not.toContain('\u0007');
		expect(raw).not.toContain('\u202E');
		expect(raw).not.toContain('\u009B');
		// The only screen clear is the app's own, when it enters the alternate screen.
		expect(raw.split('\u001B[2J').length - 1).toBe(1);
		expect(raw.indexOf('\u001B[2J')).toBe(raw.indexOf('\u001B[?1049h') + '\u001B[?1049h\u001B[H'.length);
	});
});

describe('check 5: the terminal is restored on every way out', () => {
	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const) {
		test(`${signal}: normal screen, cursor visible, exit ${code}`, async () => {
			const s = start();
			await ready(s);
			s.kill(signal);
			expect(await s.waitForExit()).toBe(code);
			expectRestored(s.raw());
		});
	}

	test('Ctrl-C: restored, exit 0', async () => {
		const s = start();
		await ready(s);
		await s.sendKeys(keys.ctrlC);
		await s.waitForExit();
		expectRestored(s.raw());
	});

	test('an exception in a render: restored, a short message and where the full report is', async () => {
		// CRISIS_EXPLORER_TEST_CRASH=render (test-only, source/ui/run.tsx) throws inside a component.
		const s = start({CRISIS_EXPLORER_TEST_CRASH: 'render'});
		expect(await s.waitForExit(15_000)).toBe(1);
		const raw = s.raw();
		expectRestored(raw);
		const after = raw.slice(raw.lastIndexOf('\u001B[?1049l'));
		const message = after.match(/crisis-explorer crashed: (.*)\r?\nFull report: (\S+)/);
		expect(message, after).not.toBeNull();
		expect(message![1]).toContain('test crash in a render');
		// Short: the stack is in the report, not on the normal screen.
		expect(after).not.toMatch(/\n\s+at |\.js:\d+/);
		const report = message![2]!;
		expect(existsSync(report)).toBe(true);
		expect(readFileSync(report, 'utf8')).toMatch(/test crash in a render[\s\S]*CrashForTest/);
		// The visible screen after leaving is the normal one, with the message.
		expect(s.screen()).toContain('crisis-explorer crashed: test crash in a render');
	});
});

describe('check 8: pasted text and unknown keys do not trigger commands', () => {
	test('browse: a pasted chunk "hello q", F5, F-keys and mouse reports do nothing; q still quits', async () => {
		const s = start();
		await ready(s);
		const before = s.screen();
		for (const chunk of ['hello q', 'qqq e', '\u001B[15~', '\u001B[24~', '\u001BOP', '\u001B[<0;10;10M\u001B[<0;10;10m', '\u001B[M !!', '\u001B[9999~']) {
			s.pty.write(chunk);
			await sleep(150);
		}
		await sleep(300);
		expect(s.exitCode(), 'still running').toBeNull();
		expect(s.screen()).toBe(before);
		expect(s.raw()).not.toContain('\u001B[?1049l');
		await s.sendKeys('q');
		expect(await s.waitForExit()).toBe(0);
	});

	// Known gap, reported to the key-routing owner: the app does not enable
	// bracketed paste (ESC[?2004h), so a terminal sends a one-character paste as
	// a bare key; and a bracketed paste that arrives anyway ("ESC[200~q ESC[201~")
	// is split by Ink into unknown sequences and a lone q, which quits. Marked
	// .fails so it turns red (and the mark must go) once it is fixed.
	test('a bracketed paste of a lone "q" in browse does not quit', async () => {
		const s = start();
		await ready(s);
		s.pty.write('\u001B[200~q\u001B[201~');
		await sleep(500);
		expect(s.exitCode()).toBeNull();
	});

	test('search: a paste is text in the search line, not keystrokes', async () => {
		const s = start();
		await ready(s);
		await s.sendKeys('/');
		await sleep(200);
		s.pty.write('qe? jk');
		await sleep(400);
		expect(s.exitCode(), 'q in a paste did not quit').toBeNull();
		expect(s.screen()).toContain('qe? jk');
		await s.sendKeys(keys.escape);
		await sleep(200);
		await s.sendKeys('q');
		expect(await s.waitForExit()).toBe(0);
	});
});
