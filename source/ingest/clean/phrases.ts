// Does a folded line contain any of a list of literal phrases? One pass of an
// Aho–Corasick automaton over the line's code units, instead of a RegExp
// alternation of every phrase (the boilerplate `contains` gate and the caption
// credits), which irregexp tries phrase by phrase at every position: 35 + 12
// of clean's 301 ms on the 1k corpus. The answer is the alternation's
// (RegExp(phrases.join('|'), 'u').test(line)) for phrases that neither start
// nor end inside a surrogate pair, which no lexicon phrase does.

export type PhraseSet = {
	/** Code unit → its class (0: in no phrase). */
	classes: Uint8Array;
	/** Classes + 1 columns per state. */
	width: number;
	/** state * width + class → next state (the goto and failure links folded into one table). */
	next: Int32Array;
	/** The bits of the groups whose phrase ends in the state (or in one of its suffixes). */
	final: Uint8Array;
};

/**
 * The automaton of the non-empty phrases of up to 8 groups (group k sets bit
 * 1 << k); null when there are none (or too many distinct characters for one table).
 */
export function phraseSet(...groups: string[][]): PhraseSet | null {
	const tagged = groups.flatMap((g, k) => g.filter(Boolean).map(p => ({p, bit: 1 << k})));
	const list = tagged.map(t => t.p);
	if (list.length === 0) return null;
	const classes = new Uint8Array(0x10000);
	let width = 1;
	for (const p of list) {
		for (let k = 0; k < p.length; k++) {
			const c = p.charCodeAt(k);
			if (classes[c] === 0) {
				if (width === 255) return null;
				classes[c] = width++;
			}
		}
	}
	// The trie: goto[state][class], -1 where absent.
	const goto: Int32Array[] = [new Int32Array(width).fill(-1)];
	const ends: number[] = [0];
	for (const {p, bit} of tagged) {
		let s = 0;
		for (let k = 0; k < p.length; k++) {
			const cls = classes[p.charCodeAt(k)]!;
			let t = goto[s]![cls]!;
			if (t < 0) {
				t = goto.length;
				goto.push(new Int32Array(width).fill(-1));
				ends.push(0);
				goto[s]![cls] = t;
			}
			s = t;
		}
		ends[s]! |= bit;
	}
	// Breadth first: each state's failure (its longest proper suffix that is a state) completes its row.
	const n = goto.length;
	const next = new Int32Array(n * width);
	const final = new Uint8Array(n);
	const fail = new Int32Array(n);
	const queue: number[] = [];
	final[0] = ends[0]!;
	for (let cls = 0; cls < width; cls++) {
		const t = goto[0]![cls]!;
		if (t > 0) {
			next[cls] = t;
			fail[t] = 0;
			queue.push(t);
		} else next[cls] = 0;
	}
	for (let q = 0; q < queue.length; q++) {
		const s = queue[q]!;
		final[s] = ends[s]! | final[fail[s]!]!;
		for (let cls = 0; cls < width; cls++) {
			const t = goto[s]![cls]!;
			if (t > 0) {
				next[s * width + cls] = t;
				fail[t] = next[fail[s]! * width + cls]!;
				queue.push(t);
			} else next[s * width + cls] = next[fail[s]! * width + cls]!;
		}
	}
	return {classes, width, next, final};
}

/** The bits of every group with a phrase in `s` (one pass; it stops once all of `all` are found). */
export function phraseBits(s: string, set: PhraseSet, all: number): number {
	const {classes, width, next, final} = set;
	let state = 0;
	let bits = 0;
	for (let i = 0; i < s.length; i++) {
		state = next[state * width + classes[s.charCodeAt(i)]!]!;
		bits |= final[state]!;
		if (bits === all) break;
	}
	return bits;
}
