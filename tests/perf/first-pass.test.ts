// Keeps the article's first pass honest (issue 21) where discover.test.ts
// cannot see it: that test's oracle tokenises and matches with the code under
// test, and runs without place heads. Here the tokenizer (one code-unit loop,
// interned word forms) is held to the plainest tokenizer there is (a Unicode
// regex, first-pass-reference/tokenize.ts), the entity scan (a one-word match
// reusing the token's text, the spelling check skipped where no target asks
// it) to entities-reference's matchEntities, and discovered places (place
// heads read from the word-facts table) to main's findPlaces, on the seeds, the
// fixture corpora, a generated corpus and random text. Any drift fails here.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {aliasTokens, newVolatileTrie, scan, startsIn, trieInsert, type Token, tokenize} from '../../source/arabic/gazetteer.js';
import {clean} from '../../source/ingest/clean.js';
import {sentenceParts} from '../../source/ingest/extract/discover/sentence.js';
import {findPlaces} from '../../source/ingest/extract/discover/places.js';
import {matchEntities} from '../../source/ingest/extract/entities.js';
import {prepareArticle} from '../../source/ingest/extract/index.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {withStatedTitle} from '../../source/ingest/input/title.js';
import {splitSentences} from '../../source/ingest/sentences.js';
import * as reference from './first-pass-reference.js';
import {matchEntities as referenceMatchEntities} from './entities-reference/entities.js';
import {scan as memoFreeScan} from './entities-reference/gazetteer.js';

const root = join(import.meta.dirname, '..', '..');
const lex = loadLexicons();
const lexicon = lex.entities;

/** Every article of a folder as ingest cuts it: its sentences' texts. */
function articlesOf(dir: string): string[][] {
	return readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort()
		.map(f => {
			const raw = {id: f.replace(/\.txt$/, ''), file: f, text: readFileSync(join(dir, f), 'utf8')};
			return splitSentences(withStatedTitle(clean(raw, lex.boilerplate, lexicon.agencies), raw)).map(s => s.text);
		});
}

/** A token as the oracle writes it: its fields, and its readings' proclitic stems. */
const plain = (tokens: Token[]) =>
	tokens.map(t => ({index: t.index, start: t.start, end: t.end, text: t.text, norm: t.norm, gap: t.gap, map: t.map, proclitic: t.readings.proclitic}));

const articles: string[][] = [];
let generatedDir = '';

beforeAll(() => {
	const fixtures = join(root, 'tests', 'fixtures');
	const dirs = [
		join(root, 'data', 'raw'),
		...readdirSync(fixtures, {withFileTypes: true})
			.filter(d => d.isDirectory())
			.map(d => join(fixtures, d.name)),
	];
	for (const dir of dirs) articles.push(...articlesOf(dir));
	generatedDir = mkdtempSync(join(tmpdir(), 'first-pass-'));
	writeCorpus({articles: 60, out: generatedDir, seed: 2126});
	articles.push(...articlesOf(generatedDir));
}, 120_000);

afterAll(() => {
	if (generatedDir) rmSync(generatedDir, {recursive: true, force: true});
});

// Code units that test every branch of the tokenizer: Arabic letters, harakat, tatweel, both digit sets, Latin,
// punctuation and spaces, a letter outside the BMP (a surrogate pair that is a word's), an emoji (a pair that is
// not), lone surrogates of both halves, a mark alone.
const UNITS = [
	'ا',
	'ل',
	'و',
	'ف',
	'ب',
	'ة',
	'ى',
	'أ',
	'ؤ',
	'\u064e',
	'\u0651',
	'\u0640',
	'1',
	'٢',
	'a',
	'Z',
	' ',
	' ',
	'، ',
	'.',
	':',
	'\n',
	'(',
	'«',
	'\u{1d400}',
	'\u{1f600}',
	'\ud835',
	'\udc00',
	'\u0301',
];

describe('the first pass: the fast code says what the plain code says', () => {
	it('tokenises every sentence of the seeds, the fixtures and a generated corpus as the plain tokenizer does', () => {
		const sentences = articles.flat();
		expect(sentences.length).toBeGreaterThan(1000);
		for (const text of sentences) expect(plain(tokenize(text)), text).toEqual(reference.tokenize(text));
		// A second reading finds every word in the interned table: the same tokens.
		for (const text of sentences.slice(0, 500)) expect(plain(tokenize(text)), text).toEqual(reference.tokenize(text));
	});

	it('tokenises random text (surrogates, marks, tatweel, digits, punctuation) as the plain tokenizer does', () => {
		fc.assert(
			fc.property(fc.string({unit: fc.constantFrom(...UNITS), maxLength: 80}), text => {
				expect(plain(tokenize(text))).toEqual(reference.tokenize(text));
			}),
			{numRuns: 3000, seed: 2126},
		);
	});

	it('keeps tokenising right past the interned table growing and starting again (tens of thousands of distinct words)', () => {
		const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
		let state = 7;
		const next = () => {
			state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
			return state;
		};
		const word = () => {
			let w = '';
			for (let k = 2 + (next() % 6); k > 0; k--) w += letters[next() % letters.length];
			return w;
		};
		for (let s = 0; s < 4000; s++) {
			const text = Array.from({length: 20}, word).join(s % 3 ? ' ' : '، ');
			expect(plain(tokenize(text))).toEqual(reference.tokenize(text));
		}
	});

	it('matches the lexicon and the article names in every sentence as the old matchEntities did', () => {
		let matched = 0;
		for (const texts of articles) {
			const article = prepareArticle(texts, lexicon);
			for (const text of texts) {
				const tokens = tokenize(text);
				const fast = matchEntities(tokens, text, lexicon);
				expect(JSON.stringify(fast), text).toBe(JSON.stringify(referenceMatchEntities(tokens, text, lexicon)));
				// With the article's own names laid over the lexicon.
				const layered = matchEntities(tokens, text, article.lexicon);
				expect(JSON.stringify(layered), text).toBe(JSON.stringify(referenceMatchEntities(tokens, text, article.lexicon)));
				matched += fast.length;
			}
		}
		expect(matched).toBeGreaterThan(1000);
	});

	it("scans an article's own trie as the memo-free scan does, through inserts and from one trie to the next", () => {
		// The words of an article trie are remembered per word form and stamped with the trie's number
		// (Readings.volatileSlot); an insert, or the next article's trie, must never read a stale answer.
		const sentences = articles.flat().slice(0, 400);
		const words = [...new Set(sentences.flatMap(s => s.split(/\s+/)).filter(w => w.length > 1))];
		let found = 0;
		fc.assert(
			fc.property(
				fc.array(fc.integer({min: 0, max: sentences.length - 1}), {minLength: 2, maxLength: 6}),
				fc.array(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 6}),
				fc.array(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 6}),
				(picked, first, later) => {
					const texts = picked.map(k => sentences[k]!);
					// The aliases are words of the sentences read, so they match (prefixes and all).
					for (const t of texts.slice(0, 2)) for (const w of t.split(/\s+/).slice(0, 2)) first.push([w]);
					const trie = newVolatileTrie<string>();
					for (const alias of first) trieInsert(trie, aliasTokens(alias.join(' ')), alias.join(' '));
					const check = () => {
						for (const text of texts) {
							const tokens = tokenize(text);
							const fast = scan(tokens, trie, text);
							expect(JSON.stringify(fast), text).toBe(JSON.stringify(memoFreeScan(tokens, trie, text)));
							for (const t of tokens) expect(startsIn(trie, t), t.text).toBe(t.readings.stems.some(s => trie.children.has(s.stem)));
							found += fast.length;
						}
					};
					check();
					check(); // read from the stamps the first filled
					for (const alias of later) trieInsert(trie, aliasTokens(alias.join(' ')), `later ${alias.join(' ')}`);
					check(); // an insert gives the trie a new stamp: nothing stale is read
					// Another trie (the next article's) with none of these names: no answer of the first is read for it.
					const other = newVolatileTrie<string>();
					trieInsert(other, aliasTokens(later[0]!.join(' ')), 'other');
					for (const text of texts) {
						const tokens = tokenize(text);
						expect(JSON.stringify(scan(tokens, other, text)), text).toBe(JSON.stringify(memoFreeScan(tokens, other, text)));
					}
				},
			),
			{numRuns: 300, seed: 2127, endOnFailure: true},
		);
		expect(found).toBeGreaterThan(300);
	});

	it('finds the places no gazetteer lists as main did (place heads on), in the corpora and in random sentences', () => {
		let found = 0;
		const sentences = articles.flat();
		for (const [i, text] of sentences.entries()) {
			const parts = sentenceParts(i, text, lexicon);
			const fast = findPlaces(parts, lexicon);
			expect(fast, text).toEqual(reference.findPlaces(parts, lexicon));
			found += fast.length;
		}
		expect(found).toBeGreaterThan(10);
		const titles = JSON.parse(readFileSync(join(root, 'data', 'lexicon', 'titles.json'), 'utf8')) as {
			placeHeads: Array<{ar: string[]}>;
			toponymStarters?: string[];
		};
		const heads = titles.placeHeads.flatMap(h => h.ar);
		const words = [...new Set(sentences.flatMap(s => s.split(/\s+/)).filter(w => w.length > 0))];
		// Known names that start with a head (وادي حضرموت): the head is the name's, no place of its own.
		const headSet = new Set(heads);
		const headed = [...lexicon.files.places, ...lexicon.files.organizations]
			.flatMap(e => [e.nameAr, ...e.aliases])
			.filter(n => headSet.has(n.split(/\s+/)[0]!) && n.includes(' '));
		expect(headed.length).toBeGreaterThan(0);
		const word = fc.oneof(
			fc.constantFrom(...words),
			fc.constantFrom(...heads),
			fc.constantFrom(...headed),
			fc.constantFrom('المكلا', 'والشحر', 'فوة', 'الزيتون', 'في', 'من', 'وادي'),
		);
		const prefix = fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'وب', 'ال');
		const gap = fc.constantFrom(' ', ' ', ' ', '، ', '. ', ' (', ') ', '\n');
		fc.assert(
			fc.property(fc.array(fc.tuple(prefix, word, gap), {minLength: 1, maxLength: 16}), items => {
				const text = items
					.map(([p, w, g]) => p + w + g)
					.join('')
					.trim();
				const parts = sentenceParts(0, text, lexicon);
				expect(findPlaces(parts, lexicon)).toEqual(reference.findPlaces(parts, lexicon));
			}),
			{numRuns: 1000, seed: 21},
		);
	});
});
