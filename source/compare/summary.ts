// What a reader of a comparison should see first, as plain lines that do not
// depend on which outlet columns are in view: the conflicts (each value with
// who gives it and when they wrote), naming discrepancies, omissions, and the
// status as it developed from report to report.
import {shortDay} from './timing.js';
import type {Comparison, StatusStep} from './types.js';

/** `short`: the same in fewer words, for a terminal with little room. */
export type SummaryLine = {text: string; short?: string; tone: 'conflict' | 'naming' | 'dim' | 'plain'};

/** "Unattributed (000)" → "#000": the summary names many outlets on one line. */
export function shortLabel(label: string): string {
	return label.replace(/^Unattributed \((\d+)\)$/, '#$1');
}

/** Steps that tell the same thing in a row are one stage: "scheduled (26 Dec 2021: #000, Qsarpress; 4 Jan: EU Reporter)". */
function stages(steps: StatusStep[], year: string | undefined, short = false): string[] {
	const out: Array<{what: string; when: Map<string, string[]>}> = [];
	for (const s of steps) {
		const what = s.text.replace(/, as of [^,]*$/, '');
		const last = out.at(-1);
		const stage = last && last.what === what ? last : {what, when: new Map<string, string[]>()};
		if (stage !== last) out.push(stage);
		const day = shortDay(s.published, year);
		stage.when.set(day, [...(stage.when.get(day) ?? []), shortLabel(s.label)]);
	}
	if (short)
		return out.map(
			st =>
				`${st.what} (${[...st.when].map(([day, who]) => (who.length > 1 ? `${day.replace(/ \d{4}$/, '')} ×${who.length}` : day.replace(/ \d{4}$/, ''))).join(', ')})`,
		);
	return out.map(st => `${st.what} (${[...st.when].map(([day, who]) => `${day}: ${who.join(', ')}`).join('; ')})`);
}

export function summaryLines(c: Comparison): SummaryLine[] {
	const label = new Map(c.columns.map(col => [col.article, shortLabel(col.label)]));
	const year = c.event.date?.slice(0, 4);
	const out: SummaryLine[] = [];
	for (const f of c.facts) {
		if (!f.conflict) continue;
		const values = (f.conflictValues ?? []).map(
			v => `${v.value} (${v.articles.map((a, i) => `${label.get(a) ?? a}, ${shortDay(v.published[i] ?? null, year)}`).join('; ')})`,
		);
		out.push({text: `≠ ${f.label}: ${values.join(' vs ')}`, tone: 'conflict'});
	}
	for (const d of c.naming)
		out.push({
			text: `≈ Naming: ${label.get(d.article) ?? d.article} names ${d.named.name} where ${d.body.articles.map(a => label.get(a) ?? a).join(', ')} name ${d.body.name}`,
			short: `≈ Naming: ${label.get(d.article) ?? d.article} says ${d.named.name} for ${d.body.name}`,
			tone: 'naming',
		});
	const omitted = c.facts
		.filter(f => f.key !== 'naming')
		.map(f => ({f, who: c.columns.filter(col => !f.cells[col.article]).map(col => label.get(col.article)!)}))
		.filter(x => x.who.length > 0 && x.who.length < c.columns.length);
	if (omitted.length)
		out.push({
			text: `— Not told: ${omitted.map(x => `${x.f.label} by ${x.who.join(', ')}`).join(' · ')}`,
			short: `— Not told: ${omitted.map(x => `${x.f.label} (${x.who.length})`).join(', ')}`,
			tone: 'dim',
		});
	if (c.timeline.length)
		out.push({text: `Status: ${stages(c.timeline, year).join(' → ')}`, short: `Status: ${stages(c.timeline, year, true).join(' → ')}`, tone: 'plain'});
	return out;
}
