// Starts the explorer and owns the terminal: alternate screen in, and on every
// way out (quit, Ctrl-C, SIGTERM, SIGHUP, a crash) the normal screen, a visible
// cursor and cooked mode back. Ink 6.8 has no alternateScreen option, so the
// escape sequences are written here.

import type {Lang} from './lang.js';
import {render} from 'ink';
import chalk from 'chalk';
import {writeCrashReport} from './crash-report.js';
import {constants as osConstants} from 'node:os';
import type {Query} from '../query/types.js';
import {EventEmitter} from 'node:events';
import {App} from './app.js';
import {PASTE_OFF, PASTE_ON, pasteFilteredStdin} from './paste.js';
import {initialState} from './state.js';
import {detectBidiMode, type BidiFlag} from './text.js';
import {comparisonCache, compareDeps} from './compare-deps.js';
import {exportMarked} from './export.js';
import {warmUpText} from '../text/warm-up.js';
import {sanitize} from '../text/sanitize.js';
import {oneLine} from '../errors.js';

export type ExplorerOptions = {query: Query; dataPath: string; bidi: BidiFlag; shape: boolean; color: boolean; lang?: Lang};

const enterAlt = '\u001B[?1049h\u001B[H\u001B[2J';
const leaveAlt = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';

// Every signal whose default action ends the process and that a process may
// catch (SIGKILL and SIGSTOP cannot be; SIGSEGV, SIGBUS, SIGFPE and SIGILL
// leave no safe state to run code in; SIGUSR1 starts Node's inspector; SIGPROF
// is V8's sampling clock under --cpu-prof, and a listener would end the
// profiled run at its first tick). Each
// restores the terminal and exits with 128 + its number, as the shell would
// report it.
const ENDING_SIGNALS = [
	'SIGHUP',
	'SIGINT',
	'SIGQUIT',
	'SIGTRAP',
	'SIGABRT',
	'SIGUSR2',
	'SIGALRM',
	'SIGTERM',
	'SIGSTKFLT',
	'SIGXCPU',
	'SIGXFSZ',
	'SIGVTALRM',
	'SIGPOLL',
	'SIGPWR',
	'SIGSYS',
] as const;

/** The signals above that this platform has. */
function endingSignals(): NodeJS.Signals[] {
	return ENDING_SIGNALS.filter(name => name in osConstants.signals);
}

function crashReport(error: unknown): string | null {
	const text = error instanceof Error ? `${error.stack ?? error.message}\n` : `${String(error)}\n`;
	return writeCrashReport(`crisis-explorer ${new Date().toISOString()}\nnode ${process.version}\n\n${text}`);
}

/** A short message on the restored screen, and where the full report went. */
function reportCrash(error: unknown): void {
	const path = crashReport(error);
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`crisis-explorer crashed: ${sanitize(oneLine(message))}\n${path ? `Full report: ${sanitize(path)}\n` : ''}`);
}

// Test-only: CRISIS_EXPLORER_TEST_CRASH=render throws inside a component, so
// the crash path (terminal restored, short message, report file) can be tested.
function CrashForTest(): null {
	throw new Error('test crash in a render (CRISIS_EXPLORER_TEST_CRASH=render)');
}

export async function runExplorer(options: ExplorerOptions): Promise<number> {
	const {stdout, stdin} = process;
	const color = options.color && !process.env.NO_COLOR;
	if (!color) chalk.level = 0;
	const bidi = detectBidiMode(process.env, options.bidi, {shape: options.shape});
	const display = {color, shaping: {reorder: bidi.reorder, shape: bidi.shape}, bidi};
	// A JSON dataset's search index is built after the first frame, in slices
	// between keys and frames, so no keystroke waits for it: a search typed
	// before it is ready says so and fills in when it is (searchReady). A
	// directory reads its stored index and needs no build. The search view shows
	// a screenful per kind: rank that many, not every match.
	type UiSession = ReturnType<Query['searchSession']>;
	let session: UiSession | undefined;
	let building: Promise<void> | undefined;
	const searchReady = new EventEmitter();
	const startIndex = () =>
		(building ??= options.query.prepareSearch().then(() => {
			session = options.query.searchSession({perKind: 100});
			searchReady.emit('ready');
		}));
	const searchSession = (): UiSession | undefined => {
		if (session) return session;
		if (options.query.searchReady()) return (session = options.query.searchSession({perKind: 100}));
		void startIndex();
		return undefined;
	};
	const comparison = comparisonCache(options.query);
	const state = initialState(options.query, {
		columns: stdout.columns ?? 80,
		rows: stdout.rows ?? 24,
		lang: options.lang,
		deps: {
			search: text => searchSession()?.update(text) ?? [],
			searchPending: () => !session,
			searchTotals: () => session?.lastTotals?.(),
			...compareDeps(comparison),
		},
	});

	// The terminal as the shell wants it: cooked mode, normal screen, cursor, no bracketed paste.
	// Both on exit (restore) and on Ctrl-Z (suspend); a closed terminal (SIGHUP) throws, and
	// nothing more can be done for it.
	const releaseTerminal = () => {
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
		} catch {
			// stdin already closed.
		}
		try {
			stdout.write(PASTE_OFF + leaveAlt + showCursor);
		} catch {
			// stdout already closed.
		}
	};
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		releaseTerminal();
	};

	stdout.write(enterAlt + PASTE_ON);
	// Start building the index once Ink has written its first frame: React renders
	// the first tree in slices, and a timer that fires between two slices would
	// hold the frame back for the whole build (1.5 s at 100k articles).
	const write = stdout.write;
	// (Ink writes small control sequences first; a frame is the first large write.)
	stdout.write = function (this: NodeJS.WriteStream, ...args: Parameters<typeof write>) {
		if (String(args[0]).length > 200) {
			stdout.write = write;
			// A directory dataset's index takes seconds at 100k articles: keys typed
			// meanwhile would reach browse mode as one unusable chunk, so it is built on
			// the first search instead (in the search box a chunk of keys is text).
			setTimeout(warmUpText, 0).unref();
			if (!options.query.searchReady()) setTimeout(startIndex, 50).unref();
			// For profiling start-up (node --cpu-prof): stop once the first frame is out.
			if (process.env.CRISIS_EXPLORER_EXIT_AFTER_FIRST_FRAME === '1') setImmediate(() => process.exit(0));
		}
		return write.apply(this, args);
	} as typeof write;
	const input = pasteFilteredStdin(stdin);
	// Raw mode before the first frame: keys typed during start-up would otherwise
	// sit in the terminal's line buffer and arrive later as one unusable chunk.
	try {
		if (stdin.isTTY) stdin.setRawMode(true);
	} catch {
		// Ink reports a missing raw mode itself.
	}
	// Ctrl-Z and fg. Stopping releases the terminal; continuing takes it back
	// and draws the frame in full. Raw mode is turned off and on again: the
	// shell may have reset the terminal meanwhile, and Node skips a setRawMode
	// that does not change its own idea of the mode.
	const jobControl = new EventEmitter();
	let suspended = false;
	function suspend(): void {
		if (restored || suspended) return;
		suspended = true;
		releaseTerminal();
		process.kill(process.pid, 'SIGSTOP');
	}
	function resume(): void {
		if (restored) return;
		suspended = false;
		try {
			if (stdin.isTTY) {
				stdin.setRawMode(false);
				stdin.setRawMode(true);
			}
			stdout.write(enterAlt + PASTE_ON + hideCursor);
		} catch {
			return;
		}
		jobControl.emit('redraw');
	}

	const crashTest = process.env.CRISIS_EXPLORER_TEST_CRASH === 'render';
	const instance = render(
		crashTest ? (
			<CrashForTest />
		) : (
			<App
				initial={state}
				display={display}
				io={{
					exportMarked,
					writeRaw: data => stdout.write(data),
					comparison,
					dataPath: options.dataPath,
					pastes: input.pastes,
					searchReady,
					suspend,
					redraw: jobControl,
				}}
			/>
		),
		// Ink draws at most 30 frames a second by default: a key typed within 33 ms of
		// the last (a key held down) waited for the next slot, not for its frame. A
		// frame costs 10–15 ms of CPU; 120 a second leaves the wait at most 8 ms.
		{exitOnCtrlC: false, patchConsole: false, stdin: input.stream, maxFps: 120},
	);

	const onSignal = (signal: NodeJS.Signals) => {
		try {
			instance.unmount();
		} catch {
			// Restoring the terminal matters more than a clean unmount.
		}
		restore();
		process.exit(128 + (osConstants.signals[signal] ?? 15));
	};
	const onCrash = (error: unknown) => {
		try {
			instance.unmount();
		} catch {
			// The render tree may be what failed.
		}
		restore();
		reportCrash(error);
		process.exit(1);
	};
	// Every way out restores the terminal; the listeners go when the explorer ends.
	const listeners: Array<[string, (...args: any[]) => void]> = [
		...endingSignals().map(signal => [signal, onSignal] as [string, (...args: any[]) => void]),
		// Job control: SIGTSTP (kill -TSTP, or Ctrl-Z when raw mode is off) suspends
		// like Ctrl-Z; SIGCONT (fg, bg, kill -CONT) takes the terminal back.
		['SIGTSTP', suspend],
		['SIGCONT', resume],
		['uncaughtException', onCrash],
		['unhandledRejection', onCrash],
		['exit', restore],
	];
	for (const [event, fn] of listeners) process.on(event, fn);

	try {
		await instance.waitUntilExit();
		restore();
		return 0;
	} catch (error) {
		// An exception thrown while rendering ends Ink's instance with that error.
		restore();
		reportCrash(error);
		return 1;
	} finally {
		for (const [event, fn] of listeners) process.off(event, fn);
		input.detach();
	}
}
