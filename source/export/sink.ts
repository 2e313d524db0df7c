// Where output goes: stdout (respecting backpressure) or a file written
// atomically. A file is written under a temporary name in the target's
// directory (util/temp-name.ts) and moved into place only when complete, so a
// failure (full disk, Ctrl-C) never leaves a half-written file under the
// target name, and the old file stays as it was.
import {closeSync, existsSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync, type Stats} from 'node:fs';
import {basename, dirname, resolve} from 'node:path';
import {once} from 'node:events';
import {CliError} from '../errors.js';
import {sanitize} from '../text/sanitize.js';
import {forgetTemp, removeStale, tempName, trackTemp} from '../util/temp-name.js';
import {yieldToEventLoop} from '../util/yield.js';
import {writeAll, type WriteBytes} from '../util/write-all.js';

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

/** One line in plain words for a failed file operation; `existed`: the target was there before (and is kept). */
export function describeFsError(error: unknown, target: string, dir: string, existed = false): string {
	const code = (error as NodeJS.ErrnoException).code;
	const kept = existed ? 'nothing written; the old file is kept' : 'nothing written';
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
			return `${target}: no space left on device; ${kept}`;
		case 'EDQUOT':
			return `${target}: disk quota exceeded; ${kept}`;
		case 'EFBIG':
			return `${target}: file too large for the file system; ${kept}`;
		case 'EIO':
			return `${target}: input/output error on the disk; ${kept}`;
		default:
			return `${target}: cannot write: ${(error as Error).message}`;
	}
}

export type {WriteBytes};

export type FileSinkOptions = {
	force: boolean;
	/** For tests: replaces fs.writeSync (e.g. to simulate a full disk, or a short write). */
	writeSync?: WriteBytes;
};

/** Text is gathered up to this many characters before it is written. */
const FLUSH_AT = 1 << 16;
/** A longer chunk (a whole JSON dataset) is written in pieces of this many characters, yielding between them. */
const PIECE = 1 << 20;

/** A write loop that never yielded held SIGINT and SIGTERM until it ended, then replaced the target with exit 0. */
const yieldToSignals = yieldToEventLoop;

/** What may be replaced: nothing, or a regular file (never a device, a pipe, a link or a folder). */
function existingTarget(target: string, shown: string, force: boolean): Stats | null {
	let st: Stats;
	try {
		st = lstatSync(target);
	} catch {
		return null;
	}
	if (st.isDirectory()) throw new CliError(`${shown}: is a directory`);
	if (!st.isFile())
		throw new CliError(
			`${shown}: is ${st.isSymbolicLink() ? 'a symbolic link' : st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : 'a device'}, not a regular file; it is not replaced (use --out - for standard output)`,
		);
	if (!force) throw new CliError(`${shown}: already exists; use --force to overwrite it`);
	return st;
}

export function fileSink(targetPath: string, options: FileSinkOptions): Sink {
	const target = resolve(targetPath);
	const dir = dirname(target);
	const shown = sanitize(targetPath);
	const shownDir = sanitize(dirname(targetPath) || '.');
	const old = existingTarget(target, shown, options.force);
	const existed = old !== null;
	const fail = (error: unknown) => new CliError(describeFsError(error, shown, shownDir, existed));
	removeStale(dir, basename(target));
	const temp = resolve(dir, tempName(basename(target)));
	let fd: number;
	try {
		fd = openSync(temp, 'wx', 0o644);
		// The replacement keeps the old file's permissions: a private 0600 file stays private.
		if (old) fchmodSync(fd, old.mode & 0o7777);
	} catch (error) {
		throw fail(error);
	}
	trackTemp(temp);
	const write = options.writeSync ?? writeSync;
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
		forgetTemp(temp);
	};

	const put = (data: Uint8Array) => {
		try {
			writeAll(fd, data, 0, data.length, null, write);
		} catch (error) {
			discard();
			throw fail(error);
		}
	};

	const flush = async () => {
		if (!buffer) return;
		const data = buffer;
		buffer = '';
		let at = 0;
		while (at < data.length) {
			let end = Math.min(data.length, at + PIECE);
			// Not between the halves of a surrogate pair.
			const code = data.charCodeAt(end - 1);
			if (end < data.length && code >= 0xd800 && code <= 0xdbff) end--;
			put(Buffer.from(data.slice(at, end), 'utf8'));
			at = end;
			await yieldToSignals();
		}
	};

	return {
		isTTY: false,
		columns: null,
		async write(chunk) {
			if (typeof chunk !== 'string') {
				// Bytes go straight to the file, after any text before them.
				await flush();
				put(chunk);
				await yieldToSignals();
				return;
			}
			buffer += chunk;
			if (buffer.length >= FLUSH_AT) await flush();
		},
		async end() {
			await flush();
			// A signal that came while the last records were made stops the rename.
			await yieldToSignals();
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
				forgetTemp(temp);
			} catch (error) {
				discard();
				if (error instanceof CliError) throw error;
				throw fail(error);
			}
		},
		abort: discard,
	};
}
