// Plain data passed between ingest stages. Each stage is a pure function of
// these objects; only source/ingest/run.ts touches the file system.
import type {Sentence} from '../dataset/schema.js';

export type RawArticle = {
	/** File name without `.txt`. */
	id: string;
	/** File name as found in the input folder. */
	file: string;
	/** Decoded text (UTF-8, BOM removed, line ends normalised to \n by the reader). */
	text: string;
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
