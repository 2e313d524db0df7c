// The comparison view as lines of styled segments, computed without Ink so
// the arithmetic (column widths, heights, scrolling) is testable on its own.
// Every line is exactly `width` columns wide or less; there are never more
// than `height` lines.
import stringWidth from 'string-width';
import {logical} from '../text/clusters.js';
import {truncate} from '../text/layout.js';
import type {SentenceLookup} from './lookup.js';
import {summaryLines} from './summary.js';
import {timingText} from './timing.js';
import type {Comparison, Fact, Voice} from './types.js';

export type Seg = {text: string; color?: string; inverse?: boolean; dim?: boolean; bold?: boolean};
export type ViewLine = Seg[];

export type ViewOptions = {
	width: number;
	/** The view never draws more lines than this. */
	height: number;
	/** Index of the first outlet column shown (←/→ scroll). */
	firstColumn: number;
	/** How many outlet columns the user wants (+/-); fewer are shown when they would be narrower than 28. */
	columnsVisible: number;
	/** Row index into comparison.rows; column index into comparison.columns (absolute, not relative to firstColumn). */
	cursor: {row: number; column: number};
	showCharts: boolean;
	/** Marked sentence ids. */
	marked: ReadonlySet<string>;
	noColor: boolean;
	/** Wraps and lays out text for the terminal (the UI passes its bidi layout); default: plain word wrap. */
	renderText?: (text: string, width: number) => string[];
	/** One cell of exactly `width` columns laid out for the terminal (the UI's bidi fit); default: cut and pad in stored order. */
	fitText?: (text: string, width: number) => string;
	/** Statements in Arabic (the default), English, or both, the English under the Arabic in each cell. */
	lang?: 'ar' | 'en' | 'both';
	/** A sentence's English (the UI's: translation, else the ≈ gist); needed for 'en' and 'both'. */
	english?: (id: string) => string | undefined;
};

export const MIN_COLUMN = 28;
/** Left gutter: fact names in the grid, row kinds below. */
export const GUTTER = 12;
/** Lines a statement may take when its row is not selected (the selected row shows more). */
const CELL_LINES = 3;
const SELECTED_CELL_LINES = 8;
/** With both languages, lines of each a cell may take (unselected, selected): both always show. */
const BOTH_CELL_LINES = 2;
const BOTH_SELECTED_CELL_LINES = 5;

/** How many outlet columns fit: each at least MIN_COLUMN wide, at most `columnsVisible`, at least one. */
export function visibleColumnCount(width: number, columnsVisible: number, total: number): number {
	const fit = Math.floor(Math.max(0, width - GUTTER) / MIN_COLUMN);
	return Math.max(1, Math.min(fit, Math.max(1, columnsVisible), Math.max(1, total)));
}

/** Cut to `width` columns with an ellipsis (text/layout's rule, in stored order: the view lays out bidi itself). */
const cut = (text: string, width: number) => truncate(text, width, logical, {pad: false});

/** Exactly `width` columns: cut, or padded with spaces. */
export function pad(text: string, width: number): string {
	return truncate(text, width, logical);
}

/** Greedy word wrap in logical order; words longer than the width are cut. */
export function plainWrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (stringWidth(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = stringWidth(word) <= width ? word : cut(word, width);
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

function sentenceText(lookup: SentenceLookup, id: string): string {
	return lookup.sentence(id)?.sentence.text ?? id;
}

function factCell(fact: Fact, article: string): {text: string; conflict: boolean; omitted: boolean} {
	const c = fact.cells[article];
	if (!c) return {text: '—', conflict: false, omitted: true};
	// The mark goes on the values that differ from the majority, not on every cell.
	const conflict = fact.conflict && (fact.conflictValues?.some(v => v.odd && v.articles.includes(article)) ?? true);
	return {text: `${conflict ? '≠ ' : ''}${c.values.join(', ')}`, conflict, omitted: false};
}

const FACT_SHORT: Record<string, string> = {
	date: 'Date',
	place: 'Place',
	participants: 'Who',
	speakers: 'Speakers',
	numbers: 'Numbers',
	status: 'Status',
	naming: 'Naming',
};

const AFFILIATION_SHORT: Record<string, string> = {
	NATO: 'NATO',
	Russia: 'Russia',
	'United States': 'US',
	EU: 'EU',
	other: 'other',
	anonymous: 'anon.',
};

const KIND_SHORT: Record<string, string> = {
	'date-place': 'date/place',
	attendance: 'attendance',
	statement: 'statement',
	outcome: 'outcome',
	numbers: 'numbers',
	context: 'context',
};

export function layoutComparison(c: Comparison, lookup: SentenceLookup, o: ViewOptions): ViewLine[] {
	const width = Math.max(1, o.width);
	const total = c.columns.length;
	const n = visibleColumnCount(width, o.columnsVisible, total);
	const first = Math.max(0, Math.min(o.firstColumn, Math.max(0, total - n)));
	const visible = c.columns.slice(first, first + n);
	const gutter = Math.min(GUTTER, Math.max(0, width - n * Math.min(MIN_COLUMN, width)));
	const colW = Math.max(1, Math.floor((width - gutter) / Math.max(1, visible.length)));
	const cellW = Math.max(1, colW - 1); // one column of space between cells
	const color = (name: string) => (o.noColor ? undefined : name);
	const wrap = o.renderText ?? plainWrap;
	const fitCell = o.fitText ?? pad;
	const lines: ViewLine[] = [];

	// Header: the event, and which outlets are in view.
	const when = c.event.date ? (c.event.end && c.event.end !== c.event.date ? `${c.event.date}–${c.event.end}` : c.event.date) : 'undated';
	const scroll =
		total > visible.length
			? `  outlets ${first + 1}–${first + visible.length} of ${total}${first > 0 ? ' ←' : ''}${first + visible.length < total ? ' →' : ''}`
			: '';
	// Labels often name the place and date already; say each once, and keep the
	// scroll range whole, cutting the title instead.
	const extra = [when, c.event.place ?? ''].filter(part => part && !c.event.label.includes(part));
	const title = [c.event.label, ...extra].join(' · ');
	lines.push([{text: pad(cut(title, Math.max(1, width - stringWidth(scroll))) + scroll, width), bold: true}]);
	// Conflicts, naming discrepancies, omissions and the status timeline come
	// first, as full-width lines: they are on the first screen whatever the
	// width and whichever outlet columns are in view.
	// In a short terminal the rest is said in fewer words, then gives way to
	// the statements (four lines kept for them); the conflicts never do.
	const timingLine = visible.some(col => col.timing);
	const gridLines = 2 + (timingLine ? 1 : 0) + c.facts.length + 1;
	const room = o.height - lines.length - gridLines - 4;
	const items = summaryLines(c).map(item => ({item, full: plainWrap(item.text, width).slice(0, 2)}));
	const needed = items.reduce((n, x) => n + x.full.length, 0);
	let left = room;
	for (const {item, full} of items) {
		let wrapped = needed > room && item.short ? plainWrap(item.short, width).slice(0, 2) : full;
		if (item.tone !== 'conflict' && wrapped.length > left) {
			if (left < 1) continue;
			wrapped = [cut(wrapped.join(' '), width)];
		}
		left -= wrapped.length;
		for (const text of wrapped)
			lines.push([{text: pad(text, width), ...(item.tone === 'conflict' ? {color: color('red'), bold: true} : item.tone === 'dim' ? {dim: true} : {})}]);
	}

	const cellSeg = (text: string, extra: Omit<Seg, 'text'> = {}): Seg => ({text: pad(text, cellW), ...extra});
	const gap: Seg = {text: ' '};
	// The gutter keeps one blank column before the first outlet.
	const rowLine = (gutterText: string, cells: Seg[], gutterStyle: Omit<Seg, 'text'> = {}): ViewLine => [
		{text: pad(gutterText, Math.max(0, gutter - 1)) + (gutter > 0 ? ' ' : ''), ...gutterStyle},
		...cells.flatMap(s => [s, gap]),
	];

	// Fact grid.
	lines.push(
		rowLine(
			'',
			visible.map(col => cellSeg(fitCell(`${col.label} · ${col.published ?? 'undated'}`, cellW), {bold: true})),
		),
	);
	// When each outlet wrote, relative to the event: what it could know.
	if (timingLine)
		lines.push(
			rowLine(
				'',
				visible.map(col => cellSeg(timingText(col.timing) || 'date unknown', {dim: true})),
			),
		);
	for (const fact of c.facts) {
		lines.push(
			rowLine(
				`${fact.conflict ? '≠ ' : ''}${FACT_SHORT[fact.key]}`,
				visible.map(col => {
					const cell = factCell(fact, col.article);
					// Values are dataset text (Arabic numbers' words, place names): laid out like every other view's.
					return cellSeg(fitCell(cell.text, cellW), cell.conflict ? {color: color('red'), bold: true} : cell.omitted ? {dim: true} : {});
				}),
				fact.conflict ? {color: color('red')} : {dim: true},
			),
		);
	}
	lines.push([{text: '─'.repeat(width), dim: true}]);

	if (o.showCharts) {
		lines.push(
			...chartLines(
				c,
				visible.map(col => col.article),
				gutter,
				cellW,
				rowLine,
				cellSeg,
			),
		);
	} else {
		if (total === 1) lines.push([{text: pad(`Reported only by ${c.columns[0]!.label}`, width), dim: true}]);
		const budget = o.height - lines.length;
		lines.push(
			...statementLines(
				c,
				lookup,
				o,
				visible.map(col => col.article),
				{gutter, cellW, width, budget, wrap, rowLine, cellSeg},
			),
		);
	}
	// Trailing spaces add nothing but width: trim each line's last segment.
	return lines.slice(0, Math.max(0, o.height)).map(l => trimEnd(l));
}

function trimEnd(line: ViewLine): ViewLine {
	const out = [...line];
	while (out.length && out[out.length - 1]!.text.trim() === '' && !out[out.length - 1]!.inverse) out.pop();
	if (out.length) {
		const last = out[out.length - 1]!;
		if (!last.inverse) out[out.length - 1] = {...last, text: last.text.replace(/\s+$/, '')};
	}
	return out;
}

type Helpers = {
	gutter: number;
	cellW: number;
	width: number;
	budget: number;
	wrap: (text: string, width: number) => string[];
	rowLine: (g: string, cells: Seg[], gs?: Omit<Seg, 'text'>) => ViewLine;
	cellSeg: (text: string, extra?: Omit<Seg, 'text'>) => Seg;
};

function statementLines(c: Comparison, lookup: SentenceLookup, o: ViewOptions, visible: string[], h: Helpers): ViewLine[] {
	if (h.budget <= 0 || c.rows.length === 0) return c.rows.length === 0 && h.budget > 0 ? [[{text: 'No statements linked to this event.', dim: true}]] : [];
	const cursorRow = Math.max(0, Math.min(o.cursor.row, c.rows.length - 1));
	const blocks = c.rows.map((row, r) => {
		const selected = r === cursorRow;
		const limit = selected ? SELECTED_CELL_LINES : CELL_LINES;
		const lang = o.lang ?? 'ar';
		const clip = (wrapped: string[], most: number) =>
			wrapped.length > most ? [...wrapped.slice(0, most - 1), cut(`${wrapped[most - 1]!} …`, h.cellW)] : wrapped;
		const columns = visible.map(article => {
			const ids = row.cells[article] ?? [];
			if (!ids.length) return ['—'];
			const marker = ids.some(id => o.marked.has(id)) ? '● ' : '';
			const arabic = marker + ids.map(id => sentenceText(lookup, id)).join(' ');
			const english = marker + ids.map(id => o.english?.(id) ?? sentenceText(lookup, id)).join(' ');
			if (lang === 'en') return clip(h.wrap(english, h.cellW), limit);
			if (lang === 'ar') return clip(h.wrap(arabic, h.cellW), limit);
			// Both: each language gets its share, so the English is never pushed out of the cell.
			const each = selected ? BOTH_SELECTED_CELL_LINES : BOTH_CELL_LINES;
			return [...clip(h.wrap(arabic, h.cellW), each), ...clip(h.wrap(english, h.cellW), each)];
		});
		const height = Math.max(...columns.map(x => x.length));
		const block: ViewLine[] = [[{text: cut(`${r + 1}. ${row.title} — ${row.reason}`, h.width), dim: !selected, bold: selected}]];
		for (let i = 0; i < height; i++) {
			block.push(
				h.rowLine(
					i === 0 ? KIND_SHORT[row.kind]! : '',
					visible.map((article, k) => {
						const text = columns[k]![i] ?? '';
						const isCursor = selected && c.columns.findIndex(col => col.article === article) === o.cursor.column;
						const empty = (row.cells[article] ?? []).length === 0;
						return h.cellSeg(text, isCursor ? {inverse: true} : empty ? {dim: true} : {});
					}),
					{dim: true},
				),
			);
		}
		return block;
	});
	// Scroll so the cursor's row is in view, keeping as many rows above it as fit.
	let start = cursorRow;
	let used = blocks[cursorRow]!.length;
	while (start > 0 && used + blocks[start - 1]!.length <= h.budget) used += blocks[--start]!.length;
	const out: ViewLine[] = [];
	for (let r = start; r < blocks.length && out.length < h.budget; r++) out.push(...blocks[r]!.slice(0, h.budget - out.length));
	return out;
}

/** A person by their affiliation; any other voice by its kind (agency, government, anon.…). */
function voiceNote(v: Voice): string {
	if (v.kind === 'person') return AFFILIATION_SHORT[v.affiliation] ?? v.affiliation;
	return v.kind === 'anonymous' ? 'anon.' : v.kind;
}

function chartLines(c: Comparison, visible: string[], _gutter: number, cellW: number, rowLine: Helpers['rowLine'], cellSeg: Helpers['cellSeg']): ViewLine[] {
	// Bars share one scale per chart, set by the column width alone: a bar's
	// length is its count's share of the largest count, whatever the name beside it.
	const room = Math.max(1, Math.min(10, Math.floor(cellW / 3)));
	const bar = (count: number, max: number) => '█'.repeat(Math.max(1, Math.round((count / Math.max(1, max)) * room)));
	const section = (title: string, items: (article: string) => Array<{name: string; count: number; note: string}>): ViewLine[] => {
		const lists = visible.map(items);
		const max = Math.max(1, ...lists.flat().map(x => x.count));
		const rows = Math.max(1, ...lists.map(l => l.length));
		const out: ViewLine[] = [];
		for (let i = 0; i < rows; i++) {
			out.push(
				rowLine(
					i === 0 ? title : '',
					lists.map((l, k) => {
						const x = l[i];
						if (!x) return cellSeg(i === 0 && lists[k]!.length === 0 ? '—' : '', {dim: true});
						return cellSeg(`${bar(x.count, max).padEnd(room)} ${x.count} ${x.name}${x.note}`);
					}),
					{dim: true},
				),
			);
		}
		return out;
	};
	return [
		...section('Voices', a => (c.voices[a] ?? []).map(v => ({name: v.name, count: v.count, note: ` (${voiceNote(v)})`}))),
		[{text: ''}],
		...section('Citations', a => (c.citations[a] ?? []).map(x => ({name: x.name, count: x.count, note: x.kind === 'anonymous' ? ' (anon.)' : ''}))),
	];
}
