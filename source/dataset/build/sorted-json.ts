// The JSON layout's bytes: every object's keys in sorted order, compact, so a
// fresh run is byte-identical whatever order the pipeline built a record's keys
// in. The old serializer copied the whole dataset with each object's keys
// sorted, then stringified the copy: 155 ms of 291 on the 1k corpus (issue 21),
// most of it sorting ~6 keys of each of 170k objects and building objects key
// by key. Here an object whose keys already come in sorted order (most records
// of one kind share their constructor's order, and the builder writes its own in
// that order) is left as it is, so is an array none of whose items changed, and
// one sort per distinct key list is shared by every object that has that list.
// Same output as the copy-everything version (tests/perf/serialise.test.ts
// checks it against that one).

/** A key list (joined) → its keys sorted: one sort per shape of object. */
type Orders = Map<string, string[]>;

/** `value` with every object's keys in sorted order: the same value where they already are, else a copy. */
export function withSortedKeys(value: unknown, orders: Orders = new Map()): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) {
		let out: unknown[] | null = null;
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			const next = withSortedKeys(item, orders);
			if (next !== item || out !== null) {
				out ??= value.slice(0, i);
				out.push(next);
			}
		}
		return out ?? value;
	}
	// A class instance (a Date's toJSON, a typed array) is written by JSON.stringify as it sees fit;
	// the old serializer wrote its own enumerable keys as a plain object. Never in a dataset, but the same bytes.
	const record = value as Record<string, unknown>;
	const proto = Object.getPrototypeOf(record);
	const keys = Object.keys(record);
	let inOrder = proto === Object.prototype || proto === null;
	for (let i = 1; inOrder && i < keys.length; i++) if (keys[i - 1]! > keys[i]!) inOrder = false;
	if (inOrder) {
		// Keys in order: a copy only if some value changed (an unsorted object further down).
		let out: Record<string, unknown> | null = null;
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i]!;
			const item = record[k];
			const next = withSortedKeys(item, orders);
			if (next !== item && out === null) {
				out = {};
				for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
			}
			if (out !== null) out[k] = next;
		}
		return out ?? record;
	}
	const shape = keys.join('\u0000');
	let sorted = orders.get(shape);
	if (!sorted) orders.set(shape, (sorted = [...keys].sort()));
	const out: Record<string, unknown> = {};
	for (const k of sorted) out[k] = withSortedKeys(record[k], orders);
	return out;
}

/** Compact JSON with every object's keys sorted, and a final newline. */
export function sortedJson(value: unknown): string {
	return `${JSON.stringify(withSortedKeys(value))}\n`;
}
