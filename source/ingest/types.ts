// Plain data passed between ingest stages. Each stage is a pure function of
// these objects; only source/ingest/run.ts touches the file system.
import type {Sentence} from '../dataset/schema.js';

/**
 * Where a fact about an article came from when the text itself does not say
 * it: the page's metadata (og:, JSON-LD, <link rel=canonical>, <html lang>),
 * a record's own field (NDJSON, CSV), or the article's URL.
 */
export type StatedFrom = 'metadata' | 'record' | 'url';
export type Stated = {value: string; from: StatedFrom};

export type RawArticle = {
	/** Unique and stable: a .txt file's path without `.txt`, another file's path, `file#id` for a record (input/ids.ts). */
	id: string;
	/** Path relative to the input folder (`/`-separated); `file#line` for a record of an NDJSON or CSV file. */
	file: string;
	/** Decoded text (UTF-8, BOM removed, line ends normalised to \n by the reader). */
	text: string;
	/** What the page's metadata or the record states; the pipeline ranks these below the manifest and above the text. */
	title?: Stated;
	/** 1-based line of `title` in `text` (the reader puts a stated title there when the text does not start with it). */
	titleLine?: number;
	outlet?: Stated;
	/** As stated (an ISO day or a date-time; input/day.ts reads it). */
	published?: Stated;
	url?: Stated;
	/** 'ar', 'en', 'fr'… as stated, or as the reader recognised it ('text'). */
	language?: {value: string; from: StatedFrom | 'text'};
};

export type ManifestEntry = {published?: string; outlet?: string; url?: string; language?: string};
export type Manifest = Record<string, ManifestEntry>;

export type LineKind = 'title' | 'body' | 'boilerplate' | 'caption' | 'blank';

export type CleanLine = {
	/** 1-based line number in the raw file. */
	line: number;
	/** UTF-16 offsets of the line in the raw text (end exclusive, without the newline). */
	start: number;
	end: number;
	text: string;
	kind: LineKind;
	/** Why a line was classed as boilerplate (e.g. 'share', 'tagline', 'repeated-title'). */
	reason?: string;
};

export type CleanedArticle = {
	id: string;
	file: string;
	text: string;
	lines: CleanLine[];
	/** The headline, or null when the page has none. */
	title: string | null;
	titleLine: number | null;
	/** Outlet named by the page itself (header/footer), else null: never guessed. */
	outlet: string | null;
	/** The wire agency of the lede's dateline (null without one, or without the agencies lexicon). */
	wire: {id: string; name: string; place: string | null; line: number} | null;
};

/** A sentence before extraction: position and text only. */
export type RawSentence = Pick<Sentence, 'index' | 'line' | 'start' | 'end' | 'text' | 'kind'>;

/** What extraction adds to a sentence (everything but ids and event links). */
export type Extracted = Omit<Sentence, 'id' | 'events'>;
