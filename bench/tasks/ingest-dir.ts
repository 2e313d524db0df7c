// Child process: the streaming ingest of one corpus folder into a dataset
// directory (the layout for large corpora), as `crisis-explorer ingest DIR
// --out OUT.d` runs it. Reports wall time and peak memory (VmHWM covers worker
// threads, which live in this process) as one JSON line.
// argv: corpusDir outDir [jobs]
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {LINK_MEASURE} from '../../source/dataset/build/builder.js';
import {peakRssMb} from '../lib/stats.js';
import {tuneCompilerForIngest} from '../../source/ingest/jit.js';

// As `crisis-explorer ingest` does before its first article.
tuneCompilerForIngest();

const [dir, out, jobsArg] = process.argv.slice(2) as [string, string, string | undefined];
rmSync(out, {recursive: true, force: true});
const started = performance.now();
const result = await ingestFolderToDirectory(dir, out, {manifestPath: join(dir, 'manifest.json'), ...(jobsArg ? {jobs: Number(jobsArg)} : {})});
const ms = performance.now() - started;
const {summary} = result;
process.stdout.write(
	`${JSON.stringify({articles: summary.articles, sentences: summary.sentences, events: summary.events, ms, linkMs: performance.getEntriesByName(LINK_MEASURE).reduce((ms, e) => ms + e.duration, 0), peakRssMb: peakRssMb()})}\n`,
);
