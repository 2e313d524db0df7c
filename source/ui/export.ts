// The explorer's `e`: writes sentences through the same record builder, format
// registry, writer and atomic file sink as `crisis-explorer export --out`, and
// says which command line would do the same. The file's extension picks the
// format exactly as --out's does. The single place to switch if the CLI grows
// a higher-level export function.
import {resolve} from 'node:path';
import type {Query} from '../query/types.js';
import {exportRecords} from '../export/select.js';
import {defaultFields, formatOfPath, unknownExtension, type Format} from '../export/formats/index.js';
import {writeRecords} from '../export/write.js';
import {fileSink} from '../export/sink.js';

export type ExportRequest = {query: Query; ids: string[]; path: string; filters: Record<string, string>; dataPath?: string};
export type ExportResult = {count: number; path: string; format: Format; command: string};

function shellQuote(value: string): string {
	return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/** The `crisis-explorer export` command line that writes the same file. */
export function commandLine(request: Omit<ExportRequest, 'query'>, format: Format): string {
	const args = ['crisis-explorer', 'export'];
	if (request.dataPath) args.push('--data', request.dataPath);
	const filterKeys = Object.keys(request.filters);
	if (filterKeys.length > 0) for (const key of filterKeys) args.push(`--${key}`, request.filters[key]);
	else args.push('--ids', request.ids.join(','));
	args.push('--format', format, '--out', request.path);
	return args.map(shellQuote).join(' ');
}

/** Throws an Error whose message is fit to show to the user. */
export async function exportMarked(request: ExportRequest): Promise<ExportResult> {
	const format = formatOfPath(request.path);
	if (!format) throw new Error(unknownExtension(request.path));
	// The same generator `crisis-explorer export --ids …` uses, so the file is identical.
	const records = exportRecords(request.query, 'sentence', {}, request.ids);
	const sink = fileSink(request.path, {force: false});
	try {
		// What the CLI writes to a file: pretty JSON, no BOM, a table at full width in stored order.
		const count = await writeRecords(records, sink, {format, fields: defaultFields(format, 'sentence'), kind: 'sentence', pretty: true, bom: false, table: {width: null}});
		await sink.end();
		return {count, path: resolve(request.path), format, command: commandLine(request, format)};
	} catch (error) {
		sink.abort();
		throw error;
	}
}
