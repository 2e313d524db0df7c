// CSV (and TSV) archive exports with a header row: one article a row, its
// fields found by column name (input/columns.ts). Parsed with csv-parse, which
// handles quoted fields holding commas, quotes and newlines, and a BOM. A row
// that cannot be parsed is skipped with its line number; the rest are read.
import {parse} from 'csv-parse/sync';
import {type ColumnMap, resolveColumns} from './columns.js';
import {recordIdMaker} from './ids.js';
import {fromFields, type RecordsOutcome} from './records.js';

type Row = {record: string[]; raw: string; info: {lines: number}};

/** `file` is the provenance prefix (the path, or `stdin`); `text` has \n line ends. */
export function parseCsv(text: string, file: string, columns: ColumnMap, delimiter = ','): RecordsOutcome | {reason: string} {
	const bad: RecordsOutcome['bad'] = [];
	let rows: Row[];
	try {
		rows = parse(text, {
			bom: true,
			delimiter,
			relax_column_count: true,
			skip_empty_lines: true,
			info: true,
			raw: true,
			skip_records_with_error: true,
			on_skip: (error: {message: string; lines?: number} | undefined) => {
				// One row can trip several checks: name it once, with the first.
				const at = `${file}#${error?.lines ?? '?'}`;
				if (error && bad.at(-1)?.file !== at) bad.push({file: at, reason: `not a CSV row (${error.message.split(':')[0]!.trim()})`});
			},
		}) as unknown as Row[];
	} catch (error) {
		return {reason: `not CSV (${(error as Error).message.slice(0, 100)})`};
	}
	const [header, ...body] = rows;
	if (!header) return {reason: 'empty CSV (no header row)'};
	const resolved = resolveColumns(header.record, columns);
	if (!resolved.ok) return {reason: resolved.reason};
	const {index} = resolved;
	const idOf = recordIdMaker(file);
	const records: RecordsOutcome['records'] = [];
	for (const row of body) {
		const line = startLine(row);
		const made = fromFields(field => (index[field] === undefined ? undefined : row.record[index[field]!]));
		if ('reason' in made) {
			bad.push({file: `${file}#${line}`, reason: made.reason});
			continue;
		}
		records.push({...made.fields, id: idOf(made.fields.id, line), file: `${file}#${line}`});
	}
	return {records, bad};
}

/** csv-parse counts the line a row ends on; a quoted field with newlines starts it earlier. */
function startLine(row: Row): number {
	const raw = row.raw.replace(/^\n+/, '').replace(/\n$/, '');
	let newlines = 0;
	for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) newlines++;
	return row.info.lines - newlines;
}
