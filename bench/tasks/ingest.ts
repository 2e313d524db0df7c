// Child process: ingest one corpus folder and report per-stage times and peak
// memory as one JSON line. Run in its own process so its heap and VmHWM are its
// own, and pinned to one core by the runner.
import {BENCH_CODE_KEY} from '../lib/code-key.js';
import {fileSink} from '../../source/export/sink.js';
import {join} from 'node:path';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {articleMentions, buildDataset, parseArticle, serializeDatasetChunks} from '../../source/ingest/pipeline.js';
import type {Mention} from '../../source/ingest/events/mentions.js';
import type {Article} from '../../source/dataset/schema.js';
import {readArticle} from '../../source/ingest/read.js';
import {listArticleFiles, readManifest} from '../../source/ingest/run.js';
import {LINK_MEASURE} from '../../source/dataset/build/builder.js';
import {peakRssMb} from '../lib/stats.js';
import {availableParallelism} from 'node:os';
import {shortIngestUnits, tuneCompilerForIngest, tuneCompilerForShortIngest} from '../../source/ingest/jit.js';

// As `crisis-explorer ingest` does before its first article.
tuneCompilerForIngest();

const [dir, out] = process.argv.slice(2) as [string, string];
// The compiled built-in lexicon, as the CLI reads it (lexicon/cache.ts), when
// the runner has just built dist/ from this source and passes that build's
// key. Compiling it from source costs ~200 ms more than the CLI pays at
// start, and is what this task timed until session 12. Without a key (run by
// hand, or --no-build) the lexicon is compiled.
const codeKey = process.env[BENCH_CODE_KEY] || undefined;
const t0 = performance.now();
const lex = loadLexicons(undefined, codeKey);
const manifest = readManifest(join(dir, 'manifest.json'));
const t1 = performance.now();
let read = 0;
let parse = 0;
const parsed: Article[] = [];
// Each article's event mentions are found with it, as `ingest --jobs 1` does
// (parallel.ts parseUnit), not in one batch after all the parses.
const mentions = new Map<Article, Mention[]>();
// The corpus's .txt articles (listArticleFiles lists every file: targets.json and the like too).
const files = listArticleFiles(dir).filter(f => f.endsWith('.txt'));
// As `ingest` does for a short corpus (parallel.ts parseFiles).
if (files.length < shortIngestUnits(availableParallelism())) tuneCompilerForShortIngest();
for (const file of files) {
	const a = performance.now();
	const outcome = readArticle(join(dir, file), file);
	const b = performance.now();
	read += b - a;
	if (!outcome.ok) continue;
	const article = parseArticle(outcome.article, manifest, lex);
	parsed.push(article);
	mentions.set(article, articleMentions(article, lex));
	parse += performance.now() - b;
}
const t2 = performance.now();
const dataset = buildDataset(parsed, lex, mentions).dataset;
const t3 = performance.now();
// Written in pieces through the file sink, as `ingest` writes them
// (commands/ingest.ts), not joined into one string first (58 MB of UTF-16 at
// 1k articles).
const sink = fileSink(out, {force: true});
let bytes = 0;
for (const chunk of serializeDatasetChunks(dataset)) {
	await sink.write(chunk);
	bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
}
await sink.end();
const t4 = performance.now();
const sentences = dataset.articles.reduce((n, a) => n + a.sentences.length, 0);
process.stdout.write(
	`${JSON.stringify({
		articles: dataset.articles.length,
		sentences,
		events: dataset.events.length,
		bytes,
		ms: {lexicon: t1 - t0, read, parse, assemble: t3 - t2, serialize: t4 - t3, total: t4 - t0},
		linkMs: performance.getEntriesByName(LINK_MEASURE).reduce((ms, e) => ms + e.duration, 0),
		peakRssMb: peakRssMb(),
	})}\n`,
);
