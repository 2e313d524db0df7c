// A directory ingest's second pass gives the dataset builder each article's
// facetArticle (read back from JSON in its spill row) instead of the article:
// the dataset built from those must be the one built from the articles.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createDatasetBuilder} from '../../source/dataset/build/builder.js';
import type {FacetArticle} from '../../source/dataset/build/counts.js';
import {facetArticle} from '../../source/dataset/build/facet-article.js';
import {toJsonDataset} from '../../source/dataset/build/to-json.js';
import type {Article} from '../../source/dataset/schema.js';
import {discoveredInfo, mergeDiscovered} from '../../source/ingest/extract/discover/corpus.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {articleMentions, builderDeps, parseArticle, serializeDataset} from '../../source/ingest/pipeline.js';
import {readArticle} from '../../source/ingest/read.js';
import {listArticleFiles, readManifest} from '../../source/ingest/run.js';

const lex = loadLexicons();
const CORPORA = [
	'data/raw',
	'tests/fixtures/pages',
	'tests/fixtures/shapes',
	'tests/fixtures/crisis2',
	'tests/fixtures/discover',
	'tests/fixtures/events',
	'tests/fixtures/crisis',
	'tests/fixtures/heldout',
];

function corpus(folder: string): Article[] {
	const manifest = listArticleFiles(folder).includes('manifest.json') ? readManifest(join(folder, 'manifest.json')) : {};
	const parsed = listArticleFiles(folder).flatMap(file => {
		const read = readArticle(join(folder, file), file);
		return read.ok ? [parseArticle(read.article, manifest, lex)] : [];
	});
	return mergeDiscovered(parsed.sort((a, b) => a.id.localeCompare(b.id)));
}

/** The JSON dataset built from the articles, each given to the builder as `view` makes it. */
function built(articles: Article[], view: (a: Article) => FacetArticle): string {
	const builder = createDatasetBuilder(builderDeps(lex, discoveredInfo(articles)));
	for (const a of articles) builder.add(view(a), articleMentions(a, lex));
	const b = builder.finish();
	// With how each actor is written (the directory layout keeps it; the JSON one reads it from the sentences).
	const spellings = b.spellings.map(s => [s.actor, s.text, [...s.sentences]]);
	return `${serializeDataset(toJsonDataset(b, articles))}\n${JSON.stringify(spellings)}`;
}

describe('what the dataset builder reads of an article', () => {
	for (const folder of CORPORA)
		it(`builds the same dataset as the articles themselves: ${folder}`, () => {
			const articles = corpus(folder);
			expect(articles.length).toBeGreaterThan(2);
			expect(built(articles, a => JSON.parse(JSON.stringify(facetArticle(a))) as FacetArticle)).toBe(built(articles, a => a));
		});

	it('keeps the head whole and leaves the texts out', () => {
		const [a] = corpus('data/raw');
		const facets = facetArticle(a!);
		const {sentences, boilerplate, captions, ...head} = a!;
		const {sentences: thin, ...facetHead} = facets;
		expect(Object.keys(facetHead)).toEqual(Object.keys(head));
		expect(facetHead).toEqual(head);
		expect(thin).toHaveLength(sentences.length);
		expect(JSON.stringify(facets)).not.toContain(sentences[1]!.text);
		expect(JSON.stringify(facets).length).toBeLessThan(JSON.stringify(a).length / 2);
		expect([boilerplate, captions]).toBeDefined();
	});
});
