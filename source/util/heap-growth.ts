// How far V8 lets a heap grow past what survived its last full collection.
// Its own rule picks up to 4x for a thread that allocates fast, and a
// directory ingest's link worker and main thread allocate fast after the
// parse (clustering makes short-lived facts for each of 124M candidates at
// 100k articles; the second pass parses each article's line): linking alone
// from the 100k spill held 1,107 MB when a full collection left 197 MB, and
// peaked at 1,309 MB. With the heap let grow by half: 667-673 MB, in 51.9-56.0
// s against 57.8 s (one run each, /usr/bin/time). The flag is V8's and the
// process's (a worker cannot be given it); set after the parse workers are
// gone, and set back when the ingest ends.
import {setFlagsFromString} from 'node:v8';

const FLAG = '--heap-growing-percent';

/**
 * Lets every heap of the process grow by `percent` past what its last full
 * collection kept, until the returned function is called (then V8's own
 * rule again). Nothing is changed when node was started with the flag.
 */
export function limitHeapGrowth(percent: number): () => void {
	const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some(a => a.startsWith(FLAG));
	if (given) return () => {};
	setFlagsFromString(`${FLAG}=${Math.max(1, Math.round(percent))}`);
	let restored = false;
	return () => {
		if (restored) return;
		restored = true;
		setFlagsFromString(`${FLAG}=0`);
	};
}
