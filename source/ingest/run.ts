// The I/O shell around the pure pipeline: read a folder of .txt files, the
// optional manifest and the lexicon, and hand plain objects to pipeline.ts.
import {readdirSync, readFileSync} from 'node:fs';
import type {Article, Dataset} from '../dataset/schema.js';
import {CliError} from '../errors.js';
import {loadLexicons} from './lexicons.js';
import {parseFiles} from './parallel.js';
import {buildDataset, serializeDataset} from './pipeline.js';
import type {IngestSummary} from '../dataset/build/builder.js';
import {sanitize} from '../text/sanitize.js';
import type {Manifest} from './types.js';

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

export function listArticleFiles(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter(f => f.toLowerCase().endsWith('.txt'))
			.sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(`${dir}: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : `cannot read (${code})`}`, 1);
	}
}

export type IngestFolderOptions = {
	manifestPath?: string;
	lexiconDir?: string;
	/** Worker threads for parsing; default: every core when the folder holds PARALLEL_FROM files or more, else 1. */
	jobs?: number;
};

export async function ingestFolder(dir: string, opts: IngestFolderOptions = {}): Promise<IngestResult> {
	const manifest = opts.manifestPath ? readManifest(opts.manifestPath) : {};
	const lexicons = loadLexicons(opts.lexiconDir);
	const files = listArticleFiles(dir);
	const parsed: Article[] = [];
	const skipped: IngestResult['skipped'] = [];
	const repaired: IngestResult['repaired'] = [];
	for await (const outcome of parseFiles(dir, files, {manifest, lexiconDir: opts.lexiconDir, jobs: opts.jobs, lexicons})) {
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
