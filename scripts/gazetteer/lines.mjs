// The hand-written sources are line files, not JSON: one place, organisation or
// name per line reads and diffs far better than thousands of five-line JSON
// objects, and a reviewer sees a whole governorate on one screen.
//
//   # comment                      (also after a line's content)
//   @country EG                    directive: a default for the lines below
//   field | field | field          one record; fields split on '|'
//
// Lists inside a field split on ',' or the Arabic comma '،'.
import {readFileSync} from 'node:fs';
import {relative} from 'node:path';

export class SourceError extends Error {}

/** Records of a line file with the directives in force on each, and where it came from. */
export function readLineFile(path) {
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	const records = [];
	const directives = {};
	text.split('\n').forEach((raw, i) => {
		const line = raw
			.replace(/\s#.*$/, '')
			.replace(/^#.*$/, '')
			.trim();
		if (!line) return;
		const where = `${relative(process.cwd(), path)}:${i + 1}`;
		if (line.startsWith('@')) {
			const m = /^@(\w+)\s+(.+)$/.exec(line);
			if (!m) throw new SourceError(`${where}: directive needs a value: ${line}`);
			directives[m[1]] = m[2].trim();
			return;
		}
		records.push({where, fields: line.split('|').map(f => f.trim()), directives: {...directives}});
	});
	return records;
}

export function splitList(field) {
	if (!field) return [];
	return field
		.split(/[,،]/)
		.map(s => s.trim())
		.filter(Boolean);
}

/** Options field: `id=x kind=sea ambiguous guard=صور,جنين` → {id: 'x', kind: 'sea', ambiguous: true, guard: 'صور,جنين'}. */
export function parseOptions(field, where) {
	const out = {};
	for (const token of (field ?? '').split(/\s+/).filter(Boolean)) {
		const eq = token.indexOf('=');
		if (eq === 0) throw new SourceError(`${where}: bad option ${token}`);
		if (eq < 0) out[token] = true;
		else out[token.slice(0, eq)] = token.slice(eq + 1);
	}
	return out;
}
