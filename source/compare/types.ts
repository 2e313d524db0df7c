// The comparison of one event across the outlets that report it. This is a
// public shape: `compare EVENT --format json` prints it as is, and the
// comparison view renders it.

import type {VoiceKind} from '../dataset/schema.js';

export type RowKind = 'date-place' | 'attendance' | 'statement' | 'outcome' | 'numbers' | 'context';
export type FactKey = 'date' | 'place' | 'participants' | 'speakers' | 'numbers' | 'status';
export type VoiceAffiliation = 'NATO' | 'Russia' | 'United States' | 'EU' | 'other' | 'anonymous';

export type ComparisonColumn = {
	/** Article id. */
	article: string;
	outlet: string | null;
	/** The outlet's name, or "Unattributed (000)" when the outlet is unknown. */
	label: string;
	published: string | null;
	file: string;
};

export type AlignedRow = {
	/** Stable within one comparison: `row-1`, `row-2`… */
	id: string;
	kind: RowKind;
	/** Why these sentences were aligned (what they share), or why the row stands alone. */
	reason: string;
	/** Article id → sentence ids (at most one per article; every column has a key). */
	cells: Record<string, string[]>;
};

export type FactCell = {values: string[]; sentences: string[]};

export type ConflictValue = {value: string; articles: string[]};

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

export type Comparison = {
	event: {id: string; label: string; date: string | null; end: string | null; place: string | null};
	columns: ComparisonColumn[];
	rows: AlignedRow[];
	facts: Fact[];
	/** Counted over each reporting outlet's whole article (see compare.ts for why). */
	voices: Record<string, Voice[]>;
	citations: Record<string, Citation[]>;
	wording: {
		verbs: Record<string, SpeakerVerbs[]>;
		distinctive: Record<string, DistinctivePhrase[]>;
	};
};
