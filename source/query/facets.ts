// Facet lists (Days · Actors · Sources · Events) with counts and the short
// secondary text each row shows.
import type {Actor, Dataset, Event} from '../dataset/schema.js';
import type {FacetValue} from './types.js';
import {latestRole, roleOn} from '../lexicon/roles.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The dataset's reference date: the last day it covers (or the last
 * publication date). A role is "current" if it spans that date.
 */
export function referenceDate(dataset: Dataset): string | null {
	const dates = [...dataset.days.map(d => d.date), ...dataset.articles.map(a => a.published).filter((d): d is string => Boolean(d))].sort();
	return dates.at(-1) ?? null;
}

/** The role held on the date (lexicon/roles.ts); when none is, the most recent one describes the actor best. */
export function currentRole(actor: Actor, date: string | null): string {
	return (roleOn(actor.roles, date) ?? latestRole(actor.roles))?.titleEn ?? '';
}

export function eventDetail(e: Event): string {
	return [e.date ?? 'undated', e.place].filter(Boolean).join(' · ');
}

export function buildFacets(
	dataset: Dataset,
	count: (kind: FacetValue['kind'], id: string) => number,
	// A directory dataset knows each day's article count without reading its lists.
	dayArticles: (d: Dataset['days'][number]) => number = d => new Set([...d.articles, ...d.published]).size,
): Record<FacetValue['kind'], FacetValue[]> {
	const ref = referenceDate(dataset);
	const days = [...dataset.days]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((d): FacetValue => ({
			kind: 'days',
			id: d.date,
			label: d.date,
			labelAr: null,
			detail: `${plural(d.events.length, 'event')} · ${plural(dayArticles(d), 'article')}`,
			count: count('days', d.date),
		}));
	const actors = [...dataset.actors]
		.sort((a, b) => b.mentions - a.mentions || a.nameEn.localeCompare(b.nameEn))
		.map((a): FacetValue => ({kind: 'actors', id: a.id, label: a.nameEn, labelAr: a.nameAr || null, detail: currentRole(a, ref), count: count('actors', a.id)}));
	const sources = dataset.sources
		.map((s): FacetValue => ({kind: 'sources', id: s.id, label: s.name, labelAr: s.nameAr, detail: s.kind, count: count('sources', s.id)}))
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
	const events = [...dataset.events]
		.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.label.localeCompare(b.label))
		.map((e): FacetValue => ({kind: 'events', id: e.id, label: e.label, labelAr: e.labelAr || null, detail: eventDetail(e), count: count('events', e.id)}));
	return {days, actors, sources, events};
}

