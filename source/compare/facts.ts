// The fact grid: for each fact, each outlet's value, null where the outlet
// says nothing of it (an omission), and a conflict where outlets disagree.
// Only date, status and measured numbers can conflict: a place, a participant
// or a speaker that one outlet names and another doesn't is an omission, not
// a contradiction.
import type {Article, Event} from '../dataset/schema.js';
import {compatibleDates, plainNumbers} from './kinds.js';
import {eventSentences} from './lookup.js';
import type {ConflictValue, Fact, FactCell, FactKey} from './types.js';

export const FACT_LABELS: Record<FactKey, string> = {
	date: 'Date',
	place: 'Place',
	participants: 'Participants',
	speakers: 'Speakers quoted',
	numbers: 'Numbers',
	status: 'What happened',
};

type Cells = Record<string, FactCell | null>;

function uniq(xs: string[]): string[] {
	return [...new Set(xs)];
}

function cell(values: string[], sentences: string[]): FactCell | null {
	const v = uniq(values);
	return v.length ? {values: v, sentences: uniq(sentences)} : null;
}

/** Per article, values read off the article's event sentences. */
function fromSentences(articles: Article[], eventId: string, pick: (s: Article['sentences'][number]) => string[]): Cells {
	const cells: Cells = {};
	for (const a of articles) {
		const values: string[] = [];
		const sentences: string[] = [];
		for (const s of eventSentences(a, eventId)) {
			const v = pick(s);
			if (v.length) {
				values.push(...v);
				sentences.push(s.id);
			}
		}
		cells[a.id] = cell(values, sentences);
	}
	return cells;
}

function groupValues(entries: Array<[string, string]>): ConflictValue[] {
	const m = new Map<string, string[]>();
	for (const [value, article] of entries) {
		const list = m.get(value) ?? [];
		if (!list.includes(article)) list.push(article);
		m.set(value, list);
	}
	return [...m].map(([value, articles]) => ({value, articles})).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function dateText(value: string, end: string | null): string {
	return end && end !== value ? `${value}/${end}` : value;
}

/**
 * Dates conflict when two outlets' most precise claims cannot both be true:
 * 2022-01-10 vs 2022-01-11 do; 2022-01 vs 2022-01-12 do not (one is coarser).
 */
export function dateFact(event: Event, articles: Article[]): Fact {
	const cells: Cells = {};
	const best: Array<[string, string]> = [];
	for (const a of articles) {
		const claims = event.dateClaims.filter(c => c.article === a.id);
		cells[a.id] = cell(
			claims.map(c => dateText(c.value, c.end)),
			claims.map(c => c.sentence),
		);
		if (claims.length) {
			const precise = [...claims].sort((x, y) => y.value.length - x.value.length || (x.value < y.value ? -1 : 1))[0]!;
			best.push([precise.value, a.id]);
		}
	}
	const conflict = best.some(([v], i) => best.some(([w], j) => j > i && !compatibleDates(v, w)));
	return {key: 'date', label: FACT_LABELS.date, cells, conflict, ...(conflict ? {conflictValues: groupValues(best)} : {})};
}

/** Scheduled and held/failed cannot both be true of the same meeting at the same time of telling. */
export function statusFact(event: Event, articles: Article[]): Fact {
	const cells: Cells = {};
	const told: Array<[string, string]> = [];
	for (const a of articles) {
		const claims = event.statusClaims.filter(c => c.article === a.id && c.status !== 'unknown');
		const order = ['scheduled', 'held', 'failed'];
		const statuses = uniq(claims.map(c => c.status)).sort((x, y) => order.indexOf(x) - order.indexOf(y));
		cells[a.id] = cell(
			statuses,
			claims.map(c => c.sentence),
		);
		// An outlet that reports the meeting as held (or failed) tells that it happened.
		if (statuses.some(s => s !== 'scheduled')) told.push([statuses.filter(s => s !== 'scheduled').join(', '), a.id]);
		else if (statuses.length) told.push(['scheduled', a.id]);
	}
	const happened = told.some(([v]) => v !== 'scheduled');
	const scheduled = told.some(([v]) => v === 'scheduled');
	const conflict = happened && scheduled;
	return {key: 'status', label: FACT_LABELS.status, cells, conflict, ...(conflict ? {conflictValues: groupValues(told)} : {})};
}

/** Numbers conflict only when two outlets measure the same unit differently (4 hours vs 5 hours). */
export function numbersFact(event: Event, articles: Article[]): Fact {
	const cells = fromSentences(articles, event.id, s => plainNumbers(s).map(n => n.text));
	const byUnit = new Map<string, Array<[string, string]>>();
	for (const a of articles) {
		for (const s of eventSentences(a, event.id)) {
			for (const n of plainNumbers(s)) {
				// Years (2002, 2019) date different things, they do not measure one.
				if (!n.unit || (Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100)) continue;
				const list = byUnit.get(n.unit) ?? [];
				list.push([String(n.value), a.id]);
				byUnit.set(n.unit, list);
			}
		}
	}
	const conflicting: Array<[string, string]> = [];
	for (const [unit, list] of byUnit) {
		const articlesFor = (v: string) => new Set(list.filter(([w]) => w === v).map(([, a]) => a));
		const values = uniq(list.map(([v]) => v));
		// A disagreement needs two different outlets behind two different values.
		const disagree = values.some((v, i) => values.some((w, j) => j > i && [...articlesFor(v)].some(a => [...articlesFor(w)].some(b => a !== b))));
		if (disagree) conflicting.push(...list.map(([v, a]): [string, string] => [`${v} ${unit}`, a]));
	}
	const conflict = conflicting.length > 0;
	return {key: 'numbers', label: FACT_LABELS.numbers, cells, conflict, ...(conflict ? {conflictValues: groupValues(conflicting)} : {})};
}

export function buildFacts(event: Event, articles: Article[]): Fact[] {
	const plain = (key: FactKey, cells: Cells): Fact => ({key, label: FACT_LABELS[key], cells, conflict: false});
	return [
		dateFact(event, articles),
		plain(
			'place',
			fromSentences(articles, event.id, s => s.places.map(p => p.nameEn)),
		),
		plain(
			'participants',
			fromSentences(articles, event.id, s => [...s.actors.map(a => a.nameEn), ...s.organizations.map(o => o.nameEn)]),
		),
		plain(
			'speakers',
			fromSentences(articles, event.id, s => (s.attribution ? [s.attribution.speaker?.nameEn ?? s.attribution.role ?? 'anonymous'] : [])),
		),
		numbersFact(event, articles),
		statusFact(event, articles),
	];
}

/** Only the facts that can conflict: cheaper than a full comparison, for listing. */
export function conflictingFacts(event: Event, articles: Article[]): Fact[] {
	return [dateFact(event, articles), numbersFact(event, articles), statusFact(event, articles)].filter(f => f.conflict);
}
