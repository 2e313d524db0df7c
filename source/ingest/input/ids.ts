// Article ids: unique within a dataset and the same on every run over the same
// input. A .txt file keeps the id it always had (its path without `.txt`, so
// the seeds' ids do not move); any other file keeps its whole path
// (`story.html` cannot collide with `story.txt`); a record is its file's path,
// `#`, and its own id or, without one, the line it starts on.
import {isRecordFile} from './detect.js';

/**
 * Characters an id may not hold as they are: controls (a newline would split
 * `--format ids | export --ids -` into two ids), DEL, C1 controls and the
 * line and paragraph separators. Each becomes `%XX` (`%uXXXX` above 0xFF),
 * as in a URL, so the id stays one readable line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function lineSafe(text: string): string {
	return text.replace(UNSAFE, c => {
		const code = c.charCodeAt(0);
		return code > 0xff ? `%u${code.toString(16).toUpperCase().padStart(4, '0')}` : `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
	});
}

/** A file's id: its path without `.txt`, one line; never empty (`.txt` alone keeps its whole name). */
export function fileId(file: string): string {
	const bare = file.replace(/\.txt$/i, '');
	return lineSafe(bare === '' || bare.endsWith('/') ? file : bare);
}

/** Ids that differ only in case collide on case-insensitive file systems (an export per article, a copy to macOS): one key for both. */
const foldKey = (id: string) => id.normalize('NFC').toLowerCase();

/**
 * Ids of the listed files, deduplicated (`a.html.txt` and `a.html` would
 * both be `a.html`; `dup.txt` and `Dup.txt` differ only in case): the first in name order keeps the id, the others get
 * `~2`, `~3`. Assigned in name order whatever order the caller has, so a
 * directory ingest (id order) and a JSON one (name order) agree.
 */
export function assignIds(files: readonly string[]): Map<string, string> {
	const ids = new Map<string, string>();
	const taken = new Set<string>();
	for (const file of [...files].sort()) {
		const base = fileId(file);
		let id = base;
		for (let n = 2; taken.has(foldKey(id)); n++) id = `${base}~${n}`;
		taken.add(foldKey(id));
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
		const key = lineSafe(stated?.replace(/\s+/g, ' ').trim().slice(0, 200) || String(line));
		let id = `${lineSafe(file)}#${key}`;
		if (taken.has(foldKey(id))) id = `${lineSafe(file)}#${key}~${line}`;
		taken.add(foldKey(id));
		return id;
	};
}
