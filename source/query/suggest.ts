// "Did you mean" for ids typed by hand: the nearest known id by edit distance,
// also comparing against each part of a hyphenated id, so `stoltenbrg` meets
// `jens-stoltenberg` through its `stoltenberg` part.

export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = row;
	}
	return prev[b.length]!;
}

/** Runs of consecutive hyphen-separated parts, the whole id included. */
function pieces(id: string): string[] {
	const parts = id.split('-');
	const out: string[] = [];
	for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) out.push(parts.slice(i, j).join('-'));
	return out;
}

/** The closest id, or null when none is near enough to be a plausible typo. */
export function nearestId(ids: string[], typed: string): string | null {
	const t = typed.trim().toLowerCase();
	if (!t) return null;
	let best: {id: string; d: number} | null = null;
	for (const id of ids) {
		const d = Math.min(...pieces(id.toLowerCase()).map(p => editDistance(t, p)));
		// Prefer whole-id closeness on ties so exact-length ids win.
		const whole = editDistance(t, id.toLowerCase());
		if (!best || d < best.d || (d === best.d && whole < editDistance(t, best.id.toLowerCase()))) best = {id, d};
	}
	if (!best) return null;
	return best.d <= Math.max(2, Math.floor(t.length * 0.4)) ? best.id : null;
}
