// Search results as you type, grouped by kind, matched spans highlighted.

import {Box, Text} from 'ink';
import type {SearchOverlay} from './reducer.js';
import type {SearchKind} from '../../../query/types.js';
import type {ScreenProps, ViewProps} from '../screen.js';
import {StyledLine} from '../../components/styled-line.js';
import {useDisplay} from '../../components/context.js';
import {SelectList} from '../../components/select-list.js';
import {fit, textWidth} from '../../text.js';
import {hintTexts, keyIn, type Hint} from '../../hints.js';
import {screen as topScreen} from '../../navigation.js';
import {sentenceEnglish} from '../../lang.js';

/** What the keys do on the search line, said after the count of matches. */
export const searchHints: Hint[] = [{actions: ['up', 'down'], says: 'choose'}, {actions: ['open'], says: 'go'}, 'back'];

const kindTitles = {actor: 'Actor', event: 'Event', source: 'Source', article: 'Article', sentence: 'Sentence'} as const;

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Per kind, what is shown and, when the session counted more than it returns
 * (a screenful per kind is ranked), of how many: "Sentences 100 of 23,740",
 * or "of up to …" when the count is an upper bound.
 */
function countsLine(overlay: SearchOverlay): {counts: string[]; total: string; more: boolean} {
	const shown: Record<string, number> = {};
	for (const h of overlay.hits) shown[h.kind] = (shown[h.kind] ?? 0) + 1;
	let sum = 0;
	let exact = true;
	let more = false;
	const counts = Object.entries(shown).map(([kind, n]) => {
		const t = overlay.totals?.[kind as SearchKind];
		const title = `${kindTitles[kind as keyof typeof kindTitles]}s ${n}`;
		if (!t || t.count <= n) {
			sum += n;
			return title;
		}
		more = true;
		sum += t.count;
		exact &&= t.exact;
		return `${title} of ${t.exact ? '' : 'up to '}${thousands(t.count)}`;
	});
	return {counts, total: `${exact ? '' : 'up to '}${thousands(sum)}`, more};
}

export function SearchHeader() {
	return <Text bold>Search — actors, events, sources, articles, sentences</Text>;
}

/**
 * The line being typed, after the key that opened it (as vi's `/`). What is
 * typed is laid out like every other text on screen (Arabic reordered and
 * shaped in bidi mode); the cursor stays at the line's right end.
 */
export function SearchLine({state, screen: overlay}: ScreenProps<SearchOverlay>) {
	const {shaping} = useDisplay();
	const opener = `${keyIn('search', topScreen(state).mode)} `;
	const room = Math.max(1, state.columns - opener.length - 2);
	const typed = fit(overlay.text, Math.min(room, Math.max(1, textWidth(overlay.text, shaping))), shaping, [], 'left');
	return (
		<Text>
			{opener}
			{overlay.text ? <StyledLine line={typed} /> : null}▏
		</Text>
	);
}

/** Where a sentence comes from: its outlet and publication date, before its text. */
function sentenceSource(state: ScreenProps<SearchOverlay>['state'], id: string): string {
	const found = state.query.sentence(id);
	if (!found) return '';
	return `${found.article.outlet ?? 'Unattributed'} · ${found.article.published ?? 'undated'} · `;
}

export function SearchView({state, screen: overlay, height}: ViewProps<SearchOverlay>) {
	const {shaping} = useDisplay();
	const width = state.columns - 2;
	const {counts, total, more} = countsLine(overlay);
	// With both languages a row is two lines: the match, then the sentence's English.
	const rowLines = state.lang === 'both' ? 2 : 1;
	const summary =
		overlay.text.trim().length < 2
			? 'Type at least two letters (Arabic or Latin).'
			: overlay.hits.length === 0
				? overlay.pending
					? 'Building the search index… the results appear as soon as it is ready.'
					: 'No matches.'
				: `${more ? `${overlay.hits.length} shown of ${total}` : String(total)} matches: ${counts.join(' · ')} — ${hintTexts(searchHints, 'search').join(', ')}`;
	return (
		<Box flexDirection="column" height={height}>
			<Text dimColor wrap="truncate-end">
				{summary}
			</Text>
			<SelectList
				length={overlay.hits.length}
				cursor={overlay.cursor}
				limit={Math.max(1, Math.floor((height - 1) / rowLines))}
				emptyText=" "
				renderRow={(i, selected) => {
					const hit = overlay.hits[i]!;
					const prefix = `${kindTitles[hit.kind].padEnd(9)}${hit.kind === 'sentence' ? sentenceSource(state, hit.id) : ''}`;
					const label = hit.kind === 'sentence' || hit.text === hit.label ? '' : ` (${hit.label})`;
					const highlights = hit.spans.map(([start, end]) => ({start: start + prefix.length, end: end + prefix.length, style: 'match'}));
					const matched = <StyledLine line={fit(`${prefix}${hit.text}${label}`, width - 2, shaping, highlights, 'left')} base={{bold: selected}} />;
					if (hit.kind !== 'sentence' || state.lang === 'ar')
						return rowLines === 1 ? (
							matched
						) : (
							<Box flexDirection="column">
								{matched}
								<Text> </Text>
							</Box>
						);
					// A sentence's English, instead of the matched text or under it (the match may be in either).
					const english = (
						<StyledLine line={fit(`${' '.repeat(9)}${sentenceEnglish(state.query, hit.id)}`, width - 2, shaping, [], 'left')} base={{bold: selected}} />
					);
					if (state.lang === 'en')
						return <StyledLine line={fit(`${prefix}${sentenceEnglish(state.query, hit.id)}`, width - 2, shaping, [], 'left')} base={{bold: selected}} />;
					return (
						<Box flexDirection="column">
							{matched}
							{english}
						</Box>
					);
				}}
			/>
		</Box>
	);
}
