// The bottom line: where you are, position in the list, marks, and key hints,
// all from the current mode's screen (screens/index.ts); the hints' keys from
// the keymap (hints.ts).

import {Text} from 'ink';
import type {State} from '../state.js';
import {keymap, type KeyEntry} from '../keymap.js';
import {current, mode} from '../navigation.js';
import {screenFor} from '../screens/index.js';
import {hintTexts} from '../hints.js';
import {StyledLine} from './styled-line.js';
import {useDisplay} from './context.js';
import {displayWidth, fit} from '../text.js';

/** The status line's parts; `hints` one per key (or pair of keys), in the screen's order. The keymap is a parameter for tests that rebind keys. */
export function statusParts(state: State, map: KeyEntry[] = keymap): {path: string; position: string; hints: string[]} {
	const m = mode(state);
	const screen = screenFor(m);
	const where = screen.status?.(state, current(state)) ?? {path: '', position: ''};
	return {...where, hints: hintTexts(screen.hints, m, map)};
}

// The last answer: the status line draws the same hints in the same room on
// every cursor move, and measuring them again was most of its time.
let last: {hints: string[]; room: number; text: string} | undefined;

/** As many whole hints (separated by two spaces) as fit, padded to the room: a hint cut in half helps no one. */
export function wholeHints(hints: string[], room: number): string {
	if (last?.hints === hints && last.room === room) return last.text;
	const text = fittingHints(hints, room);
	last = {hints, room, text};
	return text;
}

function fittingHints(hints: string[], room: number): string {
	const parts = [...hints];
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
	const pathLine = fit(path, Math.min(room, Math.max(displayWidth(path, shaping), 1)), shaping, [], 'left');
	const hintRoom = room - pathLine.width - 3;
	return (
		<Text wrap="truncate-end">
			<StyledLine line={pathLine} base={{bold: true}} />
			{hintRoom > 8 ? <Text dimColor>{'   ' + wholeHints(hints, hintRoom)}</Text> : null}
			<Text>{'  ' + right}</Text>
		</Text>
	);
}
