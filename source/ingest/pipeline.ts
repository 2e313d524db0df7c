// raw text → clean → sentences → extract → link events → dataset. Every stage
// is a pure function over plain objects; this module only threads them
// together. The file system is touched in run.ts alone.
import type {Article, Dataset, Sentence} from '../dataset/schema.js';
import {DATASET_VERSION} from '../dataset/schema.js';
import type {Calendar} from './calendar.js';
import {normaliseWithMap} from '../arabic/normalise.js';
import {clean} from './clean.js';
import {linkEvents} from './events/link.js';
import type {EventLexicon, EventWorld} from './events/types.js';
import {extractDates} from './extract/dates.js';
import {extractEntities, prepareArticle} from './extract/index.js';
import {discoveredInfo, mergeDiscovered, withDiscoveredNames} from './extract/discover/corpus.js';
import {extractNumbers} from './extract/numbers.js';
import {actorFacet, dayFacet, entityFacet, sourceFacet} from './facets.js';
import {detectPublished} from './published.js';
import {splitSentences} from './sentences.js';
import type {Manifest, RawArticle} from './types.js';
import type {Lexicon} from '../lexicon/load.js';
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

/** One article through clean, sentences and extraction (events are linked across articles later). */
export function parseArticle(raw: RawArticle, manifest: Manifest, lex: Lexicons): Article {
	const cleaned = withStatedTitle(clean(raw, lex.boilerplate), raw);
	const rawSentences = splitSentences(cleaned);
	const entry = manifest[raw.file] ?? manifest[raw.id] ?? {};
	// What the manifest, a record or the page's metadata states wins over what
	// the text suggests, and the text over what the URL suggests.
	const facts = statedFacts(raw, entry, lex.outlets);
	const inText = facts.published ? null : detectPublished(cleaned, rawSentences, lex.calendar);
	const published = facts.published?.date ?? inText?.date ?? facts.urlDate ?? null;
	const publishedFrom = facts.published?.from ?? (inText ? inText.from : facts.urlDate ? 'url' : null);
	const outlet = facts.outlet?.name ?? cleaned.outlet ?? facts.urlOutlet;
	const outletFrom = facts.outlet?.from ?? (cleaned.outlet ? 'text' : facts.urlOutlet ? 'url' : null);

	const sentences: Sentence[] = [];
	let previousSpeaker: {id: string; nameEn: string} | null = null;
	// First pass: the people and organisations no lexicon lists, laid over it for this article.
	const article = prepareArticle(rawSentences.map(s => s.text), lex.entities);
	for (const [k, s] of rawSentences.entries()) {
		// Normalised once for both extractors.
		const normalised = normaliseWithMap(s.text);
		const dates = extractDates(s.text, published, lex.calendar, {normalised});
		const numbers = extractNumbers(
			s.text,
			dates.map(d => [d.start, d.end] as [number, number]),
			undefined,
			normalised,
		);
		const entities = extractEntities(s.text, {date: published, lexicon: article.lexicon, previousSpeaker, prepared: article.sentences[k]});
		// A speaker carries over to the next sentence ("وأضاف: …") only within the body.
		previousSpeaker = entities.attribution?.speaker ?? (s.kind === 'body' ? previousSpeaker : null);
		sentences.push({id: `${raw.id}:${s.index}`, ...s, ...entities, dates, numbers, events: []});
	}
	const lines = cleaned.lines;
	return {
		id: raw.id,
		file: raw.file,
		outlet,
		outletFrom,
		title: cleaned.title,
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

/** Articles → the whole dataset: events linked across articles, facets built. */
export function assembleDataset(parsed: Article[], lex: Lexicons): Dataset {
	// Discovered people merged across articles (a surname alone joins the full name) before events use their ids.
	const articles = mergeDiscovered([...parsed].sort((a, b) => a.id.localeCompare(b.id)));
	const found = discoveredInfo(articles);
	const {events, sentenceEvents} = linkEvents(articles, lex.events, withDiscoveredNames(lex.world, found));
	const linked = articles.map(a => ({
		...a,
		sentences: a.sentences.map(s => ({...s, events: sentenceEvents.get(s.id) ?? []})),
	}));
	const e = lex.entities;
	const unresolved: Dataset['unresolved'] = [];
	for (const a of linked) {
		if (!a.published) unresolved.push({article: a.id, line: a.titleLine ?? 1, text: a.title, reason: 'publication date not stated in the text or the manifest'});
		for (const s of a.sentences) {
			for (const d of s.dates) {
				if (d.resolution === 'unresolved') unresolved.push({article: a.id, line: s.line, text: d.text, reason: 'relative date without a publication date'});
			}
		}
	}
	return {
		version: DATASET_VERSION,
		articles: linked,
		actors: actorFacet(linked, id => actorInfo(e, id) ?? found.actor(id)),
		organizations: entityFacet(linked, s => s.organizations, id => entityInfo(e.organizations, id) ?? found.organization(id)),
		places: entityFacet(linked, s => s.places, id => entityInfo(e.places, id)),
		sources: sourceFacet(linked, id => e.agencies.get(id)?.nameAr),
		events,
		days: dayFacet(linked, events),
		unresolved,
	};
}

export function ingestArticles(raws: RawArticle[], manifest: Manifest, lex: Lexicons): Dataset {
	return assembleDataset(
		raws.map(r => parseArticle(r, manifest, lex)),
		lex,
	);
}

/** Deterministic JSON: keys sorted at every level, so a fresh run is byte-identical. */
export function serializeDataset(d: Dataset): string {
	return `${JSON.stringify(sortKeys(d), null, 1)}\n`;
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
		return out;
	}
	return value;
}
