// Facet lists (Days · Actors · Sources · Events) with counts and the short
// secondary text each row shows. One kind at a time, from plain lists: a
// dataset directory lists a kind without making the others' records.
import type {Actor, Day, Event, Source} from '../dataset/schema.js';
import type {FacetKind, FacetValue} from './types.js';
import {latestRole, roleOn} from '../lexicon/roles.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The dataset's reference date: the last day it covers (or the last
 * publication date). A role is "current" if it spans that date.
 */
export function referenceDate(days: Array<{date: string}>, published: Iterable<string | null> = []): string | null {
	let last: string | null = null;
	for (const d of days) if (last === null || d.date > last) last = d.date;
	for (const p of published) if (p && (last === null || p > last)) last = p;
	return last;
}

/** The role held on the date (lexicon/roles.ts); when none is, the most recent one describes the actor best. */
export function currentRole(actor: Actor, date: string | null): string {
	return (roleOn(actor.roles, date) ?? latestRole(actor.roles))?.titleEn ?? '';
}

export function eventDetail(e: Event): string {
	return [e.date ?? 'undated', e.place].filter(Boolean).join(' · ');
}

/** How many sentences stand behind a value (counts.ts says which). */
export type FacetCount = (kind: FacetKind, id: string) => number;

export type FacetSource = {
	days: () => Array<Pick<Day, 'date' | 'events'>>;
	actors: () => Actor[];
	sources: () => Source[];
	events: () => Event[];
	/** How many articles a day names (spoken of or published on it). */
	dayArticles: (date: string) => number;
	/** The reference date for actors' current roles. */
	referenceDate: () => string | null;
};

/** One kind's facet list. Every list is ordered by what its rows show: days by date, the others by count. */
export function facetOf(kind: FacetKind, from: FacetSource, count: FacetCount): FacetValue[] {
	switch (kind) {
		case 'days':
			return [...from.days()]
				.sort((a, b) => a.date.localeCompare(b.date))
				.map(d => ({
					kind: 'days',
					id: d.date,
					label: d.date,
					labelAr: null,
					detail: `${plural(d.events.length, 'event')} · ${plural(from.dayArticles(d.date), 'article')}`,
					count: count('days', d.date),
				}));
		case 'actors': {
			const ref = from.referenceDate();
			return from
				.actors()
				.map(
					(a): FacetValue => ({
						kind: 'actors',
						id: a.id,
						label: a.nameEn,
						labelAr: a.nameAr || null,
						detail: currentRole(a, ref),
						count: count('actors', a.id),
					}),
				)
				.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
		}
		case 'sources':
			return from
				.sources()
				.map((s): FacetValue => ({kind: 'sources', id: s.id, label: s.name, labelAr: s.nameAr, detail: s.kind, count: count('sources', s.id)}))
				.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
		case 'events':
			return [...from.events()]
				.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.label.localeCompare(b.label))
				.map((e): FacetValue => ({kind: 'events', id: e.id, label: e.label, labelAr: e.labelAr || null, detail: eventDetail(e), count: count('events', e.id)}));
	}
}
