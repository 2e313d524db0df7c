// Event linking in a thread of its own, beside the directory ingest's second
// pass. Once the first pass has spilled every article and the corpus's merges
// of discovered people are known, the events depend on the spill files alone:
// this worker reads each row's head and mentions (spillRow: the article itself
// only when the merges rename someone in it), gathers the mentions and the
// discovered names, and links, while the main thread numbers and writes the
// articles. Linking was that thread's tail after the second
// pass; here it runs on the core the parse workers have left. It links one
// family of events at a time, and each family's events go back as soon as
// they are built, as JSON in UTF-8, in parts (sendBuilt says why); the main
// thread gives them their ids once all have come (link.ts numberEvents).
import {getHeapStatistics} from 'node:v8';
import {Worker, parentPort} from 'node:worker_threads';
import {CliError, describeError} from '../errors.js';
import type {LineBytes} from '../util/read-lines.js';
import {type DetailsSpan, DetailsWriter, detailsPath} from './held-details.js';
import {readSpillRows} from './spill-files.js';
import type {Piece} from '../util/write-pieces.js';
import {spilledArticle, spillRow} from './directory-prepare.js';
import {discoveredCollector, type Merges, renamesAnyone} from './extract/discover/corpus.js';
import {type LexiconChoice, loadLexicons} from './lexicons.js';
import {eventWorld, type Lexicons} from './pipeline.js';
import type {Mention} from './events/mentions.js';
import {type BuiltEvent, type FamilyMentions, linkFamilyInParts, numberEvents, reportLinking} from './events/link.js';
import {FamilyFiles} from './family-files.js';
import {mentionRecordsIn} from './mention-records.js';
import {linkWork} from './events/cluster.js';
import {WorldMemo} from './events/world-memo.js';
import {workerScript} from './parallel.js';
import {collectGarbage} from '../util/collect-garbage.js';
import {mb, timingsWanted} from './timings.js';
import {claimsLine} from '../dataset/build/to-directory.js';
import type {NumberedEvent, NumberedRefs} from '../dataset/build/builder.js';

/** What a link worker is started with (see source/main.ts). */
export type LinkWorkerData = {ceLinkWorker: true; lexiconDir?: LexiconChoice};
/** What it is sent once the first pass is done: the spill files to link (spill-files.ts) and the corpus's merges of discovered people. */
type LinkRequest = {spillDir: string; owners: Uint32Array; merges: Merges};
/** A part of the events built (sendBuilt), then the end with the linking time, or an error. */
type LinkMessage = {part: string} | {end: true; ms: number} | {error: string};

/** Events a part. */
const PART = 2048;

/**
 * In the worker: load the lexicons, then, when the spill files are complete,
 * link its mentions and post the events. Started while the files are still
 * being parsed (startLinkWorker), so that its start (its code compiled, the
 * lexicons loaded: 0.7-1.0 s at 10k articles, measured from the end of the
 * parse) is not on the ingest's path.
 */
export function runLinkWorker(data: LinkWorkerData): void {
	const port = parentPort;
	if (!port) return;
	let lex: Lexicons | null = null;
	let failure: unknown = null;
	try {
		lex = loadLexicons(data.lexiconDir);
	} catch (error) {
		failure = error;
	}
	port.once('message', (request: LinkRequest) => {
		let details: DetailsWriter | null = null;
		try {
			if (!lex) throw failure;
			const held = new DetailsWriter(detailsPath(request.spillDir));
			details = held;
			const {ms} = linkSpill(
				readSpillRows(request.spillDir, request.owners),
				request.merges,
				lex,
				(built, numbers) => sendBuilt(built, part => port.postMessage({part} satisfies LinkMessage), held, numbers),
				request.spillDir,
			);
			// Complete before the main thread reads it.
			held.close();
			port.postMessage({end: true, ms} satisfies LinkMessage);
		} catch (error) {
			details?.abandon();
			port.postMessage({error: describeError(error).message} satisfies LinkMessage);
		}
	});
}

/**
 * What an event's mentionDetails hold between the link worker and the event
 * list's writer (ingest/directory.ts writeDirectoryIndex): the details
 * themselves wait in a file (held-details.ts), their place beside the event.
 */
export const DETAILS_HELD = '\u0000details\u0000';

/**
 * Events built, in parts: each part the JSON of PART events, their
 * mentionDetails appended to `details` and held (DETAILS_HELD), with where
 * they are (`held`); their claims likewise, as their events.ndjson line
 * (claimsLine), the claims themselves left empty (`claims` says where they
 * are); their articles and sentences as numbers (`numbers`: the dataset's
 * article and global sentence numbers, builder.ts NumberedRefs), the lists
 * of ids left empty. Takes all these out of the events it is given. The
 * main thread parses a part while this one writes the next: sent whole as one
 * string, 13.5k events (10k articles, 49 MB of JSON with their details) took
 * 0.63 s to write, 0.94 s to post (a string is copied) and 0.83 s to parse,
 * one after the other, on the path to the ingest's end.
 */
export function sendBuilt(
	built: readonly BuiltEvent[],
	send: (part: string) => void,
	details: Pick<DetailsWriter, 'append'>,
	numbers: Pick<ArticleNumbers, 'article' | 'sentence'>,
): void {
	for (let k = 0; k < built.length; k += PART) {
		const some: SentEvent[] = new Array(Math.min(PART, built.length - k));
		for (let i = 0; i < some.length; i++) {
			const b = built[k + i]!;
			const e = b.event;
			// Parsed into objects on the main thread, the claims were ~270 MB of its heap at 100k articles
			// (150 MB of events.ndjson), held from the second pass to finish, which only writes them out.
			const claims = details.append(claimsLine(e));
			e.dateClaims = [];
			e.statusClaims = [];
			// Its articles and sentences as the dataset's numbers (builder.ts NumberedRefs): as ids they
			// were ~100 MB of the main thread's heap at 100k articles, only ever turned into numbers there.
			const refs: NumberedRefs = {articleNumbers: e.articles.map(numbers.article), sentenceNumbers: e.sentences.map(numbers.sentence)};
			e.articles = [];
			e.sentences = [];
			Object.assign(e, refs);
			if (!Array.isArray(e.mentionDetails)) {
				some[i] = {...b, held: null, claims};
				continue;
			}
			const held = details.append(JSON.stringify(e.mentionDetails));
			(e as {mentionDetails: unknown}).mentionDetails = DETAILS_HELD;
			some[i] = {...b, held, claims};
		}
		send(JSON.stringify(some));
	}
}

/**
 * An event built, as sent and received: where its mentionDetails are (null: it has none), and where its
 * events.ndjson line is (its `dateClaims` and `statusClaims` are empty until read back from there).
 */
export type SentEvent = BuiltEvent & {event: Partial<NumberedRefs>; held: DetailsSpan | null; claims: DetailsSpan};

/** One part sendBuilt sent, read back. */
export function builtOfPart(part: string): SentEvent[] {
	return JSON.parse(part) as SentEvent[];
}

/** Where a received event's held details and claims are (held-details.ts), by event id. */
export type HeldSpans = {details: Map<string, DetailsSpan>; claims: Map<string, DetailsSpan>};

/** The received events with their ids (numberEvents), and where each one's details and claims are, by id. */
export function receivedEvents(received: SentEvent[]): {events: NumberedEvent[]} & HeldSpans {
	const events = numberEvents(received) as NumberedEvent[];
	// By id, which numberEvents has just given each event.
	const details = new Map<string, DetailsSpan>();
	const claims = new Map<string, DetailsSpan>();
	for (const r of received) {
		if (r.held) details.set(r.event.id, r.held);
		claims.set(r.event.id, r.claims);
	}
	return {events, details, claims};
}

/**
 * An event's JSON (JSON.stringify of it as received) with its held details
 * in place, as text and bytes in turn (util/write-pieces.ts): JSON.stringify
 * of the event with them.
 */
export function withDetails(json: string, details: Uint8Array | undefined): Piece {
	if (!details) return json;
	const at = json.indexOf(HELD);
	if (at === -1) throw new Error('an event whose details were held has no place for them');
	return [json.slice(0, at + DETAILS_KEY.length), details, json.slice(at + HELD.length)];
}

// The key and its held value, as JSON.stringify writes them (a quote inside a string is escaped: this is the key itself).
const DETAILS_KEY = '"mentionDetails":';
const HELD = `${DETAILS_KEY}${JSON.stringify(DETAILS_HELD)}`;

/**
 * Link the spill rows' mentions (in the dataset's order) as a directory
 * ingest's main thread would after its second pass, one family at a time:
 * each family's events go to `send` as soon as they are built (numberEvents
 * gives them their ids once all have come), and each family's mentions and
 * clusters are let go once its events are sent. The mentions wait for their
 * family's turn in files of `scratch` (family-files.ts), not in memory.
 * Linked all at once, the worker held every family's clusters and events
 * with every mention: 1.9 GB at 100k generated articles. `ms`: the time from
 * the spill read to the last family sent.
 */
export function linkSpill(
	rows: Iterable<LineBytes>,
	merges: Merges,
	lex: Lexicons,
	send: (built: BuiltEvent[], numbers: ArticleNumbers) => void,
	scratch: string,
): {ms: number} {
	const began = performance.now();
	const discovered = discoveredCollector();
	const families = new FamilyFiles(scratch, FAMILY_PREFIX);
	const numbers = new ArticleNumbers();
	try {
		let first = 0;
		const add = (own: Mention[], sentences: number) => {
			// Numbered as the dataset builder numbers them (builder.ts add).
			for (const m of own) {
				numbers.set(m.article, first);
				m.order += first;
				families.add(m);
			}
			numbers.next();
			first += sentences;
		};
		for (const row of rows) {
			const head = spillRow(row.buf, row.start, row.end);
			// What the article has discovered, read from its digest while the corpus's merges rename no one in it.
			if (head.discovered && renamesAnyone(head.discovered, merges)) {
				const {article, mentions: own} = spilledArticle(row, merges, lex);
				discovered.add(article);
				add(own, article.sentences.length);
				continue;
			}
			if (head.discovered) discovered.add(head.discovered);
			// Its mentions' JSON copied to their families' files as it is (mention-records.ts).
			for (const r of mentionRecordsIn(row.buf, head.from, head.to)) {
				numbers.set(head.article, first);
				families.addRecord(row.buf, r, r.order + first, head.published);
			}
			numbers.next();
			first += head.sentences;
		}
		const started = performance.now();
		// Beside link.ts's line under CE_TIMINGS=1: reading the spill is this thread's other cost (issue 21).
		if (timingsWanted()) process.stderr.write(`timing: link worker read ${(started - began).toFixed(0)} ms\n`);
		const memo = new WorldMemo(eventWorld(lex, discovered));
		linkWork.scored = 0;
		linkWork.exact = 0;
		let events = 0;
		const timings = timingsWanted();
		// When the last family was done: the time from it to the next one's start is its reading (family-files.ts).
		let done = performance.now();
		for (const group of families.families(lex.calendar)) {
			const began = performance.now();
			const count = group.mentions.length;
			events += linkAndSend(group, lex, memo, send, numbers);
			// The family's mentions and clusters are garbage now (its events were made and sent in a call
			// of their own, and the group is emptied): collected, the heap the next family grows is this
			// one's, not this one's on top of the largest before it (V8 collects the old generation only
			// at a limit set by its last full collection). Only a large heap: at 10k articles (under
			// 100 MB) the twelve collections added ~1.5 s to linking and gave back little.
			group.mentions.length = 0;
			const linked = performance.now();
			const heap = getHeapStatistics().total_heap_size;
			if (heap > COLLECT_ABOVE) collectGarbage(true);
			const collected = performance.now();
			if (timings) {
				const after = getHeapStatistics().total_heap_size;
				process.stderr.write(
					`timing: link family ${group.family} · ${count} mentions · read ${(began - done).toFixed(0)} ms · linked ${(linked - began).toFixed(0)} ms · collected ${(collected - linked).toFixed(0)} ms · heap ${mb(heap)} → ${mb(after)} MB\n`,
				);
			}
			done = collected;
		}
		const ms = performance.now() - started;
		reportLinking(ms, families.count, events);
		return {ms};
	} finally {
		families.remove();
	}
}

/** The link worker's heap (committed) past which a family's end is a time to collect it. */
const COLLECT_ABOVE = 192 << 20;

/** Links one family and sends its events, a part at a time: how many. */
function linkAndSend(
	group: FamilyMentions,
	lex: Lexicons,
	memo: WorldMemo,
	send: (built: BuiltEvent[], numbers: ArticleNumbers) => void,
	numbers: ArticleNumbers,
): number {
	// A part at a time, as sendBuilt sends them: each part's events and clusters go once sent.
	return linkFamilyInParts(group, lex.events, memo, PART, built => send(built, numbers));
}

/**
 * The dataset's numbers of the articles that have mentions (the only ones an
 * event names), as the dataset builder gives them (builder.ts add): an
 * article's number is its row's, its sentences' numbers follow the first.
 */
export class ArticleNumbers {
	private readonly of = new Map<string, [article: number, first: number]>();
	private row = 0;

	/** The current row's article is `id`, its first sentence `first`. */
	set(id: string, first: number): void {
		if (!this.of.has(id)) this.of.set(id, [this.row, first]);
	}

	/** The next row. */
	next(): void {
		this.row++;
	}

	article = (id: string): number => this.at(id)[0];

	/** A sentence id (`article:index`) as its global number. */
	sentence = (id: string): number => {
		const cut = id.lastIndexOf(':');
		return this.at(id.slice(0, cut))[1] + Number(id.slice(cut + 1));
	};

	private at(id: string): [number, number] {
		const at = this.of.get(id);
		if (!at) throw new Error(`an event names article ${id}, which has no mention`);
		return at;
	}
}

/** The families' files, beside the spill files (spill-files.ts removeSpills removes any left). */
const FAMILY_PREFIX = '.articles.spill.family.';

/** What a link worker answers: the events, and where each one's details and claims are in the file detailsPath(spillDir) names. */
export type LinkedElsewhere = {events: NumberedEvent[]; ms: number} & HeldSpans;

/** A link worker seen from the main thread: started early, sent the spill once complete. */
export type LinkWorker = {
	/**
	 * Link the mentions of the spill files in `spillDir` (owners: which file
	 * holds each article's row, spill-files.ts) under the merges: the events
	 * (their mentionDetails held: DETAILS_HELD; their claims empty), where
	 * each one's details and claims line are (held-details.ts), and the linking time.
	 */
	link(spillDir: string, owners: Uint32Array, merges: Merges): Promise<LinkedElsewhere>;
	/** End it, used or not (at once when it has answered). */
	stop(): Promise<number>;
};

/**
 * In the main thread: start a link worker. It loads its code and the
 * lexicons, then waits for link(); until then it does not keep the process
 * alive (an ingest that fails first leaves nothing waiting on it).
 */
export function startLinkWorker(lexiconDir?: LexiconChoice): LinkWorker {
	const {script, eval: evaluated} = workerScript();
	const data: LinkWorkerData = {ceLinkWorker: true, ...(lexiconDir ? {lexiconDir} : {})};
	const worker = new Worker(script, {workerData: data, eval: evaluated});
	worker.unref();
	const result = new Promise<LinkedElsewhere>((resolve, reject) => {
		let answered = false;
		const received: SentEvent[] = [];
		worker.on('message', (message: LinkMessage) => {
			if ('part' in message) {
				for (const b of builtOfPart(message.part)) received.push(b);
				return;
			}
			answered = true;
			if ('error' in message) reject(new CliError(`linking events failed: ${message.error}`));
			else resolve({...receivedEvents(received), ms: message.ms});
			// Answered: what this closure holds would outlive the ingest's use of it.
			received.length = 0;
		});
		worker.once('error', error => reject(new CliError(`the event-linking worker failed: ${error.message}`)));
		worker.once('exit', code => {
			if (!answered) reject(new CliError(`the event-linking worker stopped (exit code ${code})`));
		});
	});
	// Not left unhandled when the ingest fails first and never awaits it.
	result.catch(() => {});
	return {
		link(spillDir, owners, merges) {
			// Awaited now: it keeps the process alive until it answers.
			worker.ref();
			worker.postMessage({spillDir, owners, merges} satisfies LinkRequest);
			return result;
		},
		stop: () => worker.terminate(),
	};
}
