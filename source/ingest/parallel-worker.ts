// The parse worker: loads the lexicons once, then parses the units it is sent
// (files, records) in batches and posts each batch's results back together, each as JSON text (parallel.ts encodeReply says why). An exception is posted as a message, so the main
// thread reports it as one line naming the file. In a directory ingest it
// writes each article to a spill file of its own (spill-files.ts) and closes
// it when the main thread says every unit is answered.
import {parentPort} from 'node:worker_threads';
import {describeError} from '../errors.js';
import {loadLexicons} from './lexicons.js';
import {encodeReply, type ParseMessage, parseUnit, type ParseReply, type ParseWorkerData, type WireBatch, type WireReply} from './parallel.js';
import type {Lexicons} from './pipeline.js';
import {SpillWriter} from './spill-files.js';

export function runParseWorker(data: ParseWorkerData): void {
	const port = parentPort;
	if (!port) return;
	let lex: Lexicons;
	let spill: SpillWriter | undefined;
	try {
		lex = loadLexicons(data.lexiconDir);
		if (data.spillDir !== undefined && data.spillFile !== undefined) spill = new SpillWriter(data.spillDir, data.spillFile);
	} catch (error) {
		const {code, message} = describeError(error);
		port.postMessage(encodeReply({fatal: message, exitCode: code}));
		return;
	}
	const handle = async (message: ParseMessage) => {
		if ('close' in message) {
			try {
				spill?.close();
				port.postMessage(encodeReply({closed: true}));
			} catch (error) {
				const {code, message} = describeError(error);
				port.postMessage(encodeReply({fatal: message, exitCode: code}));
			}
			return;
		}
		const replies: WireReply[] = [];
		// The articles' bytes are moved, not copied.
		const moved: ArrayBuffer[] = [];
		for (const {seq, unit, manifest} of message.batch) {
			let reply: ParseReply;
			try {
				reply = {seq, result: await parseUnit(data.dir, unit, manifest, lex, data.prepare, spill)};
			} catch (error) {
				reply = {seq, error: describeError(error).message};
			}
			const wire = encodeReply(reply);
			replies.push(wire);
			if (typeof wire !== 'string') moved.push(wire[1].buffer as ArrayBuffer);
		}
		port.postMessage({replies} satisfies WireBatch, moved);
	};
	// One message at a time, in the order sent, and a batch's units in order: a unit read with an await
	// (an HTML page's extractor loaded on first use) must not let the next
	// one write its spill row first (each file's rows are in the dataset's order).
	let queue = Promise.resolve();
	port.on('message', (message: ParseMessage) => {
		queue = queue.then(() => handle(message));
	});
}
