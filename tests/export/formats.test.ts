// The format registry: one entry a format, and everything that offers formats
// (--format, --out's extension, the export prompt, the help) reads it.
import {describe, expect, it} from 'vitest';
import {describeFormats, FORMAT_NAMES, FORMATS, formatOfPath, unknownExtension} from '../../source/export/formats/index.js';
import {helpText} from '../../source/commands/help.js';
import {readBack} from './format-checks.js';

describe('format registry', () => {
	it('every format has a unique name and at least one extension of its own', () => {
		expect(new Set(FORMAT_NAMES).size).toBe(FORMATS.length);
		const extensions = FORMATS.flatMap(f => f.extensions);
		expect(new Set(extensions).size).toBe(extensions.length);
		for (const format of FORMATS) {
			expect(format.extensions.length).toBeGreaterThan(0);
			for (const extension of format.extensions) expect(extension).toMatch(/^\.[a-z0-9]+$/);
		}
	});

	it("today's formats, each with a read-back check for the round-trip tests", () => {
		expect(FORMAT_NAMES).toEqual(['json', 'ndjson', 'csv', 'md', 'table', 'ids', 'parquet']);
		expect(Object.keys(readBack).sort()).toEqual([...FORMAT_NAMES].sort());
	});

	it('.md and .markdown both mean Markdown; extensions are read case-blind', () => {
		expect(formatOfPath('notes.md')).toBe('md');
		expect(formatOfPath('notes.markdown')).toBe('md');
		expect(formatOfPath('/tmp/x/NOTES.MARKDOWN')).toBe('md');
		expect(formatOfPath('rows.jsonl')).toBe('ndjson');
		expect(formatOfPath('sheet.xlsx')).toBeUndefined();
		expect(formatOfPath('no-extension')).toBeUndefined();
	});

	it('an unknown extension is explained by listing every format with its extensions', () => {
		const message = unknownExtension('y.xlsx');
		expect(message).toMatch(/^y\.xlsx: unknown extension '\.xlsx'; /);
		for (const format of FORMATS) {
			expect(message).toContain(format.name);
			for (const extension of format.extensions) expect(message).toContain(extension);
		}
		expect(describeFormats(['json', 'md'])).toBe('json (.json), md (.md, .markdown)');
	});

	it('the help lists every format with the extensions that pick it', () => {
		const help = helpText('export');
		for (const format of FORMATS) expect(help).toMatch(new RegExp(`^ +${format.name} +${format.extensions.join(' ').replaceAll('.', '\\.')}$`, 'm'));
	});
});
