import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {csvCell, csvLine} from '../../source/export/csv.js';
import {mdCell} from '../../source/export/markdown.js';
import {neutraliseFormula} from '../../source/export/safe-cell.js';
import {flatCell} from '../../source/export/flatten.js';
import {unsafeDisplayChar} from '../../source/text/sanitize.js';

describe('formula neutralisation', () => {
	it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', cell => {
		expect(neutraliseFormula(cell)).toBe(`'${cell}`);
	});
	it.each(['plain', 'قال ستولتنبرغ', '2022-01-12', ''])('leaves %j alone', cell => {
		expect(neutraliseFormula(cell)).toBe(cell);
	});
});

describe('csv', () => {
	it('quotes commas, quotes and line breaks, doubling quotes', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "x"')).toBe('"say ""x"""');
		expect(csvCell('a\nb')).toBe('"a\nb"');
		expect(csvCell('plain')).toBe('plain');
	});
	it('ends lines with CRLF', () => {
		expect(csvLine(['a', 'b'])).toBe('a,b\r\n');
	});
	it('neutralises before quoting', () => {
		expect(csvCell('=1,2')).toBe(`"'=1,2"`);
	});
});

describe('markdown cells', () => {
	it('escapes pipes and turns line breaks into <br>', () => {
		expect(mdCell('a|b')).toBe('a\\|b');
		expect(mdCell('a\nb\r\nc')).toBe('a<br>b<br>c');
	});
	it('neutralises formulas', () => {
		expect(mdCell('=cmd')).toBe("'=cmd");
	});
	it('never lets a control or bidi character through, nor a bare pipe or newline', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), text => {
				const cell = mdCell(text);
				expect(unsafeDisplayChar.test(cell)).toBe(false);
				expect(/(^|[^\\])\|/.test(cell.replaceAll('\\\\', ''))).toBe(false);
				expect(cell).not.toMatch(/[\r\n]/);
			}),
		);
	});
});

describe('flatten', () => {
	it('joins arrays with ; and prints null as empty', () => {
		expect(flatCell(['a', 'b'])).toBe('a;b');
		expect(flatCell(null)).toBe('');
		expect(flatCell(3)).toBe('3');
		expect(flatCell(true)).toBe('true');
	});
	it('writes date claims as article=value and spans as start-end', () => {
		expect(flatCell([{article: 'a1', value: '2022-01-10', end: null, sentence: 'a1:2'}])).toBe('a1=2022-01-10');
		expect(
			flatCell([
				[0, 4],
				[7, 9],
			]),
		).toBe('0-4;7-9');
	});
});
