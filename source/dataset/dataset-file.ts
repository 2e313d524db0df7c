// Reading a dataset file and parsing its JSON, without validating it: the
// explorer opens the bundled dataset through these alone when its bytes are
// the ones the build validated (seal.ts), so its first frame does not load
// and initialise zod (~45 ms of the first frame's ~420, profiled). Every
// failure is one DataError line naming the file.
import {readFileSync, statSync} from 'node:fs';
import {DataError} from '../errors.js';
import {jsonSyntaxDetail, readFailure} from '../util/read-json.js';

/** V8's longest string: a JSON dataset beyond it cannot be parsed (the directory layout has no such limit). */
const MAX_JSON_BYTES = 0x1fffffe8;

/** The bytes of a dataset file: a regular file (a device or a pipe could grow without end) small enough for one JSON document. */
export function readDatasetBytes(path: string): Buffer {
	try {
		const st = statSync(path);
		if (st.isDirectory()) throw new DataError(`${path}: a folder, but not a dataset directory (no meta.json)`);
		if (!st.isFile()) throw new DataError(`${path}: not a regular file (a dataset is a .json file or a dataset directory)`);
		if (st.size > MAX_JSON_BYTES)
			throw new DataError(
				`${path}: ${Math.round(st.size / 1048576)} MB is too large for one JSON document; ingest the corpus into a dataset directory (--out DIR)`,
			);
		return readFileSync(path);
	} catch (error) {
		if (error instanceof DataError) throw error;
		throw new DataError(`${path}: cannot read dataset: ${readFailure(error)}`);
	}
}

/** Dataset text → its JSON, unvalidated; `label` names the file in messages. */
export function parseDatasetJson(text: string, label: string): unknown {
	if (text.trim() === '') throw new DataError(`${label}: the file is empty`);
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = jsonSyntaxDetail(error, text);
		const truncated = /end of (JSON )?input|Unterminated|Expected .* after/i.test(detail);
		throw new DataError(`${label}: ${truncated ? 'truncated or ' : ''}not valid JSON (${detail})`);
	}
}
