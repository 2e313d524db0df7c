// Draws one laid-out line (segments already in visual order) with the styles
// the views attached as highlight names. Without colour, emphasis falls back
// to bold/underline, which survive where hues do not.

import chalk from 'chalk';
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

/**
 * A line's segments with their styles, as one string of escape codes, made
 * the way Ink makes nested <Text>s (the same chalk, the same order of
 * attributes as Ink's Text: dim, colour, background, bold, italic, underline,
 * strikethrough, inverse). One text node per line instead of one per segment
 * keeps a list row's React tree shallow (a cursor move used to create and
 * transform a node for every coloured word of the detail pane), and the string
 * is kept per laid-out line: `fit` hands back the same Line for the same row,
 * so a row that comes back is styled once.
 */
const styledText = new WeakMap<Line, [colour?: string, mono?: string]>();

function applyStyle(text: string, p: Props): string {
	if (text === '') return text;
	let out = text;
	if (p.dimColor) out = chalk.dim(out);
	if (p.color) out = colorize(out, p.color, 'foreground');
	if (p.backgroundColor) out = colorize(out, p.backgroundColor, 'background');
	if (p.bold) out = chalk.bold(out);
	if (p.italic) out = chalk.italic(out);
	if (p.underline) out = chalk.underline(out);
	if (p.inverse) out = chalk.inverse(out);
	return out;
}

/** Ink's colorize for the names the styles above use (chalk's named colours). */
function colorize(text: string, color: string, type: 'foreground' | 'background'): string {
	const name = type === 'foreground' ? color : `bg${color[0]!.toUpperCase()}${color.slice(1)}`;
	const style = (chalk as unknown as Record<string, ((s: string) => string) | undefined>)[name];
	return typeof style === 'function' ? style(text) : text;
}

export function lineString(line: Line, color: boolean): string {
	let cached = styledText.get(line);
	if (!cached) styledText.set(line, (cached = []));
	const slot = color ? 0 : 1;
	let text = cached[slot];
	if (text === undefined) {
		text = '';
		for (const segment of line.segments) text += applyStyle(segment.text, styleProps(segment.style, color));
		cached[slot] = text;
	}
	return text;
}

export function StyledLine({line, base}: {line: Line; base?: Props}) {
	const {color} = useDisplay();
	return (
		<Text wrap="truncate-end" {...base}>
			{lineString(line, color)}
		</Text>
	);
}
