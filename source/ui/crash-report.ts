// Where the explorer's crash report goes, and how it is written. A shared
// temporary directory is a place where anyone can plant a symlink under a
// predictable name (`/tmp/crisis-explorer-crash-<ms>.txt` once pointed the
// report at a root-owned file, which it overwrote). So: a private directory,
// `$XDG_STATE_HOME/crisis-explorer` (or `~/.local/state/crisis-explorer`),
// used only if it is a real directory (not a link), ours, and closed to
// others; else a fresh 0700 directory from mkdtemp. The file is created
// exclusively (O_EXCL) without following a link (O_NOFOLLOW), mode 0600.
import {closeSync, constants, lstatSync, mkdirSync, mkdtempSync, openSync, writeSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {isAbsolute, join} from 'node:path';

/** The private directory for reports, or null when none can be had. */
export function crashDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
	const state = env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(env.HOME || safeHome(), '.local', 'state');
	const dir = join(state, 'crisis-explorer');
	try {
		mkdirSync(dir, {recursive: true, mode: 0o700});
		const stat = lstatSync(dir);
		const ours = process.getuid === undefined || stat.uid === process.getuid();
		if (stat.isDirectory() && !stat.isSymbolicLink() && ours && (stat.mode & 0o022) === 0) return dir;
	} catch {
		// No home, a read-only home: the temporary directory below.
	}
	try {
		return mkdtempSync(join(tmpdir(), 'crisis-explorer-'));
	} catch {
		return null;
	}
}

function safeHome(): string {
	try {
		return homedir();
	} catch {
		return '/nonexistent';
	}
}

/** Writes the report; returns its path, or null when it could not be written (the crash message is shown anyway). */
export function writeCrashReport(text: string, options: {env?: NodeJS.ProcessEnv; name?: string} = {}): string | null {
	const dir = crashDirectory(options.env);
	if (!dir) return null;
	const base = options.name ?? `crash-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.txt`;
	let path = join(dir, base);
	let fd: number;
	try {
		fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
		// Something already has the name (a planted link, an earlier report): another name, never that file.
		path = join(dir, `${base}.${Math.random().toString(36).slice(2, 10)}`);
		try {
			fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
		} catch {
			return null;
		}
	}
	try {
		writeSync(fd, text);
		return path;
	} catch {
		return null;
	} finally {
		closeSync(fd);
	}
}
