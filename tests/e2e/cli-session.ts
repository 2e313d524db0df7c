// The life of the CLI under a PTY for one test file: the bundle is built once
// (unless E2E_SCRIPT names one to test), and each test's session is killed
// after it, whatever the test did. Kept apart from pty-harness.ts, which
// scripts outside vitest (capture-browse.ts) import too.
import {afterEach, beforeAll} from 'vitest';
import {buildCli} from '../cli/helpers.js';
import {type PtyOptions, type PtySession, startCli} from './pty-harness.js';

/** Registers the hooks; returns startCli with the script to test filled in. */
export function cliSessions(): (args: string[], options?: PtyOptions) => PtySession {
	const script = process.env.E2E_SCRIPT;
	let session: PtySession | undefined;
	beforeAll(() => {
		if (!script) buildCli();
	}, 120_000);
	afterEach(() => {
		session?.kill();
		session = undefined;
	});
	return (args, options = {}) => {
		session = startCli(args, {script, ...options});
		return session;
	};
}
