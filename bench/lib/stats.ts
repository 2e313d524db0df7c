// Small statistics over timings: medians for "the median of several runs",
// nearest-rank percentiles for per-keystroke latencies.
import {readFileSync} from 'node:fs';

export function median(xs: number[]): number {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * s.length);
	return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** Peak resident set of this process in MB (VmHWM), or RSS when /proc is absent. */
export function peakRssMb(pid: number | 'self' = 'self'): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8') as string;
		const m = /VmHWM:\s+(\d+) kB/.exec(status);
		if (m) return Number(m[1]) / 1024;
	} catch {
		// fall through
	}
	return pid === 'self' ? process.memoryUsage().rss / 1048576 : Number.NaN;
}
