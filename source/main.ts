// Entry of the CLI bundle and of parse workers. A worker is started on this same
// file (the bundle starts itself: it ships as one file), so the choice is made
// here, before the CLI and its interface modules are loaded in a worker.
import module from 'node:module';
import {isMainThread, workerData} from 'node:worker_threads';

// From Node 22.1 on, V8's compiled code for the chunks imported below is kept on
// disk and reused by the next start (compiling the bundle is ~60 ms of the first
// frame). Node 20 has no such cache: there this does nothing.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

if (!isMainThread && (workerData as {ceParseWorker?: boolean} | null)?.ceParseWorker) {
	const {runParseWorker} = await import('./ingest/parallel-worker.js');
	runParseWorker(workerData);
} else {
	await import('./cli.js');
}
