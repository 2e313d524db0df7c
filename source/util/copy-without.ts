// A record copied without some of its keys and with others added, as
// `const {a, b, ...rest} = src; {...rest, c, d}` would give it, key order
// included. Written out because V8 (Node 20) gave each object that spread made
// a hidden class of its own when keys followed the spread: at the end of a
// 10k-article directory ingest 28k objects (every article head and event
// record) each had one, with ~390 bytes of map and descriptors (a heap
// snapshot: 35k maps, 8.9 MB of descriptor arrays in a 102 MB heap). Copied
// key by key into an empty object, records with the same keys share one.

/** `src` without the keys `omit`, then `extra`'s keys set in order (an existing key keeps its place, as in a spread). */
export function copyWithout<T extends object, K extends keyof T & string, E extends object>(src: T, omit: readonly K[], extra: E): Omit<T, K> & E {
	const out: Record<string, unknown> = {};
	const from = src as Record<string, unknown>;
	for (const k of Object.keys(src)) if (!(omit as readonly string[]).includes(k)) out[k] = from[k];
	const more = extra as Record<string, unknown>;
	for (const k of Object.keys(extra)) out[k] = more[k];
	return out as Omit<T, K> & E;
}
