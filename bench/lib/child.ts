// Runs one measurement task in its own Node process (tsx), so each task's heap
// and peak RSS are its own, and reads back the one JSON line it prints.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const tsxCli = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const hasTaskset = existsSync('/usr/bin/taskset') || existsSync('/bin/taskset');

export function runTask<T>(task: string, args: string[], options: {oneCore?: boolean; timeoutMs?: number} = {}): T {
	const script = fileURLToPath(new URL(`../tasks/${task}`, import.meta.url));
	const node = [process.execPath, '--max-old-space-size=4096', tsxCli, script, ...args];
	const [cmd, ...rest] = options.oneCore && hasTaskset ? ['taskset', '-c', '0', ...node] : node;
	const env = {...process.env};
	delete env.CI;
	// Measure what users run: the CLI bundle is built with React's production
	// build, and tasks importing sources under tsx must use it too.
	env.NODE_ENV = 'production';
	const r = spawnSync(cmd!, rest, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 3_600_000, env});
	const line = r.stdout?.trim().split('\n').at(-1) ?? '';
	if (r.status !== 0 || !line.startsWith('{')) {
		throw new Error(`${task} ${args.join(' ')} failed (exit ${r.status ?? r.signal}): ${(r.stderr ?? '').trim().split('\n').slice(-8).join('\n')}`);
	}
	return JSON.parse(line) as T;
}

export const pinned = hasTaskset;
