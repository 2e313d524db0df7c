// `npm run bench:compare -- --base REV [--head REV] [--articles N] [--reps R] [--jobs J]`:
// ingest throughput of this tree against another commit, measured in the same
// run on the same corpus, interleaved (base, head, base, head…) so a change of
// the machine's load falls on both. Each side is the built CLI a user runs
// (dist/cli.js), so bundle and worker start-up count too. The base (and a
// --head other than the working tree) is checked out into a temporary worktree
// and built with its own build script.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {addWorktree, comparisonCorpus, optionOf, removeWorktree} from './lib/comparison.js';
import {median} from './lib/stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = optionOf(process.argv.slice(2));
const base = option('base', 'HEAD~1');
const headRev = option('head', '');
const articles = Number(option('articles', '1000'));
const reps = Number(option('reps', '3'));
const jobs = option('jobs', '1');
const log = (s: string) => process.stderr.write(`${s}\n`);

const work = mkdtempSync(join(tmpdir(), 'ce-compare-'));
try {
	const corpus = comparisonCorpus(work, articles);

	const baseDir = join(work, 'base');
	addWorktree(root, baseDir, base);
	execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: baseDir, stdio: 'pipe'});
	let headDir = root;
	if (headRev) {
		headDir = join(work, 'head');
		addWorktree(root, headDir, headRev);
		execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: headDir, stdio: 'pipe'});
	} else execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {cwd: root, stdio: 'pipe'});

	const sides = {base: join(baseDir, 'dist', 'cli.js'), head: join(headDir, 'dist', 'cli.js')};
	// CPU seconds (user + system, all threads) beside the wall clock: on a busy
	// machine the wall clock mostly measures the other load, CPU time the work.
	const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
	const times: Record<keyof typeof sides, number[]> = {base: [], head: []};
	const cpu: Record<keyof typeof sides, number[]> = {base: [], head: []};
	for (let r = 0; r < reps; r++) {
		for (const side of ['base', 'head'] as const) {
			const out = join(work, `${side}.json`);
			const t = performance.now();
			const args = [sides[side], 'ingest', corpus, '--manifest', join(corpus, 'manifest.json'), '--out', out, '--force', '--jobs', jobs];
			const usage = join(work, 'usage.txt');
			const run = timer
				? spawnSync(timer, ['-f', '%U %S', '-o', usage, process.execPath, ...args], {encoding: 'utf8'})
				: spawnSync(process.execPath, args, {encoding: 'utf8'});
			const ms = performance.now() - t;
			if (timer) {
				const [user = 0, system = 0] = readFileSync(usage, 'utf8').trim().split(/\s+/).map(Number);
				cpu[side].push((user + system) * 1000);
			}
			if (run.status !== 0 || !existsSync(out)) throw new Error(`${side} ingest failed (${run.status}): ${run.stderr.trim().split('\n').at(-1)}`);
			times[side].push(ms);
			log(`${side} rep ${r + 1}: ${(ms / 1000).toFixed(2)} s${timer ? `, CPU ${(cpu[side].at(-1)! / 1000).toFixed(2)} s` : ''}`);
		}
	}
	const rate = (ms: number) => Math.round(articles / (ms / 1000));
	const b = median(times.base);
	const h = median(times.head);
	const bc = timer ? median(cpu.base) : Number.NaN;
	const hc = timer ? median(cpu.head) : Number.NaN;
	process.stdout.write(
		`${[
			`ingest of ${articles} generated articles, --jobs ${jobs}, median of ${reps} interleaved runs; load average at the end ${loadavg()
				.map(x => x.toFixed(2))
				.join(' ')}`,
			`| side | commit | median wall time | articles/s (wall) | median CPU time | articles per CPU second |`,
			`|---|---|---|---|---|---|`,
			`| base | ${base} | ${(b / 1000).toFixed(2)} s | ${rate(b)} | ${(bc / 1000).toFixed(2)} s | ${rate(bc)} |`,
			`| head | ${headRev || 'working tree'} | ${(h / 1000).toFixed(2)} s | ${rate(h)} | ${(hc / 1000).toFixed(2)} s | ${rate(hc)} |`,
			`head / base throughput: ${(b / h).toFixed(2)}× by wall time, ${(bc / hc).toFixed(2)}× by CPU time`,
		].join('\n')}\n`,
	);
} finally {
	for (const side of ['base', 'head']) removeWorktree(root, join(work, side));
	rmSync(work, {recursive: true, force: true});
}
