// Article ids: unique within a dataset and the same on every run over the same
// input. A .txt file keeps the id it always had (its path without `.txt`, so
// the seeds' ids do not move); any other file keeps its whole path
// (`story.html` cannot collide with `story.txt`); a record is its file's path,
// `#`, and its own id or, without one, the line it starts on.
import {isRecordFile} from './detect.js';

export function fileId(file: string): string {
	return file.replace(/\.txt$/i, '');
}

/**
 * Ids of the listed files, deduplicated (`a.html.txt` and `a.html` would
 * both be `a.html`): the first in name order keeps the id, the others get
 * `~2`, `~3`. Assigned in name order whatever order the caller has, so a
 * directory ingest (id order) and a JSON one (name order) agree.
 */
export function assignIds(files: readonly string[]): Map<string, string> {
	const ids = new Map<string, string>();
	const taken = new Set<string>();
	for (const file of [...files].sort()) {
		const base = fileId(file);
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
		taken.add(id);
		ids.set(file, id);
	}
	return ids;
}

/** Where a file's articles sort among the others' ids: a record file's ids all start with `file#`. */
export function idSortKey(file: string, id: string): string {
	return isRecordFile(file) ? `${file}#` : id;
}

/** Record ids within one file, deduplicated: a repeated or missing id becomes the record's line. */
export function recordIdMaker(file: string): (stated: string | undefined, line: number) => string {
	const taken = new Set<string>();
	return (stated, line) => {
		const key = stated?.replace(/\s+/g, ' ').trim().slice(0, 200) || String(line);
		let id = `${file}#${key}`;
		if (taken.has(id)) id = `${file}#${key}~${line}`;
		taken.add(id);
		return id;
	};
}
