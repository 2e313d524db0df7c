// The work of an ingest, in units a parse worker takes one at a time: a file to
// read (text or a saved page: read, extracted and parsed in the worker), one
// record of an NDJSON or CSV file (split off here, in the main thread, which
// is cheap next to parsing it), or a file or line skipped with its reason.
// Each unit says how much of its listed file it completes, for the progress line.
import {join} from 'node:path';
import {decodeBytes, readBytes} from '../read.js';
import type {ColumnMap} from './columns.js';
import {isRecordFile, kindByName, looksLikeHtml, unsupportedReason} from './detect.js';
import {assignIds} from './ids.js';
import {type InputRecord, parseNdjson, type RecordsOutcome} from './records.js';

export type WorkUnit = {kind: 'file'; file: string; id: string} | {kind: 'record'; record: InputRecord} | {kind: 'skip'; file: string; reason: string};

/** `part`: the share of its listed file this unit is; `last`: it completes that file. */
export type PlannedUnit = {unit: WorkUnit; part: number; last: boolean};

export type PlanOptions = {
	columns?: ColumnMap;
	/** Standard input's bytes, for the file `-`. */
	stdin?: Uint8Array;
};

/** `ingest -`: the one "file" standard input is. */
export const STDIN = '-';
/** Record files are read whole (their records are sorted by id for the directory layout); beyond this, split them. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

/** A unit's name in messages and provenance. */
export function unitFile(unit: WorkUnit): string {
	return unit.kind === 'record' ? unit.record.file : unit.file;
}

export async function* planUnits(dir: string, files: readonly string[], opts: PlanOptions = {}): AsyncGenerator<PlannedUnit> {
	const ids = assignIds(files.filter(f => f !== STDIN));
	const columns = opts.columns ?? {};
	for (const file of files) {
		if (file === STDIN) {
			yield* stdinUnits(opts.stdin ?? new Uint8Array(), columns);
			continue;
		}
		const kind = kindByName(file);
		if (kind === null) yield* whole({kind: 'skip', file, reason: unsupportedReason(file)});
		else if (!isRecordFile(file)) yield* whole({kind: 'file', file, id: ids.get(file)!});
		else {
			const read = readBytes(join(dir, file), file, MAX_RECORD_BYTES);
			if (!read.ok) {
				yield* whole({kind: 'skip', file, reason: read.reason});
				continue;
			}
			yield* recordUnits(file, read.bytes, kind === 'ndjson' ? 'ndjson' : kind === 'tsv' ? '\t' : ',', columns);
		}
	}
}

function* whole(unit: WorkUnit): Generator<PlannedUnit> {
	yield {unit, part: 1, last: true};
}

/** `format`: 'ndjson', or a CSV delimiter. `file` is the provenance prefix. */
async function* recordUnits(file: string, bytes: Uint8Array, format: 'ndjson' | string, columns: ColumnMap): AsyncGenerator<PlannedUnit> {
	const decoded = decodeBytes(file, bytes);
	if (!decoded.ok) {
		yield* whole({kind: 'skip', file, reason: decoded.reason});
		return;
	}
	let parsed: RecordsOutcome | {reason: string};
	if (format === 'ndjson') parsed = parseNdjson(decoded.text, file, columns);
	else {
		// csv-parse loads with the first CSV file: a folder of .txt files never pays for it.
		const {parseCsv} = await import('./csv.js');
		parsed = parseCsv(decoded.text, file, columns, format);
	}
	if ('reason' in parsed) {
		yield* whole({kind: 'skip', file, reason: parsed.reason});
		return;
	}
	const {records, bad} = parsed;
	if (records.length === 0 && bad.length === 0) {
		yield* whole({kind: 'skip', file, reason: 'no records'});
		return;
	}
	// Invalid UTF-8 is named on the records it touched, not on the whole file.
	if (decoded.repairs.some(r => r.includes('U+FFFD'))) {
		for (const r of records) {
			const n = [r.text, r.html, r.title].reduce((k, v) => k + (v?.match(/\uFFFD/g)?.length ?? 0), 0);
			if (n > 0) r.repairs = [...(r.repairs ?? []), `${n} invalid UTF-8 sequence${n === 1 ? '' : 's'} replaced with U+FFFD`];
		}
	}
	// Records in id order, as the dataset keeps articles (the directory layout is written in that order).
	records.sort((a, b) => a.id.localeCompare(b.id));
	const units: WorkUnit[] = [...bad.map(b => ({kind: 'skip' as const, ...b})), ...records.map(record => ({kind: 'record' as const, record}))];
	for (let i = 0; i < units.length; i++) yield {unit: units[i]!, part: 1 / units.length, last: i === units.length - 1};
}

/** Standard input, by what it holds: NDJSON records, CSV with a header, a saved page, or the text of one article. */
async function* stdinUnits(bytes: Uint8Array, columns: ColumnMap): AsyncGenerator<PlannedUnit> {
	const file = 'stdin';
	const decoded = decodeBytes(file, bytes);
	if (!decoded.ok) {
		yield* whole({kind: 'skip', file, reason: decoded.reason});
		return;
	}
	const {text} = decoded;
	const head = text.trimStart();
	if (head.startsWith('{')) {
		yield* recordUnits(file, bytes, 'ndjson', columns);
		return;
	}
	if (looksLikeHtml(head) || head.startsWith('<')) {
		yield* whole({kind: 'record', record: {id: file, file, html: text, ...(decoded.repairs.length ? {repairs: decoded.repairs} : {})}});
		return;
	}
	const nl = head.indexOf('\n');
	const firstLine = nl < 0 ? head : head.slice(0, nl);
	const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
	if (firstLine.includes(delimiter)) {
		const {parseCsv} = await import('./csv.js');
		if (!('reason' in parseCsv(`${firstLine}\n`, file, columns, delimiter))) {
			yield* recordUnits(file, bytes, delimiter, columns);
			return;
		}
	}
	yield* whole({kind: 'record', record: {id: file, file, text, ...(decoded.repairs.length ? {repairs: decoded.repairs} : {})}});
}
