// `ingest DIR --out FILE`: builds a dataset from a folder of .txt articles.
// Exit 0 when every file was ingested, 3 when some were skipped, 1 when
// nothing usable was found (and then nothing is written).
import {UsageError, CliError} from '../errors.js';
import {existsSync} from 'node:fs';
import {ingestFolder, serializeDataset} from '../ingest/run.js';
import {ingestFolderToDirectory} from '../ingest/directory.js';
import {wantsDirectory} from '../dataset/directory/layout.js';
import {fileSink} from '../export/sink.js';
import {sanitize} from '../text/sanitize.js';
import type {Context} from './context.js';

export async function runIngest(ctx: Context): Promise<number> {
	const [dir, ...extra] = ctx.args;
	if (!dir) throw new UsageError('ingest needs a folder, e.g. crisis-explorer ingest data/raw --out dataset.json');
	if (extra.length > 0) throw new UsageError(`ingest takes one folder; unexpected '${extra[0]}'`);
	if (!ctx.flags.out) throw new UsageError('ingest needs --out FILE (where to write the dataset)');
	if (ctx.flags.format !== undefined || ctx.flags.fields !== undefined) throw new UsageError('--format and --fields do not apply to ingest (it writes a dataset)');
	const jobs = jobsFlag(ctx.flags.jobs);
	const {stderr} = ctx.io;
	if (wantsDirectory(ctx.flags.out)) return ingestDirectory(ctx, dir, ctx.flags.out);
	// Refuse an existing target before the (slow) ingest, not after.
	const sink = fileSink(ctx.flags.out, {force: ctx.flags.force});
	try {
		const result = await ingestFolder(dir, {manifestPath: ctx.flags.manifest, lexiconDir: ctx.flags.lexicon, jobs});
		// File names are untrusted too (a name can hold ESC or a newline): shown, not obeyed.
		for (const {file, reason} of result.skipped) stderr.write(`skipped ${sanitize(file)}: ${reason}\n`);
		for (const {file, reason} of result.repaired) stderr.write(`repaired ${sanitize(file)}: ${reason}\n`);
		const {summary} = result;
		if (summary.articles === 0) throw new CliError(`${dir}: nothing usable to ingest (${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} skipped); nothing written`);
		await sink.write(serializeDataset(result.dataset));
		await sink.end();
		stderr.write(
			`ingested ${count(summary.articles, 'article')} · ${count(summary.sentences, 'sentence')} · ${count(summary.actors, 'actor')} · ${count(summary.events, 'event')} · ${count(summary.unresolvedDates, 'unresolved date')}${summary.undatedArticles > 0 ? ` · ${count(summary.undatedArticles, 'article')} without a publication date (give it in a --manifest)` : ''}\n`,
		);
		return result.skipped.length > 0 ? 3 : 0;
	} catch (error) {
		sink.abort();
		throw error;
	}
}

/** --out without .json: the dataset directory for large corpora, written article by article. */
async function ingestDirectory(ctx: Context, dir: string, out: string): Promise<number> {
	const {stderr} = ctx.io;
	if (existsSync(out) && !ctx.flags.force) throw new CliError(`${sanitize(out)}: already exists; use --force to overwrite it`);
	const result = await ingestFolderToDirectory(dir, out, {manifestPath: ctx.flags.manifest, lexiconDir: ctx.flags.lexicon, jobs: jobsFlag(ctx.flags.jobs)});
	for (const {file, reason} of result.skipped) stderr.write(`skipped ${sanitize(file)}: ${reason}\n`);
	for (const {file, reason} of result.repaired) stderr.write(`repaired ${sanitize(file)}: ${reason}\n`);
	const {summary} = result;
	if (summary.articles === 0) throw new CliError(`${dir}: nothing usable to ingest (${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} skipped)`);
	stderr.write(
		`ingested ${count(summary.articles, 'article')} · ${count(summary.sentences, 'sentence')} · ${count(summary.actors, 'actor')} · ${count(summary.events, 'event')} · ${count(summary.unresolvedDates, 'unresolved date')} into the directory ${sanitize(out)}\n`,
	);
	return result.skipped.length > 0 ? 3 : 0;
}

/** --jobs N: a whole number of worker threads, at least 1. */
function jobsFlag(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--jobs expects a whole number of at least 1, got '${sanitize(value.slice(0, 20))}'`);
	return Math.min(Number(value), 64);
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
