// The bundle draws frames with source/ui/ink-output.ts instead of Ink's Output.
// Whatever is written, clipped or overlapped, every cell of the screen must
// hold the character and the styles Ink's own Output puts there.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../source/ui/ink-output.js';

type Op =
	| {type: 'write'; x: number; y: number; text: string; transform: boolean}
	| {type: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number}
	| {type: 'unclip'};

/** A row string as the terminal shows it: one [character, styles] per column, trailing blanks dropped. */
function screenRow(row: string): string[] {
	const out: string[] = [];
	for (const c of styledCharsFromTokens(tokenize(row))) {
		const styles = c.styles
			.map(s => s.code)
			.sort()
			.join('');
		out.push(`${c.value}|${styles}`);
		for (let i = 1; i < Math.max(1, stringWidth(c.value)); i++) out.push(`|${styles}`);
	}
	while (out.length > 0 && out.at(-1) === ' |') out.pop();
	return out;
}

const upper = (line: string, index: number) => `\u001B[3${(index % 6) + 1}m${line}\u001B[39m`;

function draw(Kind: typeof Output | typeof InkOutput, width: number, height: number, ops: Op[]) {
	const output = new Kind({width, height});
	for (const op of ops) {
		if (op.type === 'write') output.write(op.x, op.y, op.text, {transformers: op.transform ? [upper] : []});
		else if (op.type === 'clip') output.clip({x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2});
		else output.unclip();
	}
	return output.get();
}

function sameScreen(width: number, height: number, ops: Op[]) {
	const ours = draw(Output, width, height, ops);
	const ink = draw(InkOutput, width, height, ops);
	expect(ours.height).toBe(ink.height);
	expect(ours.output.split('\n').map(screenRow)).toEqual(ink.output.split('\n').map(screenRow));
	return {ours: ours.output, ink: ink.output};
}

const fragment = fc.constantFrom(
	'Jens',
	' Stoltenberg ',
	'ستولتنبرج',
	'قال الأمين العام',
	'\uFEE3\uFEE0\uFE8E',
	'بُ',
	'\u0600\u0661',
	'漢字',
	'👍',
	'│',
	'─────',
	'› ',
	'1/14',
	'\u200F',
	' ',
);
const styled = fc
	.tuple(fragment, fc.constantFrom('', '1', '2', '7', '33', '44', '30;43', '1;36'))
	.map(([text, code]) => (code ? `\u001B[${code}m${text}\u001B[0m` : text));
const line = fc.array(styled, {maxLength: 5}).map(parts => parts.join(''));
const text = fc.array(line, {minLength: 1, maxLength: 4}).map(lines => lines.join('\n'));

const op = (width: number, height: number): fc.Arbitrary<Op> =>
	fc.oneof(
		{
			weight: 6,
			arbitrary: fc.record({
				type: fc.constant('write' as const),
				x: fc.integer({min: 0, max: width}),
				y: fc.integer({min: -1, max: height}),
				text,
				transform: fc.boolean(),
			}),
		},
		{
			weight: 1,
			arbitrary: fc.record(
				{
					type: fc.constant('clip' as const),
					x1: fc.integer({min: 0, max: width}),
					x2: fc.integer({min: 0, max: width}),
					y1: fc.integer({min: 0, max: height}),
					y2: fc.integer({min: 0, max: height}),
				},
				{requiredKeys: ['type']},
			),
		},
		{weight: 1, arbitrary: fc.constant({type: 'unclip' as const})},
	);

describe("the bundle's Output", () => {
	it("puts the same character and styles in every cell as Ink's Output, for any writes and clips", () => {
		fc.assert(
			fc.property(
				fc
					.integer({min: 4, max: 40})
					.chain(width =>
						fc.integer({min: 1, max: 8}).chain(height => fc.tuple(fc.constant(width), fc.constant(height), fc.array(op(width, height), {maxLength: 12}))),
					),
				([width, height, ops]) => {
					sameScreen(width, height, ops);
				},
			),
			{numRuns: 1500},
		);
	});

	it("joins side-by-side panes without Ink's grid and gives covered text to the grid", () => {
		const panes: Op[] = [
			{type: 'write', x: 0, y: 0, text: '╭──╮\n│\n╰──╯', transform: false},
			{type: 'write', x: 2, y: 1, text: '\u001B[1mستولتنبرج\u001B[22m', transform: false},
			{type: 'write', x: 14, y: 1, text: 'Jens', transform: true},
		];
		const {ours} = sameScreen(30, 3, panes);
		expect(ours.split('\n')[1]).toBe('│ \u001B[1mستولتنبرج\u001B[22m   \u001B[31mJens\u001B[39m');
		// A later write over an earlier one: Ink's cell grid decides, byte for byte.
		const covered: Op[] = [
			{type: 'write', x: 0, y: 0, text: 'abcdefgh', transform: false},
			{type: 'write', x: 3, y: 0, text: '\u001B[7mXY\u001B[27m', transform: false},
		];
		const {ours: o, ink} = sameScreen(10, 1, covered);
		expect(o).toBe(ink);
		expect(o).toBe('abc\u001B[7mXY\u001B[27mfgh');
	});

	it('repeats itself across frames: the same writes give the same string', () => {
		const ops: Op[] = [{type: 'write', x: 1, y: 0, text: 'قال\nsaid', transform: true}];
		expect(draw(Output, 10, 2, ops).output).toBe(draw(Output, 10, 2, ops).output);
	});
});
