// Keeps the fast path of discovery honest (issue 21): the article pass
// (people, organisations, roles, the names laid over the lexicon, the
// sentences handed to extraction) must be what the old, simple
// implementation (discover-reference/, main at c220436) gives, on the seeds,
// on the fixture corpora discovery was tuned and held out on, on a generated
// corpus, and on articles assembled at random from their sentences and words
// with names, titles and head nouns from the data files (contexts no corpus
// has: a title before a surname, a verb before a compound name, a colon…).
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {discoverArticle} from '../../source/ingest/extract/discover/article.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {ingestFolder} from '../../source/ingest/run.js';
import type {Lexicon} from '../../source/lexicon/load.js';
import {fingerprint} from './discover-compare.js';
import {discoverArticle as referenceDiscover} from './discover-reference.js';

// Places no gazetteer lists (discover/places.ts) came after the reference was
// kept: both sides run without place heads, so this compares the fast path on
// everything the reference does; tests/extract/discover-places.test.ts tests the places.
const loaded = loadLexicons().entities;
const lexicon: Lexicon = {...loaded, discovery: {...loaded.discovery, placeHeads: new Map()}};

/** Every article of a folder as the pipeline hands it to discovery: its sentences' texts. */
async function articlesOf(dir: string): Promise<string[][]> {
	const manifest = join(dir, 'manifest.json');
	const {dataset} = await ingestFolder(dir, {jobs: 1, ...(existsSync(manifest) ? {manifestPath: manifest} : {})});
	return dataset.articles.map(a => a.sentences.map(s => s.text));
}

const same = (texts: string[]) =>
	expect(fingerprint(discoverArticle(texts, lexicon), lexicon)).toEqual(fingerprint(referenceDiscover(texts, lexicon), lexicon));

const CORPORA = [
	'data/raw',
	'tests/fixtures/discover',
	'tests/fixtures/discover2',
	'tests/fixtures/discover3',
	'tests/fixtures/crisis',
	'tests/fixtures/crisis-b',
	'tests/fixtures/crisis2',
	'tests/fixtures/heldout',
	'tests/fixtures/heldout2',
];
const corpora = new Map<string, string[][]>();
let generatedDir = '';

beforeAll(async () => {
	for (const dir of CORPORA) corpora.set(dir, await articlesOf(dir));
	generatedDir = mkdtempSync(join(tmpdir(), 'discover-diff-'));
	writeCorpus({articles: 40, out: generatedDir, seed: 2112});
	corpora.set('generated', await articlesOf(generatedDir));
}, 300_000);

afterAll(() => {
	if (generatedDir) rmSync(generatedDir, {recursive: true, force: true});
});

describe('discovery: the fast path gives what the reference gives', () => {
	it.each([...CORPORA, 'generated'])('%s, article by article', dir => {
		const articles = corpora.get(dir)!;
		// A corpus that read as nothing would compare nothing.
		expect(articles.length).toBeGreaterThan(0);
		for (const texts of articles) same(texts);
	});

	it('finds people and organisations in what it compares (the comparison is not of empty results)', () => {
		const all = [...corpora.values()].flat();
		const found = all.map(texts => discoverArticle(texts, lexicon));
		expect(found.filter(d => d.people.length > 0).length).toBeGreaterThan(10);
		expect(found.filter(d => d.organizations.length > 0).length).toBeGreaterThan(10);
	});

	it('on articles assembled at random from those sentences and words, and names, titles and heads from the data', () => {
		const sentences = [...corpora.values()].flat(2);
		const corpusWords = [...new Set(sentences.flatMap(s => s.split(/\s+/)).filter(w => w.length > 0))];
		const titles = JSON.parse(readFileSync('data/lexicon/titles.json', 'utf8')) as {titles: Array<{ar: string[]}>; nicknameCues: string[]};
		const heads = JSON.parse(readFileSync('data/lexicon/organization-heads.json', 'utf8')) as {heads: Array<{ar: string[]}>; portfolios: Array<{ar: string[]}>};
		const given = JSON.parse(readFileSync('data/gazetteer/given-names.json', 'utf8')) as Array<{ar: string}>;
		const particles = JSON.parse(readFileSync('data/gazetteer/name-particles.json', 'utf8')) as {surnames: Array<{ar: string}>; particles: Array<{ar: string}>};
		const dataWords = [
			...titles.titles.flatMap(t => t.ar),
			...titles.nicknameCues,
			...heads.heads.flatMap(h => h.ar),
			...heads.portfolios.flatMap(p => p.ar),
			...given.map(g => g.ar),
			...particles.surnames.map(s => s.ar),
			...particles.particles.map(p => p.ar),
			'قال',
			'وأكد',
			'قد',
			'RSF',
			'السوداني',
			'المصرية',
		];
		const word = fc.oneof(fc.constantFrom(...corpusWords), fc.constantFrom(...dataWords));
		const gap = fc.constantFrom(' ', ' ', ' ', '، ', ': ', ':', ' (', ') ', ' - ', '\n', ' «', '» ', '. ', '؛ ');
		const assembled = fc.array(fc.tuple(word, gap), {minLength: 1, maxLength: 24}).map(parts =>
			parts
				.map(([w, g]) => w + g)
				.join('')
				.trim(),
		);
		const sentence = fc.oneof(fc.constantFrom(...sentences), assembled);
		fc.assert(
			fc.property(fc.array(sentence, {minLength: 1, maxLength: 8}), texts => {
				same(texts);
			}),
			{numRuns: 300, seed: 21},
		);
	});
});
