// Words that open another clause inside a sentence: a contrast, a simultaneous
// event, or the reporting clause (حسبما ذكرت وكالة … يوم الأحد). (A hand-written
// loop over the characters measured twice as slow as the regex: 35 vs 18 ms
// over the 1k corpus's sentences.) The regex runs only on a sentence that may
// hold a break: a word the word table flags as a break's first word (and,
// for a two-word break, the next word written after one space), or ؛ or ;.
// Most sentences with a trigger hold none, and the regex over them was ~6% of
// the event-mention stage (warm pass over the 1k corpus).
import type {Words} from './tokens.js';

/** The breaks, as the regex writes them (first word, one space, second word). */
const PHRASES = [
	'لكن',
	'ولكن',
	'غير أن',
	'بينما',
	'في حين',
	'فيما',
	'قبل أن',
	'بعد أن',
	'ثم',
	'في وقت(?!\\s+(?:مبكر|سابق|لاحق|مبكّر))',
	'حسبما',
	'وفقا',
	'وفقًا',
	'نقلا عن',
	'نقلًا عن',
];

const BREAKS = new RegExp(`[؛;]|(?:^|\\s)(?:${PHRASES.join('|')})(?=\\s)`, 'gu');

/** Word-table flags (beside triggers.ts's): a break by itself, or the first word of a two-word break. */
export const BREAK_WORD = 8;
export const BREAK_HEAD = 16;

const ALONE = new Set<string>();
const HEADS = new Set<string>();
/** What follows a head: one space and the second word (a prefix of the regex's text after the head). */
const TAILS: string[] = [];
for (const p of PHRASES) {
	const [head, tail] = p.split(' ');
	if (tail === undefined) ALONE.add(head!);
	else {
		HEADS.add(head!);
		const word = ` ${tail.replace(/\(.*$/u, '')}`;
		if (!TAILS.includes(word)) TAILS.push(word);
	}
}

/**
 * The break flags of a word as written (its span: up to its last word
 * character). Where the regex matches after a space or at the start, the
 * phrase's first word is a whole word of the fast path (a space ends a word
 * there, and tokens.ts sends a sentence with a space it does not read as one
 * to the plain path), so a sentence none of whose words is flagged holds no
 * break but ؛ or ;.
 */
export function breakFlags(raw: string): number {
	return ALONE.has(raw) ? BREAK_WORD : HEADS.has(raw) ? BREAK_HEAD : 0;
}

type Span = {start: number; end: number};
const NONE: readonly Span[] = Object.freeze([]);

/** The clause breaks of a sentence, found once for all its triggers (read-only). */
export function clauseBreaks(words: Words): readonly Span[] {
	const {text} = words;
	if (words.readFlags && !mayBreak(words)) return NONE;
	const out: Span[] = [];
	for (const m of text.matchAll(BREAKS)) out.push({start: m.index!, end: m.index! + m[0].length});
	return out;
}

function mayBreak(words: Words): boolean {
	const {text, ends, count} = words;
	const flags = words.flags!;
	for (let k = 0; k < count; k++) {
		const f = flags[k]!;
		if ((f & BREAK_WORD) !== 0) return true;
		if ((f & BREAK_HEAD) !== 0) for (const t of TAILS) if (text.startsWith(t, ends[k]!)) return true;
	}
	return text.includes('؛') || text.includes(';');
}
