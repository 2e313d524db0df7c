// `ingest DIR --out FILE`: builds a dataset from a folder of articles (.txt,
// saved pages, NDJSON or CSV records, subfolders included), one such file, or
// standard input (`ingest -`). Exit 0 when everything was ingested, 3 when
// some files or records were skipped, 1 when nothing usable was found (and
// then nothing is written).
import {UsageError, CliError} from '../errors.js';
import {existsSync} from 'node:fs';
import {ingestFolder, serializeDatasetChunks, type IngestFolderOptions} from '../ingest/run.js';
import {ingestFolderToDirectory} from '../ingest/directory.js';
import {handleInterrupts} from '../util/temp-name.js';
import {wantsDirectory} from '../dataset/directory/layout.js';
import {fileSink, streamSink} from '../export/sink.js';
import {sanitize} from '../text/sanitize.js';
import {parseColumns} from '../ingest/input/columns.js';
import {progressLine} from '../ingest/progress.js';
import type {Context} from './context.js';
import {tuneCompilerForIngest} from '../ingest/jit.js';
import {timingsWanted} from '../ingest/timings.js';

/** Above this many articles `ingest` suggests the directory layout (the JSON file is parsed whole at start-up). */
export const JSON_LAYOUT_SUGGESTED_MAX = 5000;

/** The one stderr line `ingest` adds when a JSON file is the wrong layout for the corpus's size, else null. */
export function layoutSuggestion(articles: number): string | null {
	if (articles <= JSON_LAYOUT_SUGGESTED_MAX) return null;
	return `note: ${count(articles, 'article')} in one JSON file; above ${JSON_LAYOUT_SUGGESTED_MAX.toLocaleString('en-US')} the dataset directory (--out NAME without .json) opens faster and in less memory`;
}

export async function runIngest(ctx: Context): Promise<number> {
	const [dir, ...extra] = ctx.args;
	if (!dir) throw new UsageError('ingest needs a folder, e.g. crisis-explorer ingest data/raw --out dataset.json');
	if (extra.length > 0) throw new UsageError(`ingest takes one folder; unexpected '${extra[0]}'`);
	if (!ctx.flags.out) throw new UsageError('ingest needs --out FILE (where to write the dataset)');
	if (ctx.flags.format !== undefined || ctx.flags.fields !== undefined)
		throw new UsageError('--format and --fields do not apply to ingest (it writes a dataset)');
	const jobs = jobsFlag(ctx.flags.jobs);
	// Before the first article is parsed (ingest/jit.ts says why, with the measurement).
	tuneCompilerForIngest();
	const columns = parseColumns(ctx.flags.columns);
	// Before anything is written: an interrupted ingest exits 143/130 and leaves no temporary behind.
	handleInterrupts();
	const {stderr} = ctx.io;
	const progress = progressLine(stderr);
	if (ctx.flags.lexiconOnly && !ctx.flags.lexicon) throw new UsageError('--lexicon-only needs --lexicon DIR (the folder that replaces the built-in lexicon)');
	// --lexicon DIR adds to the built-in lexicon; with --lexicon-only it replaces it.
	const lexiconDir = ctx.flags.lexicon && ctx.flags.lexiconOnly ? {dir: ctx.flags.lexicon, only: true as const} : ctx.flags.lexicon;
	const common = {manifestPath: ctx.flags.manifest, lexiconDir, jobs, columns, followLinks: ctx.flags.followLinks, onProgress: progress.update};
	if (wantsDirectory(ctx.flags.out)) {
		if (existsSync(ctx.flags.out) && !ctx.flags.force) throw new CliError(`${sanitize(ctx.flags.out)}: already exists; use --force to overwrite it`);
		return ingestDirectory(ctx, dir, ctx.flags.out, {...common, stdin: await stdinFor(ctx, dir)}, progress.end);
	}
	// Refuse an existing target before the (slow) ingest, not after. `--out -`: the JSON on standard output.
	const sink = ctx.flags.out === '-' ? streamSink(ctx.io.stdout) : fileSink(ctx.flags.out, {force: ctx.flags.force});
	try {
		const stdin = await stdinFor(ctx, dir);
		const result = await ingestFolder(dir, {...common, stdin}).finally(progress.end);
		// File names are untrusted too (a name can hold ESC or a newline), and so are
		// reasons that quote a record or a CSV header: shown, not obeyed.
		for (const {file, reason} of result.skipped) stderr.write(`skipped ${sanitize(file)}: ${sanitize(reason)}\n`);
		for (const {file, reason} of result.repaired) stderr.write(`repaired ${sanitize(file)}: ${sanitize(reason)}\n`);
		const {summary} = result;
		if (summary.articles === 0)
			throw new CliError(
				`${dir === '-' ? 'stdin' : dir}: nothing usable to ingest (${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} skipped); nothing written`,
			);
		const t0 = performance.now();
		const chunks = serializeJson(result.dataset, result.texts);
		const t1 = performance.now();
		for (const chunk of chunks) await sink.write(chunk);
		await sink.end();
		if (timingsWanted()) stderr.write(`timing: serialise ${(t1 - t0).toFixed(0)} ms · write ${(performance.now() - t1).toFixed(0)} ms\n`);
		stderr.write(
			`ingested ${count(summary.articles, 'article')} · ${count(summary.sentences, 'sentence')} · ${count(summary.actors, 'actor')} · ${count(summary.events, 'event')} · ${count(summary.unresolvedDates, 'unresolved date')}${summary.undatedArticles > 0 ? ` · ${count(summary.undatedArticles, 'article')} without a publication date (give it in a --manifest)` : ''}\n`,
		);
		const suggestion = layoutSuggestion(summary.articles);
		if (suggestion) stderr.write(`${suggestion}\n`);
		return result.skipped.length > 0 ? 3 : 0;
	} catch (error) {
		sink.abort();
		throw error;
	}
}

/** `ingest -`: standard input's bytes (NDJSON records, CSV, a page or a text), read whole. */
async function stdinFor(ctx: Context, dir: string): Promise<Uint8Array | undefined> {
	if (dir !== '-') return undefined;
	const {stdin} = ctx.io;
	if (stdin.isTTY)
		throw new UsageError(
			'ingest - reads articles from stdin, but stdin is a terminal; pipe them in, e.g. cat records.ndjson | crisis-explorer ingest - --out d.json',
		);
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks);
}

/** --out without .json: the dataset directory for large corpora, written article by article. */
async function ingestDirectory(ctx: Context, dir: string, out: string, opts: IngestFolderOptions, endProgress: () => void): Promise<number> {
	const {stderr} = ctx.io;
	const result = await ingestFolderToDirectory(dir, out, opts).finally(endProgress);
	for (const {file, reason} of result.skipped) stderr.write(`skipped ${sanitize(file)}: ${sanitize(reason)}\n`);
	for (const {file, reason} of result.repaired) stderr.write(`repaired ${sanitize(file)}: ${sanitize(reason)}\n`);
	const {summary} = result;
	if (summary.articles === 0)
		throw new CliError(`${dir}: nothing usable to ingest (${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} skipped)`);
	stderr.write(
		`ingested ${count(summary.articles, 'article')} · ${count(summary.sentences, 'sentence')} · ${count(summary.actors, 'actor')} · ${count(summary.events, 'event')} · ${count(summary.unresolvedDates, 'unresolved date')} into the directory ${sanitize(out)}\n`,
	);
	return result.skipped.length > 0 ? 3 : 0;
}

/** The dataset as one JSON document, or a plain error when it is larger than V8's longest string. */
function serializeJson(dataset: Parameters<typeof serializeDatasetChunks>[0], texts?: Parameters<typeof serializeDatasetChunks>[1]) {
	try {
		return serializeDatasetChunks(dataset, texts);
	} catch (error) {
		if (error instanceof RangeError)
			throw new CliError('the dataset is too large for one JSON file; write the directory layout instead (--out DIR, without .json); nothing written');
		throw error;
	}
}

/** --jobs N: a whole number of worker threads, at least 1. */
function jobsFlag(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
		throw new UsageError(`--jobs expects a whole number of at least 1, got '${sanitize(value.slice(0, 20))}'`);
	return Math.min(Number(value), 64);
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
