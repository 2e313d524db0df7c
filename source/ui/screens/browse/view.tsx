// The home screen: facet list, the sentences behind the selected value, and the
// selected sentence in detail. Panes adapt to the terminal width.
import {memo, useCallback} from 'react';
import {Box, Text} from 'ink';
import type {FacetKind, FacetValue, Query} from '../../../query/types.js';
import type {State} from '../../state.js';
import {currentSentenceId, currentValue, facetOrder, facetTitles, facetValues, items} from './lists.js';
import {SelectList} from '../../components/select-list.js';
import {StyledLine} from '../../components/styled-line.js';
import {useDisplay} from '../../components/context.js';
import {fit, layout, textWidth, type Line} from '../../text.js';
import {entityHighlights, matchHighlights, snippet} from '../../spans.js';
import {Pane} from '../../components/pane.js';
import {sentenceEnglish, showsArabic, showsEnglish, type Lang} from '../../lang.js';

/** The header: the facet tabs, the active one in brackets. */
export function Tabs({state}: {state: State}) {
	return (
		<Box>
			{facetOrder.map((kind, i) => {
				const active = kind === state.facet;
				const count = state.query.facetSize(kind);
				return (
					<Text key={kind} inverse={active} bold={active}>
						{active ? '[' : ' '}
						{i + 1} {facetTitles[kind]} ({count}){active ? ']' : ' '}
					</Text>
				);
			})}
		</Box>
	);
}

/** Pane widths for the terminal width: three panes when they fit, else two around the focus. */
export function paneWidths(state: State): {facets: number; items: number; detail: number} {
	const w = state.columns;
	if (w >= 90) {
		// Event labels say what, where and when (`NATO-Russia Council meeting · Brussels · 2022-01-12`):
		// their pane gets more of the width, and their rows two lines (see FacetRow).
		const facets = Math.floor(w * (state.facet === 'events' ? 0.4 : 0.3));
		const itemsW = Math.floor(w * (state.facet === 'events' ? 0.3 : 0.36));
		return {facets, items: itemsW, detail: w - facets - itemsW};
	}
	if (state.pane === 'detail') return {facets: 0, items: Math.floor(w * 0.45), detail: w - Math.floor(w * 0.45)};
	return {facets: Math.floor(w * 0.42), items: w - Math.floor(w * 0.42), detail: 0};
}

/** The short article number ("000" of "000_9157…"), enough to tell articles apart on screen. */
export function shortArticle(id: string): string {
	const match = /^(\d+)_/.exec(id);
	return match ? match[1]! : id;
}

function FacetRow({value, width, max, countWidth, selected}: {value: FacetValue; width: number; max: number; countWidth: number; selected: boolean}) {
	const {shaping} = useDisplay();
	const count = String(value.count).padStart(countWidth);
	const room = Math.max(1, width - countWidth - 1);
	if (value.kind === 'days') {
		const label = value.id;
		const barRoom = Math.max(0, room - label.length - 1);
		const bar = '█'.repeat(max > 0 ? Math.max(value.count > 0 ? 1 : 0, Math.round((value.count / max) * barRoom)) : 0);
		return (
			<Text bold={selected}>
				{label} <Text color="cyan">{bar.padEnd(barRoom)}</Text> {count}
			</Text>
		);
	}
	// English first; the Arabic name and the role only when they fit whole, since
	// a name cut in the middle reads worse than no name.
	if (value.kind === 'events') {
		// Two lines: the label wrapped, so its place and date are not cut away; a
		// label that fits one line has the Arabic label (or the detail) below it.
		const [first, second, wrapped] = eventLines(value.label, value.labelAr ?? value.detail ?? '', room, shaping);
		return (
			<Box flexDirection="column">
				<Text>
					<StyledLine line={first} base={{bold: selected}} /> <Text dimColor>{count}</Text>
				</Text>
				<StyledLine line={second} base={wrapped ? {bold: selected} : {dimColor: true}} />
			</Box>
		);
	}
	let text = value.label;
	for (const part of [value.labelAr, value.detail]) {
		if (part && measure(`${text}  ${part}`, shaping) <= room) text = `${text}  ${part}`;
	}
	const line = fit(text, room, shaping, [], 'left');
	return (
		<Text>
			<StyledLine line={line} base={{bold: selected}} /> <Text dimColor>{count}</Text>
		</Text>
	);
}

/**
 * An event's label on two lines of `room` columns, wrapped at a space (the
 * second cut if it must be), and whether it wrapped; a label that fits one
 * line gets `below` (its Arabic form) on the second.
 */
export function eventLines(label: string, below: string, room: number, shaping: ReturnType<typeof useDisplay>['shaping']): [Line, Line, boolean] {
	const lines = layout(label, room, shaping, [], 'left');
	const first = lines[0] ?? fit('', room, shaping);
	if (lines.length > 1) return [first, fit(label.slice(first.end).trim(), room, shaping, [], 'left'), true];
	return [first, fit(below, room, shaping), false];
}

/** Columns a string takes once laid out in this mode. */
function measure(text: string, shaping: ReturnType<typeof useDisplay>['shaping']): number {
	return textWidth(text, shaping);
}

type ItemRowProps = {query: Query; id: string; width: number; selected: boolean; marked: boolean; value: FacetValue | undefined; lang: Lang};

/** Lines an item row takes: its place, then the Arabic, the English, or both. */
export const itemRowLines = (lang: Lang) => (lang === 'both' ? 3 : 2);

const ItemRow = memo(function ItemRow({query, id, width, selected, marked, value, lang}: ItemRowProps) {
	const {shaping} = useDisplay();
	const hit = query.sentence(id);
	if (!hit) return <Text dimColor>{id}</Text>;
	const {sentence, article} = hit;
	const kind = sentence.kind === 'body' ? '' : ` ${sentence.kind}`;
	const meta = `${marked ? '●' : ' '} ${shortArticle(article.id)} #${sentence.index}${kind} · ${article.published ?? 'undated'} · ${article.outlet ?? 'Unattributed'}`;
	const cut = snippet(sentence.text, matchHighlights(sentence, value, eventFor(query, value)), width);
	return (
		<Box flexDirection="column">
			<StyledLine line={fit(meta, width, shaping, [], 'left')} base={{dimColor: !selected, bold: selected}} />
			{showsArabic(lang) && <StyledLine line={fit(cut.text, width, shaping, cut.highlights)} base={{bold: selected}} />}
			{showsEnglish(lang) && <StyledLine line={fit(sentenceEnglish(query, id), width, shaping, [], 'left')} base={{bold: selected, italic: lang === 'both'}} />}
		</Box>
	);
});

function eventFor(query: Query, value: FacetValue | undefined) {
	return value?.kind === 'events' ? query.event(value.id) : undefined;
}

/** The selected sentence in full; memoised, so it is laid out again only when the sentence or the pane changes. */
export const Detail = memo(function Detail({
	query,
	id,
	value,
	width,
	height,
	lang,
}: {
	query: Query;
	id: string | undefined;
	value: FacetValue | undefined;
	width: number;
	height: number;
	lang: Lang;
}) {
	const {shaping} = useDisplay();
	const hit = id ? query.sentence(id) : undefined;
	if (!hit) return <Text dimColor>Choose a value, then a sentence.</Text>;
	const {sentence, article} = hit;
	const arabic = showsArabic(lang)
		? layout(sentence.text, width, shaping, [...entityHighlights(sentence), ...matchHighlights(sentence, value, eventFor(query, value))])
		: [];
	const english = showsEnglish(lang) ? layout(sentenceEnglish(query, sentence.id), width, shaping, [], 'left') : [];
	const body = [...arabic, ...(arabic.length && english.length ? [fit('', width, shaping)] : []), ...english];
	const fields: Array<[string, string]> = [];
	const a = sentence.attribution;
	if (a) {
		// The verb's English gloss: the verb as written is Arabic, which reads mirrored among English words.
		const gloss = query.verbGloss(a.verb) ?? 'reporting verb';
		fields.push(['Speaker', `${a.speaker?.nameEn ?? a.role ?? 'unnamed'} (${lang === 'ar' ? `${gloss}: ${a.verb}` : gloss})`]);
	}
	if (sentence.citedSources.length) fields.push(['Cites', sentence.citedSources.map(s => s.name).join(', ')]);
	if (sentence.actors.length) fields.push(['Actors', [...new Set(sentence.actors.map(x => x.nameEn))].join(', ')]);
	if (sentence.places.length) fields.push(['Places', [...new Set(sentence.places.map(x => x.nameEn))].join(', ')]);
	const dates = sentence.dates.map(d => d.value ?? `${d.text}?`);
	if (dates.length) fields.push(['Dates', [...new Set(dates)].join(', ')]);
	if (sentence.events.length) fields.push(['Events', sentence.events.map(e => query.eventHead(e)?.label ?? e).join('; ')]);
	fields.push(['Article', `${article.outlet ?? 'Unattributed'} · ${article.published ?? 'undated'}`]);
	fields.push(['From', `${article.file}:${sentence.line}`]);
	const fieldLines = fields.map(([k, v]) => fit(`${k}: ${v}`, width, shaping, [{start: 0, end: k.length + 1, style: 'dim'}], 'left'));
	const lines = [...body, ...(fieldLines.length ? [fit('', width, shaping)] : []), ...fieldLines].slice(0, Math.max(1, height));
	return (
		<Box flexDirection="column">
			{lines.map((line, i) => (
				<StyledLine key={i} line={line} />
			))}
		</Box>
	);
});

type FacetsPaneProps = {facet: FacetKind; values: FacetValue[]; cursor: number; width: number; height: number; focused: boolean};

/** The facet list; memoised, so moving in the items pane does not draw it again. */
const FacetsPane = memo(function FacetsPane({facet, values, cursor, width, height, focused}: FacetsPaneProps) {
	const max = values.reduce((m, v) => Math.max(m, v.count), 0);
	const countWidth = String(max).length;
	const renderRow = useCallback(
		(i: number, selected: boolean) => <FacetRow value={values[i]!} width={width - 3} max={max} countWidth={countWidth} selected={selected} />,
		[values, width, max, countWidth],
	);
	return (
		<Pane title={facetTitles[facet]} width={width} height={height} focused={focused}>
			<SelectList
				length={values.length}
				cursor={cursor}
				limit={Math.max(1, Math.floor((height - 3) / (facet === 'events' ? 2 : 1)))}
				emptyText="(no values)"
				renderRow={renderRow}
			/>
		</Pane>
	);
});

type ItemsPaneProps = {
	lang: Lang;
	query: Query;
	value: FacetValue | undefined;
	ids: string[];
	cursor: number;
	marks: string[];
	showSelection: boolean;
	width: number;
	height: number;
	focused: boolean;
};

/** The sentences of the selected value; rows are memoised, so a cursor move draws the rows it changes. */
const ItemsPane = memo(function ItemsPane({query, value, ids, cursor, marks, showSelection, width, height, focused, lang}: ItemsPaneProps) {
	const renderRow = useCallback(
		(i: number, selected: boolean) => {
			const id = ids[i]!;
			return <ItemRow query={query} id={id} width={width - 3} selected={selected && showSelection} marked={marks.includes(id)} value={value} lang={lang} />;
		},
		[query, value, ids, marks, showSelection, width, lang],
	);
	return (
		<Pane title={value ? `${value.label} · ${ids.length} sentence${ids.length === 1 ? '' : 's'}` : 'Items'} width={width} height={height} focused={focused}>
			<SelectList
				length={ids.length}
				cursor={cursor}
				limit={Math.max(1, Math.floor(Math.max(1, height - 3) / itemRowLines(lang)))}
				emptyText="(no sentences)"
				renderRow={renderRow}
			/>
		</Pane>
	);
});

export function BrowseView({state, height}: {state: State; height: number}) {
	const widths = paneWidths(state);
	const inner = Math.max(1, height - 3);
	const values = facetValues(state.query, state.facet);
	const ids = items(state);
	const value = currentValue(state);
	return (
		<Box height={height}>
			{widths.facets > 0 && (
				<FacetsPane
					facet={state.facet}
					values={values}
					cursor={state.facetCursor[state.facet]}
					width={widths.facets}
					height={height}
					focused={state.pane === 'facets'}
				/>
			)}
			{widths.items > 0 && (
				<ItemsPane
					query={state.query}
					value={value}
					ids={ids}
					cursor={state.itemCursor}
					marks={state.marks}
					showSelection={state.pane !== 'facets'}
					width={widths.items}
					height={height}
					focused={state.pane === 'items'}
					lang={state.lang}
				/>
			)}
			{widths.detail > 0 && (
				<Pane title="Detail" width={widths.detail} height={height} focused={state.pane === 'detail'}>
					<Detail query={state.query} id={currentSentenceId(state)} value={value} width={widths.detail - 2} height={inner} lang={state.lang} />
				</Pane>
			)}
		</Box>
	);
}
