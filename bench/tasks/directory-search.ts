// Child process: search on a dataset directory as the explorer runs it
// (Query.searchSession({perKind: 100})): open time (to the first screen's facet,
// and to all four facets), the first search (with a stored index there is no
// build: it only opens the index), per-keystroke latency over the planted
// queries, and whether each planted target is in the first three sentence hits.
// argv: DIR targets.json reps
import {readFileSync} from 'node:fs';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import type {PlantedTarget} from '../gen/targets.js';
import {median, peakRssMb, percentile} from '../lib/stats.js';

const [dir, targetsPath, repsArg] = process.argv.slice(2) as [string, string, string];
const targets = JSON.parse(readFileSync(targetsPath, 'utf8')) as PlantedTarget[];
const reps = Number(repsArg ?? 3);

let t = performance.now();
const query = buildDirectoryQuery(openDirectoryDataset(dir));
query.facet('days');
const firstScreenMs = performance.now() - t;
for (const kind of ['actors', 'sources', 'events'] as const) query.facet(kind);
const openMs = performance.now() - t;
t = performance.now();
query.searchSession({perKind: 100}).update('xx');
const indexMs = performance.now() - t;

// Median over reps of each keystroke, as the in-memory search task does.
const perKey: number[][] = [];
for (let r = 0; r < reps; r++) {
	let k = 0;
	for (const target of targets) {
		const session = query.searchSession({perKind: 100});
		for (let i = 1; i <= target.query.length; i++) {
			const a = performance.now();
			session.update(target.query.slice(0, i));
			(perKey[k++] ??= []).push(performance.now() - a);
		}
	}
}
const keys = perKey.map(median);
const quality = targets.map(target => {
	const hits = query
		.searchSession({perKind: 100})
		.update(target.query)
		.filter(h => h.kind === 'sentence')
		.slice(0, 3);
	const files = new Set(target.files.map(f => f.replace(/\.txt$/, '')));
	const found = hits.some(h => files.has(h.id.slice(0, h.id.lastIndexOf(':'))) && h.text.includes(target.planted));
	return {name: target.name, query: target.query, found};
});
console.log(
	JSON.stringify({
		firstScreenMs,
		openMs,
		indexMs,
		keystrokes: keys.length,
		p50: percentile(keys, 50),
		p95: percentile(keys, 95),
		max: Math.max(...keys),
		quality,
		peakRssMb: peakRssMb(),
	}),
);
