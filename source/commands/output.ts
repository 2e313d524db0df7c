// Turns flags into an output: the format (flag, --out extension, or the
// terminal default; the registry in export/formats), the fields (validated
// against the record kind), and the sink (stdout or an atomic file), then
// writes the records.
import {UsageError} from '../errors.js';
import {FIELDS, fieldNames, type ExportRecord, type RecordKind} from '../export/fields.js';
import {defaultFields, FORMAT_NAMES, formatOfPath, unknownExtension, type Format} from '../export/formats/index.js';
import {fileSink, streamSink, type Sink} from '../export/sink.js';
import {writeObject, writeRecords} from '../export/write.js';
import type {TableOptions} from '../export/table.js';
import {detectBidiMode, displayWidth, truncate} from '../text/index.js';
import type {ShapingMode} from '../text/clusters.js';
import type {Context} from './context.js';
import {didYouMean} from '../util/did-you-mean.js';
import {listValues} from './flags.js';

/**
 * `--format` when given; else, with `--out`, the format its extension names
 * (an extension that names none, or one this command cannot write, is a usage
 * error: a file must not silently hold another format); else table on a
 * terminal and json on a pipe.
 */
export function resolveFormat(ctx: Context, options: {allowed?: readonly Format[]; terminalDefault?: Format} = {}): Format {
	const allowed = options.allowed ?? FORMAT_NAMES;
	const explicit = ctx.flags.format;
	if (explicit !== undefined) {
		const value = explicit.toLowerCase();
		if (!(allowed as readonly string[]).includes(value)) {
			throw new UsageError(`unknown format '${explicit}'${didYouMean(value, allowed)} (valid: ${allowed.join(', ')})`);
		}
		return value as Format;
	}
	if (ctx.flags.out) {
		const fromExtension = formatOfPath(ctx.flags.out);
		if (!fromExtension) throw new UsageError(`--out ${unknownExtension(ctx.flags.out, allowed)}; or name one with --format`);
		if (!allowed.includes(fromExtension)) {
			throw new UsageError(
				`--out ${ctx.flags.out}: its extension means ${fromExtension}, which this command does not write (valid: ${allowed.join(', ')}); or name one with --format`,
			);
		}
		return fromExtension;
	}
	// allowed is never empty: each command writes at least one format.
	if (ctx.io.stdout.isTTY) return options.terminalDefault ?? (allowed.includes('table') ? 'table' : allowed[0]!);
	return allowed.includes('json') ? 'json' : allowed[0]!;
}

export function resolveFields(ctx: Context, kind: RecordKind, format: Format): string[] {
	const valid = fieldNames(kind);
	const asked = listValues(ctx.flags.fields);
	if (asked.length === 0) return defaultFields(format, kind);
	for (const field of asked) {
		if (!valid.includes(field)) {
			throw new UsageError(`unknown field '${field}' for ${kind} records${didYouMean(field, valid)} (valid: ${valid.join(', ')})`);
		}
	}
	return asked;
}

export function openSink(ctx: Context): Sink {
	return ctx.flags.out ? fileSink(ctx.flags.out, {force: ctx.flags.force}) : streamSink(ctx.io.stdout);
}

/**
 * How text meant for the eyes is laid out: on a terminal, as the bidi mode
 * says (`--bidi`, the environment, the terminal); on a pipe only when `--bidi
 * on` asks for it (someone piping into `less -R`, say). Null for data: files
 * and pipes otherwise get text in stored order, which is what programs read.
 */
export function textLayout(ctx: Context, sink: Sink): ShapingMode | null {
	if (sink.isTTY) return detectBidiMode(ctx.io.env, ctx.bidi, {shape: ctx.flags.shape});
	if (ctx.bidi === 'on' && !ctx.flags.out) return detectBidiMode(ctx.io.env, 'on', {shape: ctx.flags.shape});
	return null;
}

function tableOptions(ctx: Context, sink: Sink): TableOptions {
	const mode = textLayout(ctx, sink);
	// Files and pipes get logical text (the table's default): reordering is for the eyes only.
	if (!mode) return {width: null};
	return {
		width: sink.isTTY ? (sink.columns ?? 80) : null,
		measure: text => displayWidth(text, mode),
		fit: (text, columns) => truncate(text, columns, mode),
	};
}

/** Writes `records` with the resolved format, fields and sink; removes a partial file on failure. */
export async function emitRecords(ctx: Context, kind: RecordKind, records: Iterable<ExportRecord>, options: {format?: Format} = {}): Promise<number> {
	const format = options.format ?? resolveFormat(ctx);
	const fields = resolveFields(ctx, kind, format);
	const sink = openSink(ctx);
	try {
		const count = await writeRecords(records, sink, {
			format,
			fields,
			kind,
			pretty: sink.isTTY || Boolean(ctx.flags.out),
			bom: ctx.flags.bom,
			table: tableOptions(ctx, sink),
		});
		await sink.end();
		return count;
	} catch (error) {
		sink.abort();
		throw error;
	}
}

/** Writes text or one JSON value (show, compare) to the sink. */
export async function emitText(ctx: Context, produce: (sink: Sink) => Promise<void>): Promise<void> {
	const sink = openSink(ctx);
	try {
		await produce(sink);
		await sink.end();
	} catch (error) {
		sink.abort();
		throw error;
	}
}

export async function emitObject(ctx: Context, value: unknown): Promise<void> {
	await emitText(ctx, sink => writeObject(value, sink, sink.isTTY || Boolean(ctx.flags.out)));
}

export {FIELDS};
