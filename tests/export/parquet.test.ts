// Issue 20, point 12: `--format parquet` is read by the data engines without
// this tool. The bundled dataset is exported as Parquet and read back with
// hyparquet, a reader we did not write: the same rows, fields and values as the
// JSON export, with lists as lists and publication dates as DATE columns.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parquetMetadata, parquetReadObjects, parquetSchema} from 'hyparquet';
import {beforeAll, describe, expect, it} from 'vitest';
import {fieldNames, FIELDS, type RecordKind} from '../../source/export/fields.js';
import {COLUMN_TYPES} from '../../source/export/formats/parquet.js';
import {buildCli, run} from '../cli/helpers.js';

const data = 'data/dataset.json';
const dir = mkdtempSync(join(tmpdir(), 'ce-parquet-'));

beforeAll(() => buildCli(), 120_000);

function bufferOf(path: string): ArrayBuffer {
	const bytes = readFileSync(path);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** A value as hyparquet returns it, back in the JSON export's terms. */
function plain(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'bigint') return Number(value);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	return value;
}

const cases: {args: string[]; kind: RecordKind}[] = [
	{args: ['export'], kind: 'sentence'},
	{args: ['export', '--unit', 'article'], kind: 'article'},
	{args: ['export', '--unit', 'event'], kind: 'event'},
	{args: ['list', 'actors'], kind: 'actor'},
	{args: ['list', 'sources'], kind: 'source'},
	{args: ['list', 'days'], kind: 'day'},
	{args: ['search', 'ستولتنبرغ'], kind: 'hit'},
];

describe.each(cases)('$args as Parquet', ({args, kind}) => {
	it('reads back with hyparquet as the same rows, fields and values as JSON', async () => {
		const out = join(dir, `${args.join('-')}.parquet`);
		const written = run(['--data', data, ...args, '--out', out]);
		expect(written).toMatchObject({code: 0, stderr: ''});
		const json = JSON.parse(run(['--data', data, ...args, '--format', 'json']).stdout) as Record<string, unknown>[];
		expect(json.length).toBeGreaterThan(0);
		const rows = await parquetReadObjects({file: bufferOf(out)});
		expect(rows.length).toBe(json.length);
		expect(rows.map(row => Object.keys(row))).toEqual(json.map(() => fieldNames(kind)));
		expect(rows.map(plain)).toEqual(json);
	});
});

describe('the Parquet schema', () => {
	it('types lists as LIST, publication dates as DATE, counts as integers', () => {
		const out = join(dir, 'schema.parquet');
		expect(run(['--data', data, 'export', '--out', out]).code).toBe(0);
		const schema = parquetSchema(parquetMetadata(bufferOf(out)));
		const column = (name: string) => schema.children.find(child => child.element.name === name)!;
		expect(column('published').element.converted_type).toBe('DATE');
		expect(column('actors').element.converted_type).toBe('LIST');
		expect(column('line').element.type).toBe('INT32');
		expect(column('text').element.converted_type).toBe('UTF8');
	});
	it('every field of every record kind has a declared type (none guessed from the values)', () => {
		for (const fields of Object.values(FIELDS)) for (const field of fields) expect(COLUMN_TYPES, field.name).toHaveProperty(field.name);
	});
	it('an empty export is still a valid file', async () => {
		const out = join(dir, 'empty.parquet');
		expect(run(['--data', data, 'export', '--query', 'zzzzqqqq-nothing', '--out', out]).code).toBe(0);
		expect(await parquetReadObjects({file: bufferOf(out)})).toEqual([]);
	});
});
