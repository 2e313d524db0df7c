// The tokenizer as the simplest code says it (test-only oracle of
// first-pass.test.ts): runs of letters, digits, marks and tatweel found by a
// Unicode regex, each normalised on its own, a run that normalises to nothing
// skipped (its characters stay in the next token's gap). No memo, no interning,
// no hashing: what source/arabic/gazetteer.ts's tokenize must give, field for
// field (its readings are procliticStemsOf the normal form).
import {normaliseWithMap, procliticStemsOf, type Stem} from '../../../source/arabic/normalise.js';

export type PlainToken = {index: number; start: number; end: number; text: string; norm: string; gap: string; map: number[]; proclitic: readonly Stem[]};

const RUN = /[\p{L}\p{N}\p{M}\u0640]+/gu;

export function tokenize(text: string): PlainToken[] {
	const out: PlainToken[] = [];
	let last = 0;
	for (const m of text.matchAll(RUN)) {
		const raw = m[0];
		const start = m.index;
		const {text: norm, map} = normaliseWithMap(raw);
		if (!norm) continue;
		out.push({index: out.length, start, end: start + raw.length, text: raw, norm, gap: text.slice(last, start), map, proclitic: procliticStemsOf(norm)});
		last = start + raw.length;
	}
	return out;
}
