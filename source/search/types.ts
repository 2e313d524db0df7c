// What a search answers with. Search sits below Query (Query asks it), so its
// types live here and Query re-exports them.
export type SearchKind = 'article' | 'sentence' | 'actor' | 'event' | 'source';

export type SearchHit = {
	kind: SearchKind;
	id: string;
	/** English label for entities; the sentence text for sentences. */
	label: string;
	/** Text that matched (an alias, a label, or the sentence text). */
	text: string;
	/** 0..1, higher is better. */
	score: number;
	/** [start, end) spans of `text` that matched, for highlighting. */
	spans: Array<[number, number]>;
};
