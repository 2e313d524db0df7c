// The I/O shell around the pure pipeline: read a folder of articles (.txt,
// saved pages, NDJSON and CSV records: see input/), one such file, or standard
// input, the optional manifest and the lexicon, and hand plain objects to pipeline.ts.
import {readFileSync, statSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import type {Article, Dataset} from '../dataset/schema.js';
import {CliError} from '../errors.js';
import {loadLexicons, type LexiconChoice} from './lexicons.js';
import {parseFiles} from './parallel.js';
import {buildDataset, serializeDataset, serializeDatasetChunks} from './pipeline.js';
import type {IngestSummary} from '../dataset/build/builder.js';
import {sanitize} from '../text/sanitize.js';
import type {Manifest, ManifestEntry} from './types.js';
import type {ColumnMap} from './input/columns.js';
import {listInputFiles, type ListOptions} from './input/list.js';
import {STDIN} from './input/units.js';
import type {ParseProgress} from './parallel.js';
import type {Mention} from './events/mentions.js';
import type {ArticleBytes} from '../dataset/build/article-json.js';
import type {ArticleTexts} from '../dataset/build/sorted-json.js';
import {timingsWanted} from './timings.js';

export {serializeDataset, serializeDatasetChunks};

export type IngestResult = {
	dataset: Dataset;
	skipped: Array<{file: string; reason: string}>;
	repaired: Array<{file: string; reason: string}>;
	summary: IngestSummary;
	/** The articles written where they were parsed: pass to serializeDataset with `dataset`. */
	texts?: ArticleTexts;
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A manifest describes files (a line or two each): 64 MB is several million entries; more is not a manifest. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** Publication dates before this year are typing mistakes, not news. */
const FIRST_YEAR = 1900;

/** A real calendar day (2022-02-31 is not one) from 1900 to a year from today, or why not. */
export function checkManifestDay(value: string, today = new Date()): string | null {
	const m = ISO_DAY.exec(value);
	if (!m) return 'expected an ISO date (YYYY-MM-DD)';
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	if (mo < 1 || mo > 12 || d < 1 || t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return 'not a calendar date';
	const last = Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate());
	if (y < FIRST_YEAR || t.getTime() > last) return `outside ${FIRST_YEAR}-01-01 to a year from today`;
	return null;
}

/** The manifest's bytes: a regular file (not a device or a pipe that never ends), and not too large. */
function manifestText(path: string): string {
	let st: ReturnType<typeof statSync>;
	try {
		st = statSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`, 1);
	}
	if (!st.isFile()) throw new CliError(`${path}: not a regular file (a manifest is a JSON file)`, 1);
	if (st.size > MAX_MANIFEST_BYTES)
		throw new CliError(`${path}: too large for a manifest (${Math.round(st.size / 1048576)} MB > ${MAX_MANIFEST_BYTES / 1048576} MB)`, 1);
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code})`, 1);
	}
}

export function readManifest(path: string): Manifest {
	const text = manifestText(path);
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new CliError(`${path}: not valid JSON`, 1);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CliError(`${path}: expected an object keyed by file name`, 1);
	// No prototype: a file named "__proto__" (JSON.parse makes it an own key) is an entry like any other,
	// never the object's prototype feeding dates to every file.
	const manifest: Manifest = Object.create(null);
	for (const [file, entry] of Object.entries(parsed as Record<string, unknown>)) {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new CliError(`${path}: ${sanitize(file)}: expected an object`, 1);
		const e = entry as Record<string, unknown>;
		const clean: ManifestEntry = {};
		for (const key of ['published', 'outlet', 'url', 'language'] as const) {
			const value = Object.hasOwn(e, key) ? e[key] : undefined;
			if (value === undefined) continue;
			if (typeof value !== 'string') throw new CliError(`${path}: ${sanitize(file)}.${key}: expected a string`, 1);
			clean[key] = value;
		}
		if (clean.published !== undefined) {
			const problem = checkManifestDay(clean.published);
			if (problem) throw new CliError(`${path}: ${sanitize(file)}.published: ${problem}, got '${sanitize(clean.published.slice(0, 40))}'`, 1);
		}
		manifest[file] = clean;
	}
	return manifest;
}

/** Every file under dir, subfolders included, as relative paths (input/list.ts says what is left out). */
export function listArticleFiles(dir: string, options: ListOptions = {}): string[] {
	try {
		return listInputFiles(dir, options);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(`${dir}: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : `cannot read (${code})`}`, 1);
	}
}

/** What `ingest PATH` reads: a folder's files, one file (a CSV export, a page), or standard input for `-`. */
export function inputFiles(
	path: string,
	options: {followLinks?: boolean} = {},
): {dir: string; files: string[]; skipped: Array<{file: string; reason: string}>} {
	const skipped: Array<{file: string; reason: string}> = [];
	if (path === STDIN) return {dir: '.', files: [STDIN], skipped};
	let file = false;
	try {
		file = statSync(path).isFile();
	} catch {
		// listArticleFiles names the problem.
	}
	if (file) return {dir: dirname(path), files: [basename(path)], skipped};
	const files = listArticleFiles(path, {followLinks: options.followLinks, onSkip: (f, reason) => skipped.push({file: f, reason})});
	return {dir: path, files, skipped};
}

export type IngestFolderOptions = {
	manifestPath?: string;
	lexiconDir?: LexiconChoice;
	/** Worker threads for parsing; default: every core when the folder holds PARALLEL_FROM files or more, else 1. */
	jobs?: number;
	/** Record files' columns (--columns). */
	columns?: ColumnMap;
	/** Standard input's bytes, when dir is `-`. */
	stdin?: Uint8Array;
	/** Read symbolic links that lead out of the input folder (--follow-links). */
	followLinks?: boolean;
	onProgress?: (progress: ParseProgress) => void;
	/**
	 * A directory ingest: link events in a worker beside the second pass
	 * (link-worker.ts). Default: with more than one job and PARALLEL_FROM
	 * articles or more; below, starting the thread costs more than it hides.
	 */
	linkWorker?: boolean;
};

export async function ingestFolder(dir: string, opts: IngestFolderOptions = {}): Promise<IngestResult> {
	const manifest = opts.manifestPath ? readManifest(opts.manifestPath) : {};
	const lexicons = loadLexicons(opts.lexiconDir);
	const input = inputFiles(dir, {followLinks: opts.followLinks});
	const parsed: Article[] = [];
	const mentions = new Map<Article, Mention[]>();
	const written = new Map<Article, ArticleBytes>();
	const skipped: IngestResult['skipped'] = [...input.skipped];
	const repaired: IngestResult['repaired'] = [];
	const {columns, stdin, onProgress} = opts;
	const started = performance.now();
	for await (const outcome of parseFiles(input.dir, input.files, {
		manifest,
		lexiconDir: opts.lexiconDir,
		jobs: opts.jobs,
		lexicons,
		columns,
		stdin,
		onProgress,
	})) {
		const {file} = outcome;
		if (!outcome.ok) {
			skipped.push({file, reason: outcome.reason});
			continue;
		}
		parsed.push(outcome.article);
		mentions.set(outcome.article, outcome.mentions);
		if (outcome.text) written.set(outcome.article, outcome.text);
		if (outcome.repairs.length > 0) repaired.push({file, reason: outcome.repairs.join('; ')});
	}
	// Beside link.ts's line under CE_TIMINGS=1: where the main thread's time goes (issue 21).
	const parsedAt = performance.now();
	const {dataset, summary, texts} = buildDataset(parsed, lexicons, mentions, written);
	if (timingsWanted()) process.stderr.write(`timing: parse ${(parsedAt - started).toFixed(0)} ms · build ${(performance.now() - parsedAt).toFixed(0)} ms\n`);
	return {dataset, skipped, repaired, summary, texts};
}
