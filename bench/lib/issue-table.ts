// Issue 21's table: each figure beside its reference measured in the same run
// (the ingest floor and lean skeleton, fuse.js and uFuzzy, the echo program,
// `node -e 0` and a bare Ink app), the ratio, the goal and whether it is met,
// under the machine's load average at the start and the end of the run. The
// ratio is always our cost over the reference's (time, or rate inverted): 12×
// the floor means twelve times the floor's time per article.

import {round} from './stats.js';

export type IssueRow = {
	measure: string;
	size: string;
	figure: string;
	reference: string;
	ratio: string;
	goal: string;
	/** null: the goal is for another size, or there is none. */
	met: boolean | null;
};

export function issueTable(rows: IssueRow[], run: {loadAtStart: number[]; loadAtEnd: number[]; elapsedMs: number}): string {
	const head = ['measure', 'size', 'figure', 'reference (same run)', 'ratio: cost ÷ reference', 'goal', 'met'];
	const cells = [head, ...rows.map(r => [r.measure, r.size, r.figure, r.reference, r.ratio, r.goal, r.met === null ? '' : r.met ? 'yes' : 'no'])];
	const widths = head.map((_, c) => Math.max(...cells.map(r => [...r[c]!].length)));
	const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c]!)).join(' | ')} |`;
	const load = (l: number[]) => l.map(x => x.toFixed(2)).join(' / ');
	return `${[
		'',
		`issue 21: load average (1 / 5 / 15 min) ${load(run.loadAtStart)} at the start, ${load(run.loadAtEnd)} at the end; ${Math.round(run.elapsedMs / 1000)} s`,
		line(head),
		`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`,
		...cells.slice(1).map(line),
	].join('\n')}\n`;
}

/** "×3.2" for a ratio, "—" when the reference is zero or missing (below the measure's resolution). */
export function times(x: number, ref: number | undefined | null, digits = 1): string {
	if (!ref || !Number.isFinite(x / ref)) return '—';
	const r = x / ref;
	return `${r.toFixed(r >= 100 ? 0 : digits)}×`;
}

/** The clock tick /proc/PID/stat counts CPU in (lib/pty.ts cpuMs). */
export const TICK_MS = 10;

/**
 * A reference's CPU per step, read in clock ticks, and the ratio of `x` to it.
 * A reference that used no tick over its `steps` used less than one in all:
 * it is shown as that bound, and the ratio as a lower bound (a quick run once
 * printed the echo program's CPU as "0 ms" and no ratio).
 */
export function againstTicks(x: number, refPerStep: number, steps: number): {reference: string; ratio: string} {
	if (refPerStep > 0) return {reference: `${round(refPerStep, 1)} ms`, ratio: times(x, refPerStep)};
	const bound = TICK_MS / steps;
	return {reference: `< ${round(bound, 2)} ms (no ${TICK_MS} ms tick in ${steps} steps)`, ratio: `> ${times(x, bound)}`};
}
