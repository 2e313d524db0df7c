// The output formats. Adding one: a file in this folder and a line in FORMATS;
// --format, --out's extension, the explorer's export prompt, the help and the
// README's format table all read this list.
import {extname} from 'node:path';
import {fieldNames, type RecordKind} from '../fields.js';
import {csv} from './csv.js';
import {ids} from './ids.js';
import {json} from './json.js';
import {markdown} from './markdown.js';
import {ndjson} from './ndjson.js';
import {parquet} from './parquet.js';
import {table} from './table.js';
import type {ExportFormat} from './types.js';

export const FORMATS = [json, ndjson, csv, markdown, table, ids, parquet] as const;

export type Format = (typeof FORMATS)[number]['name'];
export type {ExportFormat, FormatOptions} from './types.js';

export const FORMAT_NAMES: readonly Format[] = FORMATS.map(format => format.name);

const byName = new Map<string, ExportFormat>(FORMATS.map(format => [format.name, format]));
const byExtension = new Map<string, Format>(FORMATS.flatMap(format => format.extensions.map(extension => [extension, format.name] as const)));

export function formatNamed(name: Format): ExportFormat {
	return byName.get(name)!;
}

/** The format a file's extension names (case-insensitive), or undefined. */
export function formatOfPath(path: string): Format | undefined {
	return byExtension.get(extname(path).toLowerCase());
}

/** `json (.json), ndjson (.ndjson, .jsonl), …`: for messages that list what would work. */
export function describeFormats(names: readonly Format[] = FORMAT_NAMES): string {
	return names.map(name => `${name} (${formatNamed(name).extensions.join(', ')})`).join(', ');
}

/** Why a path names no format: one line, listing the extensions that do. */
export function unknownExtension(path: string, names: readonly Format[] = FORMAT_NAMES): string {
	const extension = extname(path);
	const what = extension ? `unknown extension '${extension}'` : 'no extension';
	return `${path}: ${what}; formats and their extensions: ${describeFormats(names)}`;
}

/** The fields a format prints when none are asked for. */
export function defaultFields(format: Format, kind: RecordKind): string[] {
	return formatNamed(format).defaultFields?.[kind] ?? fieldNames(kind);
}

/** The README's table of formats (npm run docs). */
export function formatsMarkdown(): string {
	const rows = FORMATS.map(format => `| \`${format.name}\` | ${format.extensions.map(e => `\`${e}\``).join(' ')} | ${format.description} |`);
	return ['| format | file extensions | what you get |', '|---|---|---|', ...rows].join('\n');
}
