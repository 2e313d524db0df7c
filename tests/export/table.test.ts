import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {fitColumns, renderTable} from '../../source/export/table.js';

describe('table', () => {
	it('aligns columns', () => {
		const lines = renderTable(
			['id', 'name'],
			[
				['a', 'Alpha'],
				['bbb', 'B'],
			],
			{width: null},
		);
		expect(lines[0]).toBe('id   name');
		expect(lines[2]).toBe('a    Alpha');
		expect(lines[3]).toBe('bbb  B');
	});
	it('fits the terminal width by shrinking the widest column', () => {
		const long = 'x'.repeat(200);
		const lines = renderTable(['id', 'text'], [['s1', long]], {width: 40});
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
		expect(lines[2]).toContain('…');
	});
	it('makes control characters visible', () => {
		const lines = renderTable(['text'], [['\u001b[2Jboom\u202e']], {width: null});
		expect(lines.join('\n')).not.toMatch(/[\u001b\u202e]/);
	});
	it("cuts cells by display width, with text/layout's truncation", () => {
		expect(renderTable(['t'], [['abcdef']], {width: 4})[2]).toBe('abc…');
		expect(renderTable(['t'], [['abc']], {width: 4})[2]).toBe('abc');
		// Wide characters take two columns each: two of them and the ellipsis fill five.
		expect(renderTable(['t'], [['漢字漢字']], {width: 5})[2]).toBe('漢字…');
		// A cut never splits a letter from its harakat.
		expect(renderTable(['t'], [['بَبَبَبَبَ']], {width: 4})[2]).toBe('بَبَبَ…');
	});
	it('never shrinks below the minimums', () => {
		expect(fitColumns([50, 50], 10, [4, 4])).toEqual([4, 4]);
		expect(fitColumns([2, 50], 20, [4, 4])).toEqual([2, 16]);
	});
});

describe('ids are never cut', () => {
	it('keeps the id column whole and cuts the text instead', () => {
		const id = 'meeting-nato-russia-council-2022-01-12';
		const lines = renderTable(['id', 'label'], [[id, 'NATO-Russia Council meeting in Brussels on 12 January 2022']], {width: 50});
		expect(lines[2]!.startsWith(`${id}  `)).toBe(true);
		expect(lines[2]).toContain('…');
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(50);
	});
	it('keeps an id whole even when it is the widest column', () => {
		const id = `x${'y'.repeat(60)}`;
		const lines = renderTable(['id', 'text'], [[id, 'short text here']], {width: 40});
		expect(lines[2]).toContain(id);
	});
	it('keeps an id over the 80-column cap whole', () => {
		const id = 'z'.repeat(90);
		expect(renderTable(['id', 't'], [[id, 'a']], {width: 200})[2]).toContain(id);
	});
});
