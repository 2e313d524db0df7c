// A progress line on standard error while a long ingest runs in a terminal:
// files done of the total, articles per second, time left. Redrawn in place
// (\r, then erase to the end of the line) at most every `intervalMs`, shown only
// once the ingest has run `delayMs` (a short one would only flicker), and
// erased at the end so the summary lines start clean. Nothing at all when
// stderr is not a terminal: logs and pipes get only the summary.
import type {ParseProgress} from './parallel.js';
import {writeControl} from '../text/terminal-stream.js';
import {sanitize} from '../text/sanitize.js';

export type ProgressSnapshot = ParseProgress & {elapsedMs: number};

/** The stream the line is drawn on: a TTY tells its width. */
export type ProgressStream = {isTTY?: boolean; columns?: number; write(chunk: string): unknown};

const number = (n: number) => n.toLocaleString('en-US');

/** 42 s → 0:42, 3,723 s → 1:02:03. */
export function formatDuration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The line, cut to the terminal's width less one (a line that wraps cannot be redrawn with \r). */
export function formatProgress(p: ProgressSnapshot, columns = 80): string {
	const seconds = p.elapsedMs / 1000;
	const rate = seconds > 0 ? p.articles / seconds : 0;
	const parts = [
		`ingest: ${number(p.files)} of ${number(p.total)} file${p.total === 1 ? '' : 's'}`,
		`${number(p.articles)} article${p.articles === 1 ? '' : 's'}`,
		`${rate >= 10 || rate === 0 ? number(Math.round(rate)) : rate.toFixed(rate >= 1 ? 1 : 2)} articles/s`,
	];
	// Time left from the share done so far (a record file counts by its records), once there is a rate to go by.
	const share = p.total > 0 ? p.done / p.total : 0;
	if (share > 0 && share < 1 && seconds >= 1) parts.push(`${formatDuration((p.elapsedMs * (1 - share)) / share)} left`);
	const line = parts.join(' · ');
	const width = Math.max(10, columns - 1);
	return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

export type ProgressLine = {update(p: ParseProgress): void; end(): void};

export function progressLine(stream: ProgressStream, options: {now?: () => number; intervalMs?: number; delayMs?: number} = {}): ProgressLine {
	if (!stream.isTTY) return {update() {}, end() {}};
	const now = options.now ?? (() => performance.now());
	const interval = options.intervalMs ?? 100;
	const delay = options.delayMs ?? 500;
	const started = now();
	let drawn = -Infinity;
	let shown = false;
	return {
		update(p) {
			const t = now();
			if (t - started < delay || t - drawn < interval) return;
			drawn = t;
			shown = true;
			// The moves are the tool's own (past the terminal guard); the line between them is sanitised text.
			writeControl(stream, `\r${sanitize(formatProgress({...p, elapsedMs: t - started}, stream.columns || 80))}\u001B[K`);
		},
		end() {
			if (shown) writeControl(stream, '\r\u001B[K');
			shown = false;
		},
	};
}
