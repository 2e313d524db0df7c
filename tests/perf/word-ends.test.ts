// word-ends.ts lets a token through to a lookup by its stems only when its
// ending could be a key's. It must never turn away a token that has a stem
// among the keys (readings.proclitic: procliticStems; readings.stems: the
// gazetteer's, with its ل + ال rule), whatever the keys and the token.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {tokenize} from '../../source/arabic/gazetteer.js';
import {normalise} from '../../source/arabic/normalise.js';
import {mayEndIn, wordEndsOf} from '../../source/ingest/extract/word-ends.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';

const letters = ['ا', 'ل', 'و', 'ف', 'ب', 'ك', 'م', 'ن', 'ه', 'ي', 'ر', 'د', 'س', 'ت', 'ء', 'ى', 'ة', 'أ', '1', 'a'];
const word = fc.array(fc.constantFrom(...letters), {minLength: 1, maxLength: 7}).map(cs => cs.join(''));

/** Does any reading of the token reach a key? */
function reaches(norm: string, keys: Set<string>): boolean {
	const [tok] = tokenize(norm);
	if (!tok) return false;
	return tok.readings.proclitic.some(s => keys.has(s.stem)) || tok.readings.stems.some(s => keys.has(s.stem));
}

describe('word-ends filter', () => {
	it('lets through every token a key can be read in (random keys and tokens)', () => {
		fc.assert(
			fc.property(
				fc.array(word, {minLength: 1, maxLength: 12}),
				fc.array(fc.tuple(fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل', 'ول'), word), {maxLength: 20}),
				(keyList, tokens) => {
					const keys = new Set(keyList.map(k => normalise(k)).filter(Boolean));
					const owner = {};
					const ends = wordEndsOf(owner, keys);
					// Keys themselves, with and without proclitics, and random words.
					for (const t of [
						...keys,
						...tokens.map(([p, w]) => normalise(p + w)),
						...[...keys].map(k => normalise('لل' + k)),
						...[...keys].map(k => normalise('ول' + k)),
					]) {
						if (!t) continue;
						const norm = tokenize(t)[0]?.norm;
						if (norm && reaches(norm, keys)) expect(mayEndIn(norm, ends), `${norm} of ${[...keys].join(',')}`).toBe(true);
					}
				},
			),
			{numRuns: 500, seed: 11},
		);
	});

	it('lets through every word of a sentence that holds an anonymous head', () => {
		const lexicon = loadLexicons().entities;
		const ends = wordEndsOf(lexicon.anonHeads, lexicon.anonHeads);
		const heads = new Set(lexicon.anonHeads.keys());
		for (const h of lexicon.files.sources.heads.flatMap(x => x.ar)) {
			for (const p of ['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'لل', 'ولل']) {
				for (const tok of tokenize(p + h)) if (reaches(tok.norm, heads)) expect(mayEndIn(tok.norm, ends), tok.norm).toBe(true);
			}
		}
	});

	it('turns away words no key ends like (it must be able to say no)', () => {
		const keys = new Set(['مصدر', 'اب']);
		const ends = wordEndsOf({}, keys);
		expect(mayEndIn('كتاب', ends)).toBe(true);
		expect(mayEndIn('ومصدر', ends)).toBe(true);
		expect(mayEndIn('حكومه', ends)).toBe(false);
		expect(mayEndIn('قال', ends)).toBe(false);
	});

	it('keeps a two-letter ا key by its last letter (لل reads as ال)', () => {
		const keys = new Set(['ال']);
		expect(reaches('لل', keys)).toBe(true);
		expect(mayEndIn('لل', wordEndsOf({}, keys))).toBe(true);
		expect(mayEndIn('ولل', wordEndsOf({}, keys))).toBe(true);
	});

	it('is made again when the keys grow', () => {
		const owner = {};
		const keys = new Set(['مصدر']);
		expect(mayEndIn('قال', wordEndsOf(owner, keys))).toBe(false);
		keys.add('قال');
		expect(mayEndIn('قال', wordEndsOf(owner, keys))).toBe(true);
	});
});
