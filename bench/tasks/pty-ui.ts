// `npx tsx bench/tasks/pty-ui.ts DATASET [--frames N] [--moves N] [--cli PATH]`: the two
// explorer measures of issue 7 taken in a pseudo-terminal on the bundled CLI
// (dist/cli.js, build it first): first frame against `node -e 0` (alternated,
// medians) and cursor moves, key → frame showing the new position.
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {keyToFrame, timeToMarker} from '../lib/pty.js';
import {median, percentile, round} from '../lib/stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const cliAt = argv.indexOf('--cli');
// --cli PATH: another build (e.g. of an earlier commit), for before → after.
const cli = cliAt >= 0 ? argv.splice(cliAt, 2)[1]! : join(root, 'dist', 'cli.js');
const option = (name: string, fallback: number) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const data = argv[0] ?? join(root, 'data', 'dataset.json');
const frames = option('frames', 7);
const moves = option('moves', 50);

const result: Record<string, unknown> = {data};
if (frames > 0) {
	const base: number[] = [];
	const ours: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < frames; i++) {
		base.push((await timeToMarker(process.execPath, ['-e', '0'], null)).ms);
		const t = await timeToMarker(process.execPath, [cli, '--data', data], 'Days', {cwd: root});
		ours.push(t.ms);
		cpu.push(t.cpuMs);
	}
	result.firstFrame = {ms: round(median(ours), 0), baselineMs: round(median(base), 0), ratio: round(median(ours) / median(base)), cpuMs: round(median(cpu), 0)};
}
if (moves > 0) {
	const r = await keyToFrame(cli, data, moves, {cwd: root});
	result.cursor = {items: r.items, moves, p50: round(median(r.times), 1), p95: round(percentile(r.times, 95), 1), max: round(Math.max(...r.times), 1), cpuMsPerMove: round(r.cpuMsPerMove, 1)};
}
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
