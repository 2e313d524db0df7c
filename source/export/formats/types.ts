// What an output format is: a name for --format, the file extensions that
// choose it for --out and the explorer's export prompt, a line for the README,
// and how it writes records to a sink. Every format is one file in this folder
// and one line in index.ts; the CLI, the prompt and the help read the list.
import type {ExportRecord, RecordKind} from '../fields.js';
import type {Sink} from '../sink.js';
import type {TableOptions} from '../table.js';

export type FormatOptions = {
	/** Fields to print, in order. */
	fields: readonly string[];
	/** What the records are (a typed format, Parquet, types its columns by it). */
	kind: RecordKind;
	/** JSON: 2-space indentation (terminals and files) or one compact line (pipes). */
	pretty: boolean;
	/** CSV: start with a UTF-8 byte-order mark, for spreadsheet programs. */
	bom: boolean;
	/** Table: width, measure and cell fitting (a file gets the defaults). */
	table: TableOptions;
};

export type ExportFormat<N extends string = string> = {
	name: N;
	/** Lower-case, with the dot; each extension names one format only. */
	extensions: readonly string[];
	/** What a file in this format holds: the README's format table. */
	description: string;
	/** Fields when --fields is not given, where they differ from every field of the record. */
	defaultFields?: Partial<Record<RecordKind, string[]>>;
	/** Writes every record; returns how many. */
	write(records: Iterable<ExportRecord>, sink: Sink, options: FormatOptions): Promise<number>;
};

/** Keeps the literal name, so the registry knows its names as a type. */
export const defineFormat = <N extends string>(format: ExportFormat<N>): ExportFormat<N> => format;
