// The parse worker: loads the lexicons once, then parses the units it is sent
// (files, records) and posts each result back as JSON text (parallel.ts encodeReply says why). An exception is posted as a message, so the main
// thread reports it as one line naming the file.
import {parentPort} from 'node:worker_threads';
import {describeError} from '../errors.js';
import {loadLexicons} from './lexicons.js';
import {encodeReply, parseUnit, type ParseReply, type ParseRequest, type ParseWorkerData} from './parallel.js';
import type {Lexicons} from './pipeline.js';

export function runParseWorker(data: ParseWorkerData): void {
	const port = parentPort;
	if (!port) return;
	let lex: Lexicons;
	try {
		lex = loadLexicons(data.lexiconDir);
	} catch (error) {
		const {code, message} = describeError(error);
		port.postMessage(encodeReply({fatal: message, exitCode: code}));
		return;
	}
	port.on('message', async ({seq, unit}: ParseRequest) => {
		let reply: ParseReply;
		try {
			reply = {seq, result: await parseUnit(data.dir, unit, data.manifest, lex, data.prepare)};
		} catch (error) {
			reply = {seq, error: describeError(error).message};
		}
		const wire = encodeReply(reply);
		// The article's bytes are moved, not copied.
		port.postMessage(wire, typeof wire === 'string' ? [] : [wire[1].buffer as ArrayBuffer]);
	});
}
