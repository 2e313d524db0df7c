// Entry of the CLI bundle and of parse workers. A worker is started on this same
// file (the bundle starts itself: it ships as one file), so the choice is made
// here, before the CLI and its interface modules are loaded in a worker.
import {isMainThread, workerData} from 'node:worker_threads';

if (!isMainThread && (workerData as {ceParseWorker?: boolean} | null)?.ceParseWorker) {
	const {runParseWorker} = await import('./parallel-worker.js');
	runParseWorker(workerData);
} else {
	await import('../cli.js');
}
