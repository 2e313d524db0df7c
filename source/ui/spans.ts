// Highlight spans of a sentence: its entities coloured by kind, and the spans
// that match the facet value being browsed.
import type {FacetValue} from '../query/types.js';
import type {Event, Sentence} from '../dataset/schema.js';
import type {Highlight} from './text.js';

export function entityHighlights(sentence: Sentence): Highlight[] {
	const spans: Highlight[] = [];
	for (const d of sentence.dates) spans.push({start: d.start, end: d.end, style: 'date'});
	for (const n of sentence.numbers) spans.push({start: n.start, end: n.end, style: 'number'});
	for (const p of sentence.places) spans.push({start: p.start, end: p.end, style: 'place'});
	for (const o of sentence.organizations) spans.push({start: o.start, end: o.end, style: 'org'});
	for (const s of sentence.citedSources) spans.push({start: s.start, end: s.end, style: 'source'});
	for (const r of sentence.roles) spans.push({start: r.start, end: r.end, style: 'actor'});
	for (const a of sentence.actors) spans.push({start: a.start, end: a.end, style: 'actor'});
	if (sentence.attribution) spans.push({start: sentence.attribution.start, end: sentence.attribution.end, style: 'verb'});
	return spans;
}

// DateRef's range end is shadowed by the span's `end` in the schema, so only the
// start value can be compared here.
function dayCovers(value: string | null, day: string): boolean {
	return value === day;
}

/** Spans of the sentence that the facet value stands for (the actor, the source, the date…). */
export function matchHighlights(sentence: Sentence, value: FacetValue | undefined, event?: Event): Highlight[] {
	if (!value) return [];
	const match = (start: number, end: number): Highlight => ({start, end, style: 'match'});
	switch (value.kind) {
		case 'actors':
			return sentence.actors.filter(a => a.id === value.id).map(a => match(a.start, a.end));
		case 'sources':
			return sentence.citedSources.filter(s => s.id === value.id).map(s => match(s.start, s.end));
		case 'days':
			return sentence.dates.filter(d => dayCovers(d.value, value.id)).map(d => match(d.start, d.end));
		case 'events':
			// The dataset keeps no trigger-word span; what ties a sentence to its event
			// on the page is the event's date and place, so those are marked.
			if (!event) return [];
			return [
				...sentence.dates
					.filter(d => d.value !== null && (d.value === event.date || event.dateClaims.some(c => c.value === d.value)))
					.map(d => match(d.start, d.end)),
				...sentence.places.filter(p => p.id === event.place).map(p => match(p.start, p.end)),
			];
		default:
			return [];
	}
}

/** Cut a long sentence so the first highlight is visible in a one-line snippet. */
export function snippet(text: string, highlights: Highlight[], room: number): {text: string; highlights: Highlight[]} {
	const first = highlights.reduce((min, h) => Math.min(min, h.start), Number.POSITIVE_INFINITY);
	if (!Number.isFinite(first) || first < room / 2) return {text, highlights};
	// Start at a word boundary a little before the match, and say we cut.
	let start = Math.max(0, first - Math.floor(room / 4));
	const space = text.lastIndexOf(' ', start);
	if (space > 0 && first - space < room / 2) start = space + 1;
	const shift = start - 1;
	return {
		text: '…' + text.slice(start),
		highlights: highlights.map(h => ({...h, start: Math.max(1, h.start - shift), end: Math.max(1, h.end - shift)})),
	};
}
