// Child process: issue 21's ingest floor. Per article: read the file, one
// normalisation pass, one Aho–Corasick scan for every lexicon term. No
// extraction, nothing written: what any ingest of these files costs at least.
// argv: corpusDir [passes]. One JSON line: articles, ms (median pass), automaton.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {normalise} from '../../source/arabic/normalise.js';
import {buildAutomaton, scan} from '../lib/aho-corasick.js';
import {lexiconTerms} from '../lib/lexicon-terms.js';
import {median, peakRssMb} from '../lib/stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [dir, passesArg] = process.argv.slice(2) as [string, string | undefined];
const files = readdirSync(dir)
	.filter(f => f.endsWith('.txt'))
	.sort();
let t = performance.now();
const terms = lexiconTerms(root);
const automaton = buildAutomaton(terms);
const buildMs = performance.now() - t;

let hits = 0;
const count = () => {
	hits++;
};
const times: number[] = [];
let bytes = 0;
for (let pass = 0; pass < Number(passesArg ?? 3); pass++) {
	hits = 0;
	bytes = 0;
	t = performance.now();
	for (const f of files) {
		const text = readFileSync(join(dir, f), 'utf8');
		bytes += text.length;
		scan(automaton, normalise(text), count);
	}
	times.push(performance.now() - t);
}
const ms = median(times);
process.stdout.write(
	`${JSON.stringify({articles: files.length, ms, articlesPerSecond: files.length / (ms / 1000), passes: times.length, terms: terms.length, states: automaton.states, buildMs, hits, chars: bytes, peakRssMb: peakRssMb()})}\n`,
);
