// Shared by the hostile-input tests: the hostile fixture ingested into a temp
// dataset, and running the CLI as an unprivileged user (tests run as root, and
// root ignores file and directory permissions).
import {spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cliPath, root, run, type Run} from '../cli/helpers.js';

export const hostileDir = join(root, 'tests', 'fixtures', 'hostile');
export const hostileFile = '100_escapes.txt';

/** Ingests the hostile fixture with `ingest … --out` into a fresh temp dir; returns the dataset path. */
export function ingestHostile(): {dir: string; data: string; ingest: Run} {
	const dir = mkdtempSync(join(tmpdir(), 'ce-hostile-'));
	const input = join(dir, 'in');
	mkdirSync(input);
	copyFileSync(join(hostileDir, hostileFile), join(input, hostileFile));
	const data = join(dir, 'hostile.json');
	const ingest = run(['ingest', input, '--out', data]);
	if (ingest.code !== 0) throw new Error(`ingest of the hostile fixture failed (${ingest.code}): ${ingest.stderr}`);
	return {dir, data, ingest};
}

const which = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** The command prefix that drops to user nobody, or null (the caller skips with this reason). */
export const dropPrivileges: string[] | null =
	process.getuid?.() !== 0
		? []
		: which('runuser')
			? ['runuser', '-u', 'nobody', '--']
			: which('setpriv')
				? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--']
				: null;
export const noDropReason = 'running as root and neither runuser nor setpriv exists: cannot test permission errors (root ignores them)';

/** Runs the CLI as an unprivileged user. */
export function runUnprivileged(args: string[], cwd = root): Run {
	if (!dropPrivileges) throw new Error(noDropReason);
	const [cmd, ...pre] = dropPrivileges.length ? dropPrivileges : [process.execPath];
	const argv = dropPrivileges.length ? [...pre, process.execPath, cliPath, ...args] : [cliPath, ...args];
	const result = spawnSync(cmd!, argv, {cwd, encoding: 'utf8', timeout: 30_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A temp dir the unprivileged user can write into (root's mkdtemp gives 0700). */
export function openDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	chmodSync(dir, 0o777);
	return dir;
}

export {existsSync};
