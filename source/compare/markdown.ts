// A comparison as a Markdown report a journalist can paste into a note:
// every statement carries `file:line` so it can be checked at the source.
import type {SentenceLookup} from './lookup.js';
import {summaryLines} from './summary.js';
import {timingText} from './timing.js';
import type {Comparison, Fact} from './types.js';
import {mdCellText, mdCode, mdInline} from '../text/markdown.js';
import {sanitize} from '../text/sanitize.js';

/** Table cells: a `|` would end the cell and a line break the row; HTML and links stay text (text/markdown.ts). */
export function escapeCell(text: string): string {
	return mdCellText(text);
}

/** Inline text outside tables: one line, no accidental table, HTML or link syntax. */
const inline = mdInline;

/** A line inside a fenced code block: shown as is, except that it must not close the fence. */
function codeLine(text: string): string {
	return sanitize(text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ')).replace(/^(?=[`~])/, ' ');
}

export function bar(count: number, max: number, width = 20): string {
	if (count <= 0 || max <= 0) return '';
	return '█'.repeat(Math.max(1, Math.round((count / max) * width)));
}

function factCell(fact: Fact, article: string): string {
	const c = fact.cells[article];
	if (!c) return '—';
	const text = c.values.join('; ');
	// Only the values that differ from the majority carry the mark.
	const disputed = fact.conflict && fact.conflictValues?.some(v => v.odd && v.articles.includes(article));
	return escapeCell(disputed ? `⚠ ${text}` : text);
}

/** `lookup` gives the sentences' text and line, and place names (the Query does both). */
export function comparisonToMarkdown(c: Comparison, lookup: SentenceLookup & {place(id: string): {nameEn: string} | undefined}): string {
	const label = new Map(c.columns.map(col => [col.article, col.label]));
	const placeName = (p: string | null) => (p ? (lookup.place(p)?.nameEn ?? p) : null);
	const out: string[] = [];
	const when = c.event.date ? (c.event.end && c.event.end !== c.event.date ? `${c.event.date} – ${c.event.end}` : c.event.date) : 'undated';
	out.push(`# ${inline(c.event.label)}`, '');
	out.push(
		`Event ${mdCode(c.event.id)} · ${when}${c.event.place ? ` · ${inline(placeName(c.event.place)!)}` : ''} · reported by ${c.columns.length} outlet${c.columns.length === 1 ? '' : 's'}`,
		'',
	);

	const first = summaryLines(c);
	if (first.length) {
		out.push(
			'## Conflicts, naming, omissions, status',
			'',
			'≠ a conflict (each value with who gives it and when they wrote), ≈ a naming discrepancy, — what outlets leave out, and the status as reports told it over time.',
			'',
		);
		for (const line of first) out.push(`- ${inline(line.text)}`);
		out.push('');
	}

	out.push('## Outlets', '', '| # | Outlet | Published | Relative to the event | Article | File |', '|---|---|---|---|---|---|');
	for (const [i, col] of c.columns.entries())
		out.push(
			`| ${i + 1} | ${escapeCell(col.label)} | ${col.published ?? '—'} | ${timingText(col.timing) || '—'} | ${escapeCell(col.article)} | ${escapeCell(col.file)} |`,
		);
	out.push('');

	out.push(
		'## Facts',
		'',
		'⚠ marks values that contradict the other outlets (those that differ from the majority; on a tie, all of them); — marks an omission.',
		'',
	);
	out.push(`| Fact | ${c.columns.map(col => escapeCell(col.label)).join(' | ')} |`, `|---|${c.columns.map(() => '---|').join('')}`);
	for (const f of c.facts) out.push(`| ${f.conflict ? '⚠ ' : ''}${escapeCell(f.label)} | ${c.columns.map(col => factCell(f, col.article)).join(' | ')} |`);
	const conflicts = c.facts.filter(f => f.conflict);
	if (conflicts.length) {
		out.push('');
		for (const f of conflicts) {
			const vs = (f.conflictValues ?? []).map(
				v => `${inline(v.value)} (${v.articles.map((a, k) => `${inline(label.get(a) ?? a)}, published ${v.published[k] ?? 'undated'}`).join('; ')})`,
			);
			out.push(`- ⚠ **${inline(f.label)}**: ${vs.join(' vs ')}`);
		}
	}
	out.push('');

	out.push('## Aligned statements', '');
	c.rows.forEach((row, i) => {
		out.push(`### ${i + 1}. ${inline(row.title)}`, '', `_${inline(row.reason)}_`, '');
		const missing: string[] = [];
		for (const col of c.columns) {
			const ids = row.cells[col.article] ?? [];
			if (ids.length === 0) missing.push(col.label);
			for (const id of ids) {
				const hit = lookup.sentence(id);
				const where = hit ? `${col.file}:${hit.sentence.line}` : id;
				out.push(`- **${inline(col.label)}** (${mdCode(where)}): ${inline(hit?.sentence.text ?? '')}`);
			}
		}
		if (missing.length && missing.length < c.columns.length) out.push(`- Not in: ${missing.map(inline).join(', ')}`);
		out.push('');
	});

	out.push('## Voices', '', 'Speakers whose statements each outlet carries (whole article), by number of sentences.', '');
	for (const col of c.columns) {
		const voices = c.voices[col.article] ?? [];
		out.push(`### ${inline(col.label)}`, '');
		if (!voices.length) {
			out.push('No attributed statements.', '');
			continue;
		}
		const max = Math.max(...voices.map(v => v.count));
		const names = voices.map(v => codeLine(`${v.name} (${v.kind === 'person' ? v.affiliation : v.kind})`));
		const pad = Math.max(...names.map(n => n.length));
		out.push('```', ...voices.map((v, i) => `${names[i]!.padEnd(pad)}  ${bar(v.count, max)} ${v.count}`), '```', '');
	}

	out.push('## Citations', '', '| Outlet | Credits |', '|---|---|');
	for (const col of c.columns) {
		const cites = (c.citations[col.article] ?? []).map(x => `${x.name} (${x.kind}) ×${x.count}`);
		out.push(`| ${escapeCell(col.label)} | ${cites.length ? escapeCell(cites.join(', ')) : '—'} |`);
	}
	out.push('');

	out.push('## Wording', '', '### Reporting verbs', '');
	for (const col of c.columns) {
		const verbs = c.wording.verbs[col.article] ?? [];
		if (!verbs.length) continue;
		out.push(`- **${inline(col.label)}**: ${verbs.map(v => `${inline(v.name)}: ${v.verbs.map(inline).join('، ')}`).join('; ')}`);
	}
	out.push('', '### Phrases only one outlet uses', '', 'Listed, not judged.', '');
	for (const col of c.columns) {
		const phrases = c.wording.distinctive[col.article] ?? [];
		if (!phrases.length) continue;
		out.push(`- **${inline(col.label)}**`);
		for (const p of phrases) {
			const hit = lookup.sentence(p.sentence);
			const where = hit ? `${col.file}:${hit.sentence.line}` : p.sentence;
			out.push(`  - «${inline(p.phrase)}»${p.about ? ` about ${inline(p.about)}` : ''} (${mdCode(where)})`);
		}
	}
	out.push('');
	return out.join('\n');
}
