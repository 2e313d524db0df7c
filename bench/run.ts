// `npm run bench [-- --full | --quick | --smoke] [--sizes 1000,10000] [--layouts json,dir] [--reps N] [--out FILE]`
// Every measurement of issue 7, each a median of several runs and, where a
// baseline exists, also a ratio to that baseline measured in the same run.
// Says how long it will take when it starts and how long it took when it ends.
// Prints a table and writes bench/.cache/results.json (untracked: a run must not
// rewrite the recorded bench/results.json; --out names another file, that one
// included). --smoke: one repetition, no thresholds (CI checks that the
// benchmark works, not its numbers). --quick: the smoke run at 1k articles,
// one-file layout only, for a look in about a minute.
import {execFileSync, spawnSync} from 'node:child_process';
import {BENCH_CODE_KEY} from './lib/code-key.js';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_SEED, GENERATOR_VERSION, writeCorpus} from './corpus.js';
import {pinned, runTask} from './lib/child.js';
import {buildBareInk} from './lib/build-reference.js';
import {type CursorInPty, cursorInPty, firstFrame as ptyFirstFrame, type MoveBlock, searchInPty} from './lib/explorer.js';
import {againstTicks, type IssueRow, issueTable, times} from './lib/issue-table.js';
import {median, percentile, round} from './lib/stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
};

const quick = flag('quick');
const smoke = flag('smoke') || quick;
const full = flag('full');
const sizes = (option('sizes')?.split(',').map(Number) ?? (smoke ? [1000] : full ? [1000, 10_000, 100_000] : [1000, 10_000])).filter(n => n > 0);
const reps = Number(option('reps') ?? (smoke ? 1 : 5));
const outFile = resolve(option('out') ?? join(root, 'bench', '.cache', 'results.json'));
const started = Date.now();
const cli = join(root, 'dist', 'cli.js');
const cache = join(root, 'bench', '.cache');
mkdirSync(cache, {recursive: true});
mkdirSync(dirname(outFile), {recursive: true});

const log = (s: string) => process.stderr.write(`${s}\n`);

function machine() {
	const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
	return {
		nproc: Number(spawnSync('nproc', {encoding: 'utf8'}).stdout?.trim() || cpus().length),
		cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown',
		memoryGb: round(totalmem() / 1024 ** 3, 1),
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
		ingestPinnedToOneCore: pinned,
	};
}

function build(): void {
	if (flag('no-build') && existsSync(cli)) return;
	try {
		execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: 'pipe'});
		// The ingest task reads the compiled lexicon this build wrote, as the CLI does (bench/tasks/ingest.ts).
		const stamp = join(root, 'dist', '.inputs');
		if (existsSync(stamp)) process.env[BENCH_CODE_KEY] = readFileSync(stamp, 'utf8');
	} catch (error) {
		if (!existsSync(cli)) throw new Error(`build failed and there is no dist/cli.js: ${(error as Error).message}`);
		log('warning: build failed; measuring the existing dist/cli.js');
	}
}

/** data/dataset.json when present, else a fresh ingest of data/raw into the cache. */
function bundledDataset(): string {
	const bundled = join(root, 'data', 'dataset.json');
	if (existsSync(bundled)) return bundled;
	const out = join(cache, 'bundled-dataset.json');
	execFileSync(
		process.execPath,
		[cli, 'ingest', join(root, 'data', 'raw'), '--manifest', join(root, 'data', 'raw', 'manifest.json'), '--out', out, '--force'],
		{cwd: root, stdio: 'pipe'},
	);
	return out;
}

function corpusFor(n: number): string {
	const dir = join(root, 'bench', 'corpus', String(n));
	const stamp = join(dir, 'corpus.json');
	if (existsSync(stamp)) {
		const s = JSON.parse(readFileSync(stamp, 'utf8')) as {articles: number; seed: number; version: number};
		if (s.articles === n && s.seed === DEFAULT_SEED && s.version === GENERATOR_VERSION) return dir;
	}
	log(`  generating ${n} articles…`);
	writeCorpus({articles: n, out: dir});
	return dir;
}

type IngestOut = {articles: number; sentences: number; events: number; bytes: number; ms: Record<string, number>; linkMs: number; peakRssMb: number};
type DirIngestOut = {articles: number; sentences: number; events: number; ms: number; linkMs: number; peakRssMb: number};
type FloorOut = {articles: number; ms: number; articlesPerSecond: number; terms: number; states: number; buildMs: number};
type SearchOut = {
	sentences: number;
	loadMs: number;
	indexMs: number;
	fuseBuildMs: number;
	queries: string[];
	ours: number[][];
	oursLimited: number[][];
	fuse: number[][] | null;
	ufuzzy: number[][];
	quality: Array<{name: string; query: string; sentenceRank: number | null; overallRank: number | null; top3: boolean; hits: number}>;
	peakRssMb: number;
};
type DirSearchOut = {
	openMs: number;
	indexMs: number;
	keystrokes: number;
	p50: number;
	p95: number;
	max: number;
	quality: Array<{name: string; query: string; found: boolean}>;
	peakRssMb: number;
};
type FuseDirOut = {
	sentences: number;
	readMs: number;
	fuseBuildMs: number;
	keystrokes: string[];
	fuseMs: number[];
	ufuzzyMs: number[];
	oursMs: number[];
	peakRssMb: number;
};
type ListOut = {
	explorer: {facet: string; length: number; frameP50: number; frameP95: number; reducerP50: number};
	selectList: {length: number; frameP50: number; frameP95: number};
};
type Layout = 'json' | 'dir';

const results: Record<string, unknown> = {
	date: new Date().toISOString(),
	machine: machine(),
	/** The 1, 5 and 15 minute load averages when the run started (and `loadAtEnd`): the machine is shared. */
	loadAtStart: loadavg().map(x => round(x, 2)),
	options: {smoke, quick, full, sizes, reps},
	sizes: {} as Record<string, unknown>,
};
const nproc = (results.machine as {nproc: number}).nproc;

/** The one-file JSON dataset up to 10k articles; the dataset directory from 10k (both at 10k, to compare). */
function layoutsFor(n: number): Layout[] {
	const given = option('layouts')?.split(',') as Layout[] | undefined;
	if (given) return given;
	// Quick: the JSON layout in full, and the directory's ingest and first frame only (dirLite).
	if (quick) return ['json', 'dir'];
	if (smoke) return ['json', 'dir'];
	return n >= 100_000 ? ['dir'] : n >= 10_000 ? ['json', 'dir'] : ['json'];
}

// 30 moves even in a smoke run: CPU per key is read in /proc's 10 ms ticks.
const moves = smoke ? 30 : 50;
const bareInk = join(cache, 'bare-ink.mjs');
/**
 * The cursor is timed twice: the first `moves` after start-up, and `moves`
 * more once this many were made (cursorInPty's `warm`): V8 compiles the hot
 * render path on background threads during the first few hundred moves.
 */
const WARM_AFTER = 300;
const echo = join(root, 'bench', 'reference', 'echo.mjs');
/** Per query of the planted targets: the PTY search protocol types them all. */
const targetQueries = (dir: string) => (JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8')) as Array<{query: string}>).map(t => t.query);

/** Issue 21's ingest references on one corpus, on one core: the floor and the lean skeleton (bench/tasks). */
function ingestReferences(n: number, dir: string) {
	const passes = String(n >= 100_000 ? 1 : 3);
	log('  references: ingest floor and lean skeleton (one core)…');
	const floor = runTask<FloorOut>('floor.ts', [dir, passes], {oneCore: true});
	const skeleton = runTask<FloorOut>('skeleton.ts', [dir, join(cache, `skeleton-${n}.ndjson`), passes], {oneCore: true});
	return {
		floor: {articlesPerSecond: round(floor.articlesPerSecond, 0), ms: round(floor.ms, 0), terms: floor.terms, automatonBuildMs: round(floor.buildMs, 0)},
		skeleton: {articlesPerSecond: round(skeleton.articlesPerSecond, 0), ms: round(skeleton.ms, 0)},
	};
}
const frameRuns = smoke ? 1 : 3;
const frameTimeout = (n: number) => (n >= 100_000 ? 300_000 : 120_000);

async function measureJson(n: number, dir: string) {
	const dataPath = join(cache, `dataset-${n}.json`);
	const ingestReps = smoke || n >= 10_000 ? 1 : 3;
	const ingestRuns: IngestOut[] = [];
	for (let i = 0; i < ingestReps; i++) {
		log(`  json: ingest ${i + 1}/${ingestReps} (one core)…`);
		ingestRuns.push(runTask<IngestOut>('ingest.ts', [dir, dataPath], {oneCore: true}));
	}
	const ingestMs = median(ingestRuns.map(r => r.ms.total!));
	const stage = (k: string) => round(median(ingestRuns.map(r => r.ms[k]!)), 0);
	const ingest = {
		articles: ingestRuns[0]!.articles,
		sentences: ingestRuns[0]!.sentences,
		events: ingestRuns[0]!.events,
		datasetMb: round(ingestRuns[0]!.bytes / 1048576, 1),
		ms: round(ingestMs, 0),
		articlesPerSecond: round(ingestRuns[0]!.articles / (ingestMs / 1000), 0),
		stagesMs: Object.fromEntries(Object.keys(ingestRuns[0]!.ms).map(k => [k, stage(k)])),
		runs: ingestReps,
		linkMs: round(median(ingestRuns.map(r => r.linkMs)), 0),
		peakRssMb: round(Math.max(...ingestRuns.map(r => r.peakRssMb)), 0),
	};
	const references = ingestReferences(n, dir);

	log('  json: search…');
	const fuseReps = smoke ? 1 : n >= 10_000 ? 1 : 3;
	const s = runTask<SearchOut>('search.ts', [dataPath, join(dir, 'targets.json'), String(reps), String(fuseReps)]);
	const flat = (xs: number[][] | null) => (xs ? xs.flat() : []);
	const ours = flat(s.ours);
	const limited = flat(s.oursLimited);
	const fuse = flat(s.fuse);
	const uf = flat(s.ufuzzy);
	const search = {
		sentences: s.sentences,
		keystrokes: ours.length,
		loadMs: round(s.loadMs, 0),
		indexMs: round(s.indexMs, 0),
		ours: {p50: round(median(ours)), p95: round(percentile(ours, 95)), max: round(Math.max(...ours))},
		oursLimit100: {p50: round(median(limited)), p95: round(percentile(limited, 95))},
		fuse: fuse.length ? {p50: round(median(fuse)), p95: round(percentile(fuse, 95)), buildMs: round(s.fuseBuildMs, 0), keystrokes: 'all'} : null,
		ufuzzy: {p50: round(median(uf)), p95: round(percentile(uf, 95))},
		speedupP50: fuse.length ? round(median(fuse) / median(ours), 1) : null,
		speedupP95: fuse.length ? round(percentile(fuse, 95) / percentile(ours, 95), 1) : null,
		perQuery: s.queries.map((q, i) => ({
			query: q,
			p50: round(median(s.ours[i]!)),
			p95: round(percentile(s.ours[i]!, 95)),
			fuseP50: s.fuse ? round(median(s.fuse[i]!)) : null,
		})),
		reps,
		fuseReps,
		peakRssMb: round(s.peakRssMb, 0),
	};
	const quality = {allTop3: s.quality.every(q => q.top3), found: s.quality.filter(q => q.top3).length, queries: s.quality};

	log('  json: cursor (in process and in a PTY)…');
	const list = runTask<ListOut>('list.tsx', [dataPath, String(smoke ? 20 : 100)]);
	const cursor = await cursorInPty(cli, dataPath, moves, {cwd: root, settleMs: smoke ? 500 : 3000, warmAfter: WARM_AFTER});
	log('  json: search key → frame in a PTY…');
	const searchPty = roundAll(await searchInPty(cli, dataPath, targetQueries(dir), {cwd: root, settleMs: smoke ? 500 : 3000}));
	log('  json: first frame…');
	const frame = await ptyFirstFrame(cli, dataPath, frameRuns, {cwd: root, timeoutMs: frameTimeout(n)});
	return {
		references,
		searchPty,
		ingest,
		search,
		quality,
		listCursor: list,
		cursor: roundAll(cursor),
		firstFrame: roundAll(frame),
		memory: {
			explorerPeakRssMb: round(Math.max(frame.peakRssMb, cursor.peakRssMb), 0),
			ingestPeakRssMb: ingest.peakRssMb,
			searchTaskPeakRssMb: search.peakRssMb,
		},
	};
}

/** --quick's directory: the ingest a user runs (every core) and the first frame; no search, cursor or one-core ingest. */
async function measureDirLite(n: number, dir: string) {
	const out = join(cache, `dataset-${n}.d`);
	log(`  dir: ingest with ${nproc} workers…`);
	const all = runTask<DirIngestOut>('ingest-dir.ts', [dir, out, String(nproc)]);
	log('  dir: first frame…');
	const frame = await ptyFirstFrame(cli, out, frameRuns, {cwd: root, timeoutMs: frameTimeout(n)});
	return {
		ingest: {
			articles: all.articles,
			allCores: {jobs: nproc, ms: round(all.ms, 0), articlesPerSecond: round(all.articles / (all.ms / 1000), 0), peakRssMb: round(all.peakRssMb, 0)},
			linkMs: round(all.linkMs, 0),
		},
		firstFrame: roundAll(frame),
	};
}

async function measureDir(n: number, dir: string) {
	const out = join(cache, `dataset-${n}.d`);
	const targets = join(dir, 'targets.json');
	// The one-core rate is measured up to 10k (at 100k it would add a quarter of an
	// hour and say the same); from 100k only the ingest a user runs, on every core.
	const oneCoreToo = n < 100_000 || flag('one-core-100k');
	log(oneCoreToo ? '  dir: ingest on one core…' : '  dir: (one-core ingest skipped at this size)');
	const one = oneCoreToo ? runTask<DirIngestOut>('ingest-dir.ts', [dir, out, '1'], {oneCore: true}) : null;
	log(`  dir: ingest with ${nproc} workers…`);
	const all = runTask<DirIngestOut>('ingest-dir.ts', [dir, out, String(nproc)]);
	const ingest = {
		articles: all.articles,
		sentences: all.sentences,
		events: all.events,
		oneCore: one && {ms: round(one.ms, 0), articlesPerSecond: round(one.articles / (one.ms / 1000), 0), peakRssMb: round(one.peakRssMb, 0)},
		allCores: {jobs: nproc, ms: round(all.ms, 0), articlesPerSecond: round(all.articles / (all.ms / 1000), 0), peakRssMb: round(all.peakRssMb, 0)},
		linkMs: round(all.linkMs, 0),
	};
	// The one-core references, unless the JSON layout of this size measured them already.
	const sizeEntry = (results.sizes as Record<string, {json?: {references?: unknown}}>)[n];
	const references = sizeEntry?.json?.references ? null : ingestReferences(n, dir);

	log('  dir: search…');
	const s = runTask<DirSearchOut>('directory-search.ts', [out, targets, String(reps)]);
	const fuseMode = n >= 10_000 ? 'ends' : 'all';
	log(`  dir: plain fuse.js baseline (${fuseMode === 'all' ? 'every keystroke' : 'third letter and full query'})…`);
	const f = runTask<FuseDirOut>('fuse-dir.ts', [out, targets, fuseMode]);
	const search = {
		sentences: f.sentences,
		openMs: round(s.openMs, 0),
		indexMs: round(s.indexMs, 1),
		keystrokes: s.keystrokes,
		ours: {p50: round(s.p50), p95: round(s.p95), max: round(s.max)},
		fuse: {
			keystrokes: fuseMode,
			count: f.keystrokes.length,
			p50: round(median(f.fuseMs)),
			p95: round(percentile(f.fuseMs, 95)),
			buildMs: round(f.fuseBuildMs, 0),
			oursSameKeystrokesP50: round(median(f.oursMs), 2),
			oursSameKeystrokesP95: round(percentile(f.oursMs, 95), 2),
		},
		ufuzzy: {p50: round(median(f.ufuzzyMs), 2), p95: round(percentile(f.ufuzzyMs, 95), 2)},
		speedupP50: round(median(f.fuseMs) / median(f.oursMs), 1),
		speedupP95: round(percentile(f.fuseMs, 95) / percentile(f.oursMs, 95), 1),
		peakRssMb: round(s.peakRssMb, 0),
	};
	const quality = {allTop3: s.quality.every(q => q.found), found: s.quality.filter(q => q.found).length, queries: s.quality};

	log('  dir: cursor in a PTY…');
	const cursor = await cursorInPty(cli, out, moves, {cwd: root, settleMs: smoke ? 500 : 3000, warmAfter: WARM_AFTER});
	log('  dir: search key → frame in a PTY…');
	const searchPty = roundAll(await searchInPty(cli, out, targetQueries(dir), {cwd: root, settleMs: smoke ? 500 : 3000}));
	log('  dir: first frame…');
	const frame = await ptyFirstFrame(cli, out, frameRuns, {cwd: root, timeoutMs: frameTimeout(n)});
	return {
		...(references ? {references} : {}),
		searchPty,
		ingest,
		search,
		quality,
		cursor: roundAll(cursor),
		firstFrame: roundAll(frame),
		memory: {explorerPeakRssMb: round(Math.max(frame.peakRssMb, cursor.peakRssMb), 0), ingestPeakRssMb: round(Math.max(one?.peakRssMb ?? 0, all.peakRssMb), 0)},
	};
}

function roundAll<T extends Record<string, unknown>>(o: T): T {
	return Object.fromEntries(
		Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 1) : Array.isArray(v) ? v.map(x => (typeof x === 'number' ? round(x, 1) : x)) : v]),
	) as T;
}

/**
 * Minutes a size takes on the reference machine (BENCHMARKS.md: 2 cores; the
 * --full run took 36 minutes), per layout, at five repetitions (`full`) and at
 * one (`one`): corpus generation, ingest, search, lists and PTY runs. Rough on
 * purpose: the estimate says whether to wait or to come back later.
 */
const REFERENCE_MINUTES: Record<Layout, Record<number, {full: number; one: number}>> = {
	json: {1000: {full: 2.5, one: 0.7}, 10_000: {full: 9, one: 3}, 100_000: {full: 60, one: 25}},
	dir: {1000: {full: 1.5, one: 0.5}, 10_000: {full: 6, one: 2.5}, 100_000: {full: 20, one: 12}},
};

/** Minutes, from the last run on this machine with the same options when there is one, else the reference table. */
function estimate(): {minutes: number; from: string} {
	if (existsSync(outFile)) {
		try {
			const last = JSON.parse(readFileSync(outFile, 'utf8')) as {elapsedMs?: number; options?: unknown};
			if (last.elapsedMs && JSON.stringify(last.options) === JSON.stringify(results.options))
				return {minutes: last.elapsedMs / 60_000, from: 'the last run with these options on this machine'};
		} catch {
			// An unreadable earlier result: fall back to the reference.
		}
	}
	let minutes = 0.5; // build and the bundled dataset's first frame
	for (const n of sizes) {
		for (const layout of layoutsFor(n)) {
			const known = Object.keys(REFERENCE_MINUTES[layout]).map(Number);
			const nearest = known.reduce((a, b) => (Math.abs(b - n) < Math.abs(a - n) ? b : a));
			const row = REFERENCE_MINUTES[layout][nearest]!;
			minutes += (reps > 1 ? row.full : row.one) * (n / nearest);
		}
	}
	return {minutes, from: 'the reference machine in BENCHMARKS.md (2 cores)'};
}

const clock = (ms: number) => (ms < 90_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);

async function main() {
	// --table-from FILE: print issue 21's table of an earlier run's results, measuring nothing.
	const from = option('table-from');
	if (from) {
		Object.assign(results, JSON.parse(readFileSync(from, 'utf8')));
		const r = results as {loadAtStart: number[]; loadAtEnd: number[]; elapsedMs: number};
		process.stdout.write(issueTable(issueRows(), r));
		return;
	}
	const guess = estimate();
	log(
		`bench: sizes ${sizes.join(', ')}, ${reps} repetition${reps === 1 ? '' : 's'}; estimated ${clock(guess.minutes * 60_000)} (from ${guess.from}); results → ${outFile.replace(root, '')}`,
	);
	log(`building dist/cli.js and the bare Ink app…`);
	build();
	await buildBareInk(root, cache);
	log('first frame, bundled dataset (against node -e 0 and the bare Ink app)…');
	const bundled = bundledDataset();
	results.firstFrameBundled = {
		...roundAll(await ptyFirstFrame(cli, bundled, Math.max(reps, smoke ? 3 : 7), {cwd: root, timeoutMs: 30_000, bareInk})),
		dataset: bundled.replace(root, ''),
	};
	log('references: the echo program under the PTY protocols (cursor, search)…');
	results.echo = {
		cursor: roundAll(await cursorInPty(echo, '-', moves, {cwd: root, settleMs: 200})),
		// Ink's own cost per move: the bare Ink app moving a cursor down a list, timed like the explorer.
		bareInkCursor: await cursorInPty(bareInk, '-', moves, {cwd: root, settleMs: 500, warmAfter: WARM_AFTER}),
		search: roundAll(await searchInPty(echo, '-', targetQueries(corpusFor(sizes[0]!)), {cwd: root, settleMs: 200})),
	};

	for (const n of sizes) {
		log(`size ${n}:`);
		const dir = corpusFor(n);
		const entry: Record<string, unknown> = {};
		(results.sizes as Record<string, unknown>)[n] = entry;
		for (const layout of layoutsFor(n)) {
			entry[layout] = layout === 'json' ? await measureJson(n, dir) : quick ? await measureDirLite(n, dir) : await measureDir(n, dir);
			writeFileSync(outFile, `${JSON.stringify(results, null, 1)}\n`);
		}
	}
	results.checks = smoke ? null : checks();
	results.elapsedMs = Date.now() - started;
	results.loadAtEnd = loadavg().map(x => round(x, 2));
	const issue21 = issueRows();
	results.issue21 = issue21;
	writeFileSync(outFile, `${JSON.stringify(results, null, 1)}\n`);
	if (!quick) process.stdout.write(table());
	process.stdout.write(
		issueTable(issue21, {loadAtStart: results.loadAtStart as number[], loadAtEnd: results.loadAtEnd as number[], elapsedMs: results.elapsedMs as number}),
	);
	log(`bench: done in ${clock(results.elapsedMs as number)} (estimated ${clock(guess.minutes * 60_000)}); results in ${outFile.replace(root, '')}`);
}

type JsonSize = Awaited<ReturnType<typeof measureJson>>;
type DirLite = Awaited<ReturnType<typeof measureDirLite>>;

/** Issue 21's rows, from whatever sizes and layouts this run measured. */
function issueRows(): IssueRow[] {
	const rows: IssueRow[] = [];
	const bySize = results.sizes as Record<string, {json?: JsonSize; dir?: DirSize | DirLite}>;
	const ns = Object.keys(bySize)
		.map(Number)
		.sort((a, b) => a - b);
	const full = (d: DirSize | DirLite | undefined): DirSize | undefined => (d && 'search' in d ? d : undefined);
	const echoRes = results.echo as {
		cursor: {p95: number; cpuMsPerMove: number; moves: number};
		search: {p95: number; cpuMsPerKey: number};
		bareInkCursor?: CursorInPty;
	};
	const bare = echoRes.bareInkCursor;
	const ms1 = (x: number) => `${round(x, 1)} ms`;
	const warmText = (c: CursorInPty, pick: (b: MoveBlock) => number) => (c.warm ? `; after ${c.warm.after} moves ${ms1(pick(c.warm))}` : '');
	const num = (x: number) => x.toLocaleString('en-US');

	for (const n of ns) {
		const e = bySize[n]!;
		const refs = e.json?.references ?? full(e.dir)?.references;
		const one = e.json?.ingest.articlesPerSecond ?? full(e.dir)?.ingest.oneCore?.articlesPerSecond;
		if (!refs || !one) continue;
		const floorGap = refs.floor.articlesPerSecond / one;
		rows.push({
			measure: 'ingest, one core',
			size: `${num(n)}`,
			figure: `${num(one)} articles/s`,
			reference: `floor ${num(refs.floor.articlesPerSecond)}/s`,
			ratio: times(refs.floor.articlesPerSecond, one),
			goal: '≥ 1,500/s and ≤ 12× the floor',
			met: one >= 1500 && floorGap <= 12,
		});
		rows.push({
			measure: 'ingest, one core',
			size: `${num(n)}`,
			figure: `${num(one)} articles/s`,
			reference: `lean skeleton ${num(refs.skeleton.articlesPerSecond)}/s`,
			ratio: times(refs.skeleton.articlesPerSecond, one),
			goal: '',
			met: null,
		});
	}
	for (const n of ns) {
		const d = bySize[n]!.dir;
		if (!d) continue;
		const a = d.ingest.allCores;
		const json = bySize[n]!.json?.ingest.ms;
		const oneMs = full(d)?.ingest.oneCore?.ms ?? json;
		rows.push({
			measure: `ingest, ${a.jobs} workers (directory)`,
			size: `${num(n)}`,
			figure: `${(a.ms / 1000).toFixed(1)} s, peak ${num(a.peakRssMb)} MB`,
			reference: oneMs ? `one core${full(d)?.ingest.oneCore ? '' : ' (JSON layout)'}: ${(oneMs / 1000).toFixed(1)} s` : '—',
			ratio: oneMs ? times(a.ms, oneMs, 2) : '—',
			goal: '100k: < 60 s, ≤ 1 GB',
			met: n >= 100_000 ? a.ms < 60_000 && a.peakRssMb <= 1024 : null,
		});
	}
	// Linking: the layout a user ingests at each size (the directory where measured).
	const link = ns
		.map(n => ({n, ms: bySize[n]!.dir?.ingest.linkMs ?? bySize[n]!.json?.ingest.linkMs}))
		.filter((x): x is {n: number; ms: number} => x.ms !== undefined);
	if (link.length >= 2) {
		const [a, b] = [link[0]!, link.at(-1)!];
		const growth = b.ms / Math.max(a.ms, 1);
		rows.push({
			measure: 'event linking',
			size: `${num(a.n)} → ${num(b.n)}`,
			figure: `${num(a.ms)} → ${num(b.ms)} ms (×${growth.toFixed(1)})`,
			reference: `corpus ×${(b.n / a.n).toFixed(0)}`,
			ratio: times(growth, b.n / a.n, 2),
			goal: 'linear (≤ 1.5×)',
			met: growth / (b.n / a.n) <= 1.5,
		});
	} else if (link.length === 1)
		rows.push({
			measure: 'event linking',
			size: num(link[0]!.n),
			figure: `${num(link[0]!.ms)} ms`,
			reference: 'growth needs two sizes (default run: 1k → 10k)',
			ratio: '—',
			goal: 'linear',
			met: null,
		});

	const layouts = (n: number) =>
		(['json', 'dir'] as const).flatMap(l => {
			const r = l === 'json' ? bySize[n]!.json : full(bySize[n]!.dir);
			return r ? [{at: `${num(n)} ${l}`, r}] : [];
		});
	for (const n of ns)
		for (const {at, r} of layouts(n)) {
			rows.push({
				measure: 'search: key → frame p95 (PTY)',
				size: at,
				figure: `${r.searchPty.p95} ms (${r.searchPty.cpuMsPerKey} ms CPU/key)`,
				reference: `echo program ${echoRes.search.p95} ms`,
				ratio: times(r.searchPty.p95, echoRes.search.p95),
				goal: '≤ 16 ms at 100k',
				met: n >= 100_000 ? r.searchPty.p95 <= 16 : null,
			});
			const fuse = r.search.fuse;
			const ourP95 = 'oursSameKeystrokesP95' in (fuse ?? {}) ? (fuse as {oursSameKeystrokesP95: number}).oursSameKeystrokesP95 : r.search.ours.p95;
			rows.push({
				measure: 'search in process p95 / key',
				size: at,
				figure: `${ourP95} ms`,
				reference: `${fuse ? `fuse.js ${fuse.p95} ms, ` : ''}uFuzzy ${r.search.ufuzzy.p95} ms`,
				ratio: `${fuse ? `${times(ourP95, fuse.p95, 3)} fuse.js, ` : ''}${times(ourP95, r.search.ufuzzy.p95, 2)} uFuzzy`,
				goal: '',
				met: null,
			});
			// The first moves after start-up, then (warm) the moves after WARM_AFTER; the bare Ink app beside the echo program.
			const cpu = (c: MoveBlock) => c.cpuMsPerMove;
			const p95 = (c: MoveBlock) => c.p95;
			const echoCpu = againstTicks(r.cursor.cpuMsPerMove, echoRes.cursor.cpuMsPerMove, echoRes.cursor.moves);
			rows.push({
				measure: 'cursor move: CPU per key',
				size: at,
				figure: `${ms1(r.cursor.cpuMsPerMove)}${warmText(r.cursor, cpu)}`,
				reference: `echo program ${echoCpu.reference}${bare ? `; bare Ink ${ms1(bare.cpuMsPerMove)}${warmText(bare, cpu)}` : ''}`,
				ratio: `${echoCpu.ratio} echo${bare ? `; ${times(r.cursor.cpuMsPerMove, bare.cpuMsPerMove, 2)} bare Ink` : ''}${r.cursor.warm && bare?.warm ? ` (warm ${times(r.cursor.warm.cpuMsPerMove, bare.warm.cpuMsPerMove, 2)})` : ''}`,
				goal: '≤ 4 ms',
				met: r.cursor.cpuMsPerMove <= 4,
			});
			rows.push({
				measure: 'cursor move: key → frame p95',
				size: at,
				figure: `${ms1(r.cursor.p95)}${warmText(r.cursor, p95)} (${num(r.cursor.items)} items)`,
				reference: `echo program ${ms1(echoRes.cursor.p95)}${bare ? `; bare Ink ${ms1(bare.p95)}${warmText(bare, p95)}` : ''}`,
				ratio: `${times(r.cursor.p95, echoRes.cursor.p95)} echo${bare ? `; ${times(r.cursor.p95, bare.p95, 2)} bare Ink` : ''}`,
				goal: '≤ 16 ms',
				met: r.cursor.p95 <= 16,
			});
		}

	const ff = results.firstFrameBundled as {ms: number; baselineMs: number; ratio: number; bareInkMs?: number};
	rows.push({
		measure: 'first frame, bundled data',
		size: 'bundled',
		figure: `${Math.round(ff.ms)} ms`,
		reference: `node -e 0 ${Math.round(ff.baselineMs)} ms; bare Ink ${Math.round(ff.bareInkMs ?? Number.NaN)} ms (${times(ff.bareInkMs ?? 0, ff.baselineMs)})`,
		ratio: `${times(ff.ms, ff.baselineMs, 2)} node -e 0; ${times(ff.ms, ff.bareInkMs, 2)} bare Ink`,
		goal: '≤ 2.5× node -e 0',
		met: ff.ratio <= 2.5,
	});
	for (const n of ns) {
		const e = bySize[n]!;
		for (const [layout, r] of [
			['dir', e.dir],
			['json', e.json],
		] as const) {
			if (!r) continue;
			const f = r.firstFrame;
			rows.push({
				measure: layout === 'dir' ? 'first frame, directory' : 'first frame, JSON layout',
				size: `${num(n)} ${layout}`,
				figure: `${Math.round(f.ms)} ms`,
				reference: `node -e 0 ${Math.round(f.baselineMs)} ms`,
				ratio: times(f.ms, f.baselineMs),
				goal: layout === 'dir' ? '≤ 1.5 s at 100k, flat' : '≤ 2 s at 10k',
				met: layout === 'dir' ? (n >= 100_000 ? f.ms <= 1500 : null) : n === 10_000 ? f.ms <= 2000 : null,
			});
		}
	}
	return rows;
}
type DirSize = Awaited<ReturnType<typeof measureDir>>;
type Check = {measure: string; size: string; value: string; target: string; met: boolean};

function checks(): Check[] {
	const out: Check[] = [];
	const ff = results.firstFrameBundled as {ratio: number; ms: number};
	out.push({
		measure: 'first frame, bundled dataset',
		size: '5',
		value: `${round(ff.ratio)}× (${round(ff.ms, 0)} ms)`,
		target: '≤ 2.5× node -e 0',
		met: ff.ratio <= 2.5,
	});
	for (const [n, entry] of Object.entries(results.sizes as Record<string, {json?: JsonSize; dir?: DirSize}>)) {
		const size = Number(n);
		for (const [layout, raw] of Object.entries(entry) as Array<[Layout, JsonSize | DirSize]>) {
			const at = `${n} ${layout}`;
			if (size >= 100_000)
				out.push({measure: 'first frame', size: at, value: `${round(raw.firstFrame.ms, 0)} ms`, target: '≤ 1500 ms', met: raw.firstFrame.ms <= 1500});
			if (size >= 10_000) {
				const limit = size >= 100_000 ? 50 : 16;
				out.push({
					measure: 'search p95 per keystroke',
					size: at,
					value: `${raw.search.ours.p95} ms`,
					target: `≤ ${limit} ms`,
					met: raw.search.ours.p95 <= limit,
				});
			}
			if (size >= 100_000 && raw.search.speedupP50 !== null)
				out.push({
					measure: 'search vs plain fuse.js (p50)',
					size: at,
					value: `${raw.search.speedupP50}×`,
					target: '≥ 20× faster',
					met: raw.search.speedupP50 >= 20,
				});
			out.push({
				measure: 'planted targets in top 3',
				size: at,
				value: `${raw.quality.found}/${raw.quality.queries.length}`,
				target: 'all',
				met: raw.quality.allTop3,
			});
			if (layout === 'json') {
				const j = raw as JsonSize;
				out.push({
					measure: 'ingest throughput, one core',
					size: at,
					value: `${j.ingest.articlesPerSecond}/s`,
					target: '≥ 1000/s',
					met: j.ingest.articlesPerSecond >= 1000,
				});
				out.push({measure: 'ingest peak RSS', size: at, value: `${j.ingest.peakRssMb} MB`, target: '≤ 1536 MB', met: j.ingest.peakRssMb <= 1536});
			} else {
				const d = raw as DirSize;
				if (d.ingest.oneCore)
					out.push({
						measure: 'ingest throughput, one core',
						size: at,
						value: `${d.ingest.oneCore.articlesPerSecond}/s`,
						target: '≥ 1000/s',
						met: d.ingest.oneCore.articlesPerSecond >= 1000,
					});
				if (size >= 100_000)
					out.push({
						measure: 'ingest time',
						size: at,
						value: `${round(d.ingest.allCores.ms / 1000, 0)} s (${d.ingest.allCores.jobs} workers)`,
						target: '< 120 s',
						met: d.ingest.allCores.ms < 120_000,
					});
				out.push({measure: 'ingest peak RSS', size: at, value: `${d.memory.ingestPeakRssMb} MB`, target: '≤ 1536 MB', met: d.memory.ingestPeakRssMb <= 1536});
			}
			out.push({
				measure: 'explorer peak RSS',
				size: at,
				value: `${raw.memory.explorerPeakRssMb} MB`,
				target: '≤ 1024 MB',
				met: raw.memory.explorerPeakRssMb <= 1024,
			});
			out.push({
				measure: 'cursor move, key → frame in a PTY (p95)',
				size: at,
				value: `${raw.cursor.p95} ms (${raw.cursor.items} items)`,
				target: '≤ 16 ms',
				met: raw.cursor.p95 <= 16,
			});
		}
	}
	return out;
}

function table(): string {
	const rows: string[][] = [['size', 'measure', 'value', 'baseline', 'ratio']];
	const ff = results.firstFrameBundled as {ms: number; baselineMs: number; ratio: number};
	rows.push(['bundled', 'first frame (PTY)', `${round(ff.ms, 0)} ms`, `node -e 0: ${round(ff.baselineMs, 0)} ms`, `${round(ff.ratio)}×`]);
	for (const [n, entry] of Object.entries(results.sizes as Record<string, {json?: JsonSize; dir?: DirSize}>)) {
		for (const [layout, r] of Object.entries(entry) as Array<[Layout, JsonSize | DirSize]>) {
			const at = `${n} ${layout}`;
			rows.push([
				at,
				'first frame (PTY)',
				`${round(r.firstFrame.ms, 0)} ms`,
				`node -e 0: ${round(r.firstFrame.baselineMs, 0)} ms`,
				`${round(r.firstFrame.ratio)}×`,
			]);
			const fuse = r.search.fuse;
			const same = layout === 'dir' ? ' (same keystrokes)' : '';
			rows.push([
				at,
				'search p50 / keystroke',
				`${r.search.ours.p50} ms`,
				fuse ? `fuse.js${same}: ${fuse.p50} ms` : '—',
				r.search.speedupP50 ? `${r.search.speedupP50}× faster` : '—',
			]);
			rows.push([
				at,
				'search p95 / keystroke',
				`${r.search.ours.p95} ms`,
				fuse ? `fuse.js${same}: ${fuse.p95} ms` : '—',
				r.search.speedupP95 ? `${r.search.speedupP95}× faster` : '—',
			]);
			rows.push([at, 'planted target in top 3', `${r.quality.found}/${r.quality.queries.length}`, '', '']);
			if (layout === 'json') {
				const j = r as JsonSize;
				rows.push([at, 'ingest, one core', `${j.ingest.articlesPerSecond} articles/s`, `${round(j.ingest.ms / 1000, 1)} s total`, '']);
				rows.push([at, 'cursor move, Frame render p95', `${round(j.listCursor.explorer.frameP95)} ms`, `${j.listCursor.explorer.length} items`, '']);
			} else {
				const d = r as DirSize;
				if (d.ingest.oneCore)
					rows.push([at, 'ingest, one core', `${d.ingest.oneCore.articlesPerSecond} articles/s`, `${round(d.ingest.oneCore.ms / 1000, 1)} s total`, '']);
				rows.push([
					at,
					`ingest, ${d.ingest.allCores.jobs} workers`,
					`${d.ingest.allCores.articlesPerSecond} articles/s`,
					`${round(d.ingest.allCores.ms / 1000, 1)} s total`,
					'',
				]);
			}
			rows.push([at, 'peak RSS explorer / ingest', `${r.memory.explorerPeakRssMb} / ${r.memory.ingestPeakRssMb} MB`, '', '']);
			rows.push([at, 'cursor move, key → frame p50 / p95', `${r.cursor.p50} / ${r.cursor.p95} ms`, `${r.cursor.items} items`, '']);
		}
	}
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map(r => [...r[c]!].length)));
	const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c]!)).join(' | ')} |`;
	const out = [line(rows[0]!), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
	const failed = ((results.checks as Check[] | null) ?? []).filter(c => !c.met);
	if (!smoke)
		out.push('', failed.length ? `targets missed: ${failed.map(c => `${c.measure} @${c.size} = ${c.value} (${c.target})`).join('; ')}` : 'every target met');
	return `${out.join('\n')}\n`;
}

main().catch(error => {
	log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
