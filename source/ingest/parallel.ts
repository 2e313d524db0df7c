// Parsing article files over several cores. Reading, cleaning, splitting and
// extracting one article depends on that article alone (events are linked
// across articles later, in the main thread), so files can be parsed in any
// worker; results are handed on in file order, so the dataset is byte-identical
// to a sequential run. At most two batches of files per worker are in flight or waiting
// to be consumed, so memory stays flat however large the folder.
import {availableParallelism} from 'node:os';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import {yieldToEventLoop} from '../util/yield.js';
import {shortIngestUnits, tuneCompilerForShortIngest} from './jit.js';
import type {Article} from '../dataset/schema.js';
import {type ArticleBytes, articleBytes, articleText} from '../dataset/build/article-json.js';
import {CliError} from '../errors.js';
import {loadLexicons, type LexiconChoice} from './lexicons.js';
import {articleMentions, parseArticle, type Lexicons} from './pipeline.js';
import type {Mention} from './events/mentions.js';
import type {Token} from '../arabic/gazetteer.js';
import {prepareDirectoryArticle} from './directory-prepare.js';
import {type SpilledArticle, SpillWriter} from './spill-files.js';
import type {ColumnMap} from './input/columns.js';
import {readUnit} from './input/read-unit.js';
import {planUnits, unitFile, type PlannedUnit, type WorkUnit} from './input/units.js';
import type {Manifest} from './types.js';

/**
 * `mentions`: the article's event mentions (pipeline.ts articleMentions), found in the worker that parsed it.
 * `text`: the article's JSON layout text, written by the worker that parsed it (article-json.ts).
 */
export type ParsedFile =
	| {file: string; ok: true; article: Article; mentions: Mention[]; repairs: string[]; text?: ArticleBytes}
	| {file: string; ok: false; reason: string};
/** A file parsed for a directory ingest (prepare: 'directory'): the article written to a spill file (spill-files.ts), not sent as objects. */
export type SpilledFile = {file: string; ok: true; spilled: SpilledArticle; repairs: string[]} | {file: string; ok: false; reason: string};
type AnyParsed = ParsedFile | SpilledFile;
/** Per-article work to do in the worker after parsing: 'directory' prepares the article for a directory ingest. */
export type PrepareMode = 'directory';

export type ParseFilesOptions = {
	manifest: Manifest;
	lexiconDir?: LexiconChoice;
	/** Worker threads; 1 parses in this thread. Default: every core from PARALLEL_FROM files, else 1. */
	jobs?: number;
	/** Lexicons already loaded here, used when parsing in this thread. */
	lexicons?: Lexicons;
	prepare?: PrepareMode;
	/** Record files' columns (--columns). */
	columns?: ColumnMap;
	/** Standard input's bytes, for the file `-` (`ingest -`). */
	stdin?: Uint8Array;
	/** Called after each result is consumed. */
	onProgress?: (progress: ParseProgress) => void;
	/** With prepare 'directory': the folder each parsing thread writes its spill file in (spill-files.ts). */
	spillDir?: string;
};

/** How far a parse has got: listed files completed of the total, `done` counting a record file's share of records parsed. */
export type ParseProgress = {files: number; total: number; done: number; articles: number};

/** What a parse worker is started with (see source/main.ts). */
export type ParseWorkerData = {
	ceParseWorker: true;
	dir: string;
	lexiconDir?: LexiconChoice;
	prepare?: PrepareMode;
	/** With prepare 'directory': the worker's spill file, `spillFile` in `spillDir` (spill-files.ts). */
	spillDir?: string;
	spillFile?: number;
};
/** `manifest`: the unit's own entries (manifestFor), not the whole manifest. */
export type ParseRequest = {seq: number; unit: WorkUnit; manifest: Manifest};
/**
 * What the main thread sends a parse worker: a batch of units to parse (in
 * the order given, their replies posted together, one WireReply each), or,
 * once all are answered, word to close its spill file.
 */
export type ParseMessage = {batch: ParseRequest[]} | {close: true};
export type ParseReply = {seq: number; result: AnyParsed} | {seq: number; error: string} | {fatal: string; exitCode: number} | {closed: true};

/**
 * A reply crosses to the main thread as JSON text, not as the object graph
 * postMessage would structured-clone. Measured on 5k articles, 2 workers:
 * the main thread links and builds from what it received, and with cloned
 * objects that took link 4.4–4.9 s and build 5.3–5.8 s; from JSON.parse,
 * link 2.5–2.7 s and build 3.5–3.8 s, same machine and minute (JSON.parse
 * internalises the short strings, such as mention types and keys, that the
 * linker compares and looks up; the clone copies each occurrence afresh).
 *
 * An article is sent as its JSON layout text in UTF-8 (article-json.ts), a
 * transferred buffer, the reply's other fields beside it: the main thread
 * parses the article from it and keeps the bytes to write the dataset with. Where no text can be written,
 * it goes with the reply. A directory ingest's article is in its worker's
 * spill file (spill-files.ts): its reply is the file's number and the
 * discovered people it names.
 */
export type WireReply = string | [reply: string, article: Uint8Array];
/** A batch's replies, in the order of its units, posted as one message (the articles' buffers transferred). */
export type WireBatch = {replies: WireReply[]};

/** In the worker: the reply to post, its article written as its JSON layout text where it can be. */
export function encodeReply(reply: ParseReply): WireReply {
	if (!('result' in reply) || !reply.result.ok) return JSON.stringify(reply);
	// A spilled article's row is in its spill file: the reply is small.
	if ('spilled' in reply.result) return JSON.stringify(reply);
	const {article, mentions, ...rest} = reply.result;
	const text = articleText(article);
	const written = text && articleBytes(text);
	if (!written) return JSON.stringify(reply);
	return [JSON.stringify({seq: reply.seq, result: {...rest, mentions, events: written.events}}), written.bytes];
}

/** In the main thread: the reply encodeReply sent. */
export function decodeReply(wire: WireReply): ParseReply {
	if (typeof wire !== 'string') {
		const [head, bytes] = wire;
		const reply = JSON.parse(head) as {seq: number; result: Omit<Extract<ParsedFile, {ok: true}>, 'article'> & {events: number[]}};
		const {events, ...result} = reply.result;
		const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
		return {seq: reply.seq, result: {...result, article: JSON.parse(text) as Article, text: {bytes, events}}};
	}
	return JSON.parse(wire) as ParseReply;
}

/**
 * Folders this large are parsed in workers by default: below it, starting
 * workers (each compiles the code and the lexicons again, and the two cores
 * are shared with the main thread and V8's helper threads) costs more than it
 * saves. Measured on the 2-core machine, default against --jobs 1, runs
 * interleaved: 1k articles 4.7–5.1 s against 3.7–4.0 s, 2.5k 9.0–9.1 s
 * against 8.4–8.5 s, 5k 13.4–15.0 s against 15.2–16.4 s (it was 200).
 */
export const PARALLEL_FROM = 3000;
/**
 * A parse worker's young generation: parsing allocates short-lived objects
 * fast, and a larger nursery scavenges less often (and the platform's GC
 * helper threads, which share the same two cores, work less). Five pairs of
 * runs interleaved on the shared machine, CPU of the whole process: 1k
 * articles 9.2–9.9 s against 9.8–10.6 s; 5k 21.8–26.7 s against 24.7–29.4 s.
 */
const WORKER_YOUNG_MB = 64;
/**
 * Units go to a worker in batches of up to this many, and come back so: a
 * message each way per article cost the worker 3.7% of its profile in
 * postMessage alone at 10k articles (bundled CLI, 2 workers; 82 µs a reply,
 * most of it the main thread being woken on one of the two busy cores), and
 * the process 370-420k context switches at 100k (65-120k in batches). A
 * batch of 16 is ~30 ms of a worker's parse, far below what an ingest of
 * thousands takes, so the workers' shares stay even.
 */
const BATCH_UNITS = 16;
/** Batches handed to each worker ahead of the one being consumed: a worker never waits for the next. */
const BATCHES_AHEAD = 2;
/**
 * A record travels with its unit (a record file is read whole in this
 * thread), so a batch also ends at this much text, and no more than a batch's
 * worth a worker is sent ahead: large records go a few at a time, not 32 a
 * worker. A file's unit is its name; the worker reads it.
 */
export const BATCH_TEXT = 1 << 20;

/** The text a unit carries to its worker (UTF-16 units; a file's unit carries none). */
function unitText(unit: WorkUnit): number {
	return unit.kind === 'record' ? (unit.record.text?.length ?? 0) + (unit.record.html?.length ?? 0) : 0;
}

/**
 * Requests in batches of at most `size` units and BATCH_TEXT of text (a
 * unit larger than that is a batch alone), in order.
 */
export function batchesOf(requests: readonly ParseRequest[], size: number): ParseRequest[][] {
	const out: ParseRequest[][] = [];
	let batch: ParseRequest[] = [];
	let text = 0;
	for (const r of requests) {
		const t = unitText(r.unit);
		if (batch.length > 0 && (batch.length >= size || text + t > BATCH_TEXT)) {
			out.push(batch);
			batch = [];
			text = 0;
		}
		batch.push(r);
		text += t;
	}
	if (batch.length > 0) out.push(batch);
	return out;
}

export function defaultJobs(): number {
	return Math.max(1, availableParallelism());
}

/**
 * The entries of `manifest` a unit's article can be found by (parseArticle
 * looks up its file, then its id). A worker is sent these with each unit,
 * not the whole manifest when it starts: a copy of it in each parse worker
 * (100k entries, ~25 MB live) let each worker's heap grow to ~270 MB
 * committed at 100k articles, against ~100 MB at 10k (--trace-gc).
 */
export function manifestFor(manifest: Manifest, unit: WorkUnit): Manifest {
	if (unit.kind === 'skip') return {};
	const keys = unit.kind === 'record' ? [unit.record.file, unit.record.id] : [unit.file, unit.id];
	// fromEntries defines own keys: a file named __proto__ stays a key, not the prototype.
	return Object.fromEntries(keys.filter(k => Object.hasOwn(manifest, k)).map(k => [k, manifest[k]!]));
}

/** One unit: read (never throws: a bad file or record is skipped with its reason), then parsed. `spill`: where a directory ingest's article goes (prepare 'directory'). */
export async function parseUnit(
	dir: string,
	unit: WorkUnit,
	manifest: Manifest,
	lex: Lexicons,
	prepare?: PrepareMode,
	spill?: SpillWriter,
): Promise<AnyParsed> {
	const file = unitFile(unit);
	if (unit.kind === 'skip') return {file, ok: false, reason: unit.reason};
	const outcome = await readUnit(dir, unit);
	if (!outcome.ok) return {file, ok: false, reason: outcome.reason};
	// A directory ingest's search text is made from each sentence's normalised text.
	const normalised: string[] | undefined = prepare === 'directory' ? [] : undefined;
	const tokens: Token[][] = [];
	const article = parseArticle(outcome.article, manifest, lex, normalised, tokens);
	// Per-article event work here, in the worker, not in the main thread's build.
	const mentions = articleMentions(article, lex, tokens);
	if (prepare === 'directory') {
		if (!spill) throw new Error('a directory ingest parses into a spill file');
		return {file, ok: true, spilled: spill.write(prepareDirectoryArticle(article, lex, mentions, normalised)), repairs: outcome.repairs};
	}
	return {file, ok: true, article, mentions, repairs: outcome.repairs};
}

/**
 * Parses the files of dir (paths as listArticleFiles gives them, or `-` for
 * standard input) and yields the results in the order given, a record file's
 * records in id order.
 */
export function parseFiles(dir: string, files: string[], opts: ParseFilesOptions & {prepare: 'directory'}): AsyncGenerator<SpilledFile>;
export function parseFiles(dir: string, files: string[], opts: ParseFilesOptions & {prepare?: undefined}): AsyncGenerator<ParsedFile>;
export async function* parseFiles(dir: string, files: string[], opts: ParseFilesOptions): AsyncGenerator<AnyParsed> {
	const units = planUnits(dir, files, {columns: opts.columns, stdin: opts.stdin});
	// A look ahead decides whether workers pay: records are only counted once their file is split.
	const head: PlannedUnit[] = [];
	// (With --jobs, still far enough to tell a short ingest, jit.ts.)
	const want = opts.jobs === undefined ? PARALLEL_FROM : Math.max(1, Math.floor(opts.jobs));
	const shortBelow = shortIngestUnits(availableParallelism());
	let exhausted = false;
	while (head.length < Math.max(want, shortBelow)) {
		const r = await units.next();
		if (r.done) {
			exhausted = true;
			break;
		}
		head.push(r.value);
	}
	let jobs = opts.jobs === undefined ? (exhausted ? 1 : defaultJobs()) : want;
	if (exhausted) jobs = Math.min(jobs, Math.max(1, head.filter(p => p.unit.kind !== 'skip').length));
	const source = (async function* () {
		yield* head;
		if (!exhausted) yield* units;
	})();
	if (exhausted && jobs <= 1 && head.length < shortBelow) tuneCompilerForShortIngest();
	const results = jobs <= 1 ? parseHere(dir, source, opts) : parseInWorkers(dir, source, opts, jobs);
	const progress: ParseProgress = {files: 0, total: files.length, done: 0, articles: 0};
	let turned = Date.now();
	for await (const [planned, result] of results) {
		// Parsing in this thread is synchronous work: without a turn of the event loop now and then, Ctrl-C waits for the whole ingest.
		if (Date.now() - turned > YIELD_MS) {
			await yieldToEventLoop();
			turned = Date.now();
		}
		if (planned.last) progress.files++;
		progress.done += planned.part;
		if (result.ok) progress.articles++;
		yield result;
		opts.onProgress?.(progress);
	}
}

/** How long parsing runs between turns of the event loop (when a signal is seen). */
const YIELD_MS = 50;

async function* parseHere(dir: string, source: AsyncIterable<PlannedUnit>, opts: ParseFilesOptions): AsyncGenerator<[PlannedUnit, AnyParsed]> {
	const lex = opts.lexicons ?? loadLexicons(opts.lexiconDir);
	const spill = opts.prepare === 'directory' ? new SpillWriter(spillDirOf(opts), 0) : undefined;
	try {
		for await (const planned of source) yield [planned, await parseUnit(dir, planned.unit, opts.manifest, lex, opts.prepare, spill)];
		// Complete before the last result's consumer reads the spill.
		spill?.close();
	} finally {
		spill?.abandon();
	}
}

function spillDirOf(opts: ParseFilesOptions): string {
	if (opts.spillDir === undefined) throw new Error('a directory ingest parses into spill files: no folder given');
	return opts.spillDir;
}

/**
 * How to start a worker. The CLI ships as one bundle whose entry
 * (source/main.ts) turns into a parse worker when started with
 * ParseWorkerData, so the bundle starts itself. From source (tsx, vitest) the
 * entry is a .ts file: Node 20 does not pass tsx's loader to workers (nor
 * honour `--import tsx` in a worker's execArgv), so a few lines of
 * evaluated code register it in the worker before importing the entry.
 */
export function workerScript(): {script: string | URL; eval: boolean} {
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

async function* parseInWorkers(
	dir: string,
	source: AsyncIterator<PlannedUnit>,
	opts: ParseFilesOptions,
	jobs: number,
): AsyncGenerator<[PlannedUnit, AnyParsed]> {
	const {script, eval: evaluated} = workerScript();
	const data: ParseWorkerData = {
		ceParseWorker: true,
		dir,
		...(opts.lexiconDir ? {lexiconDir: opts.lexiconDir} : {}),
		...(opts.prepare ? {prepare: opts.prepare} : {}),
	};
	const done = new Map<number, AnyParsed>();
	const planned = new Map<number, PlannedUnit>();
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
	// Each worker writes a spill file of its own (spill-files.ts): file w + 1.
	const spillDir = opts.prepare === 'directory' ? spillDirOf(opts) : undefined;
	let closed = 0;
	for (let w = 0; w < jobs; w++) {
		const workerData: ParseWorkerData = spillDir === undefined ? data : {...data, spillDir, spillFile: w + 1};
		const worker = new Worker(script, {workerData, eval: evaluated, resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_MB}});
		load.push(0);
		const receive = (wire: WireReply) => {
			const reply = decodeReply(wire);
			if ('fatal' in reply) return fail(new CliError(reply.fatal, reply.exitCode));
			if ('closed' in reply) {
				closed++;
				return;
			}
			load[w]!--;
			if ('error' in reply) {
				const p = planned.get(reply.seq);
				return fail(new CliError(`${p ? unitFile(p.unit) : `unit ${reply.seq}`}: ${reply.error}`));
			}
			done.set(reply.seq, reply.result);
		};
		worker.on('message', (message: WireReply | WireBatch) => {
			if (typeof message === 'object' && 'replies' in message) for (const wire of message.replies) receive(wire);
			else receive(message);
			signal();
		});
		worker.on('error', error => fail(new CliError(`a parse worker failed: ${error.message}`)));
		worker.on('exit', code => {
			if (!finished) fail(new CliError(`a parse worker stopped (exit code ${code})`));
		});
		workers.push(worker);
	}
	let sent = 0;
	let exhausted = false;
	// The text of the units sent and not yet consumed (unitText).
	let textAhead = 0;
	// A batch goes to the least busy worker, so a slow file does not hold up the others' share.
	const dispatch = (batch: ParseRequest[]) => {
		let w = 0;
		for (let i = 1; i < jobs; i++) if (load[i]! < load[w]!) w = i;
		load[w]! += batch.length;
		workers[w]!.postMessage({batch} satisfies ParseMessage);
	};
	// Refilled once no more than a batch a worker is ahead of the consumer (`next`), up to BATCHES_AHEAD a worker:
	// a refill then sends whole batches, not one unit each time a result is consumed.
	const refill = async (next: number) => {
		if (exhausted || sent - next > jobs * BATCH_UNITS || textAhead > jobs * BATCH_TEXT) return;
		const fetched: ParseRequest[] = [];
		const limit = next + jobs * BATCHES_AHEAD * BATCH_UNITS;
		while (sent < limit && textAhead <= jobs * BATCHES_AHEAD * BATCH_TEXT) {
			const r = await source.next();
			if (r.done) {
				exhausted = true;
				break;
			}
			planned.set(sent, r.value);
			const {unit} = r.value;
			// A skip needs no worker; it waits its turn like any result.
			if (unit.kind === 'skip') done.set(sent, {file: unit.file, ok: false, reason: unit.reason});
			else fetched.push({seq: sent, unit, manifest: manifestFor(opts.manifest, unit)});
			textAhead += unitText(unit);
			sent++;
		}
		// Fewer than a full batch a worker (a small folder, the last units): shared out evenly.
		for (const batch of batchesOf(fetched, Math.min(BATCH_UNITS, Math.ceil(fetched.length / jobs)))) dispatch(batch);
	};
	try {
		for (let next = 0; ; next++) {
			await refill(next);
			if (next >= sent) break;
			while (!done.has(next)) {
				if (failure) throw failure;
				await new Promise<void>(resolve => {
					wake = resolve;
				});
			}
			if (failure) throw failure;
			const result = done.get(next)!;
			done.delete(next);
			const p = planned.get(next)!;
			planned.delete(next);
			textAhead -= unitText(p.unit);
			yield [p, result];
		}
		if (spillDir !== undefined) {
			// Every file is answered: each worker writes what it holds of its spill file and closes it, before the spill is read.
			for (const worker of workers) worker.postMessage({close: true} satisfies ParseMessage);
			while (closed < jobs) {
				if (failure) throw failure;
				await new Promise<void>(resolve => {
					wake = resolve;
				});
			}
			if (failure) throw failure;
		}
	} finally {
		finished = true;
		await Promise.all(workers.map(w => w.terminate()));
	}
}
