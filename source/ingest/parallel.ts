// Parsing article files over several cores. Reading, cleaning, splitting and
// extracting one article depends on that article alone (events are linked
// across articles later, in the main thread), so files can be parsed in any
// worker; results are handed on in file order, so the dataset is byte-identical
// to a sequential run. At most a few files per worker are in flight or waiting
// to be consumed, so memory stays flat however large the folder.
import {availableParallelism} from 'node:os';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Article} from '../dataset/schema.js';
import {CliError} from '../errors.js';
import {loadLexicons} from './lexicons.js';
import {parseArticle, type Lexicons} from './pipeline.js';
import {readArticle} from './read.js';
import {prepareDirectoryArticle, type PreparedArticle} from './directory-prepare.js';
import type {Manifest} from './types.js';

export type ParsedFile = {file: string; ok: true; article: Article; repairs: string[]; prepared?: PreparedArticle} | {file: string; ok: false; reason: string};
/** Per-article work to do in the worker after parsing: 'directory' prepares the article for a directory ingest. */
export type PrepareMode = 'directory';

export type ParseFilesOptions = {
	manifest: Manifest;
	lexiconDir?: string;
	/** Worker threads; 1 parses in this thread. Default: every core from PARALLEL_FROM files, else 1. */
	jobs?: number;
	/** Lexicons already loaded here, used when parsing in this thread. */
	lexicons?: Lexicons;
	prepare?: PrepareMode;
};

/** What a parse worker is started with (see source/main.ts). */
export type ParseWorkerData = {ceParseWorker: true; dir: string; manifest: Manifest; lexiconDir?: string; prepare?: PrepareMode};
export type ParseRequest = {seq: number; file: string};
export type ParseReply = {seq: number; result: ParsedFile} | {seq: number; error: string} | {fatal: string; exitCode: number};

/** Folders this large are parsed in workers by default: below it, starting workers costs more than it saves. */
export const PARALLEL_FROM = 200;
/** Files handed to each worker ahead of the one being consumed. */
const AHEAD_PER_WORKER = 4;

export function defaultJobs(): number {
	return Math.max(1, availableParallelism());
}

/** One file: read (never throws: a bad file is skipped with its reason), then parsed. */
export function parseFile(dir: string, file: string, manifest: Manifest, lex: Lexicons, prepare?: PrepareMode): ParsedFile {
	const outcome = readArticle(join(dir, file), file);
	if (!outcome.ok) return {file, ok: false, reason: outcome.reason};
	const article = parseArticle(outcome.article, manifest, lex);
	if (prepare === 'directory') {
		// One object graph in the message: `article` is the prepared (validated) one.
		const prepared = prepareDirectoryArticle(article, lex);
		return {file, ok: true, article: prepared.article, repairs: outcome.repairs, prepared};
	}
	return {file, ok: true, article, repairs: outcome.repairs};
}

/** Parses the files of dir (names as listArticleFiles gives them) and yields the results in the order given. */
export async function* parseFiles(dir: string, files: string[], opts: ParseFilesOptions): AsyncGenerator<ParsedFile> {
	const jobs = Math.min(Math.max(1, Math.floor(opts.jobs ?? (files.length >= PARALLEL_FROM ? defaultJobs() : 1))), files.length);
	if (jobs <= 1) {
		const lex = opts.lexicons ?? loadLexicons(opts.lexiconDir);
		for (const file of files) yield parseFile(dir, file, opts.manifest, lex, opts.prepare);
		return;
	}
	yield* parseInWorkers(dir, files, opts, jobs);
}

/**
 * How to start a worker. The CLI ships as one bundle whose entry
 * (source/main.ts) turns into a parse worker when started with
 * ParseWorkerData, so the bundle starts itself. From source (tsx, vitest) the
 * entry is a .ts file: Node 20 does not pass tsx's loader to workers (nor
 * honour `--import tsx` in a worker's execArgv), so a few lines of
 * evaluated code register it in the worker before importing the entry.
 */
function workerScript(): {script: string | URL; eval: boolean} {
	const here = import.meta.url;
	if (!here.endsWith('.ts')) {
		// The bundle is split (scripts/build.mjs): this code may sit in a chunk
		// under dist/chunks/, but only the entry dist/cli.js turns into a worker.
		return {script: new URL(/\/chunks\/[^/]+$/.test(here) ? '../cli.js' : './cli.js', here), eval: false};
	}
	const require = createRequire(here);
	const pkg = require.resolve('tsx/package.json');
	const api = (require(pkg) as {exports: Record<string, {import: {default: string}}>}).exports['./esm/api']!.import.default;
	const apiUrl = pathToFileURL(join(dirname(pkg), api)).href;
	const entry = new URL('../main.ts', here).href;
	return {script: `import(${JSON.stringify(apiUrl)}).then(m => m.register()).then(() => import(${JSON.stringify(entry)}));`, eval: true};
}

async function* parseInWorkers(dir: string, files: string[], opts: ParseFilesOptions, jobs: number): AsyncGenerator<ParsedFile> {
	const {script, eval: evaluated} = workerScript();
	const data: ParseWorkerData = {ceParseWorker: true, dir, manifest: opts.manifest, ...(opts.lexiconDir ? {lexiconDir: opts.lexiconDir} : {}), ...(opts.prepare ? {prepare: opts.prepare} : {})};
	const done = new Map<number, ParsedFile>();
	let failure: Error | null = null;
	let wake: (() => void) | null = null;
	const signal = () => {
		const w = wake;
		wake = null;
		w?.();
	};
	const fail = (error: Error) => {
		failure ??= error;
		signal();
	};
	const workers: Worker[] = [];
	const load: number[] = [];
	let finished = false;
	for (let w = 0; w < jobs; w++) {
		const worker = new Worker(script, {workerData: data, eval: evaluated});
		load.push(0);
		worker.on('message', (reply: ParseReply) => {
			if ('fatal' in reply) return fail(new CliError(reply.fatal, reply.exitCode));
			load[w]!--;
			if ('error' in reply) return fail(new CliError(`${files[reply.seq]}: ${reply.error}`));
			done.set(reply.seq, reply.result);
			signal();
		});
		worker.on('error', error => fail(new CliError(`a parse worker failed: ${error.message}`)));
		worker.on('exit', code => {
			if (!finished) fail(new CliError(`a parse worker stopped (exit code ${code})`));
		});
		workers.push(worker);
	}
	let sent = 0;
	const send = (limit: number) => {
		while (sent < limit && sent < files.length) {
			// To the least busy worker, so a slow file does not hold up the others' share.
			let w = 0;
			for (let i = 1; i < jobs; i++) if (load[i]! < load[w]!) w = i;
			load[w]!++;
			workers[w]!.postMessage({seq: sent, file: files[sent]!} satisfies ParseRequest);
			sent++;
		}
	};
	try {
		for (let next = 0; next < files.length; next++) {
			send(next + jobs * AHEAD_PER_WORKER);
			while (!done.has(next)) {
				if (failure) throw failure;
				await new Promise<void>(resolve => {
					wake = resolve;
				});
			}
			if (failure) throw failure;
			const result = done.get(next)!;
			done.delete(next);
			yield result;
		}
	} finally {
		finished = true;
		await Promise.all(workers.map(w => w.terminate()));
	}
}
