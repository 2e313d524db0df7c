// Entry of the CLI bundle, of parse workers and of the event-linking worker. A
// worker is started on this same file (the bundle starts itself: it ships as
// one file), so the choice is made here, before the CLI and its interface
// modules are loaded in a worker.
import module from 'node:module';
import {isMainThread, workerData} from 'node:worker_threads';

// From Node 22.1 on, V8's compiled code for the chunks imported below is kept on
// disk and reused by the next start (compiling the bundle is ~60 ms of the first
// frame). Node 20 has no such cache: there this does nothing.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const role = isMainThread ? null : (workerData as {ceParseWorker?: boolean; ceLinkWorker?: boolean} | null);
if (role?.ceParseWorker) {
	const {runParseWorker} = await import('./ingest/parallel-worker.js');
	runParseWorker(workerData);
} else if (role?.ceLinkWorker) {
	const {runLinkWorker} = await import('./ingest/link-worker.js');
	runLinkWorker(workerData);
} else {
	await import('./cli.js');
}
