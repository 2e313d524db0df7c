// The comparison of one event across the outlets that report it. This is a
// public shape: `compare EVENT --format json` prints it as is, and the
// comparison view renders it.

import type {VoiceKind} from '../dataset/schema.js';

export type RowKind = 'date-place' | 'attendance' | 'statement' | 'outcome' | 'numbers' | 'context';
export type FactKey = 'date' | 'place' | 'participants' | 'speakers' | 'numbers' | 'status' | 'naming';
export type VoiceAffiliation = 'NATO' | 'Russia' | 'United States' | 'EU' | 'other' | 'anonymous';

export type ComparisonColumn = {
	/** Article id. */
	article: string;
	outlet: string | null;
	/** The outlet's name, or "Unattributed (000)" when the outlet is unknown. */
	label: string;
	published: string | null;
	file: string;
	/**
	 * When the outlet wrote, relative to the event's date: before, on or after
	 * it, and the days between (negative before); null when either date is
	 * unknown or the event's date is coarser than a day and contains the day of
	 * publication.
	 */
	timing: {relation: 'before' | 'on' | 'after'; days: number | null} | null;
};

export type AlignedRow = {
	/** Stable within one comparison: `row-1`, `row-2`… */
	id: string;
	kind: RowKind;
	/** What the row is about, for its heading ("Outcome: failed · 4 hours", "Date 2022-01-12 · Brussels"). */
	title: string;
	/** Why these sentences were aligned (what they share), or why the row stands alone. */
	reason: string;
	/** Article id → sentence ids (at most one per article; every column has a key). */
	cells: Record<string, string[]>;
};

export type FactCell = {values: string[]; sentences: string[]};

export type ConflictValue = {
	value: string;
	articles: string[];
	/** Each article's publication date, in the order of `articles` (a claim is as of the day it was written). */
	published: Array<string | null>;
	/** False for the value most outlets give (the conflict mark goes on the others); true for all on a tie. */
	odd: boolean;
};

export type Fact = {
	key: FactKey;
	label: string;
	/** Article id → that outlet's value, or null when the outlet does not mention it (an omission). */
	cells: Record<string, FactCell | null>;
	conflict: boolean;
	/** The disagreeing values and who gives each, when `conflict`. */
	conflictValues?: ConflictValue[];
};

export type Voice = {
	/** Actor id, or the role phrase / "anonymous" when no one is named. */
	speaker: string;
	name: string;
	affiliation: VoiceAffiliation;
	/** A named person, a role without a name, an institution, a government, an agency, an anonymous source. */
	kind: VoiceKind;
	/** Number of sentences attributed to this speaker. */
	count: number;
};

export type Citation = {id: string; name: string; kind: 'agency' | 'anonymous'; count: number};

export type SpeakerVerbs = {speaker: string; name: string; verbs: string[]};

export type DistinctivePhrase = {
	/** The phrase as written in the article. */
	phrase: string;
	/** English name of the party the sentence speaks about, nearest to the phrase. */
	about?: string;
	/** Sentence id. */
	sentence: string;
};

/** One outlet's status claim, as of the day it was published. */
export type StatusStep = {
	article: string;
	label: string;
	published: string | null;
	timing: ComparisonColumn['timing'];
	status: string;
	/** Outcome words the outlet gives (failed, inconclusive, agreed…). */
	outcomes: string[];
	/** Numbers the outlet gives with the status ("4 hours"). */
	numbers: string[];
	/** "held and failed after 4 hours, as of 12 Jan". */
	text: string;
	sentences: string[];
};

/**
 * One outlet names another organisation where the others name the event's
 * body (a headline's "Russian Security Council" for the NATO-Russia Council).
 */
export type NamingDiscrepancy = {
	article: string;
	sentence: string;
	/** The organisation this outlet names in the body's place. */
	named: {id: string; name: string; text: string};
	/** The body the other outlets name, and which outlets name it there. */
	body: {id: string; name: string; articles: string[]};
};

export type Comparison = {
	event: {id: string; label: string; date: string | null; end: string | null; place: string | null};
	columns: ComparisonColumn[];
	rows: AlignedRow[];
	facts: Fact[];
	/**
	 * Where the event stood as each outlet told it, in publication order: a
	 * status that changes between reports written on different days is the
	 * story developing, not a contradiction (see timeline.ts).
	 */
	timeline: StatusStep[];
	naming: NamingDiscrepancy[];
	/** Counted over each reporting outlet's whole article (see compare.ts for why). */
	voices: Record<string, Voice[]>;
	citations: Record<string, Citation[]>;
	wording: {
		verbs: Record<string, SpeakerVerbs[]>;
		distinctive: Record<string, DistinctivePhrase[]>;
	};
};
