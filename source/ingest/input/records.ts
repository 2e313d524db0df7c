// NDJSON / JSONL: one article a line, `{id?, url?, title?, text | html,
// published?, outlet?, language?}` (other key names through input/columns.ts).
// A line that is not such a record is skipped with its line number and the
// reason; the rest of the file is read all the same.
import {type ColumnMap, type Field, FIELDS, keyFor} from './columns.js';
import {recordIdMaker} from './ids.js';

/** One article from a record file (or standard input), split off in the main thread and parsed in a worker. */
export type InputRecord = {
	id: string;
	/** Provenance: `file#line`, the line the record starts on. */
	file: string;
	text?: string;
	html?: string;
	title?: string;
	url?: string;
	published?: string;
	outlet?: string;
	language?: string;
	/** What was repaired or left out (a field that is not a string, invalid UTF-8), named on stderr. */
	repairs?: string[];
};

export type RecordsOutcome = {records: InputRecord[]; bad: Array<{file: string; reason: string}>};

/** `file` is the provenance prefix (the path, or `stdin`). */
export function parseNdjson(text: string, file: string, columns: ColumnMap): RecordsOutcome {
	const records: InputRecord[] = [];
	const bad: RecordsOutcome['bad'] = [];
	const idOf = recordIdMaker(file);
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (!line) continue;
		const at = `${file}#${i + 1}`;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			bad.push({file: at, reason: `not valid JSON (${(error as Error).message.slice(0, 80)})`});
			continue;
		}
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			bad.push({file: at, reason: 'not a JSON object (one record a line: {"text": …})'});
			continue;
		}
		const made = fromFields(f => {
			const key = keyFor(value as Record<string, unknown>, f, columns);
			return key === undefined ? undefined : (value as Record<string, unknown>)[key];
		});
		if ('reason' in made) {
			bad.push({file: at, reason: made.reason});
			continue;
		}
		records.push({...made.fields, id: idOf(made.fields.id, i + 1), file: at});
	}
	return {records, bad};
}

type Fields = Omit<InputRecord, 'file'> & {id?: string};

/**
 * A record from its fields, whatever format held them: text or html must be a
 * non-blank string; an id may be a number; any other field that is not a
 * string is left out and named.
 */
export function fromFields(get: (field: Field) => unknown): {fields: Fields} | {reason: string} {
	const fields: Record<string, unknown> = {};
	const ignored: string[] = [];
	for (const field of FIELDS) {
		let v = get(field);
		if (v === undefined || v === null || v === '') continue;
		if (typeof v === 'number' && (field === 'id' || field === 'published')) v = String(v);
		if (typeof v !== 'string') {
			ignored.push(`${field} (${Array.isArray(v) ? 'an array' : typeof v}, not a string)`);
			continue;
		}
		fields[field] = v;
	}
	const body = (fields.text as string | undefined)?.trim() || (fields.html as string | undefined)?.trim();
	if (!body)
		return {
			reason: ignored.some(i => i.startsWith('text') || i.startsWith('html'))
				? `no usable text: ${ignored.join(', ')}`
				: 'no text (a record needs "text" or "html")',
		};
	if (ignored.length > 0) fields.repairs = ignored.map(i => `${i} ignored`);
	return {fields: fields as Fields};
}
