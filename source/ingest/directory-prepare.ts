// The per-article half of a directory ingest: everything that depends on one
// article alone (validation, its ndjson line, each sentence's search text and
// event mentions) is done here, in the parse worker that parsed it. The main
// thread only numbers and accumulates; doing this there made it the
// bottleneck of a parallel ingest (three times the CPU of each worker).
import type {Article} from '../dataset/schema.js';
import {Article as ArticleSchema} from '../dataset/schema.js';
import {searchText} from '../search/normalise-text.js';
import {sentenceMentions, type Mention} from './events/mentions.js';
import type {Lexicons} from './pipeline.js';

export type PreparedArticle = {
	/** Validated, in the key order a loaded JSON dataset has (so it serialises the same way). */
	article: Article;
	/** Its articles.ndjson line, newline included. */
	line: string;
	/** searchText of each sentence, in order. */
	norms: string[];
	/** Event mentions, with `order` the sentence's index in the article (the builder adds the article's first sentence number). */
	mentions: Mention[];
};

export function prepareDirectoryArticle(parsed: Article, lex: Pick<Lexicons, 'events' | 'world'>): PreparedArticle {
	const article = ArticleSchema.parse(parsed);
	const norms: string[] = [];
	const mentions: Mention[] = [];
	article.sentences.forEach((s, i) => {
		if (s.index !== i) throw new Error(`${article.id}: sentence ${i} has index ${s.index}; the directory layout numbers sentences by position`);
		norms.push(searchText(s.text));
		for (const m of sentenceMentions(s, {article: article.id, order: i, published: article.published}, lex.events, lex.world)) mentions.push(m);
	});
	return {article, line: `${JSON.stringify(article)}\n`, norms, mentions};
}
