// The bench's floor and skeleton (issue 21) scan with bench/lib/aho-corasick.ts;
// a reference that misses matches would flatter the ratio. Checked against a
// naive search (every term at every position) on random strings.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildAutomaton, scan} from '../../bench/lib/aho-corasick.js';

function naive(terms: string[], text: string): string[] {
	const out: string[] = [];
	for (const [id, t] of terms.entries()) {
		if (terms.indexOf(t) !== id) continue; // a duplicate term reports under its first id
		for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) out.push(`${id}:${i}:${i + t.length}`);
	}
	return out.sort();
}

function found(terms: string[], text: string): string[] {
	const out: string[] = [];
	scan(buildAutomaton(terms), text, (id, s, e) => out.push(`${id}:${s}:${e}`));
	return out.sort();
}

describe('Aho–Corasick automaton', () => {
	it('finds overlapping and nested terms in Arabic text', () => {
		const terms = ['ناتو', 'الناتو', 'تو', 'روسيا'];
		expect(found(terms, 'والناتو وروسيا')).toEqual(naive(terms, 'والناتو وروسيا'));
		expect(found(terms, 'والناتو وروسيا')).toHaveLength(4);
	});
	it('reports every occurrence a naive search does, on random strings over a small alphabet', () => {
		const letter = fc.constantFrom('ا', 'ب', 'ت', 'ن', ' ');
		const word = fc.array(letter, {minLength: 1, maxLength: 5}).map(a => a.join(''));
		fc.assert(
			fc.property(fc.array(word, {minLength: 1, maxLength: 12}), fc.array(letter, {maxLength: 60}), (terms, chars) => {
				const text = chars.join('');
				expect(found(terms, text)).toEqual(naive(terms, text));
			}),
			{numRuns: 300, seed: 21},
		);
	});
});
