// Event linking in a thread of its own, beside the directory ingest's second
// pass. Once the first pass has spilled every article and the corpus's merges
// of discovered people are known, the events depend on the spill file alone:
// this worker reads it as the second pass does (spilledArticle), gathers the
// mentions and the discovered names, and links, while the main thread numbers
// and writes the articles. Linking was that thread's tail after the second
// pass; here it runs on the core the parse workers have left. The events come
// back as JSON in UTF-8, in parts (sendEvents says why).
import {Worker, parentPort} from 'node:worker_threads';
import type {Event} from '../dataset/schema.js';
import {CliError, describeError} from '../errors.js';
import {readLineBytes} from '../util/read-lines.js';
import {plainSpillMentions, spilledArticle} from './directory-prepare.js';
import {discoveredCollector, type Merges} from './extract/discover/corpus.js';
import {loadLexicons, type LexiconChoice} from './lexicons.js';
import {builderDeps} from './pipeline.js';
import type {Mention} from './events/mentions.js';
import {MentionPool} from './events/mention-pool.js';
import {workerScript} from './parallel.js';

/** What a link worker is started with (see source/main.ts). */
export type LinkWorkerData = {ceLinkWorker: true; spill: string; merges: Merges; lexiconDir?: LexiconChoice};
/** A part of the events (JSON of an array, UTF-8), then the end with the linking time, or an error. */
type LinkMessage = {part: Uint8Array} | {end: true; ms: number} | {error: string};

/** Events a part. */
const PART = 2048;

/** In the worker: link the spill file's mentions and post the events. */
export function runLinkWorker(data: LinkWorkerData): void {
	const port = parentPort;
	if (!port) return;
	try {
		const {events, ms} = linkSpill(data.spill, data.merges, data.lexiconDir);
		sendEvents(events, part => port.postMessage({part} satisfies LinkMessage, [part.buffer as ArrayBuffer]));
		port.postMessage({end: true, ms} satisfies LinkMessage);
	} catch (error) {
		port.postMessage({error: describeError(error).message} satisfies LinkMessage);
	}
}

/**
 * The events as JSON arrays of PART events, each in UTF-8 in a buffer of its
 * own (moved to the main thread, not copied). The main thread parses a part
 * while this one writes the next. Sent whole as one string, 13.5k events
 * (10k articles, 49 MB of JSON) took 0.63 s to write, 0.94 s to post (a
 * string is copied) and 0.83 s to parse, one after the other, on the path
 * to the ingest's end.
 */
export function sendEvents(events: readonly Event[], send: (part: Uint8Array) => void): void {
	for (let k = 0; k < events.length; k += PART) {
		const text = JSON.stringify(events.slice(k, k + PART));
		// Not from Buffer's shared pool: a transferred buffer is taken from its sender.
		const part = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
		part.write(text, 'utf8');
		send(part);
	}
}

/** One part sendEvents wrote, read back. */
export function eventsOfPart(part: Uint8Array): Event[] {
	return JSON.parse(Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8')) as Event[];
}

/** The spill file's events, as a directory ingest's main thread would link them after its second pass. */
export function linkSpill(spill: string, merges: Merges, lexiconDir?: LexiconChoice): {events: Event[]; ms: number} {
	const began = performance.now();
	const lex = loadLexicons(lexiconDir);
	const discovered = discoveredCollector();
	const mentions: Mention[] = [];
	// Read from JSON, each with copies of its values: shared, they are held once while linking.
	const pool = new MentionPool();
	let first = 0;
	const add = (own: Mention[], sentences: number) => {
		// Numbered as the dataset builder numbers them (builder.ts add).
		for (const m of own) {
			m.order += first;
			mentions.push(pool.share(m));
		}
		first += sentences;
	};
	for (const row of readLineBytes(spill)) {
		const plain = plainSpillMentions(row.buf, row.start, row.end);
		if (plain) {
			add(plain.mentions, plain.sentences);
			continue;
		}
		const {article, mentions: own} = spilledArticle(row, merges, lex);
		discovered.add(article);
		add(own, article.sentences.length);
	}
	const started = performance.now();
	// Beside link.ts's line under CE_TIMINGS=1: reading the spill is this thread's other cost (issue 21).
	if (process.env.CE_TIMINGS === '1') process.stderr.write(`timing: link worker read ${(started - began).toFixed(0)} ms\n`);
	const events = builderDeps(lex, discovered).linkEvents(mentions);
	const ms = performance.now() - started;
	return {events, ms};
}

/** In the main thread: the events of the spill file, linked in a worker (its linking time beside them). */
export function linkInWorker(
	spill: string,
	merges: Merges,
	lexiconDir?: LexiconChoice,
): {result: Promise<{events: Event[]; ms: number}>; stop: () => Promise<number>} {
	const {script, eval: evaluated} = workerScript();
	const data: LinkWorkerData = {ceLinkWorker: true, spill, merges, ...(lexiconDir ? {lexiconDir} : {})};
	const worker = new Worker(script, {workerData: data, eval: evaluated});
	const result = new Promise<{events: Event[]; ms: number}>((resolve, reject) => {
		let answered = false;
		const events: Event[] = [];
		worker.on('message', (message: LinkMessage) => {
			if ('part' in message) {
				for (const e of eventsOfPart(message.part)) events.push(e);
				return;
			}
			answered = true;
			if ('error' in message) reject(new CliError(`linking events failed: ${message.error}`));
			else resolve({events, ms: message.ms});
		});
		worker.once('error', error => reject(new CliError(`the event-linking worker failed: ${error.message}`)));
		worker.once('exit', code => {
			if (!answered) reject(new CliError(`the event-linking worker stopped (exit code ${code})`));
		});
	});
	// Not left unhandled when the ingest fails first and never awaits it.
	result.catch(() => {});
	return {result, stop: () => worker.terminate()};
}
