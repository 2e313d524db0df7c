// raw text → clean → sentences → extract → link events → dataset. Every stage
// is a pure function over plain objects; this module only threads them
// together (the dataset itself is assembled by dataset/build, the same
// builder a directory ingest streams into). The file system is touched in
// run.ts alone.
import type {Article, Dataset, Sentence} from '../dataset/schema.js';
import {createDatasetBuilder, type BuilderDeps, type IngestSummary} from '../dataset/build/builder.js';
import {toJsonDataset} from '../dataset/build/to-json.js';
import {type ArticleTexts, type JsonChunks, sortedJson, sortedJsonChunks} from '../dataset/build/sorted-json.js';
import type {ArticleBytes} from '../dataset/build/article-json.js';
import type {Calendar} from './calendar.js';
import {normaliseWithMap} from '../arabic/normalise.js';
import {clean} from './clean.js';
import {linkMentions} from './events/link.js';
import {sentencesMentions, type Mention} from './events/mentions.js';
import type {EventLexicon, EventWorld} from './events/types.js';
import {extractDates} from './extract/dates.js';
import {type ExtractedEntities, extractEntities, prepareArticle, type PreviousVoice} from './extract/index.js';
import {type DiscoveredInfo, discoveredInfo, mergeDiscovered, withDiscoveredNames} from './extract/discover/corpus.js';
import {storyDates} from './extract/story-dates.js';
import {extractLatinDates, isLatinSentence} from './extract/latin/dates.js';
import {extractLatinEntities} from './extract/latin/index.js';
import {extractNumbers} from './extract/numbers.js';
import {detectPublished} from './published.js';
import {splitSentences} from './sentences.js';
import type {Manifest, RawArticle} from './types.js';
import type {Lexicon} from '../lexicon/load.js';
import type {Token} from '../arabic/gazetteer.js';
import type {BoilerplateLexicon} from './clean.js';
import {actorInfo, entityInfo} from './lexicons.js';
import type {OutletTable} from './input/outlet-by-domain.js';
import {statedFacts} from './input/stated.js';
import {withStatedTitle} from './input/title.js';

export type Lexicons = {
	entities: Lexicon;
	calendar: Calendar;
	boilerplate: BoilerplateLexicon;
	events: EventLexicon;
	world: EventWorld;
	/** Domain → outlet (data/lexicon/outlets.json; empty without it). */
	outlets: OutletTable;
};

/**
 * One article through clean, sentences and extraction (events are linked across articles later).
 * `normalised`: when given, each sentence's normalised text is pushed onto it, in order (a directory
 * ingest's search text is made from it: normalising each sentence again was ~3% of a parse worker's time).
 * `tokens`: when given, each sentence's gazetteer tokens (the first pass made them) are pushed onto it, in
 * order, for articleMentions to read the event words off.
 */
export function parseArticle(raw: RawArticle, manifest: Manifest, lex: Lexicons, normalised?: string[], tokens?: Token[][]): Article {
	const cleaned = withStatedTitle(clean(raw, lex.boilerplate, lex.entities.agencies), raw);
	const rawSentences = splitSentences(cleaned);
	// Own keys only: a file named like an Object.prototype member (__proto__, constructor) has no entry.
	const entry = (Object.hasOwn(manifest, raw.file) ? manifest[raw.file] : Object.hasOwn(manifest, raw.id) ? manifest[raw.id] : undefined) ?? {};
	// What the manifest, a record or the page's metadata states wins over what
	// the text suggests, and the text over what the URL suggests.
	const facts = statedFacts(raw, entry, lex.outlets);
	const inText = facts.published ? null : detectPublished(cleaned, rawSentences, lex.calendar);
	const published = facts.published?.date ?? inText?.date ?? facts.urlDate ?? null;
	const publishedFrom = facts.published?.from ?? (inText ? inText.from : facts.urlDate ? 'url' : null);
	const outlet = facts.outlet?.name ?? cleaned.outlet ?? facts.urlOutlet;
	const outletFrom = facts.outlet?.from ?? (cleaned.outlet ? 'page' : facts.urlOutlet ? 'url' : null);

	const sentences: Sentence[] = [];
	let previousSpeaker: PreviousVoice | null = null;
	// First pass: the people and organisations no lexicon lists, laid over it for this article.
	const article = prepareArticle(
		rawSentences.map(s => s.text),
		lex.entities,
	);
	for (const [k, s] of rawSentences.entries()) {
		// Normalised once for both extractors (and the search text).
		const norm = normaliseWithMap(s.text);
		normalised?.push(norm.text);
		tokens?.push(article.sentences[k]!.tokens);
		// A sentence in Latin script (an English or French article) is read by the Latin extractors.
		const latin = isLatinSentence(s.text);
		const found = latin ? extractLatinDates(s.text, published) : extractDates(s.text, published, lex.calendar, {normalised: norm});
		const dates = storyDates(s.text, found, s.kind === 'body' && !sentences.some(x => x.kind === 'body'));
		const numbers = extractNumbers(
			s.text,
			dates.map(d => [d.start, d.end] as [number, number]),
			undefined,
			norm,
		);
		const entities: ExtractedEntities = latin
			? extractLatinEntities(s.text, {date: published, lexicon: lex.entities, previousSpeaker, kind: s.kind})
			: extractEntities(s.text, {date: published, lexicon: article.lexicon, previousSpeaker, kind: s.kind, prepared: article.sentences[k]});
		// A speaker carries over to the next sentence ("وأضاف: …") only within the body.
		previousSpeaker = entities.attribution ?? (s.kind === 'body' ? previousSpeaker : null);
		sentences.push({id: `${raw.id}:${s.index}`, ...s, ...entities, dates, numbers, events: []});
	}
	const lines = cleaned.lines;
	return {
		id: raw.id,
		file: raw.file,
		outlet,
		outletFrom,
		wire: cleaned.wire,
		title: cleaned.title || null,
		titleLine: cleaned.titleLine,
		published,
		publishedFrom,
		url: facts.url,
		language: facts.language,
		sentences,
		boilerplate: lines.filter(l => l.kind === 'boilerplate').map(l => ({line: l.line, text: l.text, reason: l.reason ?? 'boilerplate'})),
		captions: lines.filter(l => l.kind === 'caption').map(l => ({line: l.line, text: l.text})),
	};
}

/**
 * What the dataset builder takes from the lexicon and the event linker. `found`:
 * the people and organisations discovered in the articles (no lexicon entry to
 * read their records from), read when the builder finishes.
 */
export function builderDeps(lex: Lexicons, found?: DiscoveredInfo): BuilderDeps<Mention> {
	const e = lex.entities;
	return {
		actor: id => actorInfo(e, id) ?? found?.actor(id),
		organization: id => entityInfo(e.organizations, id) ?? found?.organization(id),
		place: id => entityInfo(e.places, id) ?? found?.place?.(id),
		agencyNameAr: id => e.agencies.get(id)?.nameAr,
		linkEvents: mentions => linkMentions(mentions, lex.events, eventWorld(lex, found), lex.calendar).events,
	};
}

/** The world events are linked in: the lexicon's, with the names of the people and organisations discovered. */
export function eventWorld(lex: Lexicons, found?: DiscoveredInfo): EventWorld {
	return found ? withDiscoveredNames(lex.world, found) : lex.world;
}

/**
 * An article's event mentions, `order` the sentence's index in the article (the
 * builder adds the article's first sentence number). They depend on the article
 * and the lexicons alone, so a parse worker finds them with the article
 * (parallel.ts): in the main thread they were a third of buildDataset (393 of
 * 1235 ms on the 1k corpus, issue 21), serial whatever --jobs.
 */
export function articleMentions(a: Article, lex: Pick<Lexicons, 'events' | 'world'>, tokens?: ReadonlyArray<readonly Token[]>): Mention[] {
	const out: Mention[] = [];
	sentencesMentions(a.sentences, a.id, a.published, lex.events, lex.world, out, tokens);
	return out;
}

/**
 * Articles → the whole dataset (events linked across articles, facets built) and the ingest summary.
 * `mentions`: each parsed article's articleMentions, found where it was parsed; an article
 * without (or renamed by the corpus's discovered people, whose ids its mentions carry) gets them here.
 * The builder numbers them in place: a list is used once. `written`: the JSON
 * text of parsed articles, written where they were parsed (article-json.ts);
 * `texts` then holds those still valid (an article renamed by the corpus's
 * discovered people is written again) for serializeDataset.
 */
export function buildDataset(
	parsed: Article[],
	lex: Lexicons,
	mentions?: ReadonlyMap<Article, Mention[]>,
	written?: ReadonlyMap<Article, ArticleBytes>,
): {dataset: Dataset; summary: IngestSummary; texts?: ArticleTexts} {
	// Discovered people merged across articles (a surname alone joins the full name) before events use their ids.
	const articles = mergeDiscovered([...parsed].sort((a, b) => a.id.localeCompare(b.id)));
	const builder = createDatasetBuilder<Mention>(builderDeps(lex, discoveredInfo(articles)));
	// mergeDiscovered keeps an article it does not rename (the same object), so its parsed mentions still hold.
	for (const a of articles) builder.add(a, mentions?.get(a) ?? articleMentions(a, lex));
	const built = builder.finish();
	if (!written || written.size === 0) return {dataset: toJsonDataset(built, articles), summary: built.summary};
	// mergeDiscovered keeps an article it does not rename (the same object), so its text still holds.
	const texts: ArticleTexts = new WeakMap();
	return {dataset: toJsonDataset(built, articles, {written, linked: texts}), summary: built.summary, texts};
}

export function assembleDataset(parsed: Article[], lex: Lexicons): Dataset {
	return buildDataset(parsed, lex).dataset;
}

export function ingestArticles(raws: RawArticle[], manifest: Manifest, lex: Lexicons): Dataset {
	return assembleDataset(
		raws.map(r => parseArticle(r, manifest, lex)),
		lex,
	);
}

/**
 * Deterministic JSON: keys sorted at every level, so a fresh run is byte-identical;
 * compact, since indented it was 7× the raw text at 10k articles and slower to parse.
 */
export function serializeDataset(d: Dataset, texts?: ArticleTexts): string {
	return sortedJson(d, texts);
}

/** serializeDataset's bytes in pieces to write one after another (the parse workers' article bytes as they came). */
export function serializeDatasetChunks(d: Dataset, texts?: ArticleTexts): JsonChunks {
	return sortedJsonChunks(d, texts);
}
