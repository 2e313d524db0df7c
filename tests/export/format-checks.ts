// How a test reads each output format back, written apart from the writers:
// the ids of the records a file holds, in order. Every registered format must
// have one (tests/export/formats.test.ts), so a new format cannot ship without
// a test that reads it.
import {readFileSync} from 'node:fs';
import type {Format} from '../../source/export/formats/index.js';
import {pythonCsv} from '../cli/helpers.js';
import {parquetReadObjects} from 'hyparquet';

const text = (path: string) => readFileSync(path, 'utf8');

export const readBack: Record<Format, (path: string) => string[] | Promise<string[]>> = {
	json: path => (JSON.parse(text(path)) as Array<{id: string}>).map(r => r.id),
	ndjson: path =>
		text(path)
			.split('\n')
			.filter(Boolean)
			.map(line => (JSON.parse(line) as {id: string}).id),
	// Python's csv module: a reader we did not write.
	csv: path => pythonCsv(path).map(row => row.id!),
	// A pipe table: a header row starting with `id`, the `---` rule, then a row a record.
	md: path => {
		const lines = text(path).split('\n').filter(Boolean);
		if (!/^\| id \|/.test(lines[0]!) || !/^\|---\|/.test(lines[1]!)) throw new Error(`not a Markdown table: ${lines[0]}`);
		return lines.slice(2).map(line => line.split('|')[1]!.trim());
	},
	// Aligned columns: a header row starting with `id`, a rule of ─, then a row a record.
	table: path => {
		const lines = text(path).split('\n').filter(Boolean);
		if (!/^id\s{2,}/.test(lines[0]!) || !/^─+/.test(lines[1]!)) throw new Error(`not a table: ${lines[0]}`);
		return lines.slice(2).map(line => line.split(/\s{2,}/)[0]!);
	},
	ids: path => text(path).split('\n').filter(Boolean),
	// hyparquet: an independent reader (tests only).
	parquet: async path => {
		const bytes = readFileSync(path);
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		return (await parquetReadObjects({file})).map(row => String(row.id));
	},
};
