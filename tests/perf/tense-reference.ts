// Test-only oracle: tense.ts as it was on main (c220436), for dates-reference.ts.
// The tense of the clause a date stands in, from the verbs and markers the
// calendar lexicon lists (calendar.json "tense"). News reports days gone by,
// so a bare weekday looks back; a future clause (يلتقي … يوم الاثنين،
// سيجتمع … الاثنين، من المقرر أن … الجمعة) makes it the coming one. Runs only
// on a date already found, never on a whole sentence.
import type {Calendar, Tense} from '../../source/ingest/calendar.js';
import {isLetterCode} from '../../source/arabic/chars.js';

/** How many words back a marker may stand (a verb, its subject and object, then the day). */
const REACH_BACK = 12;
/** How many words forward, for a date that opens its clause (وفي يوم الاثنين، سيلتقي …). */
const REACH_FORWARD = 6;

/** Sentence and clause ends; a comma is not one (سيجتمع المجلس، الاثنين، …). */
function isClauseEnd(code: number): boolean {
	return code === 0x2e || code === 0x61f || code === 0x3f || code === 0x21 || code === 0x61b || code === 0x3b || code === 0x3a || code === 0x0a;
}

function tenseOf(word: string, cal: Calendar): Tense | undefined {
	const t = cal.tense.get(word);
	if (t || word.length < 4) return t;
	// One conjunction before the verb: وسيلتقي، فالتقى.
	const c = word.charCodeAt(0);
	return c === 0x0648 || c === 0x0641 ? cal.tense.get(word.slice(1)) : undefined;
}

/**
 * The first marker among the words of n walking from p in one direction, until
 * a clause end or `max` words; `words` is how many were read without one.
 */
function scan(n: string, p: number, step: 1 | -1, max: number, cal: Calendar): {tense: Tense | null; words: number} {
	let i = step < 0 ? p - 1 : p;
	let words = 0;
	while (words < max && i >= 0 && i < n.length) {
		const code = n.charCodeAt(i);
		if (isClauseEnd(code)) break;
		if (!isLetterCode(code)) {
			i += step;
			continue;
		}
		let j = i;
		while (j + step >= 0 && j + step < n.length && isLetterCode(n.charCodeAt(j + step))) j += step;
		const t = tenseOf(step < 0 ? n.slice(j, i + 1) : n.slice(i, j + 1), cal);
		if (t) return {tense: t, words};
		words++;
		i = j + step;
	}
	return {tense: null, words};
}

/**
 * The tense of the clause around the date at [s, e) of normalised text n: the
 * nearest marker before it; when nothing but a preposition stands before it in
 * its clause, the first marker after it. null when no marker is listed.
 */
export function tenseAround(n: string, s: number, e: number, cal: Calendar): Tense | null {
	if (cal.tense.size === 0) return null;
	const back = scan(n, s, -1, REACH_BACK, cal);
	if (back.tense || back.words > 1) return back.tense;
	return scan(n, e, 1, REACH_FORWARD, cal).tense;
}
