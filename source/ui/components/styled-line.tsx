// Draws one laid-out line (segments already in visual order) with the styles
// the views attached as highlight names. Without colour, emphasis falls back
// to bold/underline, which survive where hues do not.

import {Text} from 'ink';
import type {Line} from '../text.js';
import {useDisplay} from './context.js';

type Props = {color?: string; bold?: boolean; underline?: boolean; italic?: boolean; inverse?: boolean; dimColor?: boolean; backgroundColor?: string};

const colourStyles: Record<string, Props> = {
	actor: {color: 'yellow'},
	org: {color: 'cyan'},
	place: {color: 'green'},
	date: {color: 'magenta'},
	source: {color: 'blue'},
	number: {color: 'redBright'},
	verb: {italic: true},
	match: {color: 'black', backgroundColor: 'yellow'},
	current: {bold: true, color: 'whiteBright'},
	dim: {dimColor: true},
};

const monoStyles: Record<string, Props> = {
	actor: {bold: true},
	org: {underline: true},
	place: {underline: true},
	date: {bold: true},
	source: {italic: true},
	verb: {italic: true},
	match: {inverse: true},
	current: {bold: true},
	dim: {dimColor: true},
};

export function styleProps(style: string | undefined, color: boolean): Props {
	if (!style) return {};
	return (color ? colourStyles : monoStyles)[style] ?? {};
}

export function StyledLine({line, base}: {line: Line; base?: Props}) {
	const {color} = useDisplay();
	return (
		<Text wrap="truncate-end" {...base}>
			{line.segments.map((segment, i) => (
				<Text key={i} {...styleProps(segment.style, color)}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}
