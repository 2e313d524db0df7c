// The I/O shell around the pure pipeline: read a folder of articles (.txt,
// saved pages, NDJSON and CSV records: see input/), one such file, or standard
// input, the optional manifest and the lexicon, and hand plain objects to pipeline.ts.
import {readFileSync, statSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import type {Article, Dataset} from '../dataset/schema.js';
import {CliError} from '../errors.js';
import {loadLexicons, type LexiconChoice} from './lexicons.js';
import {parseFiles} from './parallel.js';
import {buildDataset, serializeDataset} from './pipeline.js';
import type {IngestSummary} from '../dataset/build/builder.js';
import {sanitize} from '../text/sanitize.js';
import type {Manifest} from './types.js';
import type {ColumnMap} from './input/columns.js';
import {listInputFiles} from './input/list.js';
import {STDIN} from './input/units.js';
import type {ParseProgress} from './parallel.js';

export {serializeDataset};

export type IngestResult = {
	dataset: Dataset;
	skipped: Array<{file: string; reason: string}>;
	repaired: Array<{file: string; reason: string}>;
	summary: IngestSummary;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readManifest(path: string): Manifest {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : 'not valid JSON'}`, 1);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CliError(`${path}: expected an object keyed by file name`, 1);
	const manifest: Manifest = {};
	for (const [file, entry] of Object.entries(parsed as Record<string, unknown>)) {
		if (!entry || typeof entry !== 'object') throw new CliError(`${path}: ${sanitize(file)}: expected an object`, 1);
		const e = entry as Record<string, unknown>;
		for (const key of ['published', 'outlet', 'url', 'language'] as const) {
			if (e[key] !== undefined && typeof e[key] !== 'string') throw new CliError(`${path}: ${sanitize(file)}.${key}: expected a string`, 1);
		}
		if (typeof e.published === 'string' && !ISO_DAY.test(e.published)) {
			throw new CliError(`${path}: ${sanitize(file)}.published: expected an ISO date (YYYY-MM-DD), got '${sanitize(e.published.slice(0, 40))}'`, 1);
		}
		manifest[file] = e as Manifest[string];
	}
	return manifest;
}

/** Every file under dir, subfolders included, as relative paths (input/list.ts says what is left out). */
export function listArticleFiles(dir: string): string[] {
	try {
		return listInputFiles(dir);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(`${dir}: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : `cannot read (${code})`}`, 1);
	}
}

/** What `ingest PATH` reads: a folder's files, one file (a CSV export, a page), or standard input for `-`. */
export function inputFiles(path: string): {dir: string; files: string[]} {
	if (path === STDIN) return {dir: '.', files: [STDIN]};
	let file = false;
	try {
		file = statSync(path).isFile();
	} catch {
		// listArticleFiles names the problem.
	}
	return file ? {dir: dirname(path), files: [basename(path)]} : {dir: path, files: listArticleFiles(path)};
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
	onProgress?: (progress: ParseProgress) => void;
};

export async function ingestFolder(dir: string, opts: IngestFolderOptions = {}): Promise<IngestResult> {
	const manifest = opts.manifestPath ? readManifest(opts.manifestPath) : {};
	const lexicons = loadLexicons(opts.lexiconDir);
	const input = inputFiles(dir);
	const parsed: Article[] = [];
	const skipped: IngestResult['skipped'] = [];
	const repaired: IngestResult['repaired'] = [];
	const {columns, stdin, onProgress} = opts;
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
		if (outcome.repairs.length > 0) repaired.push({file, reason: outcome.repairs.join('; ')});
	}
	const {dataset, summary} = buildDataset(parsed, lexicons);
	return {dataset, skipped, repaired, summary};
}
