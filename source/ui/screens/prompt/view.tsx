// The export prompt's bottom line: what is exported, the file name being typed,
// the formats and what Enter and Esc do.
import React from 'react';
import {Text} from 'ink';
import type {PromptOverlay} from './reducer.js';
import type {ScreenProps} from '../screen.js';
import {hintTexts, type Hint} from '../../hints.js';
import {FORMATS} from '../../../export/formats/index.js';

// Each format's first extension, from the registry: a new format shows here by itself.
const extensions = FORMATS.map(format => format.extensions[0]).join(' ');

export const promptHints: Hint[] = [
	{actions: ['open'], says: 'write'},
	{actions: ['back'], says: 'cancel'},
];

export function PromptLine({state, screen: overlay}: ScreenProps<PromptOverlay>) {
	const what = state.marks.length ? `${overlay.ids.length} marked sentences` : `${overlay.ids.length} sentences of this list`;
	return (
		<Text wrap="truncate-end">
			Export {what} to: {overlay.value}▏{' '}
			<Text dimColor>
				({extensions} · {hintTexts(promptHints, 'prompt').join(' · ')})
			</Text>
		</Text>
	);
}
