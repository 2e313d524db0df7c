// Apache Parquet, the columnar file DuckDB, pandas, Polars and Spark read
// directly: typed columns, so a script gets lists as lists, counts as integers
// and publication dates as dates, with no parsing. Written by hyparquet-writer
// (pure JavaScript, no native build). Columns are built whole, so like `table`
// it holds every record before it writes; it is binary, so never for a terminal.
import {UsageError} from '../../errors.js';
import type {RecordKind} from '../fields.js';
import {defineFormat} from './types.js';

/** A column's type, as Parquet will hold it. */
export type ColumnType =
	| 'string'
	| 'int'
	| 'double'
	| 'boolean'
	/** An ISO day, stored as a DATE (days since 1970-01-01). */
	| 'date'
	| {list: ColumnType}
	| {struct: Record<string, ColumnType>};

const strings = {list: 'string'} as const;

/**
 * Every field's type, by name (fields mean the same in every record kind,
 * except where BY_KIND says). Types are fixed here rather than guessed from the
 * values, so two exports of the same kind always have the same schema. Event
 * dates may be a year or a month (`2014`, `2022-01`): they stay strings, since a
 * DATE would invent a day.
 */
export const COLUMN_TYPES: Record<string, ColumnType> = {
	id: 'string',
	article: 'string',
	file: 'string',
	line: 'int',
	outlet: 'string',
	published: 'date',
	publishedFrom: 'string',
	index: 'int',
	kind: 'string',
	title: 'string',
	text: 'string',
	textEn: 'string',
	textEnKind: 'string',
	url: 'string',
	language: 'string',
	sentences: 'int',
	actors: strings,
	organizations: strings,
	places: strings,
	dates: strings,
	sources: strings,
	events: strings,
	speaker: 'string',
	role: 'string',
	verb: 'string',
	type: 'string',
	label: 'string',
	labelAr: 'string',
	date: 'string',
	end: 'string',
	place: 'string',
	participants: strings,
	articles: strings,
	mentions: 'int',
	dateClaims: {list: {struct: {article: 'string', value: 'string', end: 'string', sentence: 'string'}}},
	disputed: 'boolean',
	provenance: strings,
	nameEn: 'string',
	nameAr: 'string',
	aliases: strings,
	roles: strings,
	affiliation: 'string',
	source: 'string',
	name: 'string',
	about: 'int',
	score: 'double',
	match: strings,
	spans: {list: {list: 'int'}},
	translation: 'string',
	translationTo: 'string',
	translationEngine: 'string',
	translationModel: 'string',
	translationDate: 'string',
	translationError: 'string',
};

/** Where a kind's field differs: a day's `date` is always a whole day; its `published` lists articles. */
const BY_KIND: Partial<Record<RecordKind, Record<string, ColumnType>>> = {
	day: {date: 'date', published: strings},
};

export function columnType(kind: RecordKind, field: string): ColumnType {
	return BY_KIND[kind]?.[field] ?? COLUMN_TYPES[field] ?? 'string';
}

// Parquet's schema is a flattened tree: each element says how many children follow it.
type SchemaElement = Record<string, unknown> & {name: string};

function schemaOf(name: string, type: ColumnType): SchemaElement[] {
	if (typeof type === 'string') {
		const leaf = {
			string: {type: 'BYTE_ARRAY', converted_type: 'UTF8'},
			int: {type: 'INT32'},
			double: {type: 'DOUBLE'},
			boolean: {type: 'BOOLEAN'},
			date: {type: 'INT32', converted_type: 'DATE'},
		}[type];
		return [{name, repetition_type: 'OPTIONAL', ...leaf}];
	}
	if ('list' in type) {
		// The three-level list every reader knows: <name> (LIST) › list (repeated) › element.
		return [
			{name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1},
			{name: 'list', repetition_type: 'REPEATED', num_children: 1},
			...schemaOf('element', type.list),
		];
	}
	const fields = Object.entries(type.struct);
	return [{name, repetition_type: 'OPTIONAL', num_children: fields.length}, ...fields.flatMap(([field, fieldType]) => schemaOf(field, fieldType))];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A record's value as the column holds it (a DATE column gets a Date; a struct only its fields). */
function convert(value: unknown, type: ColumnType): unknown {
	if (value === null || value === undefined) return null;
	if (type === 'date') {
		const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
		if (!match) throw new Error(`not an ISO day: ${JSON.stringify(value)}`);
		return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	}
	if (type === 'string') return typeof value === 'string' ? value : JSON.stringify(value);
	if (typeof type === 'string') return value;
	if ('list' in type) return (value as unknown[]).map(item => convert(item, type.list));
	const object = value as Record<string, unknown>;
	return Object.fromEntries(Object.entries(type.struct).map(([field, fieldType]) => [field, convert(object[field], fieldType)]));
}

export const parquet = defineFormat({
	name: 'parquet',
	extensions: ['.parquet'],
	description: 'Apache Parquet for DuckDB, pandas, Polars, Spark: typed columns, arrays as lists, publication dates as dates (binary: a file or a pipe)',
	async write(records, sink, {fields, kind}) {
		if (sink.isTTY) throw new UsageError('parquet is a binary format: write it to a file (--out FILE.parquet) or a pipe');
		const types = fields.map(field => columnType(kind, field));
		const columns: unknown[][] = fields.map(() => []);
		let count = 0;
		for (const record of records) {
			for (const [i, field] of fields.entries()) columns[i]!.push(convert(record[field], types[i]!));
			count++;
		}
		// Loaded when a Parquet file is written: every command lists the formats, few write this one.
		const {parquetWriteBuffer} = await import('hyparquet-writer');
		const schema = [{name: 'root', num_children: fields.length}, ...fields.flatMap((field, i) => schemaOf(field, types[i]!))];
		const buffer = parquetWriteBuffer({
			columnData: fields.map((name, i) => ({name, data: columns[i]!})),
			// Casts: the writer's schema type is parquet-format's SchemaElement, built above field by field.
			schema: schema as never,
			createdBy: 'crisis-explorer',
		});
		await sink.write(new Uint8Array(buffer));
		return count;
	},
});
