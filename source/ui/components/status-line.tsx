// The bottom line: where you are, position in the list, marks, and key hints.
import React from 'react';
import {Text} from 'ink';
import {currentValue, facetValues, items, readerSentences, screen, type State} from '../state.js';
import {facetTitles} from '../screens/browse/view.js';
import {StyledLine} from './styled-line.js';
import {useDisplay} from './context.js';
import {displayWidth, fit, sanitize} from '../text.js';

export function statusParts(state: State): {path: string; position: string; hints: string} {
	const top = screen(state);
	switch (top.mode) {
		case 'browse': {
			const value = currentValue(state);
			const ids = items(state);
			const values = facetValues(state.query, state.facet);
			const path = [facetTitles[state.facet], value?.label, value ? `${ids.length} sentence${ids.length === 1 ? '' : 's'}` : undefined].filter(Boolean).join(' › ');
			const position = state.pane === 'facets' ? `${values.length ? state.facetCursor[state.facet] + 1 : 0}/${values.length}` : `${ids.length ? state.itemCursor + 1 : 0}/${ids.length}`;
			return {path, position, hints: '↑↓ move  ←→ panes  Enter open  / search  Space mark  e export  ? help  q quit'};
		}
		case 'reader': {
			const article = state.query.article(top.articleId);
			const total = readerSentences(state, top.articleId).length;
			return {path: `Reader › ${article?.outlet ?? top.articleId} › ${article?.file ?? ''}`, position: `${top.cursor + 1}/${total}`, hints: '↑↓ sentence  b boilerplate  B bidi  y copy  Space mark  Esc back'};
		}
		case 'event': {
			const event = state.query.event(top.eventId);
			return {path: `Events › ${event?.label ?? top.eventId}`, position: `${top.cursor + 1}/${event?.articles.length ?? 0}`, hints: 'Enter open article  c compare  Space mark  Esc back'};
		}
		case 'compare': {
			const event = state.query.event(top.eventId);
			const shape = state.deps.compareShape(top.eventId);
			return {path: `Events › ${event?.label ?? top.eventId} › compare`, position: `${top.row + 1}/${shape.rows}`, hints: '←→ columns  +/- fit  v charts  Enter open  Esc back'};
		}
		case 'help':
			return {path: 'Help', position: '', hints: 'Esc back'};
		default:
			return {path: '', position: '', hints: ''};
	}
}

/** As many whole hints (separated by two spaces) as fit, padded to the room: a hint cut in half helps no one. */
export function wholeHints(hints: string, room: number): string {
	const parts = hints.split('  ');
	while (parts.length > 0 && displayWidth(parts.join('  ')) > room) parts.pop();
	const text = parts.join('  ');
	return text + ' '.repeat(Math.max(0, room - displayWidth(text)));
}

export function StatusLine({state}: {state: State}) {
	const {shaping} = useDisplay();
	const {path, position, hints} = statusParts(state);
	const marks = state.marks.length ? `● ${state.marks.length} marked` : '';
	const right = [position, marks].filter(Boolean).join('  ');
	const width = state.columns;
	const room = Math.max(0, width - displayWidth(right) - 2);
	const pathLine = fit(path, Math.min(room, Math.max(displayWidth(sanitize(path)), 1)), shaping, [], 'left');
	const hintRoom = room - pathLine.width - 3;
	return (
		<Text wrap="truncate-end">
			<StyledLine line={pathLine} base={{bold: true}} />
			{hintRoom > 8 ? <Text dimColor>{'   ' + wholeHints(hints, hintRoom)}</Text> : null}
			<Text>{'  ' + right}</Text>
		</Text>
	);
}
