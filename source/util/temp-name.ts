// Names of the temporary files and folders an atomic write makes beside its
// target: `.NAME.crisis-explorer-PID.tmp`. A process killed where it cannot
// clean up (SIGKILL, an out-of-memory abort) leaves one behind; the name says
// whose it was, so the next write to the same target removes those whose
// process is gone, and never one another running process is still writing.
import {readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';

const TAG = 'crisis-explorer';

/** The temporary name for `base` written by this process (`what`: tmp for the new file, old for a folder being swapped out). */
export function tempName(base: string, what: 'tmp' | 'old' = 'tmp', pid = process.pid): string {
	return `.${base}.${TAG}-${pid}.${what}`;
}

/** The PID in one of our temporary names for `base`, or null when the name is not one. */
export function tempOwner(name: string, base: string): number | null {
	const prefix = `.${base}.${TAG}-`;
	if (!name.startsWith(prefix)) return null;
	const m = /^(\d+)\.(?:tmp|old)$/.exec(name.slice(prefix.length));
	return m ? Number(m[1]) : null;
}

/** True when a process with this PID exists (EPERM: it exists, owned by someone else). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes the temporary files and folders for `base` in `dir` left by
 * processes that no longer run. rmSync does not follow links: a link planted
 * under such a name is removed, never its target. Failures are ignored: a
 * stale file that cannot be removed only costs space. Names with this
 * process's own PID are a previous process's (PIDs are reused) unless
 * `active` holds their path.
 */
export function removeStale(dir: string, base: string, active: ReadonlySet<string> = pending): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		const pid = tempOwner(name, base);
		if (pid === null) continue;
		if (pid === process.pid ? active.has(join(dir, name)) : isAlive(pid)) continue;
		try {
			rmSync(join(dir, name), {recursive: true, force: true});
		} catch {
			// Not ours to remove after all (permissions): left alone.
		}
	}
}

// Temporary files and folders being written, removed if the process is interrupted.
const pending = new Set<string>();
let cleanupInstalled = false;

/** Exit codes of the signals that stop a write: 128 + the signal's number. */
const SIGNAL_EXIT = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131} as const;

function removePending(): void {
	for (const path of pending) {
		try {
			// A file, or a dataset folder being written (rmSync removes links themselves, never their targets).
			rmSync(path, {recursive: true, force: true});
		} catch {
			// Already gone.
		}
	}
	pending.clear();
}

/**
 * Interrupting signals exit with 128 + their number after removing what is
 * pending. Installed before the first temporary is made (an ingest calls it
 * first): a SIGTERM that met the process between creating its temporary folder
 * and trackTemp, or while the handler was not yet in place, killed it outright
 * and left the folder behind (1 run in 8 of tests/hostile/directory.test.ts's
 * interruption, by hand).
 */
export function handleInterrupts(): void {
	installCleanup();
}

function installCleanup(): void {
	if (cleanupInstalled) return;
	cleanupInstalled = true;
	process.on('exit', removePending);
	for (const signal of Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>) {
		process.once(signal, () => {
			removePending();
			process.exit(SIGNAL_EXIT[signal]);
		});
	}
}

/** A temporary file or folder to remove if the process exits or is interrupted before it is moved into place. */
export function trackTemp(path: string): void {
	installCleanup();
	pending.add(path);
}

/** The temporary is gone or in place: no longer to remove. */
export function forgetTemp(path: string): void {
	pending.delete(path);
}
