// Ink's Output (ink/build/output.js), rewritten for frames that mostly repeat.
// The bundle substitutes this module for Ink's own (scripts/build.mjs).
//
// Ink rasterises each frame into a grid of one object per cell, then turns
// every row back into a string by diffing the ANSI styles of neighbouring
// cells. A cursor move changes a few rows of forty, yet that costs the whole
// grid: at 120×40 it was two thirds of the CPU a move takes. Here each written
// line becomes a piece (its styled characters, its width in columns and its
// string) once, kept across frames; a row whose pieces do not overlap (every
// row this explorer draws: borders, pane texts side by side) is the pieces
// joined by the spaces between them. Rows with overlapping writes (a background
// under text, a write that covers another) go through Ink's own cell grid, so
// the screen is cell for cell what Ink draws (tests/ui/ink-output.test.ts).
//
// Identical on screen, not always byte for byte: where two pieces touch and
// share a style, Ink's grid leaves the style open across the seam while a
// joined row closes and reopens it.
import {
	ansiCodesToString,
	diffAnsiCodes,
	reduceAnsiCodesIncremental,
	styledCharsFromTokens,
	styledCharsToString,
	tokenize,
	type AnsiCode,
	type StyledChar,
} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {oneCellPerCodePoint} from '../text/simple-width.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Operation = {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

/** A written line: its columns, its string, and (when a row needs Ink's grid) its cells. */
type Piece = {line: string; cols: number; text: string; chars?: StyledChar[]};
type Placed = {x: number; piece: Piece};

// Caches live across frames (a frame repeats most of the last one) and are
// dropped whole when they grow past this many entries.
const CACHE_LIMIT = 20_000;

function memo<V>(compute: (key: string) => V): (key: string) => V {
	let map = new Map<string, V>();
	return key => {
		let value = map.get(key);
		if (value === undefined) {
			if (map.size > CACHE_LIMIT) map = new Map();
			value = compute(key);
			map.set(key, value);
		}
		return value;
	};
}

const width = memo(text => stringWidth(text));

const widestLine = memo(text => {
	let w = 0;
	for (const line of text.split('\n')) w = Math.max(w, width(line));
	return w;
});

// Slices by line, then by columns: a key made of both (`from:to:line`) was a
// new string per line per frame, copied and hashed whole on every lookup,
// while the line itself is hashed once (width() has asked for it just before).
let slices = new Map<string, Map<number, string>>();

function slice(line: string, from: number, to: number): string {
	let byColumns = slices.get(line);
	if (byColumns === undefined) {
		if (slices.size > CACHE_LIMIT) slices = new Map();
		slices.set(line, (byColumns = new Map()));
	}
	// Both are columns, 0 or more (see get): one exact number for the pair.
	const columns = from * 2 ** 32 + to;
	let sliced = byColumns.get(columns);
	if (sliced === undefined) {
		// Text without escapes in which each code point is a column is sliced as a
		// string. A styled line goes to slice-ansi: the codes it emits (a reset, say)
		// meet the transformers applied after the slice, so they must be Ink's.
		sliced = !line.includes('\u001B') && oneCellPerCodePoint(line) ? line.slice(Math.max(0, from), Math.max(0, to)) : sliceAnsi(line, from, to);
		byColumns.set(columns, sliced);
	}
	return sliced;
}

const piece = memo((line): Piece => {
	const plain = plainPiece(line);
	if (plain) return plain;
	const chars = charsOf({line} as Piece);
	let cols = 0;
	// Ink advances at least one column per character, whatever its width.
	for (const c of chars) cols += Math.max(1, width(c.value));
	return {line, cols, text: styledCharsToString(chars), chars};
});

function charsOf(p: Piece): StyledChar[] {
	p.chars ??= styledCharsFromTokens(tokenize(p.line));
	return p.chars;
}

const SGR = /\u001B\[[\d;]*m/g;
const sgrCodes = memo(sgr => tokenize(sgr).filter(t => t.type === 'ansi') as AnsiCode[]);

/** Text of one style: in a simple line every code point of `text` is one column. */
type Run = {styles: AnsiCode[]; text: string};

/**
 * The runs of the common line: colour sequences around text in which each
 * code point is a cell of its own (see oneCellPerCodePoint), read without
 * segmenting the line into graphemes. Undefined for any other line.
 */
function runsOf(line: string): Run[] | undefined {
	const plain = line.includes('\u001B') ? line.replace(SGR, '') : line;
	if (!oneCellPerCodePoint(plain)) return undefined;
	const runs: Run[] = [];
	let codes: AnsiCode[] = [];
	let at = 0;
	const run = (text: string) => {
		if (text !== '') runs.push({styles: codes, text});
	};
	for (const m of line.matchAll(SGR)) {
		run(line.slice(at, m.index));
		const sgr = sgrCodes(m[0]);
		codes = reduceAnsiCodesIncremental(codes, sgr);
		at = m.index + m[0].length;
	}
	run(line.slice(at));
	return runs;
}

/**
 * The string styledCharsToString gives for the runs' characters, built per run
 * instead of per character: between two characters of one style it adds nothing.
 */
function joinRuns(runs: Run[]): string {
	let text = '';
	let last: AnsiCode[] | undefined;
	for (const run of runs) {
		text += ansiCodesToString(last === undefined ? run.styles : diffAnsiCodes(last, run.styles)) + run.text;
		last = run.styles;
	}
	if (last !== undefined) text += ansiCodesToString(diffAnsiCodes(last, []));
	return text;
}

function plainPiece(line: string): Piece | undefined {
	const runs = runsOf(line);
	if (runs === undefined) return undefined;
	let cols = 0;
	for (const run of runs) cols += run.text.length;
	return {line, cols, text: joinRuns(runs)};
}

const BLANK: StyledChar = {type: 'char', value: ' ', fullWidth: false, styles: []};

export default class Output {
	width: number;
	height: number;
	operations: Operation[] = [];

	constructor(options: {width: number; height: number}) {
		this.width = options.width;
		this.height = options.height;
	}

	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void {
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		const rows: Placed[][] = Array.from({length: this.height}, () => []);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') clips.push(operation.clip);
			if (operation.type === 'unclip') clips.pop();
			if (operation.type !== 'write') continue;
			let {x, y} = operation;
			const {text, transformers} = operation;
			let lines = text.split('\n');
			const clip = clips.at(-1);
			// Clipping exactly as Ink does it, so that the same cells survive.
			if (clip) {
				const clipX = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
				const clipY = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
				if (clipX && (x + widestLine(text) < clip.x1! || x > clip.x2!)) continue;
				if (clipY && (y + lines.length < clip.y1! || y > clip.y2!)) continue;
				if (clipX) {
					const x1 = clip.x1!;
					const x2 = clip.x2!;
					lines = lines.map(line => {
						const w = width(line);
						return slice(line, x < x1 ? x1 - x : 0, x + w > x2 ? x2 - x : w);
					});
					if (x < x1) x = x1;
				}
				if (clipY) {
					const y1 = clip.y1!;
					const y2 = clip.y2!;
					const from = y < y1 ? y1 - y : 0;
					lines = lines.slice(from, y + lines.length > y2 ? y2 - y : lines.length);
					if (y < y1) y = y1;
				}
			}
			let offsetY = 0;
			for (let [index, line] of lines.entries()) {
				// Ink skips a row outside the frame without moving on to the next.
				const row = rows[y + offsetY];
				if (!row) continue;
				for (const transformer of transformers) line = transformer(line, index);
				row.push({x, piece: piece(line)});
				offsetY++;
			}
		}
		return {output: rows.map(row => this.row(row)).join('\n'), height: rows.length};
	}

	private row(placed: Placed[]): string {
		if (placed.length === 0) return '';
		if (placed.length === 1) {
			const {x, piece: p} = placed[0]!;
			if (x >= 0 && x + p.cols <= this.width) return (' '.repeat(x) + p.text).trimEnd();
			return this.grid(placed);
		}
		const sorted = placed.filter(p => p.piece.cols > 0).sort((a, b) => a.x - b.x);
		let end = 0;
		for (const {x, piece: p} of sorted) {
			if (x < end || x + p.cols > this.width) return this.grid(placed);
			end = x + p.cols;
		}
		let out = '';
		let at = 0;
		for (const {x, piece: p} of sorted) {
			out += ' '.repeat(x - at) + p.text;
			at = x + p.cols;
		}
		return out.trimEnd();
	}

	/** Ink's own cell grid for one row, in write order: later writes cover earlier ones. */
	private grid(placed: Placed[]): string {
		const cells: Array<StyledChar | undefined> = Array.from({length: this.width}, () => BLANK);
		for (const {x, piece: p} of placed) {
			let at = x;
			for (const c of charsOf(p)) {
				cells[at] = c;
				const w = Math.max(1, width(c.value));
				for (let i = 1; i < w; i++) cells[at + i] = {type: 'char', value: '', fullWidth: false, styles: c.styles};
				at += w;
			}
		}
		return styledCharsToString(cells.filter((c): c is StyledChar => c !== undefined)).trimEnd();
	}
}
