// A seeded PRNG (mulberry32) so a corpus is the same bytes for the same seed
// on every machine: benchmarks compare like with like across runs.

export type Rng = {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [lo, hi] inclusive. */
	int(lo: number, hi: number): number;
	pick<T>(xs: readonly T[]): T;
	/** True with probability p. */
	chance(p: number): boolean;
};

export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	return {
		next,
		int,
		pick: xs => {
			if (xs.length === 0) throw new Error('pick from an empty list');
			return xs[Math.floor(next() * xs.length)]!;
		},
		chance: p => next() < p,
	};
}

/** A seed derived from a base seed and a label, so each article has its own stream. */
export function subSeed(seed: number, n: number): number {
	let h = (seed ^ 0x9e3779b9) >>> 0;
	h = Math.imul(h ^ n, 0x85ebca6b) >>> 0;
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35) >>> 0;
	return (h ^ (h >>> 16)) >>> 0;
}
