// The explorer's `e`: writes sentences (or their articles or events) through
// the same record builder, format registry, writer and atomic file sink as
// `crisis-explorer export --out`, and says which command line would do the
// same; that line is also written beside the export, in `<file>.command`, so
// the file can be made again (or updated) later. The single place to switch if
// the CLI grows a higher-level export function.
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Filters, Query} from '../query/types.js';
import {exportRecords, type Unit} from '../export/select.js';
import {defaultFields, formatOfPath, unknownExtension, type Format} from '../export/formats/index.js';
import {writeRecords} from '../export/write.js';
import {fileSink} from '../export/sink.js';

export type ExportRequest = {
	query: Query;
	/** Sentence ids: the marks, or the list on screen. */
	ids: string[];
	path: string;
	filters: Record<string, string>;
	dataPath?: string;
	/** Default: the format the path's extension names. */
	format?: Format;
	/** Default: sentence. */
	unit?: Unit;
	/** Overwrite an existing file (the user said so). */
	force?: boolean;
};
export type ExportResult = {count: number; path: string; format: Format; command: string; unit: Unit; commandFile: string};

/** The file is there already and the user has not said to overwrite it. */
export class FileExistsError extends Error {
	constructor(readonly path: string) {
		super(`${path} already exists`);
		this.name = 'FileExistsError';
	}
}

function shellQuote(value: string): string {
	return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/** The ids `--ids` takes for a unit: sentence ids, or the articles or events of those sentences. */
export function unitIds(query: Query, ids: string[], unit: Unit): string[] {
	if (unit === 'sentence') return ids;
	const out = new Set<string>();
	for (const id of ids) {
		const hit = query.sentence(id);
		if (!hit) continue;
		if (unit === 'article') out.add(hit.article.id);
		else for (const event of hit.sentence.events) out.add(event);
	}
	return [...out];
}

/** The `crisis-explorer export` command line that writes the same file. */
export function commandLine(request: Omit<ExportRequest, 'query'>, format: Format, ids: string[] = request.ids): string {
	const args = ['crisis-explorer', 'export'];
	if (request.dataPath) args.push('--data', request.dataPath);
	const unit = request.unit ?? 'sentence';
	if (unit !== 'sentence') args.push('--unit', unit);
	const filterKeys = Object.keys(request.filters);
	if (filterKeys.length > 0) for (const [key, value] of Object.entries(request.filters)) args.push(`--${key}`, value);
	else args.push('--ids', ids.join(','));
	args.push('--format', format, '--out', request.path);
	if (request.force) args.push('--force');
	return args.map(shellQuote).join(' ');
}

/** Throws FileExistsError when the file is there and force is not set, else an Error whose message is fit to show to the user. */
export async function exportMarked(request: ExportRequest): Promise<ExportResult> {
	const format = request.format ?? formatOfPath(request.path);
	if (!format) throw new Error(unknownExtension(request.path));
	const unit = request.unit ?? 'sentence';
	if (!request.force && existsSync(request.path)) throw new FileExistsError(request.path);
	const ids = unitIds(request.query, request.ids, unit);
	// With the list's filters the command selects by filter; an --event filter also limits the events.
	const filters: Filters = unit === 'event' && request.filters.event ? {event: [request.filters.event]} : {};
	// The same generator `crisis-explorer export --ids …` uses, so the file is identical.
	const records = exportRecords(request.query, unit, filters, ids);
	const sink = fileSink(request.path, {force: Boolean(request.force)});
	let count: number;
	try {
		// What the CLI writes to a file: pretty JSON, no BOM, a table at full width in stored order.
		count = await writeRecords(records, sink, {format, fields: defaultFields(format, unit), kind: unit, pretty: true, bom: false, table: {width: null}});
		await sink.end();
	} catch (error) {
		sink.abort();
		throw error;
	}
	const command = commandLine(request, format, ids);
	// Beside the export: how to make it again. It goes with its export, so it is replaced with it.
	const commandFile = `${request.path}.command`;
	const side = fileSink(commandFile, {force: true});
	try {
		await side.write(`${command}\n`);
		await side.end();
	} catch (error) {
		side.abort();
		throw error;
	}
	return {count, path: resolve(request.path), format, command, unit, commandFile: resolve(commandFile)};
}
