// Writing a dataset directory atomically. The new dataset is written into a
// fresh sibling folder (`.NAME.crisis-explorer-PID.tmp`, made by this process,
// so nothing planted in it can be followed) and swapped in with renames only
// when complete: a failed or interrupted ingest leaves the old dataset as it
// was. Only an empty folder or a crisis-explorer dataset is ever replaced:
// `--out ~/Documents --force` must not delete someone's files.
import {lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, type Stats} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {CliError} from '../../errors.js';
import {sanitize} from '../../text/sanitize.js';
import {forgetTemp, removeStale, tempName, trackTemp} from '../../util/temp-name.js';
import {META_FILE} from './layout.js';

export type DirectoryTarget = {
	/** Where the new dataset is written (a fresh folder). */
	temp: string;
	/** Swaps the new dataset in; the old one, if any, is removed. */
	commit(): void;
	/** Removes the new, unfinished dataset; the old one stays. */
	abort(): void;
};

/** True when `dir` holds a crisis-explorer dataset: meta.json, a regular file, with our layout marker. */
function isOurDataset(dir: string): boolean {
	try {
		if (!lstatSync(join(dir, META_FILE)).isFile()) return false;
		const meta = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as {layout?: unknown};
		return meta?.layout === 'directory';
	} catch {
		return false;
	}
}

/** Refuses what may not be replaced; returns whether something (an empty folder or a dataset) is there. */
function checkTarget(out: string, shown: string): boolean {
	let st: Stats;
	try {
		st = lstatSync(out);
	} catch {
		return false;
	}
	if (st.isSymbolicLink()) throw new CliError(`${shown}: is a symbolic link; a dataset folder is not written through one (name the folder itself)`);
	if (!st.isDirectory())
		throw new CliError(`${shown}: exists and is not a folder; a dataset directory is not written over a file (name a .json file for the JSON layout)`);
	if (readdirSync(out).length > 0 && !isOurDataset(out))
		throw new CliError(`${shown}: is a folder that is not a crisis-explorer dataset (no meta.json of ours); it is not replaced`);
	return true;
}

/** Prepares `out` to receive a new dataset directory. */
export function replaceDirectory(outPath: string): DirectoryTarget {
	const out = resolve(outPath);
	const shown = sanitize(outPath);
	const parent = dirname(out);
	const name = basename(out);
	const existed = checkTarget(out, shown);
	removeStale(parent, name);
	const temp = join(parent, tempName(name));
	try {
		mkdirSync(parent, {recursive: true});
		// Not recursive: the folder must be new, and ours.
		mkdirSync(temp, {mode: 0o755});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			`${shown}: cannot create the dataset folder (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on device' : (code ?? (error as Error).message)})`,
		);
	}
	trackTemp(temp);
	const abort = () => {
		rmSync(temp, {recursive: true, force: true});
		forgetTemp(temp);
	};
	return {
		temp,
		abort,
		commit() {
			// Checked again: something may have appeared there during the ingest.
			const present = checkTarget(out, shown) || existed;
			const old = join(parent, tempName(name, 'old'));
			let moved = false;
			try {
				if (present) {
					renameSync(out, old);
					moved = true;
				}
				renameSync(temp, out);
				forgetTemp(temp);
			} catch (error) {
				if (moved) renameSync(old, out);
				abort();
				throw new CliError(
					`${shown}: cannot move the new dataset into place (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the old one is kept`,
				);
			}
			if (present) {
				// rmSync removes links, never what they point to.
				rmSync(old, {recursive: true, force: true});
			}
		},
	};
}
