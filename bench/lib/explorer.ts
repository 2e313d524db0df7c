// The explorer measured as a person meets it: the bundled CLI in a
// pseudo-terminal. First frame (alternated with the `node -e 0` baseline so a
// drifting machine load hits both alike) and cursor moves timed from the key
// to the frame that shows the new position.
import {spawn} from 'node-pty';
import {cleanEnv, cpuMs, timeToMarker} from './pty.js';
import {median, peakRssMb, percentile} from './stats.js';

const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export type FirstFrame = {ms: number; baselineMs: number; ratio: number; runs: number; peakRssMb: number; cpuMs: number; samples: number[]};

export async function firstFrame(cli: string, dataPath: string, runs: number, options: {cwd: string; timeoutMs: number}): Promise<FirstFrame> {
	const base: number[] = [];
	const ours: number[] = [];
	const cpu: number[] = [];
	let rss = 0;
	for (let i = 0; i < runs; i++) {
		base.push((await timeToMarker(process.execPath, ['-e', '0'], null)).ms);
		const r = await timeToMarker(process.execPath, [cli, '--data', dataPath], 'Days', options);
		ours.push(r.ms);
		cpu.push(r.cpuMs);
		rss = Math.max(rss, r.peakRssMb);
	}
	// CPU time too: on a shared machine wall time also counts waits for a core.
	return {ms: median(ours), baselineMs: median(base), ratio: median(ours) / median(base), runs, peakRssMb: rss, cpuMs: median(cpu), samples: ours};
}

export type CursorInPty = {items: number; moves: number; p50: number; p95: number; max: number; cpuMsPerMove: number; peakRssMb: number};

/**
 * Sources tab, the outlet with the most sentences, Enter, then `moves` × j:
 * each time from writing the key to the screen showing ` i/total`. Includes
 * Ink's frame scheduling, which an in-process render measure does not.
 */
export async function cursorInPty(cli: string, dataPath: string, moves: number, options: {cwd: string; settleMs?: number}): Promise<CursorInPty> {
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
		await sleep(options.settleMs ?? 3000);
		child.write('3');
		const total = Number((await waitFor(/Sources › ([\d,]+)/))[1]!.replaceAll(',', ''));
		out = '';
		child.write('\r');
		await waitFor(new RegExp(` 1/${total}\\b`));
		const times: number[] = [];
		const cpuBefore = cpuMs(child.pid);
		for (let i = 2; i <= moves + 1; i++) {
			out = '';
			const a = performance.now();
			child.write('j');
			await waitFor(new RegExp(` ${i}/${total}\\b`), 10_000);
			times.push(performance.now() - a);
			// A person presses keys at most every few tens of ms; back-to-back
			// writes would measure Ink coalescing keys, not a frame.
			await sleep(40);
		}
		return {
			items: total,
			moves,
			p50: percentile(times, 50),
			p95: percentile(times, 95),
			max: Math.max(...times),
			cpuMsPerMove: (cpuMs(child.pid) - cpuBefore) / times.length,
			peakRssMb: peakRssMb(child.pid),
		};
	} finally {
		child.kill();
	}
}
