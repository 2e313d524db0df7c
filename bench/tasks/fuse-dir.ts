// Child process: plain fuse.js (default options, keys = sentence text) over
// every sentence of a dataset directory, against the explorer's search session
// on the same directory, on the same keystrokes. At 100k articles plain
// fuse.js takes seconds per keystroke, so `mode` picks the keystrokes: `all`
// (every prefix of every planted query) or `ends` (each query's third letter
// and its full text). argv: DIR targets.json mode
import {closeSync, openSync, readSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Fuse from 'fuse.js';
import {ARTICLES_FILE} from '../../source/dataset/directory/layout.js';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import type {PlantedTarget} from '../gen/targets.js';
import {median, peakRssMb} from '../lib/stats.js';
import {ufuzzySearcher} from '../lib/ufuzzy.js';

const [dir, targetsPath, mode] = process.argv.slice(2) as [string, string, 'all' | 'ends'];
const targets = JSON.parse(readFileSync(targetsPath, 'utf8')) as PlantedTarget[];
const keystrokes = targets.flatMap(t => {
	const all = Array.from({length: t.query.length}, (_, i) => t.query.slice(0, i + 1));
	return mode === 'all' ? all : [...new Set([all[Math.min(2, all.length - 1)]!, t.query])];
});

/** Every sentence text, streamed line by line (the file is too big for one string at 100k). */
function sentenceTexts(): Array<{text: string}> {
	const out: Array<{text: string}> = [];
	const fd = openSync(join(dir, ARTICLES_FILE), 'r');
	const buf = Buffer.alloc(1 << 24);
	let rest = Buffer.alloc(0);
	try {
		for (;;) {
			const n = readSync(fd, buf, 0, buf.length, null);
			if (n === 0) break;
			let chunk = Buffer.concat([rest, buf.subarray(0, n)]);
			let nl: number;
			while ((nl = chunk.indexOf(10)) >= 0) {
				const line = chunk.subarray(0, nl).toString('utf8');
				chunk = chunk.subarray(nl + 1);
				if (line.trim()) for (const s of (JSON.parse(line) as {sentences: Array<{text: string}>}).sentences) out.push({text: s.text});
			}
			rest = Buffer.from(chunk);
		}
	} finally {
		closeSync(fd);
	}
	return out;
}

let t = performance.now();
const texts = sentenceTexts();
const readMs = performance.now() - t;
t = performance.now();
const fuse = new Fuse(texts, {keys: ['text']});
const fuseBuildMs = performance.now() - t;
const fuseMs = keystrokes.map(k => {
	const a = performance.now();
	fuse.search(k);
	return performance.now() - a;
});

// uFuzzy (issue 21's second peer) on the same keystrokes.
t = performance.now();
const uf = ufuzzySearcher(texts.map(x => x.text));
const ufuzzyBuildMs = performance.now() - t;
const ufuzzyMs = keystrokes.map(k => {
	const a = performance.now();
	uf(k);
	return performance.now() - a;
});

const query = buildDirectoryQuery(openDirectoryDataset(dir));
query.searchSession({perKind: 100}).update(keystrokes[0]!); // any one-time work happens before timing
const oursMs = keystrokes.map(k => {
	const runs = [0, 1, 2].map(() => {
		const session = query.searchSession({perKind: 100});
		const a = performance.now();
		session.update(k);
		return performance.now() - a;
	});
	return median(runs);
});
process.stdout.write(
	`${JSON.stringify({sentences: texts.length, readMs, fuseBuildMs, keystrokes, fuseMs, ufuzzyMs, ufuzzyBuildMs, oursMs, peakRssMb: peakRssMb()})}\n`,
);
