// The dataset is the contract between ingest and everything that reads it
// (query, UI, CLI, compare, export). Field names here are public: the README
// documents them and scripts depend on them. Change them only with a version bump.
import * as z from 'zod';

export const DATASET_VERSION = 1;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoAny = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** ISO date at day, month or year precision: 2022-01-12, 2022-01, 2022. */
export const IsoDate = z.string().regex(isoAny, {message: 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'});
export const IsoDay = z.string().regex(isoDay, {message: 'expected an ISO date (YYYY-MM-DD)'});

/** A span inside a sentence's text (UTF-16 offsets, end exclusive), for highlighting. */
const Span = {start: z.number().int().nonnegative(), end: z.number().int().nonnegative()};

export const ActorRef = z.object({
	id: z.string(),
	nameEn: z.string(),
	nameAr: z.string(),
	text: z.string(),
	/** 'discovered': a person no lexicon lists, found by the context of the name (absent: from the lexicon). */
	source: z.literal('discovered').optional(),
	/** A discovered person's role written beside this mention (English, and the Arabic as written). */
	roleEn: z.string().optional(),
	roleAr: z.string().optional(),
	/** The country that role names (وزير الخارجية المصري: Egypt), for a discovered person. */
	affiliation: z.string().optional(),
	...Span,
});
export const EntityRef = z.object({
	id: z.string(),
	nameEn: z.string(),
	text: z.string(),
	/** 'discovered': an organisation no lexicon lists, found by its head noun (absent: lexicon or gazetteer). */
	source: z.literal('discovered').optional(),
	/** A discovered organisation's Arabic name, in its fullest form in the article. */
	nameAr: z.string().optional(),
	...Span,
});
export const DateRef = z.object({
	text: z.string(),
	/** ISO value; null when the expression could not be resolved (counted as unresolved). */
	value: IsoDate.nullable(),
	/**
	 * End of a range (يومي 12 و13 يناير), else null. Named rangeEnd because the
	 * span's `end` (character offset) below would otherwise overwrite it.
	 */
	rangeEnd: IsoDate.nullable(),
	/** How the value was reached: stated in full, year inferred, or relative to publication. */
	resolution: z.enum(['absolute', 'inferred-year', 'relative', 'vague', 'unresolved']),
	/**
	 * A qualified period (أوائل يناير "early January", في وقت لاحق "later in",
	 * في وقت سابق من "earlier in") keeps the enclosing period as its value and
	 * says how it narrows it; plain calendar dates have null.
	 */
	qualifier: z.enum(['early', 'mid', 'late', 'earlier', 'later', 'week']).nullable(),
	...Span,
});
export const SourceRef = z.object({id: z.string(), name: z.string(), kind: z.enum(['agency', 'anonymous']), text: z.string(), ...Span});
export const NumberRef = z.object({text: z.string(), value: z.number(), unit: z.string().nullable(), ...Span});
export const Attribution = z.object({
	speaker: z.object({id: z.string(), nameEn: z.string()}).nullable(),
	/** A role phrase that names no one (نائب وزير الخارجية الروسي), or an anonymous source. */
	role: z.string().nullable(),
	verb: z.string(),
	/** Span of the reporting verb in the sentence. */
	...Span,
});

export const Sentence = z.object({
	/** Global id: `${articleId}:${index}`. */
	id: z.string(),
	index: z.number().int().nonnegative(),
	/** 1-based line in the raw file. */
	line: z.number().int().positive(),
	/** Character offsets (UTF-16) of the sentence in the raw file. */
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	text: z.string(),
	/** The title line is sentence 0 with kind 'title'; photo captions are kept apart as 'caption'. */
	kind: z.enum(['title', 'body', 'caption']),
	actors: z.array(ActorRef),
	roles: z.array(z.object({text: z.string(), roleEn: z.string(), ...Span})),
	organizations: z.array(EntityRef),
	places: z.array(EntityRef),
	dates: z.array(DateRef),
	citedSources: z.array(SourceRef),
	attribution: Attribution.nullable(),
	numbers: z.array(NumberRef),
	/** Event ids this sentence mentions. */
	events: z.array(z.string()),
});

/**
 * Where an article's date or outlet came from: the manifest, a record's field
 * (NDJSON, CSV), the page's metadata (og:, JSON-LD), a dateline (a date line at
 * the top of the text or opening the story), other wording of the text (a
 * masthead, a copyright line, "today is …", the lead's reporting day), or the
 * URL (a date in its path, its domain in data/lexicon/outlets.json).
 */
export const FactSource = z.enum(['manifest', 'record', 'metadata', 'dateline', 'text', 'url']);

export const Article = z.object({
	/** A .txt file's path without `.txt`; another file's path; `file#id` for a record. */
	id: z.string(),
	/** Path in the ingested folder; `file#line` for a record of an NDJSON or CSV file. */
	file: z.string(),
	outlet: z.string().nullable(),
	/** Where `outlet` came from (absent in datasets written before it was recorded). */
	outletFrom: FactSource.nullable().optional(),
	title: z.string(),
	/** 1-based line of the title in the raw file, or null when none was found. */
	titleLine: z.number().int().positive().nullable(),
	published: IsoDay.nullable(),
	/**
	 * Where `published` came from: the manifest; a date line at the top of the
	 * text or a dateline opening the story; other wording of the text (today
	 * is …, the lead's reporting day); the page's metadata, its URL, or the
	 * input record that carried the text. null when no date is known.
	 */
	publishedFrom: FactSource.nullable(),
	url: z.string().nullable(),
	/** 'ar', 'en', 'fr'… as the manifest, record or page states it, else as the reader recognised the text. */
	language: z.string().default('ar'),
	sentences: z.array(Sentence),
	boilerplate: z.array(z.object({line: z.number().int().positive(), text: z.string(), reason: z.string()})),
	captions: z.array(z.object({line: z.number().int().positive(), text: z.string()})),
});

export const Role = z.object({
	titleEn: z.string(),
	titleAr: z.array(z.string()),
	org: z.string().nullable(),
	from: IsoDate.nullable(),
	to: IsoDate.nullable(),
});

/**
 * Whom an actor speaks for: NATO, Russia, United States, EU, Ukraine, OSCE,
 * Germany, France, United Kingdom, other; or, for anyone else, the country's
 * English name (a discovered person's comes from the title: Egypt).
 */
export const Affiliation = z.string().min(1);

export const Actor = z.object({
	id: z.string(),
	nameEn: z.string(),
	nameAr: z.string(),
	aliases: z.array(z.string()),
	roles: z.array(Role),
	affiliation: Affiliation,
	/** 'lexicon' (data/lexicon or --lexicon) or 'discovered' (found by context; `lexicon suggest` lists them). Absent in older datasets: lexicon. */
	source: z.enum(['lexicon', 'discovered']).optional(),
	mentions: z.number().int().nonnegative(),
	articles: z.array(z.string()),
});

export const Entity = z.object({
	id: z.string(),
	nameEn: z.string(),
	nameAr: z.string(),
	aliases: z.array(z.string()),
	/** 'lexicon', 'gazetteer' (data/gazetteer, the world's places and bodies) or 'discovered' (by head noun). Absent in older datasets: lexicon. */
	source: z.enum(['lexicon', 'gazetteer', 'discovered']).optional(),
	mentions: z.number().int().nonnegative(),
	articles: z.array(z.string()),
});

export const Source = z.object({
	id: z.string(),
	name: z.string(),
	nameAr: z.string().nullable(),
	kind: z.enum(['outlet', 'agency', 'anonymous']),
	articles: z.array(z.string()),
	/** Sentences that credit this source (for outlets: every sentence of their articles). */
	sentences: z.array(z.string()),
});

export const DateClaim = z.object({article: z.string(), value: IsoDate, end: IsoDate.nullable(), sentence: z.string()});

export const Event = z.object({
	id: z.string(),
	type: z.string(),
	label: z.string(),
	labelAr: z.string(),
	date: IsoDate.nullable(),
	end: IsoDate.nullable(),
	place: z.string().nullable(),
	participants: z.array(z.string()),
	articles: z.array(z.string()),
	mentions: z.number().int().nonnegative(),
	sentences: z.array(z.string()),
	/** Every article's date claim; more than one distinct value means outlets disagree. */
	dateClaims: z.array(DateClaim),
	/** 'scheduled' | 'held' | 'unknown' as each article tells it. */
	statusClaims: z.array(z.object({article: z.string(), status: z.enum(['scheduled', 'held', 'failed', 'unknown']), sentence: z.string()})),
});

export const Day = z.object({
	date: IsoDay,
	events: z.array(z.string()),
	articles: z.array(z.string()),
	/** Articles published on this day. */
	published: z.array(z.string()),
	/** Sentences whose dates fall on this day. */
	sentences: z.array(z.string()),
	mentions: z.number().int().nonnegative(),
});

export const Unresolved = z.object({article: z.string(), line: z.number().int().positive(), text: z.string(), reason: z.string()});

export const Dataset = z.object({
	version: z.literal(DATASET_VERSION),
	articles: z.array(Article),
	actors: z.array(Actor),
	organizations: z.array(Entity),
	places: z.array(Entity),
	sources: z.array(Source),
	events: z.array(Event),
	days: z.array(Day),
	unresolved: z.array(Unresolved),
});

export type Dataset = z.infer<typeof Dataset>;
export type Article = z.infer<typeof Article>;
export type Sentence = z.infer<typeof Sentence>;
export type Actor = z.infer<typeof Actor>;
export type Entity = z.infer<typeof Entity>;
export type Source = z.infer<typeof Source>;
export type Event = z.infer<typeof Event>;
export type Day = z.infer<typeof Day>;
export type DateRef = z.infer<typeof DateRef>;
export type ActorRef = z.infer<typeof ActorRef>;
export type EntityRef = z.infer<typeof EntityRef>;
export type SourceRef = z.infer<typeof SourceRef>;
export type NumberRef = z.infer<typeof NumberRef>;
export type Attribution = z.infer<typeof Attribution>;
export type Role = z.infer<typeof Role>;
export type Affiliation = z.infer<typeof Affiliation>;
