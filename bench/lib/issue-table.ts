// Issue 21's table: each figure beside its reference measured in the same run
// (the ingest floor and lean skeleton, fuse.js and uFuzzy, the echo program,
// `node -e 0` and a bare Ink app), the ratio, the goal and whether it is met,
// under the machine's load average at the start and the end of the run. The
// ratio is always our cost over the reference's (time, or rate inverted): 12×
// the floor means twelve times the floor's time per article.

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
