// `?`: every entry of the keymap, grouped, plus the bidi mode and why.
import React from 'react';
import {Box, Text} from 'ink';
import type {HelpScreen, State} from '../../state.js';
import {helpGroups} from '../../keymap-doc.js';
import {useDisplay} from '../../components/context.js';
import {displayWidth} from '../../text.js';

export function helpLines(bidi: {mode: string; reason: string}): Array<{text: string; heading?: boolean}> {
	const out: Array<{text: string; heading?: boolean}> = [];
	out.push({text: `Bidi: ${bidi.mode} (${bidi.reason}). Force with --bidi on|off or CRISIS_EXPLORER_BIDI.`});
	out.push({text: 'Bidi on: the app reorders and joins Arabic itself; off: text goes out in stored order for terminals that reorder (VTE, Konsole, mlterm).'});
	const groups = helpGroups();
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

export function HelpView({state, screen, height}: {state: State; screen: HelpScreen; height: number}) {
	const {bidi} = useDisplay();
	const lines = helpLines(bidi);
	const body = Math.max(1, height - 1);
	const start = Math.min(screen.scroll, Math.max(0, lines.length - body));
	return (
		<Box flexDirection="column" height={height}>
			<Text bold>Keys (↑↓ scroll · Esc or q back){lines.length > body ? `  ${start + 1}–${Math.min(lines.length, start + body)} of ${lines.length}` : ''}</Text>
			{lines.slice(start, start + body).map((line, i) => (
				<Text key={i} bold={line.heading} wrap="truncate-end">
					{line.text || ' '}
				</Text>
			))}
		</Box>
	);
}
