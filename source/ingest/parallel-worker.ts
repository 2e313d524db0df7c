// The parse worker: loads the lexicons once, then parses the files it is sent
// and posts each result back. An exception is posted as a message, so the main
// thread reports it as one line naming the file.
import {parentPort} from 'node:worker_threads';
import {describeError} from '../errors.js';
import {loadLexicons} from './lexicons.js';
import {parseFile, type ParseReply, type ParseRequest, type ParseWorkerData} from './parallel.js';
import type {Lexicons} from './pipeline.js';

export function runParseWorker(data: ParseWorkerData): void {
	const port = parentPort;
	if (!port) return;
	let lex: Lexicons;
	try {
		lex = loadLexicons(data.lexiconDir);
	} catch (error) {
		const {code, message} = describeError(error);
		port.postMessage({fatal: message, exitCode: code} satisfies ParseReply);
		return;
	}
	port.on('message', ({seq, file}: ParseRequest) => {
		let reply: ParseReply;
		try {
			reply = {seq, result: parseFile(data.dir, file, data.manifest, lex, data.prepare)};
		} catch (error) {
			reply = {seq, error: describeError(error).message};
		}
		port.postMessage(reply);
	});
}
