// Picking a trigger's entities out of its sentence's short lists, in loops.
// Each used to be filter → sort → map → Set → array, up to five arrays per
// list per trigger (a sentence's lists hold a few entries; the 1k corpus has
// 14k triggers); a loop gives the same answer with one array or none. Where
// the old code took the first element of a stable sort, these keep the
// earliest of the best (a later element replaces it only when strictly better).

type At = {start: number};
type IdAt = {id: string; start: number};

/** The earliest of the spans `ok` accepts that `better` never beats, else undefined (what filter(ok).sort(better)[0] gave). */
export function best<T>(list: readonly T[], ok: (x: T) => boolean, better: (a: T, b: T) => number): T | undefined {
	let found: T | undefined;
	for (const x of list) if (ok(x) && (found === undefined || better(x, found) < 0)) found = x;
	return found;
}

/** The span of the list nearest to `at` (the earliest among equals), else undefined. */
export function nearest<T extends At>(list: readonly T[], at: number): T | undefined {
	let found: T | undefined;
	let distance = Infinity;
	for (const x of list) {
		const d = Math.abs(x.start - at);
		if (d < distance) {
			found = x;
			distance = d;
		}
	}
	return found;
}

/** Ids of the spans starting in [from, to), nearest to `at` first (stable among equals), each once. */
export function nearestIds(list: readonly IdAt[], from: number, to: number, at: number): string[] {
	let picked: IdAt[] | null = null;
	for (const x of list) if (x.start >= from && x.start < to) (picked ??= []).push(x);
	if (picked === null) return [];
	if (picked.length === 1) return [picked[0]!.id];
	picked.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
	return uniqueIds(picked);
}

/** Ids of the spans starting in [lo, start) or [end, hi) (a trigger's clause around it), in order, each once. */
export function clauseIds(list: readonly IdAt[], lo: number, start: number, end: number, hi: number): string[] {
	const out: string[] = [];
	for (const x of list) if (((x.start >= end && x.start < hi) || (x.start >= lo && x.start < start)) && !out.includes(x.id)) out.push(x.id);
	return out;
}

/** Ids in order, each once. */
export function uniqueIds(list: readonly IdAt[]): string[] {
	const out: string[] = [];
	for (const x of list) if (!out.includes(x.id)) out.push(x.id);
	return out;
}
