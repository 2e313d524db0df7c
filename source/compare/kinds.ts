// What a sentence about an event contributes: its date and place, who
// attends, what someone said, what came of it, numbers, or background.
import type {Event, Sentence} from '../dataset/schema.js';
import type {RowKind} from './types.js';
import {tokenize} from './tokens.js';

// Normalised stems, matched inside word keys so that prefixes and suffixes
// (سيحضرون، يحضر) still hit. Kept short on purpose: a cue here only decides
// which group a row is shown under, never whether sentences align.
const OUTCOME_CUES = ['فشل', 'اتفق', 'انتهي', 'انتهت', 'اختتم', 'توصل', 'لم تحسم', 'نجح', 'تعثر', 'انهار'];
const ATTENDANCE_CUES = ['حضر', 'تراس', 'شارك', 'مشارك', 'وفد', 'التقي', 'لقاء'];

export const KIND_ORDER: RowKind[] = ['date-place', 'attendance', 'statement', 'outcome', 'numbers', 'context'];

function hasCue(sentence: Sentence, cues: string[]): boolean {
	const keys = tokenize(sentence.text).map(t => t.key);
	const joined = ` ${keys.join(' ')} `;
	return cues.some(c => (c.includes(' ') ? joined.includes(` ${c} `) : keys.some(k => k.includes(c))));
}

/** Numbers that are not part of a date expression ("12" in "12 يناير" is a date). */
export function plainNumbers(sentence: Sentence) {
	return sentence.numbers.filter(n => !sentence.dates.some(d => n.start < d.end && d.start < n.end));
}

export function compatibleDates(a: string, b: string): boolean {
	return a.startsWith(b) || b.startsWith(a);
}

function mentionsEventDate(sentence: Sentence, event: Event): boolean {
	return sentence.dates.some(
		d => d.value && (!event.date || compatibleDates(d.value, event.date) || (event.end !== null && compatibleDates(d.value, event.end))),
	);
}

function mentionsEventPlace(sentence: Sentence, event: Event): boolean {
	return event.place !== null && sentence.places.some(p => p.id === event.place || p.nameEn === event.place);
}

/**
 * A named speaker's words are a statement even when they mention the venue
 * ("Zakharova said Moscow received an offer from Brussels"); a date of the
 * event makes a sentence about when it happens, whoever reports it.
 */
export function sentenceKind(sentence: Sentence, event: Event): RowKind {
	const claim = event.statusClaims.find(c => c.sentence === sentence.id);
	if ((claim && (claim.status === 'held' || claim.status === 'failed')) || hasCue(sentence, OUTCOME_CUES)) return 'outcome';
	if (mentionsEventDate(sentence, event)) return 'date-place';
	if (hasCue(sentence, ATTENDANCE_CUES)) return 'attendance';
	if (sentence.attribution?.speaker) return 'statement';
	if (mentionsEventPlace(sentence, event)) return 'date-place';
	if (sentence.attribution) return 'statement';
	if (plainNumbers(sentence).length > 0) return 'numbers';
	return 'context';
}

/** The row's kind: what most of its sentences are, ties broken by KIND_ORDER. */
export function rowKind(kinds: RowKind[]): RowKind {
	let best: RowKind = 'context';
	let bestCount = 0;
	for (const k of KIND_ORDER) {
		const n = kinds.filter(x => x === k).length;
		if (n > bestCount) {
			best = k;
			bestCount = n;
		}
	}
	return best;
}
