// `npm run bench [-- --full | --smoke] [--sizes 1000,10000] [--reps N] [--out FILE]`
// Every measurement of issue 7, each a median of several runs and, where a
// baseline exists, also a ratio to that baseline measured in the same run.
// Prints a table and writes bench/results.json. --smoke: one repetition, no
// thresholds (CI checks that the benchmark works, not its numbers).
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_SEED, GENERATOR_VERSION, writeCorpus} from './corpus.js';
import {pinned, runTask} from './lib/child.js';
import {timeToMarker} from './lib/pty.js';
import {median, percentile, round} from './lib/stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
};

const smoke = flag('smoke');
const full = flag('full');
const sizes = (option('sizes')?.split(',').map(Number) ?? (smoke ? [1000] : full ? [1000, 10_000, 100_000] : [1000, 10_000])).filter(n => n > 0);
const reps = Number(option('reps') ?? (smoke ? 1 : 5));
const outFile = resolve(option('out') ?? join(root, 'bench', 'results.json'));
const cli = join(root, 'dist', 'cli.js');
const cache = join(root, 'bench', '.cache');
mkdirSync(cache, {recursive: true});

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
	execFileSync(process.execPath, [cli, 'ingest', join(root, 'data', 'raw'), '--manifest', join(root, 'data', 'raw', 'manifest.json'), '--out', out, '--force'], {cwd: root, stdio: 'pipe'});
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

async function firstFrame(dataPath: string, runs: number, timeoutMs: number) {
	const base: number[] = [];
	const ours: number[] = [];
	let rss = 0;
	for (let i = 0; i < runs; i++) {
		// Alternate, so drifting machine load hits both alike.
		base.push((await timeToMarker(process.execPath, ['-e', '0'], null)).ms);
		const r = await timeToMarker(process.execPath, [cli, '--data', dataPath], 'Days', {cwd: root, timeoutMs});
		ours.push(r.ms);
		rss = Math.max(rss, r.peakRssMb);
	}
	return {ms: round(median(ours), 0), baselineMs: round(median(base), 0), ratio: round(median(ours) / median(base)), runs, peakRssMb: round(rss, 0)};
}

type IngestOut = {articles: number; sentences: number; events: number; bytes: number; ms: Record<string, number>; peakRssMb: number};
type SearchOut = {
	sentences: number;
	loadMs: number;
	indexMs: number;
	fuseBuildMs: number;
	queries: string[];
	ours: number[][];
	oursLimited: number[][];
	fuse: number[][] | null;
	quality: Array<{name: string; query: string; sentenceRank: number | null; overallRank: number | null; top3: boolean; hits: number}>;
	peakRssMb: number;
};
type ListOut = {
	explorer: {facet: string; length: number; frameP50: number; frameP95: number; reducerP50: number};
	selectList: {length: number; frameP50: number; frameP95: number};
};

const results: Record<string, unknown> = {date: new Date().toISOString(), machine: machine(), options: {smoke, full, sizes, reps}, sizes: {} as Record<string, unknown>};

async function main() {
	log(`building dist/cli.js…`);
	build();
	log('first frame, bundled dataset…');
	const bundled = bundledDataset();
	results.firstFrameBundled = {...(await firstFrame(bundled, Math.max(reps, smoke ? 1 : 5), 30_000)), dataset: bundled.replace(root, '')};

	for (const n of sizes) {
		log(`size ${n}:`);
		const dir = corpusFor(n);
		const dataPath = join(cache, `dataset-${n}.json`);
		const ingestReps = smoke || n >= 10_000 ? 1 : 3;
		const ingestRuns: IngestOut[] = [];
		for (let i = 0; i < ingestReps; i++) {
			log(`  ingest ${i + 1}/${ingestReps}…`);
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
			peakRssMb: round(Math.max(...ingestRuns.map(r => r.peakRssMb)), 0),
		};

		log('  search…');
		const fuseReps = smoke ? 1 : n >= 10_000 ? 1 : 3;
		const s = runTask<SearchOut>('search.ts', [dataPath, join(dir, 'targets.json'), String(reps), String(fuseReps)]);
		const flat = (xs: number[][] | null) => (xs ? xs.flat() : []);
		const ours = flat(s.ours);
		const limited = flat(s.oursLimited);
		const fuse = flat(s.fuse);
		const search = {
			sentences: s.sentences,
			keystrokes: ours.length,
			loadMs: round(s.loadMs, 0),
			indexMs: round(s.indexMs, 0),
			ours: {p50: round(median(ours)), p95: round(percentile(ours, 95)), max: round(Math.max(...ours))},
			oursLimit100: {p50: round(median(limited)), p95: round(percentile(limited, 95))},
			fuse: fuse.length ? {p50: round(median(fuse)), p95: round(percentile(fuse, 95)), buildMs: round(s.fuseBuildMs, 0)} : null,
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
		const quality = {allTop3: s.quality.every(q => q.top3), queries: s.quality};

		log('  list cursor…');
		const list = runTask<ListOut>('list.tsx', [dataPath, String(smoke ? 20 : 100)]);

		log('  first frame…');
		const frame = await firstFrame(dataPath, smoke ? 1 : 3, n >= 100_000 ? 300_000 : 120_000);

		(results.sizes as Record<string, unknown>)[n] = {
			ingest,
			search,
			quality,
			listCursor: list,
			firstFrame: frame,
			memory: {explorerPeakRssMb: round(frame.peakRssMb, 0), ingestPeakRssMb: ingest.peakRssMb, searchTaskPeakRssMb: search.peakRssMb},
		};
		writeFileSync(outFile, `${JSON.stringify(results, null, 1)}\n`);
	}
	results.checks = smoke ? null : checks();
	writeFileSync(outFile, `${JSON.stringify(results, null, 1)}\n`);
	process.stdout.write(table());
}

type Size = {
	ingest: {articlesPerSecond: number; ms: number; peakRssMb: number};
	search: {ours: {p50: number; p95: number}; fuse: {p50: number; p95: number} | null; speedupP50: number | null};
	quality: {allTop3: boolean};
	listCursor: ListOut;
	firstFrame: {ms: number; ratio: number; peakRssMb: number};
};

function checks(): Array<{measure: string; size: string; value: string; target: string; met: boolean}> {
	const out: Array<{measure: string; size: string; value: string; target: string; met: boolean}> = [];
	const ff = results.firstFrameBundled as {ratio: number; ms: number};
	out.push({measure: 'first frame, bundled dataset', size: '5', value: `${round(ff.ratio)}× (${round(ff.ms, 0)} ms)`, target: '≤ 2.5× node -e 0', met: ff.ratio <= 2.5});
	for (const [n, raw] of Object.entries(results.sizes as Record<string, Size>)) {
		const size = Number(n);
		if (size >= 100_000) out.push({measure: 'first frame', size: n, value: `${round(raw.firstFrame.ms, 0)} ms`, target: '≤ 1500 ms', met: raw.firstFrame.ms <= 1500});
		if (size >= 10_000) {
			const limit = size >= 100_000 ? 50 : 16;
			out.push({measure: 'search p95 per keystroke', size: n, value: `${raw.search.ours.p95} ms`, target: `≤ ${limit} ms`, met: raw.search.ours.p95 <= limit});
		}
		if (size >= 100_000 && raw.search.speedupP50 !== null) out.push({measure: 'search vs plain fuse.js (p50)', size: n, value: `${raw.search.speedupP50}×`, target: '≥ 20× faster', met: raw.search.speedupP50 >= 20});
		out.push({measure: 'planted targets in top 3', size: n, value: raw.quality.allTop3 ? 'all' : 'not all', target: 'all 6', met: raw.quality.allTop3});
		out.push({measure: 'ingest throughput', size: n, value: `${raw.ingest.articlesPerSecond}/s`, target: '≥ 1000/s', met: raw.ingest.articlesPerSecond >= 1000});
		if (size >= 100_000) out.push({measure: 'ingest time', size: n, value: `${round(raw.ingest.ms / 1000, 0)} s`, target: '< 120 s', met: raw.ingest.ms < 120_000});
		out.push({measure: 'explorer peak RSS', size: n, value: `${raw.firstFrame.peakRssMb} MB`, target: '≤ 1024 MB', met: raw.firstFrame.peakRssMb <= 1024});
		out.push({measure: 'ingest peak RSS', size: n, value: `${raw.ingest.peakRssMb} MB`, target: '≤ 1536 MB', met: raw.ingest.peakRssMb <= 1536});
		out.push({measure: 'cursor move, explorer Frame', size: n, value: `${round(raw.listCursor.explorer.frameP95)} ms p95 (${raw.listCursor.explorer.length} items)`, target: '≤ 16 ms', met: raw.listCursor.explorer.frameP95 <= 16});
		out.push({measure: 'cursor move, SelectList 100k', size: n, value: `${round(raw.listCursor.selectList.frameP95)} ms p95`, target: '≤ 16 ms', met: raw.listCursor.selectList.frameP95 <= 16});
	}
	return out;
}

function table(): string {
	const rows: string[][] = [['size', 'measure', 'value', 'baseline', 'ratio']];
	const ff = results.firstFrameBundled as {ms: number; baselineMs: number; ratio: number};
	rows.push(['bundled', 'first frame (PTY)', `${round(ff.ms, 0)} ms`, `node -e 0: ${round(ff.baselineMs, 0)} ms`, `${round(ff.ratio)}×`]);
	for (const [n, r] of Object.entries(results.sizes as Record<string, Size & {search: {oursLimit100: {p95: number}; fuse: {p95: number} | null}; firstFrame: {baselineMs: number}}>)) {
		rows.push([n, 'first frame (PTY)', `${round(r.firstFrame.ms, 0)} ms`, `node -e 0: ${round(r.firstFrame.baselineMs, 0)} ms`, `${round(r.firstFrame.ratio)}×`]);
		rows.push([n, 'search p50 / keystroke', `${r.search.ours.p50} ms`, r.search.fuse ? `fuse.js: ${r.search.fuse.p50} ms` : '—', r.search.speedupP50 ? `${r.search.speedupP50}× faster` : '—']);
		rows.push([n, 'search p95 / keystroke', `${r.search.ours.p95} ms`, r.search.fuse ? `fuse.js: ${r.search.fuse.p95} ms` : '—', r.search.fuse ? `${round(r.search.fuse.p95 / r.search.ours.p95, 1)}× faster` : '—']);
		rows.push([n, 'search p95, limit 100', `${r.search.oursLimit100.p95} ms`, '', '']);
		rows.push([n, 'planted target in top 3', r.quality.allTop3 ? '6/6' : 'MISSED', '', '']);
		rows.push([n, 'ingest', `${r.ingest.articlesPerSecond} articles/s`, `${round(r.ingest.ms / 1000, 1)} s total`, '']);
		rows.push([n, 'peak RSS explorer / ingest', `${r.firstFrame.peakRssMb} / ${r.ingest.peakRssMb} MB`, '', '']);
		rows.push([n, 'cursor move, Frame p95', `${round(r.listCursor.explorer.frameP95)} ms`, `${r.listCursor.explorer.length} items`, '']);
		rows.push([n, 'cursor move, SelectList 100k p95', `${round(r.listCursor.selectList.frameP95)} ms`, '', '']);
	}
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map(r => [...r[c]!].length)));
	const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c]!)).join(' | ')} |`;
	const out = [line(rows[0]!), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
	const failed = ((results.checks as ReturnType<typeof checks> | null) ?? []).filter(c => !c.met);
	if (!smoke) out.push('', failed.length ? `targets missed: ${failed.map(c => `${c.measure} @${c.size} = ${c.value} (${c.target})`).join('; ')}` : 'every target met');
	return `${out.join('\n')}\n`;
}

main().catch(error => {
	log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
