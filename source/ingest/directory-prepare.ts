// The per-article half of a directory ingest: everything that depends on one
// article alone (validation, its ndjson line, each sentence's search text and
// event mentions) is done here, in the parse worker that parsed it. The main
// thread only numbers and accumulates; doing this there made it the
// bottleneck of a parallel ingest (three times the CPU of each worker).
import type {Article} from '../dataset/schema.js';
import {Article as ArticleSchema} from '../dataset/schema.js';
import {schemaOrder} from '../dataset/build/schema-order.js';
import {searchText, searchTextOf} from '../search/normalise-text.js';
import type {Mention} from './events/mentions.js';
import {articleMentions, type Lexicons} from './pipeline.js';
import type {LineBytes} from '../util/read-lines.js';
import {type DiscoveredView, type Merges, renameDiscovered, renamesAnyone} from './extract/discover/corpus.js';
import type {FacetArticle} from '../dataset/build/counts.js';
import {parseMentionRecords} from './mention-records.js';

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
	/**
	 * `line` in UTF-8, when the caller has it already: the spill row's last
	 * field, read back unchanged (spilledArticle). Written as it is, not
	 * encoded again from `line`.
	 */
	lineBytes?: Uint8Array;
};

/**
 * `mentions`: the article's, when the caller has found them already (articleMentions of the same article).
 * `normalised`: each sentence's normalised text, when the caller has it (parseArticle's).
 */
export function prepareDirectoryArticle(
	parsed: Article,
	lex: Pick<Lexicons, 'events' | 'world'>,
	mentions?: Mention[],
	normalised?: readonly string[],
): PreparedArticle {
	const article = inSchemaOrder(parsed);
	if (normalised && normalised.length !== article.sentences.length)
		throw new Error(`${article.id}: ${normalised.length} normalised texts for ${article.sentences.length} sentences`);
	const norms: string[] = [];
	article.sentences.forEach((s, i) => {
		if (s.index !== i) throw new Error(`${article.id}: sentence ${i} has index ${s.index}; the directory layout numbers sentences by position`);
		norms.push(normalised ? searchTextOf(normalised[i]!) : searchText(s.text));
	});
	return {article, line: `${JSON.stringify(article)}\n`, norms, mentions: mentions ?? articleMentions(article, lex)};
}

/**
 * A spill row read back whole: the article under the corpus's merged names,
 * prepared again only if the merge renamed anyone in it (its line and
 * mentions carry the names). The second pass and the link worker read a row
 * so only when its digest says the merges rename someone in it (spilledRow,
 * spillRow); the rest they read without parsing the line.
 *
 * Read from the row's bytes (readLineBytes: buf[start, end), buf[end] its
 * newline, which is also its ndjson line's): decoding the whole row to one
 * string and encoding the line again to write it were ~2.3 s of the main
 * thread's ~10 s second pass at 10k articles (a profile). The line's bytes
 * (lineBytes) are valid until the next row is read. `mentions`: false when
 * events are linked elsewhere (the link worker); the article then comes
 * without them.
 */
export function spilledArticle(
	{buf, start, end, newline}: LineBytes,
	merges: Merges,
	lex: Pick<Lexicons, 'events' | 'world'>,
	mentions = true,
): PreparedArticle {
	const [, t2, t3, , t5, t6] = rowTabs(buf, start, end);
	// The row's newline ends its line; a last row without one (never written so) gets one.
	const line = newline ? buf.toString('utf8', t6 + 1, end + 1) : `${buf.toString('utf8', t6 + 1, end)}\n`;
	const lineBytes = newline ? buf.subarray(t6 + 1, end + 1) : Buffer.from(line);
	const article = JSON.parse(line) as Article;
	const renamed = renameDiscovered(article, merges);
	// Renamed, its mentions are found again (they carry the names), unless they are not wanted.
	if (renamed !== article) return prepareDirectoryArticle(renamed, lex, mentions ? undefined : []);
	return {
		article,
		line,
		lineBytes,
		norms: JSON.parse(buf.toString('utf8', t5 + 1, t6)) as string[],
		mentions: mentions ? parseMentionRecords(buf, t2 + 1, t3) : [],
	};
}

/**
 * An article as the directory builder takes it (directory.ts createDirectoryBuilder): what the dataset builder
 * reads of it, what it discovered (null: nothing), its norms and mentions, and its ndjson line in UTF-8.
 */
export type DirectoryRow = {article: FacetArticle; discovered: DiscoveredView | null; norms: string[]; mentions: Mention[]; lineBytes: Uint8Array};

/** A prepared article as the directory builder takes it. */
export function directoryRow(prepared: PreparedArticle): DirectoryRow {
	const {article, norms, mentions} = prepared;
	return {article, discovered: article, norms, mentions, lineBytes: prepared.lineBytes ?? Buffer.from(prepared.line)};
}

/**
 * A spill row read back by the second pass: its line is not decoded, the
 * builder reads its facetArticle instead (dataset/build/facet-article.ts),
 * unless the corpus's merges rename someone in it (its digest says so,
 * discoveredDigest): then the article is parsed, renamed and prepared again
 * (its line and mentions carry the names). The line's bytes are the
 * buffer's, valid until the next row is read. `mentions`: false when events
 * are linked elsewhere (the link worker); the row then comes without them.
 */
export function spilledRow(row: LineBytes, merges: Merges, lex: Pick<Lexicons, 'events' | 'world'>, mentions = true): DirectoryRow {
	const {buf, start, end, newline} = row;
	const [, t2, t3, t4, t5, t6] = rowTabs(buf, start, end);
	const discovered = digestBetween(buf, t3, t4);
	if (discovered && renamesAnyone(discovered, merges)) return directoryRow(spilledArticle(row, merges, lex, mentions));
	return {
		article: JSON.parse(buf.toString('utf8', t4 + 1, t5)) as FacetArticle,
		discovered,
		norms: JSON.parse(buf.toString('utf8', t5 + 1, t6)) as string[],
		mentions: mentions ? parseMentionRecords(buf, t2 + 1, t3) : [],
		// The row's newline ends its line; a last row without one (never written so) gets one.
		lineBytes: newline ? buf.subarray(t6 + 1, end + 1) : Buffer.concat([buf.subarray(t6 + 1, end), NEWLINE]),
	};
}

const NEWLINE = Buffer.from('\n');
const TAB = 9;

/** The offsets of a spill row's six tabs (spill-files.ts SpillWriter.write); throws when it has fewer. */
function rowTabs(buf: Buffer, start: number, end: number): [number, number, number, number, number, number] {
	const t1 = buf.indexOf(TAB, start);
	const t2 = buf.indexOf(TAB, t1 + 1);
	const t3 = buf.indexOf(TAB, t2 + 1);
	const t4 = buf.indexOf(TAB, t3 + 1);
	const t5 = buf.indexOf(TAB, t4 + 1);
	const t6 = buf.indexOf(TAB, t5 + 1);
	if (t1 === -1 || t2 === -1 || t3 === -1 || t4 === -1 || t5 === -1 || t6 === -1 || t6 >= end) throw new Error('a spill row without its seven fields');
	return [t1, t2, t3, t4, t5, t6];
}

/**
 * A spill row as the link worker reads it: its sentence count, its article's
 * id and publication date, where its mentions' records are (buf[from, to),
 * mention-records.ts), and what its article has discovered (discoveredDigest;
 * null when nothing). Its norms and line are not decoded.
 */
export type SpillRowHead = {sentences: number; article: string; published: string | null; from: number; to: number; discovered: DiscoveredView | null};

export function spillRow(buf: Buffer, start: number, end: number): SpillRowHead {
	const [t1, t2, t3, t4] = rowTabs(buf, start, end);
	const [article, published] = JSON.parse(buf.toString('utf8', t1 + 1, t2)) as [string, string | null];
	const discovered = digestBetween(buf, t3, t4);
	return {sentences: Number(buf.toString('latin1', start, t1)), article, published, from: t2 + 1, to: t3, discovered};
}

/** The row's discoveredDigest, between the tabs at `from` and `to` (empty: nothing discovered). */
function digestBetween(buf: Buffer, from: number, to: number): DiscoveredView | null {
	return to > from + 1 ? (JSON.parse(buf.toString('utf8', from + 1, to)) as DiscoveredView) : null;
}
