// StyledLine draws a line as one text node holding its styled string (issue 21:
// a shallow React tree per row). It must look exactly as the nested <Text> per
// segment that it replaced: the old component is the oracle here, rendered by
// Ink with colours on, for random lines, styles, base props and colour modes.
import chalk from 'chalk';
import fc from 'fast-check';
import {Box, render, Text} from 'ink';
import {PassThrough} from 'node:stream';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DisplayContext} from '../../source/ui/components/context.js';
import {StyledLine, styleProps} from '../../source/ui/components/styled-line.js';
import type {Line} from '../../source/ui/text.js';

type Base = Parameters<typeof StyledLine>[0]['base'];

function NestedLine({line, base, color}: {line: Line; base?: Base; color: boolean}) {
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

/** Everything Ink writes for one element to a fake 80-column terminal, from mount to unmount. */
function frameOf(node: React.ReactElement, color: boolean): string {
	const stdout = Object.assign(new PassThrough(), {columns: 80, rows: 10, isTTY: true});
	let all = '';
	stdout.on('data', (d: Buffer) => {
		all += d.toString();
	});
	const app = render(
		<DisplayContext.Provider value={{color, shaping: {reorder: false, shape: false}, bidi: {reorder: false, shape: false, mode: 'off', reason: 'default'}}}>
			<Box flexDirection="column">{node}</Box>
		</DisplayContext.Provider>,
		{stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false},
	);
	app.unmount();
	return all;
}

let level: typeof chalk.level;
beforeAll(() => {
	level = chalk.level;
	chalk.level = 3;
});
afterAll(() => {
	chalk.level = level;
});

const styles = ['actor', 'org', 'place', 'date', 'source', 'number', 'verb', 'match', 'current', 'dim', undefined];

describe('StyledLine', () => {
	it('shows escape codes (the comparison below is not vacuous)', () => {
		const line: Line = {segments: [{text: 'Stoltenberg', style: 'actor'}], width: 11, direction: 'ltr', start: 0, end: 11};
		expect(frameOf(<StyledLine line={line} />, true)).toContain('\u001B[33m');
	});
	it('draws exactly what one nested <Text> per segment drew', () => {
		const segment = fc.record({text: fc.constantFrom('', ' ', 'ناتو', 'Geneva', '12 يناير', '…', 'a b'), style: fc.constantFrom(...styles)});
		const base = fc.constantFrom<Base>(undefined, {bold: true}, {dimColor: true}, {dimColor: true, bold: false}, {color: 'cyan'}, {inverse: true});
		fc.assert(
			fc.property(fc.array(segment, {maxLength: 6}), base, fc.boolean(), (segments, b, color) => {
				const text = segments.map(s => s.text).join('');
				const line: Line = {segments: segments.map(s => (s.style ? s : {text: s.text})), width: text.length, direction: 'ltr', start: 0, end: text.length};
				expect(frameOf(<StyledLine line={line} base={b} />, color)).toBe(frameOf(<NestedLine line={line} base={b} color={color} />, color));
			}),
			{numRuns: 150, seed: 21},
		);
	});
});
