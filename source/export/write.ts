// Writes records in one of the output formats. Records arrive as an
// iterable and are written one at a time (JSON arrays included), so a large
// export streams instead of being built in memory; only `table` needs every
// row first, to size its columns.
import type {ExportRecord} from './fields.js';
import {flatRow} from './flatten.js';
import {csvLine} from './csv.js';
import {mdHeader, mdRow} from './markdown.js';
import {renderTable, type TableOptions} from './table.js';
import {recordId} from './records.js';
import type {Sink} from './sink.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'md', 'table', 'ids'] as const;
export type Format = (typeof FORMATS)[number];

export type WriteOptions = {
	format: Format;
	/** Fields to print, in order. */
	fields: readonly string[];
	/** JSON: 2-space indentation (terminals and files) or one compact line (pipes). */
	pretty: boolean;
	/** CSV: start with a UTF-8 byte-order mark, for spreadsheet programs. */
	bom: boolean;
	table: TableOptions;
};

/** The record with only `fields`, in that order (missing fields become null). */
export function pick(record: ExportRecord, fields: readonly string[]): ExportRecord {
	const out: ExportRecord = {};
	for (const field of fields) out[field] = record[field] ?? null;
	return out;
}

function indent(text: string, prefix: string): string {
	return text.replaceAll('\n', `\n${prefix}`);
}

/** Returns the number of records written. */
export async function writeRecords(records: Iterable<ExportRecord>, sink: Sink, options: WriteOptions): Promise<number> {
	const {fields} = options;
	let count = 0;
	switch (options.format) {
		case 'json': {
			await sink.write('[');
			for (const record of records) {
				const body = options.pretty ? `\n  ${indent(JSON.stringify(pick(record, fields), null, 2), '  ')}` : JSON.stringify(pick(record, fields));
				await sink.write(count === 0 ? body : `,${body}`);
				count++;
			}
			await sink.write(options.pretty && count > 0 ? '\n]\n' : ']\n');
			break;
		}
		case 'ndjson': {
			for (const record of records) {
				await sink.write(`${JSON.stringify(pick(record, fields))}\n`);
				count++;
			}
			break;
		}
		case 'csv': {
			await sink.write((options.bom ? '\uFEFF' : '') + csvLine(fields));
			for (const record of records) {
				await sink.write(csvLine(flatRow(record, fields)));
				count++;
			}
			break;
		}
		case 'md': {
			await sink.write(mdHeader(fields));
			for (const record of records) {
				await sink.write(mdRow(flatRow(record, fields)));
				count++;
			}
			break;
		}
		case 'table': {
			const rows: string[][] = [];
			for (const record of records) rows.push(flatRow(record, fields));
			count = rows.length;
			await sink.write(`${renderTable(fields, rows, options.table).join('\n')}\n`);
			break;
		}
		case 'ids': {
			for (const record of records) {
				await sink.write(`${recordId(record)}\n`);
				count++;
			}
			break;
		}
	}
	return count;
}

/** A single object (show, compare) as JSON; pretty or compact. */
export async function writeObject(value: unknown, sink: Sink, pretty: boolean): Promise<void> {
	await sink.write(`${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}
