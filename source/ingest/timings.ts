// What an ingest prints of its own time and memory under CE_TIMINGS=1
// (issue 21: the path after the parse is measured phase by phase): one switch
// and one unit for a directory ingest's phases (directory.ts), the link
// worker's families (link-worker.ts), linking's line (events/link.ts) and a
// JSON ingest's parse, build and write (run.ts, commands/ingest.ts).

/** Whether CE_TIMINGS=1 asks for the timing lines on stderr. */
export function timingsWanted(): boolean {
	return process.env.CE_TIMINGS === '1';
}

/** Bytes as whole mebibytes, as the timing lines print memory. */
export const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** Wall time of each phase of a directory ingest, printed as one line under CE_TIMINGS=1. */
export class Phases {
	private readonly marks: string[] = [];
	private last = performance.now();

	mark(name: string): void {
		const now = performance.now();
		// With this thread's memory as the phase ends (the 1 GB goal of issue 21 is the process's peak):
		// its heap committed, the array buffers it holds, and the process's resident set.
		let memory = '';
		if (timingsWanted()) {
			const m = process.memoryUsage();
			memory = ` (heap ${mb(m.heapTotal)} MB, buffers ${mb(m.arrayBuffers)} MB, rss ${mb(m.rss)} MB)`;
		}
		this.marks.push(`${name} ${(now - this.last).toFixed(0)} ms${memory}`);
		this.last = now;
	}

	report(): void {
		if (timingsWanted()) process.stderr.write(`timing: ${this.marks.join(' · ')}\n`);
	}
}
