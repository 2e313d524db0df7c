// Where in a JSON document a validation issue (zod's `issue.path`) is, written
// the way the README documents it: `events[3].date`, `[2].roles[0].from` for
// a file whose root is an array, `(root)` for the document itself.

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(root)';
}
