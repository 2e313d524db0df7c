// Minimal pseudo-terminal timing: spawn a command in a PTY (without CI in its
// environment, so Ink draws live frames) and time until its output shows a
// marker, or until it exits (the `node -e 0` baseline). Peak memory is read
// from /proc/PID/status of the child before it is stopped.
import {spawn} from 'node-pty';
import {readFileSync} from 'node:fs';
import {peakRssMb} from './stats.js';

const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

export function cleanEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST')) env[k] = v;
	env.TERM = 'xterm-256color';
	return env;
}

// (CPU time below: on a shared machine wall time also counts waits for a core.)
/** CPU time (user + system) a process has used so far, in ms; /proc ticks are 10 ms. */
export function cpuMs(pid: number): number {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
			.replace(/^.*\) /, '')
			.split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return Number.NaN;
	}
}

export type PtyTiming = {ms: number; peakRssMb: number; screen: string; cpuMs: number};

/** Time from spawn to the first output containing `marker` (null: until exit). */
export function timeToMarker(file: string, args: string[], marker: string | null, options: {cwd?: string; timeoutMs?: number} = {}): Promise<PtyTiming> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(file, args, {name: 'xterm-256color', cols: 120, rows: 40, cwd: options.cwd ?? process.cwd(), env: cleanEnv()});
		let out = '';
		let done = false;
		const timer = setTimeout(
			() => finish(new Error(`no ${marker ?? 'exit'} within ${options.timeoutMs ?? 60_000} ms; screen: ${out.replace(ANSI, '').slice(-400)}`)),
			options.timeoutMs ?? 60_000,
		);
		const finish = (error: Error | null, ms = 0) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			const peak = peakRssMb(child.pid);
			const cpu = cpuMs(child.pid);
			try {
				child.kill('SIGTERM');
			} catch {
				// Already gone.
			}
			if (error) reject(error);
			else resolve({ms, peakRssMb: peak, screen: out.replace(ANSI, ''), cpuMs: cpu});
		};
		child.onData(data => {
			out += data;
			if (marker && out.replace(ANSI, '').includes(marker)) finish(null, performance.now() - started);
		});
		child.onExit(() => {
			if (!marker) finish(null, performance.now() - started);
			else finish(new Error(`exited before showing '${marker}': ${out.replace(ANSI, '').slice(-400)}`));
		});
	});
}
