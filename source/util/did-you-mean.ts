// "Did you mean": the one rule for suggesting a known value (flag, command,
// field, format, id) in place of a typed one, for every usage message.

/** Levenshtein distance with an early cut-off: candidates further than `max` are not interesting. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous = Array.from({length: b.length + 1}, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			current.push(value);
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		previous = current;
	}
	return previous[b.length];
}

/**
 * The closest candidate, or null when none is close enough to be a plausible
 * typo. A candidate that contains the value (or the reverse) counts as close:
 * `stoltenberg` should find `jens-stoltenberg`.
 */
export function nearest(value: string, candidates: Iterable<string>): string | null {
	const needle = value.trim().toLowerCase();
	if (!needle) return null;
	let best: string | null = null;
	let bestScore = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const hay = candidate.toLowerCase();
		let score: number;
		if (hay === needle) return candidate;
		if (needle.length >= 3 && hay.includes(needle)) score = 0.5 + (hay.length - needle.length) / 100;
		else {
			const limit = Math.max(1, Math.floor(needle.length / 3));
			// Compare with each dash-separated tail too, so 'stoltenbrg' meets 'jens-stoltenberg'.
			const parts = [hay, ...hay.split(/[-_:]/).map((_, i, all) => all.slice(i).join('-'))];
			score = Math.min(...parts.map(part => editDistance(needle, part, limit)));
			if (score > limit) continue;
			score += 1;
		}
		if (score < bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}

/** "; did you mean 'x'?" or '' — appended to usage messages. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const match = nearest(value, candidates);
	return match ? `; did you mean '${match}'?` : '';
}
