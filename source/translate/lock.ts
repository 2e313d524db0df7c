// One translate run a dataset at a time: two runs would each write back their
// own copy and lose the other's translations. The lock file holds the pid; a
// lock left by a run that was killed outright (its pid is gone) is taken over,
// so a hard kill never blocks the run that resumes it.
import {readFileSync, unlinkSync, writeFileSync} from 'node:fs';
import {CliError} from '../errors.js';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Takes the lock at `path`; returns its release. */
export function takeLock(path: string, dataset: string): () => void {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(path, `${process.pid}\n`, {flag: 'wx'});
			return () => {
				try {
					unlinkSync(path);
				} catch {
					// Already gone.
				}
			};
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'EEXIST') throw new CliError(`${path}: cannot take the translate lock: ${code ?? (error as Error).message}`);
		}
		const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
		if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
			throw new CliError(`${dataset}: another translate (pid ${pid}) is running on this dataset; wait for it, or remove ${path} if it is gone`);
		unlinkSync(path);
	}
	throw new CliError(`${path}: cannot take the translate lock`);
}
