// The per-article half of a directory ingest: everything that depends on one
// article alone (validation, its ndjson line, each sentence's search text and
// event mentions) is done here, in the parse worker that parsed it. The main
// thread only numbers and accumulates; doing this there made it the
// bottleneck of a parallel ingest (three times the CPU of each worker).
import type {Article} from '../dataset/schema.js';
import {Article as ArticleSchema} from '../dataset/schema.js';
import {schemaOrder} from '../dataset/build/schema-order.js';
import {searchText} from '../search/normalise-text.js';
import type {Mention} from './events/mentions.js';
import {articleMentions, type Lexicons} from './pipeline.js';
import {discoveredRefs, type PersonRef} from './extract/discover/corpus.js';

/**
 * The article in the schema's key order. The pipeline built it, so it is not
 * validated again (that was a zod parse of every article; datasets are
 * validated where they are read back, dataset/load.ts).
 */
const inSchemaOrder = schemaOrder(ArticleSchema);

export type PreparedArticle = {
	/** In the key order a loaded JSON dataset has (so it serialises the same way). */
	article: Article;
	/** Its articles.ndjson line, newline included. */
	line: string;
	/** searchText of each sentence, in order. */
	norms: string[];
	/** Event mentions, with `order` the sentence's index in the article (the builder adds the article's first sentence number). */
	mentions: Mention[];
};

/** `mentions`: the article's, when the caller has found them already (articleMentions of the same article). */
export function prepareDirectoryArticle(parsed: Article, lex: Pick<Lexicons, 'events' | 'world'>, mentions?: Mention[]): PreparedArticle {
	const article = inSchemaOrder(parsed);
	const norms: string[] = [];
	article.sentences.forEach((s, i) => {
		if (s.index !== i) throw new Error(`${article.id}: sentence ${i} has index ${s.index}; the directory layout numbers sentences by position`);
		norms.push(searchText(s.text));
	});
	return {article, line: `${JSON.stringify(article)}\n`, norms, mentions: mentions ?? articleMentions(article, lex)};
}

/**
 * A prepared article as the directory ingest's first pass keeps it: its
 * spill-file row (the norms and mentions as JSON, a tab, its ndjson line; JSON
 * has no raw tab) in UTF-8, and the discovered people it mentions (what the
 * corpus-wide merge reads). A parse worker sends this, the row as a
 * transferred buffer, so the main thread writes it without parsing or
 * serialising the article: at 10k articles that decoding and encoding kept
 * the main thread ~45% busy during the parse, on cores the workers share.
 */
export type SpilledArticle = {row: Uint8Array; people: PersonRef[]};

export function spillArticle(prepared: PreparedArticle): SpilledArticle {
	const {article, line, norms, mentions} = prepared;
	const text = `${JSON.stringify({norms, mentions})}\t${line}`;
	// Not from Buffer's shared pool: a transferred buffer is taken from its sender.
	const row = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
	row.write(text, 'utf8');
	return {row, people: discoveredRefs(article)};
}
