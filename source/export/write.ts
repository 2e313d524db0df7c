// Writes records in one of the output formats (formats/: one file each).
// Records arrive as an iterable and are written one at a time (JSON arrays
// included), so a large export streams instead of being built in memory; only
// `table` needs every row first, to size its columns.
import type {ExportRecord} from './fields.js';
import {formatNamed, type Format, type FormatOptions} from './formats/index.js';
import type {Sink} from './sink.js';
import {jsonText} from './json-text.js';

export type WriteOptions = FormatOptions & {format: Format};

/** Returns the number of records written. */
export async function writeRecords(records: Iterable<ExportRecord>, sink: Sink, options: WriteOptions): Promise<number> {
	return formatNamed(options.format).write(records, sink, options);
}

/** A single object (show, compare) as JSON; pretty or compact. */
export async function writeObject(value: unknown, sink: Sink, pretty: boolean): Promise<void> {
	await sink.write(`${jsonText(value, pretty ? 2 : undefined)}\n`);
}
