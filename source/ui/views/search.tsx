// Search results as you type, grouped by kind, matched spans highlighted.
import React from 'react';
import {Box, Text} from 'ink';
import type {SearchOverlay, State} from '../state.js';
import {StyledLine} from '../components/styled-line.js';
import {useDisplay} from '../components/context.js';
import {SelectList} from '../components/select-list.js';
import {fit} from '../text.js';

const kindTitles = {actor: 'Actor', event: 'Event', source: 'Source', article: 'Article', sentence: 'Sentence'} as const;

export function SearchView({state, overlay, height}: {state: State; overlay: SearchOverlay; height: number}) {
	const {shaping} = useDisplay();
	const width = state.columns - 2;
	const counts = Object.entries(
		overlay.hits.reduce<Record<string, number>>((acc, h) => ((acc[h.kind] = (acc[h.kind] ?? 0) + 1), acc), {}),
	).map(([kind, n]) => `${kindTitles[kind as keyof typeof kindTitles]}s ${n}`);
	const summary = overlay.text.trim().length < 2 ? 'Type at least two letters (Arabic or Latin).' : overlay.hits.length === 0 ? 'No matches.' : `${overlay.hits.length} matches: ${counts.join(' · ')} — ↑↓ choose, Enter go, Esc back`;
	return (
		<Box flexDirection="column" height={height}>
			<Text dimColor wrap="truncate-end">
				{summary}
			</Text>
			<SelectList
				length={overlay.hits.length}
				cursor={overlay.cursor}
				limit={Math.max(1, height - 1)}
				emptyText=" "
				renderRow={(i, selected) => {
					const hit = overlay.hits[i];
					const prefix = `${kindTitles[hit.kind].padEnd(9)}`;
					const label = hit.kind === 'sentence' || hit.text === hit.label ? '' : ` (${hit.label})`;
					const highlights = hit.spans.map(([start, end]) => ({start: start + prefix.length, end: end + prefix.length, style: 'match'}));
					return <StyledLine line={fit(`${prefix}${hit.text}${label}`, width - 2, shaping, highlights, 'left')} base={{bold: selected}} />;
				}}
			/>
		</Box>
	);
}
