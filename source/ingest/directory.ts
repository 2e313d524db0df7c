// Streaming ingest into the dataset directory (see dataset/directory/layout.ts):
// articles are parsed one at a time and written out as they come; the dataset
// builder (dataset/build, the same one a JSON ingest uses) keeps only compact
// per-value lists (article and sentence numbers), event mentions and counts in
// memory. Events are linked at the end from the mentions, and a sentence's
// `events` goes into postings.bin (patched in when its article is read back),
// because the article's line was already written when its events became known.
import {closeSync, openSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {CliError, isExitingError} from '../errors.js';
import {describeFsError} from '../export/sink.js';
import {sanitize} from '../text/sanitize.js';
import {createDatasetBuilder, type IngestSummary} from '../dataset/build/builder.js';
import {claimsLine, toDirectoryIndex} from '../dataset/build/to-directory.js';
import {writeHeads} from '../dataset/directory/heads.js';
import {
	ARTICLES_FILE,
	EVENT_IDS_FILE,
	EVENT_LIST_FILE,
	EVENTS_FILE,
	META_FILE,
	POSTINGS_FILE,
	type DirectoryMeta,
	type EventField,
	type EventHeads,
	type Span,
} from '../dataset/directory/layout.js';
import {createSearchIndexBuilder} from '../search/stored-index.js';
import type {Mention} from './events/mentions.js';
import {type DirectoryRow, spilledRow} from './directory-prepare.js';
import {MentionPool} from './events/mention-pool.js';
import {type LinkedElsewhere, type LinkWorker, startLinkWorker, withDetails} from './link-worker.js';
import {loadLexicons} from './lexicons.js';
import {builderDeps, type Lexicons} from './pipeline.js';
import {discoveredCollector, peopleCollector} from './extract/discover/corpus.js';
import type {Event} from '../dataset/schema.js';
import {defaultJobs, PARALLEL_FROM, parseFiles} from './parallel.js';
import {LINK_MEASURE} from '../dataset/build/builder.js';
import {inputFiles, readManifest, type IngestFolderOptions, type IngestResult} from './run.js';
import type {Manifest} from './types.js';
import {assignIds, idSortKey} from './input/ids.js';
import {FileSummer, type FileSums, sealedMetaText, sumFiles} from '../dataset/directory/checksum.js';
import {replaceDirectory} from '../dataset/directory/replace.js';
import {BatchedWriter, NewFile} from '../util/write-all.js';
import {writePieces} from '../util/write-pieces.js';
import {yieldToEventLoop} from '../util/yield.js';
import {U32List} from '../dataset/directory/postings.js';
import {readSpillRows, removeSpills} from './spill-files.js';
import {limitHeapGrowth} from '../util/heap-growth.js';
import {collectGarbage} from '../util/collect-garbage.js';
import {DetailsReader, type DetailsSpan, detailsPath} from './held-details.js';
import {Phases} from './timings.js';

/**
 * How far the heaps may grow past what a full collection keeps, after the parse (util/heap-growth.ts).
 * A quarter, not half: at 100k articles, two pairs of single runs a session apart gave ~30 MB less
 * at the peak each time (1,085,408 against 1,115,364 kB; 919,040 against 931,680-966,628 kB) and
 * linking within the runs' noise (57.2 against 47.7 s; 51.2 against 47.1-60.3 s).
 */
const HEAP_GROWTH_PERCENT = 25;

/** How long the second pass runs between turns of the event loop (as parseFiles does). */
const YIELD_MS = 50;

export type DirectoryIngestResult = Omit<IngestResult, 'dataset'> & {out: string};

type SearchIndexBuilder = ReturnType<typeof createSearchIndexBuilder>;
type DirectoryBuilder = ReturnType<typeof createDirectoryBuilder>;

/**
 * The dataset builder (dataset/build) fed prepared articles, plus what only
 * the directory keeps: each article's line position and the stored search index.
 * `scratch`: the folder being written, where the search index may keep part of itself until written.
 */
export function createDirectoryBuilder(lex: Lexicons, scratch?: string) {
	// Facet records of the people and bodies found by context (no lexicon entry to read them from), read at finish.
	const discovered = discoveredCollector();
	const builder = createDatasetBuilder<Mention>(builderDeps(lex, discovered));
	const lines: Array<{offset: number; length: number}> = [];
	// The stored search index grows with the articles (words → sentence lists, encoded as they come).
	const search = createSearchIndexBuilder(scratch);
	// The mentions kept for linking here come from the spill's JSON: their values shared (mention-pool.ts).
	const pool = new MentionPool();
	let bytes = 0;

	/** Adds one article (articles must come in id order; its mentions only if events are linked here); its ndjson line is the caller's to write. */
	function add(row: DirectoryRow, linkHere = true): void {
		const {article} = row;
		const length = row.lineBytes.length;
		lines.push({offset: bytes, length});
		bytes += length;
		search.addArticle(article);
		if (row.discovered) discovered.add(row.discovered);
		for (const norm of row.norms) search.addSentenceNorm(norm);
		if (linkHere) for (const m of row.mentions) pool.share(m);
		builder.add(article, linkHere ? row.mentions : undefined);
	}

	/**
	 * Links events (unless given them), writes events.ndjson and postings.bin
	 * into `dir` (new files), and returns meta.json (its postings spans
	 * filled in), the events' spans and the search index. `heldClaims`: each
	 * given event's events.ndjson line, when its claims were held elsewhere (the
	 * link worker's, held-details.ts); the events then come with their claims empty.
	 */
	function finish(
		dir: string,
		events?: Event[],
		heldClaims?: (event: Event) => Uint8Array,
	): {
		meta: DirectoryMeta;
		eventSpans: Record<EventField, number[]>;
		summary: IngestSummary;
		search: SearchIndexBuilder;
	} {
		const built = builder.finish(events);
		const claims = new NewFile(join(dir, EVENTS_FILE));
		const postings = new NewFile(join(dir, POSTINGS_FILE));
		try {
			// In Uint32 units: three lists an event, one or two an actor, source or day; most are a few bytes.
			let offset = 0;
			const index = toDirectoryIndex(
				built,
				n => lines[n]!,
				heldClaims ? e => claims.write(heldClaims(e)) : e => claims.writeText(claimsLine(e)),
				values => {
					const span: Span = [offset, values.length];
					if (values.length > 0) postings.write(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
					offset += values.length;
					return span;
				},
			);
			claims.close();
			postings.close();
			return {...index, summary: built.summary, search};
		} finally {
			claims.abandon();
			postings.abandon();
		}
	}

	return {
		add,
		/** Writes the sentences' part of the search index into `dir` once the last article is added (stored-index.ts writeSentences). */
		writeSearchSentences: (dir: string) => search.writeSentences(dir),
		finish,
		get articles() {
			return builder.articles;
		},
	};
}

/**
 * Writes the search index, the heads, the event list and ids, and meta.json into `out` (events.ndjson and postings.bin are there already: finish wrote them).
 * `search` can be written only once.
 */
export function writeDirectoryIndex(
	out: string,
	meta: DirectoryMeta,
	eventSpans: Record<EventField, number[]>,
	search: SearchIndexBuilder,
	known: Partial<FileSums> = {},
	details?: ReadonlyMap<string, DetailsSpan>,
): void {
	search.write(out, meta.events);
	// meta.json keeps only what the first frame needs; heads and events are read apart.
	const {articles, events, ...rest} = meta;
	writeHeads(out, articles);
	// JSON.stringify(events) and its newline, written an event at a time; the
	// details the link worker held back (in a file, held-details.ts) go where
	// their event holds them, and the file goes before the sums below.
	const held = details ? new DetailsReader(detailsPath(out)) : null;
	try {
		writePieces(
			join(out, EVENT_LIST_FILE),
			events.length,
			k => {
				const span = details?.get(events[k]!.id);
				return withDetails(JSON.stringify(events[k]), span && held!.read(span));
			},
			',',
			'[',
			']\n',
		);
	} finally {
		held?.close();
	}
	if (held) rmSync(detailsPath(out));
	// What the first frame needs of the events (an article's sentences name them by
	// id, the detail pane and the English gist by label): read instead of the whole
	// list. Their postings spans and counts too (layout 4): in meta.json they were
	// three keys an event, most of its 35 MB at 100k articles.
	const behind = events.map(e => rest.behind.events[e.id] ?? 0);
	rest.behind = {...rest.behind, events: {}};
	const eventHeads: EventHeads = {ids: events.map(e => e.id), labels: events.map(e => e.label), places: events.map(e => e.place), spans: eventSpans, behind};
	writeFileSync(join(out, EVENT_IDS_FILE), `${JSON.stringify(eventHeads)}\n`);
	// meta.json, written last, holds the size and checksum of every other file (read back from the page cache).
	const files = sumFiles(
		out,
		readdirSync(out)
			.filter(f => f !== META_FILE)
			.sort(),
		known,
	);
	writeFileSync(join(out, META_FILE), sealedMetaText({...rest, articleCount: articles.length, eventCount: events.length, files}));
}

/** Article files in the order the dataset keeps articles: by id (a record file's records follow in id order). */
function inIdOrder(files: string[]): string[] {
	const ids = assignIds(files);
	const key = (f: string) => idSortKey(f, ids.get(f) ?? f);
	return [...files].sort((a, b) => key(a).localeCompare(key(b)));
}

/** `ingest DIR --out OUTDIR` for the directory layout: streaming, bounded memory, parsed over every core. */
export async function ingestFolderToDirectory(dir: string, out: string, opts: IngestFolderOptions = {}): Promise<DirectoryIngestResult> {
	const manifest: Manifest = opts.manifestPath ? readManifest(opts.manifestPath) : {};
	const lex = loadLexicons(opts.lexiconDir);
	const input = inputFiles(dir, {followLinks: opts.followLinks});
	const files = inIdOrder(input.files);
	const {columns, stdin, onProgress} = opts;
	const skipped: IngestResult['skipped'] = [...input.skipped];
	const repaired: IngestResult['repaired'] = [];
	// Written into a fresh sibling folder, swapped in only when complete (dataset/directory/replace.ts).
	const target = replaceDirectory(out);
	// Events are linked from the spill files in a worker of their own, beside the second pass, when the
	// parse used workers (a core is then free for it); a short ingest links here, without a thread to start.
	// Below PARALLEL_FROM articles the thread's start (its code compiled, the lexicons loaded) is not hidden:
	// a 1k corpus with two jobs took 0.6-1.3 s longer with it (three pairs of runs). When the files alone say
	// the corpus is that large, the worker starts with the parse and is ready when the spill is complete (its
	// start was 0.7-1.0 s after the parse at 10k); otherwise the articles parsed decide (one record file can
	// hold a large corpus).
	const jobs = opts.jobs ?? defaultJobs();
	const linksApart = (articles: number) => opts.linkWorker ?? (jobs > 1 && articles >= PARALLEL_FROM);
	let linkWorker: LinkWorker | null = linksApart(files.length) ? startLinkWorker(opts.lexiconDir) : null;
	let restoreHeapGrowth: (() => void) | null = null;
	try {
		// Let go after finish: its per-value lists are in finish's lists now, its heads copied into meta.
		let builder: DirectoryBuilder | null = createDirectoryBuilder(lex, target.temp);
		// Discovered people merge across articles (a surname alone joins the full name, as in a JSON ingest), which is
		// known only once all are parsed: the prepared articles wait in spill files inside the new folder (one a parsing
		// thread, spill-files.ts), then go to the builder renamed; the spill files are removed before the folder is swapped in.
		const people = peopleCollector();
		// The phases on the main thread, under CE_TIMINGS=1 (beside link.ts's line): the path after the parse (issue 21).
		const phases = new Phases();
		// Which spill file holds each article's row, in the dataset's order (spill-files.ts).
		const owners = new U32List();
		// Workers parse, each into a spill file of its own; this thread only collects, in file order.
		for await (const outcome of parseFiles(input.dir, files, {
			manifest,
			lexiconDir: opts.lexiconDir,
			jobs: opts.jobs,
			lexicons: lex,
			prepare: 'directory',
			spillDir: target.temp,
			columns,
			stdin,
			onProgress,
		})) {
			if (!outcome.ok) {
				skipped.push({file: outcome.file, reason: outcome.reason});
				continue;
			}
			if (outcome.repairs.length > 0) repaired.push({file: outcome.file, reason: outcome.repairs.join('; ')});
			owners.push(outcome.spilled.file);
			people.addRefs(outcome.spilled.people);
		}
		phases.mark('parse');
		// From here the main thread and the link worker allocate fast and keep little of it (util/heap-growth.ts).
		restoreHeapGrowth = limitHeapGrowth(HEAP_GROWTH_PERCENT);
		const spilled = owners.view();
		const merges = people.merges();
		if (!linkWorker && linksApart(spilled.length)) linkWorker = startLinkWorker(opts.lexiconDir);
		let linking = linkWorker ? linkWorker.link(target.temp, spilled, merges) : null;
		const linkHere = linking === null;
		let events: Event[] | undefined;
		// Where the link worker put each event's mentionDetails and claims (held-details.ts), by event id.
		let details: Map<string, DetailsSpan> | undefined;
		let claims: Map<string, DetailsSpan> | undefined;
		// Summed as written, not read back for meta.json (writeDirectoryIndex).
		const articlesSum = new FileSummer();
		const fd = openSync(join(target.temp, ARTICLES_FILE), 'wx');
		const lines = new BatchedWriter(fd);
		try {
			let turned = Date.now();
			for (const row of readSpillRows(target.temp, spilled)) {
				// A long synchronous stretch: a turn of the event loop now and then, so a signal stops it.
				if (Date.now() - turned > YIELD_MS) {
					await yieldToEventLoop();
					turned = Date.now();
				}
				// The row's bytes are the buffer's until the next row is read: written before it.
				const spilled = spilledRow(row, merges, lex, linkHere);
				builder!.add(spilled, linkHere);
				lines.write(spilled.lineBytes);
				articlesSum.update(spilled.lineBytes);
			}
			lines.flush();
			// Not held while the events come and finish runs (the ingest's peak of memory).
			builder!.writeSearchSentences(target.temp);
			// What the sentence index held and made to write itself (its tables, the words' lists not yet in
			// its scratch file, the gram table) is garbage now, beside the link worker at its largest.
			collectGarbage();
			phases.mark('second pass');
			if (linking) {
				let linked: LinkedElsewhere | null = await linking;
				// The promise holds what it answered: let go with the events once finish is done with them.
				linking = null;
				phases.mark('wait for the link worker');
				events = linked.events;
				details = linked.details;
				claims = linked.claims;
				// Its time, for the bench, as the builder measures linking in this thread.
				const end = performance.now();
				performance.measure(LINK_MEASURE, {start: end - linked.ms, end});
				// Not left in this frame to the end: a heap snapshot after finish found the answer (its
				// events, 35 MB at 10k articles) still held through it.
				linked = null;
			}
		} finally {
			closeSync(fd);
			// Stopped before the spill it reads goes (at once when it has answered).
			await linkWorker?.stop();
			linkWorker = null;
			removeSpills(target.temp);
		}
		// The claims the link worker held, read back as finish writes events.ndjson.
		const heldClaims = claims ? new DetailsReader(detailsPath(target.temp)) : null;
		let finished: ReturnType<DirectoryBuilder['finish']>;
		try {
			finished = builder.finish(
				target.temp,
				events,
				heldClaims
					? e => {
							const span = claims!.get(e.id);
							if (!span) throw new Error(`event ${e.id} came without its claims`);
							return heldClaims.read(span);
						}
					: undefined,
			);
		} finally {
			heldClaims?.close();
		}
		const {meta, eventSpans, summary, search} = finished;
		builder = null;
		claims = undefined;
		// Held in meta, lists and events.ndjson now: the linked events (their claims most of them) can go.
		events = undefined;
		// What finish made and let go (the builder's lists, the events as received, copies): ~340 MB
		// of heap and ~100 MB of typed arrays at 100k articles, collected before the write allocates more.
		collectGarbage();
		phases.mark('finish');
		if (summary.articles > 0) {
			writeDirectoryIndex(target.temp, meta, eventSpans, search, {[ARTICLES_FILE]: articlesSum.sum()}, details);
			phases.mark('write');
			phases.report();
			// A signal that came during the last synchronous stretch stops the swap, not the next command.
			await yieldToEventLoop();
			target.commit();
		} else target.abort();
		return {out, skipped, repaired, summary};
	} catch (error) {
		target.abort();
		throw describeWriteError(error, out);
	} finally {
		// Started with the parse, and not reached when the parse failed.
		await linkWorker?.stop();
		restoreHeapGrowth?.();
	}
}

/** A failed write of the dataset directory as one line (the old dataset is kept). */
function describeWriteError(error: unknown, out: string): unknown {
	if (isExitingError(error)) return error;
	const code = (error as NodeJS.ErrnoException).code;
	if (!code) return error;
	return new CliError(describeFsError(error, sanitize(out), sanitize(dirname(out) || '.'), true).replace('the old file', 'the old dataset'));
}
