// Replacing a file so that a reader (or a kill) sees the old content or the
// new, never half of it: written beside the target, flushed to disk, renamed.
import {closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {CliError} from '../errors.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	let fd: number | undefined;
	try {
		fd = openSync(temp, 'w');
		writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(temp, path);
	} catch (error) {
		if (fd !== undefined) closeSync(fd);
		try {
			unlinkSync(temp);
		} catch {
			// Never made.
		}
		throw new CliError(`${path}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}
