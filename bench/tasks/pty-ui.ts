// `npx tsx bench/tasks/pty-ui.ts DATASET [--frames N] [--moves N] [--cli PATH]`: the two
// explorer measures of issue 7 in a pseudo-terminal, alone (for before → after
// on one change): first frame against `node -e 0` and cursor moves, key → frame.
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {cursorInPty, firstFrame} from '../lib/explorer.js';
import {round} from '../lib/stats.js';

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

const rounded = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 1) : v]));
const result: Record<string, unknown> = {data};
if (frames > 0) {
	const {samples: _samples, ...frame} = await firstFrame(cli, data, frames, {cwd: root, timeoutMs: 300_000});
	result.firstFrame = rounded(frame);
}
if (moves > 0) result.cursor = rounded(await cursorInPty(cli, data, moves, {cwd: root}));
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
