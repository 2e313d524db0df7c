// Issue 18, point 10: crash reports never go through a symlink. The old
// report went to $TMPDIR/crisis-explorer-crash-<ms>.txt, a name anyone can
// predict and plant a link under; now it goes to a private directory
// ($XDG_STATE_HOME/crisis-explorer, or a 0700 mkdtemp one), created
// exclusively without following links.
import {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {buildCli} from '../cli/helpers.js';
import {startCli, type PtySession} from '../e2e/pty-harness.js';
import {crashDirectory, writeCrashReport} from '../../source/ui/crash-report.js';
import {ingestHostile} from './helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'ce-h18-crash-'));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('point 10: crash reports in a private directory, never through a link', () => {
	test('$XDG_STATE_HOME/crisis-explorer, 0700, the report 0600', () => {
		const state = join(fresh(), 'state');
		const path = writeCrashReport('boom\n', {env: {XDG_STATE_HOME: state}});
		expect(path).not.toBeNull();
		expect(dirname(path!)).toBe(join(state, 'crisis-explorer'));
		expect(mode(dirname(path!))).toBe(0o700);
		expect(mode(path!)).toBe(0o600);
		expect(readFileSync(path!, 'utf8')).toBe('boom\n');
	});

	test('~/.local/state/crisis-explorer without XDG_STATE_HOME', () => {
		const home = fresh();
		expect(crashDirectory({HOME: home})).toBe(join(home, '.local', 'state', 'crisis-explorer'));
	});

	test('a link planted at the file name is not followed; the victim is untouched', () => {
		const state = join(fresh(), 'state');
		mkdirSync(join(state, 'crisis-explorer'), {recursive: true, mode: 0o700});
		const victim = join(fresh(), 'victim.txt');
		writeFileSync(victim, 'precious\n');
		symlinkSync(victim, join(state, 'crisis-explorer', 'crash.txt'));
		const path = writeCrashReport('boom\n', {env: {XDG_STATE_HOME: state}, name: 'crash.txt'});
		expect(readFileSync(victim, 'utf8')).toBe('precious\n');
		expect(path).not.toBe(join(state, 'crisis-explorer', 'crash.txt'));
		expect(path && lstatSync(path).isFile()).toBe(true);
	});

	test('a state directory that is a link, or open to others, is not used: a fresh 0700 one instead', () => {
		const base = fresh();
		const elsewhere = join(base, 'elsewhere');
		mkdirSync(elsewhere);
		mkdirSync(join(base, 'state'));
		symlinkSync(elsewhere, join(base, 'state', 'crisis-explorer'));
		const linked = writeCrashReport('boom\n', {env: {XDG_STATE_HOME: join(base, 'state')}});
		expect(readdirSync(elsewhere)).toEqual([]);
		expect(linked && dirname(linked).startsWith(join(tmpdir(), 'crisis-explorer-'))).toBe(true);
		expect(mode(dirname(linked!))).toBe(0o700);

		const open = join(base, 'open');
		mkdirSync(join(open, 'crisis-explorer'), {recursive: true, mode: 0o777});
		chmodSync(join(open, 'crisis-explorer'), 0o777);
		const other = writeCrashReport('boom\n', {env: {XDG_STATE_HOME: open}});
		expect(other && dirname(other)).not.toBe(join(open, 'crisis-explorer'));
	});
});

describe('point 10 end to end: a crash in the explorer with links planted in $TMPDIR', () => {
	let data: string;
	let session: PtySession | undefined;
	beforeAll(() => {
		buildCli();
		data = ingestHostile().data;
	}, 120_000);
	afterEach(() => session?.kill());

	test('no planted link is followed; the report is in $XDG_STATE_HOME', async () => {
		const tmp = fresh();
		const victim = join(fresh(), 'victim.txt');
		writeFileSync(victim, 'precious\n');
		// The old name was crisis-explorer-crash-<Date.now()>.txt: plant one for every millisecond of the next minute.
		const start = Date.now();
		for (let ms = start; ms < start + 60_000; ms++) symlinkSync(victim, join(tmp, `crisis-explorer-crash-${ms}.txt`));
		const state = join(fresh(), 'state');
		session = startCli(['--data', data, '--bidi', 'off'], {env: {CRISIS_EXPLORER_TEST_CRASH: 'render', TMPDIR: tmp, XDG_STATE_HOME: state}});
		expect(await session.waitForExit(20_000)).toBe(1);
		expect(readFileSync(victim, 'utf8')).toBe('precious\n');
		const report = session.raw().match(/Full report: (\S+)/)?.[1];
		expect(report, session.raw().slice(-400)).toBeDefined();
		expect(dirname(report!)).toBe(join(state, 'crisis-explorer'));
		expect(existsSync(report!)).toBe(true);
	}, 60_000);
});
