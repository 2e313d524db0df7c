// `npm run bench:instructions -- [--base REV] [--articles N] [--passes P]`:
// the instructions a parse worker executes per article (bench/tasks/stages.ts,
// bundled as the CLI is), in this tree and in another commit, counted by
// valgrind (cachegrind, no cache simulation) with V8 on one thread (its
// compiler and collector too), so the count barely changes from run to run.
//
// Why: this machine's speed changes by up to ×2 from minute to minute (the
// same 100k ingest took 93 s and 173 s to parse), and even two runs of the
// same code side by side, each pinned to its own core, differ by 2-12%. Two
// counts of the same bundle differ by 0.1% (14,295.2M and 14,280.8M for 200
// articles, 3 passes), and the per-article figure, a difference of two runs,
// by less. A count is not a time (the kernel's work and the waits on memory
// are not in it), so a change is still timed in the end; the count says
// whether the code does less.
//
// Both sides run at once, one per core; valgrind makes each ~30× slower: the
// default (200 articles, 3 passes) takes 75-90 s. Fewer articles are not
// warm yet in the later passes (V8 still compiles, and on one thread that is
// counted): at 50, 27.8M instructions an article against 12.2M at 200, and
// the same code on both sides came out 0.6% apart.
import {spawn, spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {addWorktree, comparisonCorpus, optionOf, removeWorktree} from './lib/comparison.js';
import {instructionsOf, perWarmArticle} from './lib/instructions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = optionOf(process.argv.slice(2));
const base = option('base', 'HEAD');
const articles = Number(option('articles', '200'));
const passes = Number(option('passes', '3'));
const log = (s: string) => process.stderr.write(`${s}\n`);

if (spawnSync('valgrind', ['--version']).status !== 0) {
	log('bench:instructions needs valgrind (apt install valgrind); it is not on the PATH');
	process.exit(1);
}
if (!(articles >= 1 && passes >= 2)) {
	log('bench:instructions: --articles must be 1 or more and --passes 2 or more');
	process.exit(2);
}

const TASK = join('bench', 'tasks', 'stages.ts');
const work = mkdtempSync(join(tmpdir(), 'ce-instructions-'));
const baseDir = join(work, 'base');
try {
	const corpus = comparisonCorpus(work, articles);
	addWorktree(root, baseDir, base);
	// This tree's task on both sides, so both count the same work (a base without the task gets it).
	copyFileSync(join(root, TASK), join(baseDir, TASK));

	const sides = {base: baseDir, head: root};
	const bundles: Record<string, string> = {};
	for (const [side, tree] of Object.entries(sides)) {
		bundles[side] = join(work, `${side}.mjs`);
		await build({
			entryPoints: [join(tree, TASK)],
			outfile: bundles[side],
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			logLevel: 'error',
			define: {'process.env.NODE_ENV': '"production"'},
			// What a bundled package that calls require() needs in an ES module.
			banner: {js: "import {createRequire as __ceRequire} from 'node:module'; const require = __ceRequire(import.meta.url);"},
		});
	}

	/** The instructions of one run of the task (cwd: its tree, whose data/ it reads). */
	const count = (side: keyof typeof sides, p: number) =>
		new Promise<number>((resolve, reject) => {
			const args = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null'];
			const child = spawn('valgrind', [...args, process.execPath, '--single-threaded', bundles[side]!, corpus, String(articles), String(p)], {
				cwd: sides[side],
				stdio: ['ignore', 'ignore', 'pipe'],
			});
			let err = '';
			child.stderr.on('data', chunk => {
				err += chunk;
			});
			child.on('close', code => {
				const n = instructionsOf(err);
				if (code !== 0 || n === null)
					reject(new Error(`${side}, ${p} pass${p === 1 ? '' : 'es'}: exit ${code}: ${err.trim().split('\n').slice(-4).join(' / ')}`));
				else resolve(n);
			});
		});

	const started = Date.now();
	log(`counting: ${articles} generated articles, 1 and ${passes} passes, base ${base} beside the working tree…`);
	const [baseOne, headOne] = await Promise.all([count('base', 1), count('head', 1)]);
	const [baseMany, headMany] = await Promise.all([count('base', passes), count('head', passes)]);
	const b = perWarmArticle(baseOne, baseMany, articles, passes);
	const h = perWarmArticle(headOne, headMany, articles, passes);
	const m = (n: number) => `${(n / 1e6).toFixed(n < 1e9 ? 2 : 1)}M`;
	process.stdout.write(
		`${[
			`instructions of a parse worker per article (bench/tasks/stages.ts under valgrind, V8 on one thread), ${articles} generated articles; ${Math.round((Date.now() - started) / 1000)} s; load average at the end ${loadavg()
				.map(x => x.toFixed(2))
				.join(' ')}`,
			`| side | commit | whole run, 1 pass | whole run, ${passes} passes | per warm article |`,
			'|---|---|---|---|---|',
			`| base | ${base} | ${m(baseOne)} | ${m(baseMany)} | ${m(b)} |`,
			`| head | working tree | ${m(headOne)} | ${m(headMany)} | ${m(h)} |`,
			`head / base per warm article: ${(h / b).toFixed(4)}`,
		].join('\n')}\n`,
	);
} catch (error) {
	// One line, no stack: a base that does not exist, or whose source lacks what the task imports.
	const e = error as Error & {stderr?: Buffer | string};
	const detail = `${e.stderr ?? ''}`.trim().split('\n')[0] || e.message.split('\n')[0];
	log(`bench:instructions: ${detail}`);
	process.exitCode = 1;
} finally {
	removeWorktree(root, baseDir);
	rmSync(work, {recursive: true, force: true});
}
