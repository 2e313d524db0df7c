// `?`: every entry of the keymap, grouped, plus the bidi mode and why.
import React from 'react';
import {Box, Text} from 'ink';
import type {HelpScreen} from './reducer.js';
import type {ScreenTable} from '../index.js';
import type {ViewProps} from '../screen.js';
import {helpGroups} from '../../keymap-doc.js';
import {useDisplay} from '../../components/context.js';
import {displayWidth} from '../../text.js';
import {hintTexts, type Hint} from '../../hints.js';

/** The keys of this screen, said in its first line. */
const scrollHints: Hint[] = [
	{actions: ['up', 'down'], says: 'scroll'},
	{actions: ['back', 'quit'], says: 'back', or: true},
];

/** The screens come in as a parameter (the view gets the table from the app): the table lists this view, so importing it here would be a cycle. */
export function helpLines(bidi: {mode: string; reason: string}, screens: ScreenTable): Array<{text: string; heading?: boolean}> {
	const out: Array<{text: string; heading?: boolean}> = [];
	out.push({text: `Bidi: ${bidi.mode} (${bidi.reason}). Force with --bidi on|off or CRISIS_EXPLORER_BIDI.`});
	out.push({text: 'Bidi on: the app reorders and joins Arabic itself; off: text goes out in stored order for terminals that reorder (VTE, Konsole, mlterm).'});
	const groups = helpGroups(screens);
	const keyWidth = Math.max(...groups.flatMap(g => g.entries.map(e => displayWidth(e.keys))));
	for (const group of groups) {
		out.push({text: ''});
		out.push({text: group.group, heading: true});
		for (const e of group.entries) {
			out.push({text: `  ${e.keys}${' '.repeat(keyWidth - displayWidth(e.keys))}  ${e.description}`});
		}
	}
	return out;
}

export function HelpView({screen, height, screens}: ViewProps<HelpScreen>) {
	const {bidi} = useDisplay();
	const lines = helpLines(bidi, screens);
	const body = Math.max(1, height - 1);
	const start = Math.min(screen.scroll, Math.max(0, lines.length - body));
	return (
		<Box flexDirection="column" height={height}>
			<Text bold>
				Keys ({hintTexts(scrollHints, 'help').join(' · ')})
				{lines.length > body ? `  ${start + 1}–${Math.min(lines.length, start + body)} of ${lines.length}` : ''}
			</Text>
			{lines.slice(start, start + body).map((line, i) => (
				<Text key={i} bold={line.heading} wrap="truncate-end">
					{line.text || ' '}
				</Text>
			))}
		</Box>
	);
}
