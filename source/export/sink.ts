// Where output goes: stdout (respecting backpressure) or a file written
// atomically. A file is written under a temporary name in the target's
// directory and moved into place only when complete, so a failure (full disk,
// Ctrl-C) never leaves a half-written file under the target name.
import {closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname, resolve} from 'node:path';
import {once} from 'node:events';
import {CliError} from '../errors.js';

export interface Sink {
	/** Text (UTF-8) or bytes (a binary format: Parquet). */
	write(chunk: string | Uint8Array): Promise<void>;
	/** Completes the output (for files: moves the finished file into place). */
	end(): Promise<void>;
	/** Gives up: for files, removes the temporary file. */
	abort(): void;
	/** True when the output is a terminal (drives table vs json, pretty printing, bidi). */
	readonly isTTY: boolean;
	/** Terminal width, or null. */
	readonly columns: number | null;
}

export function streamSink(stream: NodeJS.WriteStream): Sink {
	return {
		isTTY: Boolean(stream.isTTY),
		columns: stream.isTTY && stream.columns ? stream.columns : null,
		async write(chunk) {
			if (stream.write(chunk)) return;
			// Wait for the reader; a closed pipe ends the wait too (EPIPE is handled by the caller).
			// The waiter that loses the race is cancelled: left behind, each wait kept a
			// 'close' (or 'drain') and an 'error' listener on stdout, and a long export
			// through a slow reader piled them up past MaxListenersExceededWarning.
			const done = new AbortController();
			try {
				await Promise.race([once(stream, 'drain', {signal: done.signal}), once(stream, 'close', {signal: done.signal})]);
			} finally {
				done.abort();
			}
		},
		async end() {},
		abort() {},
	};
}

// Temporary files still open, removed if the process is interrupted.
const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
	if (cleanupInstalled) return;
	cleanupInstalled = true;
	const removeAll = () => {
		for (const path of pending) {
			try {
				unlinkSync(path);
			} catch {
				// Already gone.
			}
		}
		pending.clear();
	};
	process.on('exit', removeAll);
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			removeAll();
			process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
		});
	}
}

function describeFsError(error: unknown, target: string, dir: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
			return existsSync(dir) ? `${target}: cannot create files in '${dir}'` : `${target}: directory '${dir}' does not exist`;
		case 'ENOTDIR':
			return `${target}: '${dir}' is not a directory`;
		case 'EACCES':
		case 'EPERM':
			return `${target}: cannot write in '${dir}' (permission denied)`;
		case 'EROFS':
			return `${target}: cannot write in '${dir}' (read-only file system)`;
		case 'ENOSPC':
			return `${target}: no space left on device; nothing written`;
		case 'EDQUOT':
			return `${target}: disk quota exceeded; nothing written`;
		default:
			return `${target}: cannot write: ${(error as Error).message}`;
	}
}

export type FileSinkOptions = {
	force: boolean;
	/** For tests: replaces fs.writeSync (e.g. to simulate a full disk). */
	writeSync?: (fd: number, data: string | Uint8Array) => number;
};

const FLUSH_AT = 1 << 16;

/** writeSync may write part of a buffer: loop until every byte is out. */
function writeBytes(fd: number, data: Uint8Array): number {
	let done = 0;
	while (done < data.length) done += writeSync(fd, data, done, data.length - done);
	return done;
}

export function fileSink(targetPath: string, options: FileSinkOptions): Sink {
	const target = resolve(targetPath);
	const dir = dirname(target);
	const shown = targetPath;
	if (existsSync(target)) {
		if (statSync(target).isDirectory()) throw new CliError(`${shown}: is a directory`);
		if (!options.force) throw new CliError(`${shown}: already exists; use --force to overwrite it`);
	}
	const temp = resolve(dir, `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
	let fd: number;
	try {
		fd = openSync(temp, 'wx', 0o644);
	} catch (error) {
		throw new CliError(describeFsError(error, shown, dirname(targetPath) || '.'));
	}
	installCleanup();
	pending.add(temp);
	const write =
		options.writeSync ?? ((handle: number, data: string | Uint8Array) => (typeof data === 'string' ? writeSync(handle, data) : writeBytes(handle, data)));
	let buffer = '';
	let closed = false;

	const discard = () => {
		if (!closed) {
			closed = true;
			try {
				closeSync(fd);
			} catch {
				// Closing can fail after a write error; the file is removed anyway.
			}
		}
		try {
			unlinkSync(temp);
		} catch {
			// Already gone.
		}
		pending.delete(temp);
	};

	const flush = () => {
		if (!buffer) return;
		const data = buffer;
		buffer = '';
		try {
			write(fd, data);
		} catch (error) {
			discard();
			throw new CliError(describeFsError(error, shown, dirname(targetPath) || '.'));
		}
	};

	return {
		isTTY: false,
		columns: null,
		async write(chunk) {
			if (typeof chunk !== 'string') {
				// Bytes go straight to the file, after any text before them.
				flush();
				try {
					write(fd, chunk);
				} catch (error) {
					discard();
					throw new CliError(describeFsError(error, shown, dirname(targetPath) || '.'));
				}
				return;
			}
			buffer += chunk;
			if (buffer.length >= FLUSH_AT) flush();
		},
		async end() {
			flush();
			try {
				fsyncSync(fd);
				closeSync(fd);
				closed = true;
				if (options.force) renameSync(temp, target);
				else {
					// link() refuses an existing target atomically: a file created
					// meanwhile by someone else is not overwritten either.
					try {
						linkSync(temp, target);
					} catch (error) {
						if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${shown}: already exists; use --force to overwrite it`);
						if (existsSync(target)) throw error;
						renameSync(temp, target); // File systems without hard links.
					}
					if (existsSync(temp)) unlinkSync(temp);
				}
				pending.delete(temp);
			} catch (error) {
				discard();
				if (error instanceof CliError) throw error;
				throw new CliError(describeFsError(error, shown, dirname(targetPath) || '.'));
			}
		},
		abort: discard,
	};
}
