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
export const SourceRef = z.object({
	id: z.string(),
	name: z.string(),
	kind: z.enum(['agency', 'anonymous']),
	text: z.string(),
	/**
	 * True for a photo credit in a caption ("رويترز / Photographer", "(أ ف ب)" ending
	 * a caption, "الصورة: أ ف ب"): the agency took the picture, the article does
	 * not cite it. Kept so the credit is visible; readers that count citations skip it.
	 * Optional: datasets written before it have none.
	 */
	photo: z.boolean().optional(),
	...Span,
});
export const NumberRef = z.object({text: z.string(), value: z.number(), unit: z.string().nullable(), ...Span});
/**
 * What kind of voice speaks: a named person, a role without a name, an
 * institution (ministry, army, alliance), a government or country (a capital
 * standing for its government included), a news agency or outlet, or an
 * anonymous source.
 */
export const VoiceKind = z.enum(['person', 'role', 'institution', 'government', 'agency', 'anonymous']);
export const Voice = z.object({
	kind: VoiceKind,
	/** Actor, organisation, place or agency id; the anonymous source's id (anonymous:nato); null for a role without a holder. */
	id: z.string().nullable(),
	/** English name: the person's, the role's, the body's, "NATO official". */
	name: z.string(),
	/** The subject as written in the sentence. */
	text: z.string(),
});
export const Attribution = z.object({
	/** The named person who speaks; null for every other kind of voice (see `voice`). */
	speaker: z.object({id: z.string(), nameEn: z.string()}).nullable(),
	/** A role phrase that names no one (نائب وزير الخارجية الروسي), an anonymous source, or a body's name. */
	role: z.string().nullable(),
	/** Who speaks and what kind of voice it is. Optional: datasets written before it have none. */
	voice: Voice.optional(),
	verb: z.string(),
	/** Span of the reporting verb in the sentence. */
	...Span,
});

/**
 * A machine translation of a sentence, added by `crisis-explorer translate`
 * (never by ingest): what the engine returned, or why it failed (text null,
 * error set). Kept with its provenance so that a reader can tell which engine
 * and model said it, and when.
 */
export const Translation = z.object({
	/** The translated text; null when the engine failed on this sentence (see error). */
	text: z.string().nullable(),
	/** Target language, e.g. 'en'. */
	to: z.string(),
	/** 'command', 'libretranslate', 'openai'… */
	engine: z.string(),
	/** The model or program named by the engine, when it names one. */
	model: z.string().nullable(),
	/** When it was translated (ISO 8601 timestamp). */
	date: z.string(),
	/** Why the engine failed, after its retries. */
	error: z.string().optional(),
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
	/** Machine translation, when `translate` has run; absent otherwise (ingest never adds it). */
	translation: Translation.optional(),
});

/**
 * Where an article's publication date came from: the manifest, a record's field
 * (NDJSON, CSV), the page's metadata (og:, JSON-LD), a dateline (a date line at
 * the top of the text or opening the story), other wording of the text ("today
 * is …", the lead's reporting day), or the URL (a date in its path).
 */
export const FactSource = z.enum(['manifest', 'record', 'metadata', 'dateline', 'text', 'url']);

/**
 * Where an article's outlet came from: the manifest, a record's field, the
 * page's metadata (og:site_name, JSON-LD publisher), the page naming itself
 * (masthead, site name line, copyright line, a lede crediting itself), or the
 * URL's domain through data/lexicon/outlets.json.
 */
export const OutletSource = z.enum(['manifest', 'record', 'metadata', 'page', 'url']);

export const Article = z.object({
	/** A .txt file's path without `.txt`; another file's path; `file#id` for a record. */
	id: z.string(),
	/** Path in the ingested folder; `file#line` for a record of an NDJSON or CSV file. */
	file: z.string(),
	outlet: z.string().nullable(),
	/**
	 * Where `outlet` came from: the page naming itself (masthead, site name
	 * line, copyright, self-credit in the lede), the page's metadata, its URL,
	 * the manifest, or an input record. Optional: datasets written before it
	 * have none.
	 */
	outletFrom: OutletSource.nullable().optional(),
	/**
	 * The agency whose copy this is, from the lede's dateline ("بروكسل /
	 * الأناضول", "جنيف - (أ ف ب):"), with the dateline's place and line; null
	 * when the article opens with none. Not the outlet: a site republishing AFP
	 * copy is still that site. Optional, as outletFrom.
	 */
	wire: z.object({id: z.string(), name: z.string(), place: z.string().nullable(), line: z.number().int().positive()}).nullable().optional(),
	/**
	 * The headline; null when the page has none (titleLine is then null): a
	 * title is never made up from the story. Readers show displayTitle()'s
	 * first sentence, marked as such, in its place. Datasets written before
	 * title was nullable have '' there, which readers treat the same way; the
	 * version is unchanged because every file it wrote still reads.
	 */
	title: z.string().nullable(),
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

/**
 * Where an event stands as a report tells it, at the time of writing:
 * announced, scheduled, held, ended, failed, postponed, cancelled, expired
 * (an agreement or truce that ran out), or unknown.
 */
export const EventStatus = z.enum(['announced', 'scheduled', 'held', 'ended', 'failed', 'postponed', 'cancelled', 'expired', 'unknown']);

/** One sentence's mention of an event, with what its clause says (ids as in the dataset's facets). */
export const EventMention = z.object({
	article: z.string(),
	sentence: z.string(),
	/** Subtype (meeting, airstrike, earthquake…), as Event.type. */
	type: z.string(),
	/** PLOVER event type (CONSULT, ASSAULT…; STATEMENT and DISASTER extend PLOVER, see data/lexicon/events.json). */
	plover: z.string(),
	/** The date the clause gives the event (not the day of the report), else null. */
	date: IsoDate.nullable(),
	end: IsoDate.nullable(),
	/** Place id where the clause puts the event, else null. */
	place: z.string().nullable(),
	/** Actor, organisation and country ids taking part. */
	participants: z.array(z.string()),
	status: EventStatus,
	/** Outcome words: kind (failed, inconclusive, agreed…) and the text. */
	outcomes: z.array(z.object({kind: z.string(), text: z.string()})),
	/** Numbers with their unit and what they count (killed, troops, hours…; null when the lexicon does not say). */
	numbers: z.array(z.object({value: z.number(), unit: z.string().nullable(), counts: z.string().nullable(), text: z.string()})),
});

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
	/** Each article's strongest status claim (failed over held over scheduled…). */
	statusClaims: z.array(z.object({article: z.string(), status: EventStatus, sentence: z.string()})),
	/** PLOVER event type of `type` (absent in datasets written before event types). */
	plover: z.string().optional(),
	/** Every mention, in corpus order (absent in datasets written before event types). */
	mentionDetails: z.array(EventMention).optional(),
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
export type Translation = z.infer<typeof Translation>;
export type Actor = z.infer<typeof Actor>;
export type Entity = z.infer<typeof Entity>;
export type Source = z.infer<typeof Source>;
export type Event = z.infer<typeof Event>;
export type EventMention = z.infer<typeof EventMention>;
export type EventStatus = z.infer<typeof EventStatus>;
export type Day = z.infer<typeof Day>;
export type DateRef = z.infer<typeof DateRef>;
export type ActorRef = z.infer<typeof ActorRef>;
export type EntityRef = z.infer<typeof EntityRef>;
export type SourceRef = z.infer<typeof SourceRef>;
export type NumberRef = z.infer<typeof NumberRef>;
export type Attribution = z.infer<typeof Attribution>;
export type Voice = z.infer<typeof Voice>;
export type VoiceKind = z.infer<typeof VoiceKind>;
export type Role = z.infer<typeof Role>;
export type Affiliation = z.infer<typeof Affiliation>;
