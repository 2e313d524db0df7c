// An Aho–Corasick automaton over UTF-16 code units, as a dense table over the
// terms' own alphabet (a code unit outside it sends the walk back to the root).
// The floor and the lean skeleton of issue 21's bench scan each article with it
// once: the least work any extractor that looks up the lexicon must do.

export type Automaton = {
	/** Next state per (state × alphabet size + letter); letter 0 is "not in any term". */
	next: Int32Array;
	/** Per state: the id of the longest term ending here, or -1. */
	out: Int32Array;
	/** Per state: the nearest state on the failure chain that ends a term, or -1. */
	outLink: Int32Array;
	letters: Uint16Array;
	width: number;
	termLengths: Int32Array;
	states: number;
};

export function buildAutomaton(terms: readonly string[]): Automaton {
	const letters = new Uint16Array(65536);
	let width = 1;
	for (const t of terms) for (let i = 0; i < t.length; i++) if (!letters[t.charCodeAt(i)]) letters[t.charCodeAt(i)] = width++;
	// Trie first, with growable per-state arrays.
	const children: Array<Map<number, number>> = [new Map()];
	const out: number[] = [-1];
	for (const [id, t] of terms.entries()) {
		let s = 0;
		for (let i = 0; i < t.length; i++) {
			const c = letters[t.charCodeAt(i)]!;
			let n = children[s]!.get(c);
			if (n === undefined) {
				n = children.length;
				children.push(new Map());
				out.push(-1);
				children[s]!.set(c, n);
			}
			s = n;
		}
		if (out[s] === -1) out[s] = id;
	}
	const states = children.length;
	const next = new Int32Array(states * width);
	const fail = new Int32Array(states);
	const outLink = new Int32Array(states).fill(-1);
	// Breadth-first: each state's row is its failure state's row with its own children over it.
	const queue: number[] = [];
	for (const [c, n] of children[0]!) {
		next[c] = n;
		queue.push(n);
	}
	for (let q = 0; q < queue.length; q++) {
		const s = queue[q]!;
		const f = fail[s]!;
		outLink[s] = out[f]! >= 0 ? f : outLink[f]!;
		next.set(next.subarray(f * width, f * width + width), s * width);
		next[s * width] = 0;
		for (const [c, n] of children[s]!) {
			fail[n] = s === 0 ? 0 : next[f * width + c]!;
			next[s * width + c] = n;
			queue.push(n);
		}
	}
	return {
		next,
		out: Int32Array.from(out),
		outLink,
		letters,
		width,
		termLengths: Int32Array.from(terms, t => t.length),
		states,
	};
}

/** Calls `hit(termId, start, end)` for every occurrence of every term in `text` (overlaps included). */
export function scan(a: Automaton, text: string, hit: (term: number, start: number, end: number) => void): void {
	const {next, out, outLink, letters, width, termLengths} = a;
	let s = 0;
	for (let i = 0; i < text.length; i++) {
		s = next[s * width + letters[text.charCodeAt(i)]!]!;
		for (let o = out[s]! >= 0 ? s : outLink[s]!; o >= 0; o = outLink[o]!) {
			const term = out[o]!;
			hit(term, i + 1 - termLengths[term]!, i + 1);
		}
	}
}
