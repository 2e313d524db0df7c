// `npx tsx bench/directory.ts --dir DIR --targets FILE [--reps N]`: the
// measurements of issue 7 on a dataset directory (the layout for large
// corpora), e.g. the 100k corpus ingested once with
//   node dist/cli.js ingest bench/corpus/100000 --manifest … --out bench/corpus/100000.d
// First frame of the bundled CLI in a PTY (baseline `node -e 0`), peak RSS,
// search per keystroke and quality, and cursor moves in the explorer's items
// pane on the facet value with the most sentences, timed from the key to the
// frame that shows the new position. Writes bench/results-directory.json.
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {spawn} from 'node-pty';
import {runTask} from './lib/child.js';
import {timeToMarker} from './lib/pty.js';
import {median, peakRssMb, percentile, round} from './lib/stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
};
const dir = resolve(option('dir') ?? join(root, 'bench', 'corpus', '100000.d'));
const targets = resolve(option('targets') ?? join(root, 'bench', 'corpus', '100000', 'targets.json'));
const reps = Number(option('reps') ?? 3);
const cli = join(root, 'dist', 'cli.js');
const log = (s: string) => process.stderr.write(`${s}\n`);
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function firstFrame() {
	const base: number[] = [];
	const ours: number[] = [];
	let rss = 0;
	for (let r = 0; r < reps; r++) {
		base.push((await timeToMarker(process.execPath, ['-e', '0'], null)).ms);
		const t = await timeToMarker(process.execPath, [cli, '--data', dir], 'Days', {cwd: root, timeoutMs: 120_000});
		ours.push(t.ms);
		rss = Math.max(rss, t.peakRssMb);
	}
	return {ms: median(ours), baselineMs: median(base), peakRssMbAtFirstFrame: rss};
}

/** Sources (the outlet with most sentences), Enter, then `moves` × j: key → frame showing `i/total`. */
async function cursor(moves: number) {
	const env: Record<string, string> = {};
	for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST')) env[k] = v;
	env.TERM = 'xterm-256color';
	const child = spawn(process.execPath, [cli, '--data', dir], {name: 'xterm-256color', cols: 120, rows: 40, cwd: root, env});
	let out = '';
	child.onData(d => {
		out += d;
	});
	const waitFor = async (re: RegExp, timeout = 60_000) => {
		const start = performance.now();
		for (;;) {
			const m = re.exec(out.replace(ANSI, ''));
			if (m) return m;
			if (performance.now() - start > timeout) throw new Error(`no ${re} within ${timeout} ms: ${out.replace(ANSI, '').slice(-300)}`);
			await sleep(2);
		}
	};
	try {
		await waitFor(/Days/);
		await sleep(3000); // past the search index build after the first frame
		child.write('3');
		const total = Number((await waitFor(/Sources › (\d+)/))[1]);
		out = '';
		child.write('\r');
		await waitFor(new RegExp(` 1/${total}\\b`));
		const times: number[] = [];
		for (let i = 2; i <= moves + 1; i++) {
			out = '';
			const a = performance.now();
			child.write('j');
			await waitFor(new RegExp(` ${i}/${total}\\b`), 10_000);
			times.push(performance.now() - a);
		}
		return {items: total, moves, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), peakRssMb: peakRssMb(child.pid)};
	} finally {
		child.kill();
	}
}

log(`first frame (${reps} runs)…`);
const frame = await firstFrame();
log(`search (${reps} typing runs)…`);
// A .json dataset (for comparison) gets the PTY measures only.
const search: Record<string, unknown> = dir.endsWith('.json') ? {quality: []} : runTask<Record<string, unknown>>('directory-search.ts', [dir, targets, String(reps)]);
log('cursor…');
const move = await cursor(50);
const results = {dir, date: new Date().toISOString(), frame, search, cursor: move};
if (!dir.endsWith('.json')) writeFileSync(join(root, 'bench', 'results-directory.json'), `${JSON.stringify(results, null, 1)}\n`);
const r = (x: unknown) => round(Number(x), 1);
console.log(`first frame ${r(frame.ms)} ms (node -e 0: ${r(frame.baselineMs)} ms, ${r(frame.ms / frame.baselineMs)}×), peak RSS ${r(frame.peakRssMbAtFirstFrame)} MB`);
console.log(`search: open ${r(search.openMs)} ms, index ${r(search.indexMs)} ms, per keystroke p50 ${r(search.p50)} / p95 ${r(search.p95)} ms (max ${r(search.max)}), peak RSS ${r(search.peakRssMb)} MB`);
console.log(`quality: ${(search.quality as Array<{name: string; found: boolean}>).map(q => `${q.name} ${q.found ? 'top 3' : 'MISSED'}`).join(', ')}`);
console.log(`cursor: ${move.moves} moves in ${move.items} items, key → frame p50 ${r(move.p50)} / p95 ${r(move.p95)} ms (max ${r(move.max)}), explorer peak RSS ${r(move.peakRssMb)} MB`);
