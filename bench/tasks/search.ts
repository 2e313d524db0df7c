// Child process: per-keystroke search latency on one dataset, ours (the
// session exactly as the explorer creates it, and with a display limit) against
// plain fuse.js (default options, keys = sentence text) over the same
// sentences; then search quality against the planted targets.
// argv: dataset.json targets.json reps fuseReps
import {readFileSync} from 'node:fs';
import Fuse from 'fuse.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {buildSearchIndex, createSearchSession, searchText} from '../../source/search/index.js';
import type {PlantedTarget} from '../gen/targets.js';
import {median, peakRssMb} from '../lib/stats.js';
import {ufuzzySearcher} from '../lib/ufuzzy.js';

const [dataPath, targetsPath, repsArg, fuseRepsArg] = process.argv.slice(2) as [string, string, string, string];
const reps = Number(repsArg);
const fuseReps = Number(fuseRepsArg);
const targets = JSON.parse(readFileSync(targetsPath, 'utf8')) as PlantedTarget[];

let t = performance.now();
const dataset = JSON.parse(readFileSync(dataPath, 'utf8')) as Dataset;
const loadMs = performance.now() - t;
const heapBefore = process.memoryUsage().heapUsed;
const cpuBefore = process.cpuUsage();
t = performance.now();
const index = buildSearchIndex(dataset);
const indexMs = performance.now() - t;
const indexCpu = process.cpuUsage(cpuBefore);
const indexCpuMs = (indexCpu.user + indexCpu.system) / 1000;
/** Heap the index holds, roughly (no forced collection: garbage of the build may still be counted). */
const indexHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const prefixes = (q: string) => Array.from({length: q.length}, (_, i) => q.slice(0, i + 1));

/** Per query, each keystroke's CPU time of this process (user + system), as the median of the runs. */
let cpuOf: number[][] = [];

/** Median over reps of each keystroke's time, per query. */
function typing(update: (text: string) => unknown, reset: () => void, runs: number): number[][] {
	const perRun: number[][][] = [];
	const cpuRuns: number[][][] = [];
	for (let r = 0; r < runs; r++) {
		const cpu: number[][] = [];
		perRun.push(
			targets.map(target => {
				reset();
				const row: number[] = [];
				cpu.push(row);
				return prefixes(target.query).map(p => {
					const c = process.cpuUsage();
					const a = performance.now();
					update(p);
					const ms = performance.now() - a;
					const used = process.cpuUsage(c);
					row.push((used.user + used.system) / 1000);
					return ms;
				});
			}),
		);
		cpuRuns.push(cpu);
	}
	cpuOf = targets.map((_, q) => cpuRuns[0]![q]!.map((_, k) => median(cpuRuns.map(run => run[q]![k]!))));
	return targets.map((_, q) => perRun[0]![q]!.map((_, k) => median(perRun.map(run => run[q]![k]!))));
}

const ui = createSearchSession(index, {perKind: 100}); // as source/ui/run.tsx creates it
const ours = typing(
	text => ui.update(text),
	() => ui.reset(),
	reps,
);
// On a shared machine wall time includes waiting for a core; CPU time does not.
const oursCpu = cpuOf;
const limited = createSearchSession(index, {limit: 100});
const oursLimited = typing(
	text => limited.update(text),
	() => limited.reset(),
	reps,
);

let fuse: number[][] | null = null;
let fuseBuildMs = 0;
if (fuseReps > 0) {
	t = performance.now();
	const plain = new Fuse(
		dataset.articles.flatMap(a => a.sentences.map(s => ({text: s.text}))),
		{keys: ['text']},
	);
	fuseBuildMs = performance.now() - t;
	fuse = typing(
		text => plain.search(text),
		() => {},
		fuseReps,
	);
}

// uFuzzy over the same sentences, on every keystroke (fast enough at every size).
t = performance.now();
const uf = ufuzzySearcher(dataset.articles.flatMap(a => a.sentences.map(s => s.text)));
const ufuzzyBuildMs = performance.now() - t;
const ufuzzy = typing(uf, () => {}, Math.max(1, fuseReps));

// Quality: the full query as the explorer runs it; a planted sentence must be
// among the first three sentence hits.
const quality = targets.map(target => {
	ui.reset();
	let hits = [] as ReturnType<typeof ui.update>;
	for (const p of prefixes(target.query)) hits = ui.update(p);
	const ids = new Set(target.files.map(f => f.replace(/\.txt$/i, '')));
	const planted = searchText(target.planted);
	const isTarget = (h: (typeof hits)[number]) => h.kind === 'sentence' && ids.has(h.id.slice(0, h.id.lastIndexOf(':'))) && searchText(h.text).includes(planted);
	const sentences = hits.filter(h => h.kind === 'sentence');
	const sentenceRank = sentences.findIndex(isTarget);
	return {
		name: target.name,
		query: target.query,
		planted: target.files.length,
		sentenceRank: sentenceRank < 0 ? null : sentenceRank + 1,
		overallRank: hits.findIndex(isTarget) < 0 ? null : hits.findIndex(isTarget) + 1,
		hits: hits.length,
		top3: sentenceRank >= 0 && sentenceRank < 3,
		top: sentences.slice(0, 3).map(h => h.text.slice(0, 80)),
	};
});

const sentences = dataset.articles.reduce((n, a) => n + a.sentences.length, 0);
process.stdout.write(
	`${JSON.stringify({sentences, loadMs, indexMs, indexCpuMs, indexHeapMb, fuseBuildMs, queries: targets.map(x => x.query), ours, oursCpu, oursLimited, fuse, ufuzzy, ufuzzyBuildMs, quality, peakRssMb: peakRssMb()})}\n`,
);
