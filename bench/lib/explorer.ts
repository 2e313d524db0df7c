// The explorer measured as a person meets it: the bundled CLI in a
// pseudo-terminal. First frame (alternated with the `node -e 0` baseline so a
// drifting machine load hits both alike) and cursor moves timed from the key
// to the frame that shows the new position.
import {spawn} from 'node-pty';
import {cleanEnv, cpuMs, timeToMarker} from './pty.js';
import {median, peakRssMb, percentile} from './stats.js';

const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Waits until the process has used (almost) no CPU for a quarter of a second:
 * past the explorer's work after its first frame (the JSON layout's search
 * index is built then, in slices), which would otherwise count as the keys' CPU.
 */
export async function untilIdle(pid: number, minMs: number, maxMs = 120_000): Promise<void> {
	await sleep(minMs);
	const start = performance.now();
	while (performance.now() - start < maxMs) {
		const before = cpuMs(pid);
		await sleep(250);
		if (!(cpuMs(pid) - before > 10)) return;
	}
}

export type FirstFrame = {ms: number; baselineMs: number; ratio: number; runs: number; peakRssMb: number; cpuMs: number; samples: number[]};

export async function firstFrame(
	cli: string,
	dataPath: string,
	runs: number,
	options: {cwd: string; timeoutMs: number; bareInk?: string},
): Promise<FirstFrame & {bareInkMs?: number}> {
	const base: number[] = [];
	const bare: number[] = [];
	const ours: number[] = [];
	const cpu: number[] = [];
	let rss = 0;
	for (let i = 0; i < runs; i++) {
		base.push((await timeToMarker(process.execPath, ['-e', '0'], null)).ms);
		// The bare Ink app of bench/reference (issue 21's second reference), interleaved too.
		if (options.bareInk) bare.push((await timeToMarker(process.execPath, [options.bareInk], 'Days', options)).ms);
		const r = await timeToMarker(process.execPath, [cli, '--data', dataPath], 'Days', options);
		ours.push(r.ms);
		cpu.push(r.cpuMs);
		rss = Math.max(rss, r.peakRssMb);
	}
	// CPU time too: on a shared machine wall time also counts waits for a core.
	return {
		ms: median(ours),
		baselineMs: median(base),
		ratio: median(ours) / median(base),
		runs,
		peakRssMb: rss,
		cpuMs: median(cpu),
		samples: ours,
		...(bare.length ? {bareInkMs: median(bare)} : {}),
	};
}

export type SearchInPty = {keys: number; p50: number; p95: number; max: number; cpuMsPerKey: number};

/**
 * `/`, then each query typed a key at a time, 40 ms apart: each key timed from
 * writing it to the first frame after it that shows the search's answer (the
 * count of matches, "No matches." or the two-letter hint). The explorer
 * searches in its reducer, so that frame holds that key's results.
 */
export async function searchInPty(cli: string, dataPath: string, queries: string[], options: {cwd: string; settleMs?: number}): Promise<SearchInPty> {
	const child = spawn(process.execPath, [cli, '--data', dataPath], {name: 'xterm-256color', cols: 120, rows: 40, cwd: options.cwd, env: cleanEnv()});
	let out = '';
	child.onData(d => {
		out += d;
	});
	const waitFor = async (re: RegExp, timeout = 120_000) => {
		const start = performance.now();
		for (;;) {
			if (re.test(out.replace(ANSI, ''))) return;
			if (performance.now() - start > timeout) throw new Error(`no ${re} within ${timeout} ms: ${out.replace(ANSI, '').slice(-300)}`);
			await sleep(1);
		}
	};
	const answered = /\bmatches[:.]|at least two letters|No matches/;
	try {
		await waitFor(/Days/);
		// Past the search index's build after the first frame (a key before it would time the build).
		await untilIdle(child.pid, options.settleMs ?? 3000);
		const times: number[] = [];
		let cpu = 0;
		for (const query of queries) {
			out = '';
			child.write('/');
			await waitFor(/Search —/);
			await sleep(40);
			for (const ch of query) {
				out = '';
				const before = cpuMs(child.pid);
				const a = performance.now();
				child.write(ch);
				await waitFor(answered, 30_000);
				times.push(performance.now() - a);
				await sleep(40);
				cpu += cpuMs(child.pid) - before;
			}
			out = '';
			child.write('\u001B');
			await sleep(100);
		}
		return {keys: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), cpuMsPerKey: cpu / times.length};
	} finally {
		child.kill();
	}
}

/** A block of timed moves: key → frame percentiles and the process's CPU per move. */
export type MoveBlock = {p50: number; p95: number; max: number; cpuMsPerMove: number};
export type CursorInPty = MoveBlock & {items: number; moves: number; peakRssMb: number; warm?: MoveBlock & {after: number}};

/**
 * Sources tab, the outlet with the most sentences, Enter, then `moves` × j:
 * each time from writing the key to the screen showing ` i/total`. Includes
 * Ink's frame scheduling, which an in-process render measure does not.
 * With `warmAfter`, the moves go on (untimed) until that many were made, and
 * then `moves` more are timed again (`warm`): the first moves after start-up
 * pay V8's optimising compiler on its background threads (at 1k articles half
 * of the CPU of the first hundred moves, a tenth after three hundred), which a
 * person pays once per session, not per key.
 */
export async function cursorInPty(
	cli: string,
	dataPath: string,
	moves: number,
	options: {cwd: string; settleMs?: number; warmAfter?: number},
): Promise<CursorInPty> {
	const child = spawn(process.execPath, [cli, '--data', dataPath], {name: 'xterm-256color', cols: 120, rows: 40, cwd: options.cwd, env: cleanEnv()});
	let out = '';
	child.onData(d => {
		out += d;
	});
	const waitFor = async (re: RegExp, timeout = 120_000) => {
		const start = performance.now();
		for (;;) {
			const m = re.exec(out.replace(ANSI, ''));
			if (m) return m;
			if (performance.now() - start > timeout) throw new Error(`no ${re} within ${timeout} ms: ${out.replace(ANSI, '').slice(-300)}`);
			await sleep(1);
		}
	};
	try {
		await waitFor(/Days/);
		// Past whatever the explorer does in the background after its first frame.
		await untilIdle(child.pid, options.settleMs ?? 3000);
		child.write('3');
		const total = Number((await waitFor(/Sources › ([\d,]+)/))[1]!.replaceAll(',', ''));
		out = '';
		child.write('\r');
		await waitFor(new RegExp(` 1/${total}\\b`));
		// Moves from row `from` (1-based) to row `from + count`, each timed from key to frame.
		const block = async (from: number, count: number, pause = 40): Promise<MoveBlock> => {
			const times: number[] = [];
			const cpuBefore = cpuMs(child.pid);
			for (let i = from + 1; i <= from + count; i++) {
				out = '';
				const a = performance.now();
				child.write('j');
				await waitFor(new RegExp(` ${i}/${total}\\b`), 10_000);
				times.push(performance.now() - a);
				// A person presses keys at most every few tens of ms; back-to-back
				// writes would measure Ink coalescing keys, not a frame.
				await sleep(pause);
			}
			return {p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), cpuMsPerMove: (cpuMs(child.pid) - cpuBefore) / times.length};
		};
		const first = await block(1, moves);
		const warmAfter = options.warmAfter !== undefined && total > options.warmAfter + moves + 1 ? options.warmAfter : undefined;
		let warm: CursorInPty['warm'];
		if (warmAfter !== undefined) {
			// Untimed: only the process's warming matters, so the keys come faster.
			await block(moves + 1, warmAfter - moves, 5);
			warm = {...(await block(warmAfter + 1, moves)), after: warmAfter};
		}
		return {items: total, moves, ...first, peakRssMb: peakRssMb(child.pid), ...(warm ? {warm} : {})};
	} finally {
		child.kill();
	}
}
