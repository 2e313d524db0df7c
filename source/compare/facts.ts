// The fact grid: for each fact, each outlet's value, null where the outlet
// says nothing of it (an omission), and a conflict where outlets disagree.
// Only date, status and measured numbers can conflict: a place, a participant
// or a speaker that one outlet names and another doesn't is an omission, not
// a contradiction. Place, participants and numbers are the event's own, read
// off its mentions (where each clause puts the event, who takes part in it,
// what it counts), not every name of the sentences; datasets written before
// mentions were recorded fall back to the sentences.
import type {Article, Event, EventMention} from '../dataset/schema.js';
import {compatibleDates, plainNumbers} from './kinds.js';
import {eventSentences, mentionsIn} from './lookup.js';
import {DURATIONS, numberText, statusContradictions, statusTimeline} from './timeline.js';
import {buildColumns} from './columns.js';
import {refNames} from './names.js';
import type {ConflictValue, Fact, FactCell, FactKey, NamingDiscrepancy} from './types.js';

export const FACT_LABELS: Record<FactKey, string> = {
	date: 'Date',
	place: 'Place',
	participants: 'Participants',
	speakers: 'Speakers quoted',
	numbers: 'Numbers',
	status: 'What happened',
	naming: 'Naming',
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

/**
 * The disagreeing values, who gives each and when they wrote it. The value
 * strictly more outlets give than any other is the majority; the others are
 * odd (on a tie every value is).
 */
export function groupValues(entries: Array<[string, string]>, articles: Article[]): ConflictValue[] {
	const published = new Map(articles.map(a => [a.id, a.published]));
	const m = new Map<string, string[]>();
	for (const [value, article] of entries) {
		const list = m.get(value) ?? [];
		if (!list.includes(article)) list.push(article);
		m.set(value, list);
	}
	const sizes = [...m.values()].map(l => l.length).sort((a, b) => b - a);
	const majority = sizes.length > 1 && sizes[0]! > sizes[1]! ? sizes[0]! : null;
	return [...m]
		.map(([value, list]) => ({value, articles: list, published: list.map(a => published.get(a) ?? null), odd: list.length !== majority}))
		.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function namesOf(articles: Article[], eventId: string): (id: string) => string {
	return refNames(articles.flatMap(a => eventSentences(a, eventId)));
}

/** Per article, values read off the event's mentions. */
function fromMentions(event: Event, articles: Article[], pick: (ms: EventMention[], article: Article) => string[]): Cells {
	const cells: Cells = {};
	for (const a of articles) {
		const ms = mentionsIn(event, a.id);
		const values = pick(ms, a);
		// The sentences behind the values, not every mention of the article.
		cells[a.id] = cell(
			values,
			ms.filter(m => pick([m], a).length > 0).map(m => m.sentence),
		);
	}
	return cells;
}

/** Where the outlet puts the event: the place its mentions give most often (ties: all of them). */
export function placeFact(event: Event, articles: Article[]): Fact {
	if (!event.mentionDetails)
		return plainFact(
			'place',
			fromSentences(articles, event.id, s => s.places.map(p => p.nameEn)),
		);
	const name = namesOf(articles, event.id);
	const cells: Cells = {};
	for (const a of articles) {
		const counts = new Map<string, number>();
		const where = new Map<string, string[]>();
		for (const m of mentionsIn(event, a.id)) {
			if (!m.place) continue;
			counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
			where.set(m.place, [...(where.get(m.place) ?? []), m.sentence]);
		}
		const top = Math.max(0, ...counts.values());
		const best = [...counts].filter(([, n]) => n === top).map(([id]) => id);
		cells[a.id] = cell(
			best.map(name),
			best.flatMap(id => where.get(id)!),
		);
	}
	return plainFact('place', cells);
}

/** Who takes part as the outlet tells it: its mentions' participants, less an organisation named in the body's place by this outlet alone. */
export function participantsFact(event: Event, articles: Article[], naming: NamingDiscrepancy[] = []): Fact {
	if (!event.mentionDetails)
		return plainFact(
			'participants',
			fromSentences(articles, event.id, s => [...s.actors.map(a => a.nameEn), ...s.organizations.map(o => o.nameEn)]),
		);
	const name = namesOf(articles, event.id);
	return plainFact(
		'participants',
		fromMentions(event, articles, (ms, a) => {
			const misnamed = new Set(naming.filter(d => d.article === a.id).map(d => d.named.id));
			return ms
				.flatMap(m => m.participants)
				.filter(id => !misnamed.has(id))
				.map(name);
		}),
	);
}

function plainFact(key: FactKey, cells: Cells): Fact {
	return {key, label: FACT_LABELS[key], cells, conflict: false};
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
	return {key: 'date', label: FACT_LABELS.date, cells, conflict, ...(conflict ? {conflictValues: groupValues(best, articles)} : {})};
}

/**
 * Each outlet's status as of the day it wrote (timeline.ts): a status that
 * changes between reports written on different days is a development; only
 * claims about the same state of the world that cannot both be true conflict.
 */
export function statusFact(event: Event, articles: Article[]): Fact {
	const steps = statusTimeline(event, buildColumns(articles, event), articles);
	const cells: Cells = {};
	for (const a of articles) {
		const step = steps.find(x => x.article === a.id);
		cells[a.id] = step ? {values: [step.status, ...step.outcomes.filter(o => o !== step.status)], sentences: step.sentences} : null;
	}
	const pairs = statusContradictions(steps, event.date);
	const conflict = pairs.length > 0;
	const told = pairs.flat().map((x): [string, string] => [x.status, x.article]);
	return {key: 'status', label: FACT_LABELS.status, cells, conflict, ...(conflict ? {conflictValues: groupValues(told, articles)} : {})};
}

/**
 * Numbers conflict when two outlets give different values for the same count
 * about the same state of the world: written on the same day (912 and 1,014
 * dead), or a duration of an event both wrote after (4 hours and 5 hours). A
 * toll that rises between reports of different days is a development.
 */
export function numbersFact(event: Event, articles: Article[]): Fact {
	if (!event.mentionDetails) return sentenceNumbersFact(event, articles);
	const cells = fromMentions(event, articles, ms => ms.flatMap(m => m.numbers.map(numberText)));
	const published = new Map(articles.map(a => [a.id, a.published]));
	const claims: Array<{count: string; value: number; article: string}> = [];
	for (const a of articles)
		for (const m of mentionsIn(event, a.id)) for (const n of m.numbers) if (n.counts) claims.push({count: n.counts, value: n.value, article: a.id});
	const over = (article: string) => {
		const p = published.get(article);
		return !!p && !!event.date && p > (event.end ?? event.date);
	};
	const conflicting: Array<[string, string]> = [];
	for (const x of claims) {
		for (const y of claims) {
			if (x.article >= y.article || x.count !== y.count || x.value === y.value) continue;
			const px = published.get(x.article);
			const sameDay = !!px && px === published.get(y.article);
			const settled = DURATIONS.has(x.count) && over(x.article) && over(y.article);
			if (!sameDay && !settled) continue;
			conflicting.push([`${x.value.toLocaleString('en-US')} ${x.count}`, x.article], [`${y.value.toLocaleString('en-US')} ${y.count}`, y.article]);
		}
	}
	const conflict = conflicting.length > 0;
	return {key: 'numbers', label: FACT_LABELS.numbers, cells, conflict, ...(conflict ? {conflictValues: groupValues(conflicting, articles)} : {})};
}

/** Datasets without mentions: numbers of the event's sentences, conflicting when two outlets measure one unit differently. */
function sentenceNumbersFact(event: Event, articles: Article[]): Fact {
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
	return {key: 'numbers', label: FACT_LABELS.numbers, cells, conflict, ...(conflict ? {conflictValues: groupValues(conflicting, articles)} : {})};
}

/** The naming row: what an outlet calls the event's body where the others name it otherwise. */
export function namingFact(articles: Article[], naming: NamingDiscrepancy[]): Fact {
	const cells: Cells = {};
	for (const a of articles) {
		const own = naming.filter(d => d.article === a.id);
		cells[a.id] = own.length ? {values: own.map(d => `${d.named.name} (for ${d.body.name})`), sentences: own.map(d => d.sentence)} : null;
	}
	return plainFact('naming', cells);
}

/**
 * Conflicting facts first, then the naming row when an outlet misnames the
 * body, then the rest in their usual order: a reader sees what is disputed
 * before what is agreed.
 */
export function buildFacts(event: Event, articles: Article[], naming: NamingDiscrepancy[] = []): Fact[] {
	const facts = [
		dateFact(event, articles),
		placeFact(event, articles),
		participantsFact(event, articles, naming),
		plainFact(
			'speakers',
			fromSentences(articles, event.id, s => (s.attribution ? [s.attribution.speaker?.nameEn ?? s.attribution.role ?? 'anonymous'] : [])),
		),
		numbersFact(event, articles),
		statusFact(event, articles),
	];
	const rank = (f: Fact) => (f.conflict ? 0 : 2);
	const sorted = facts
		.map((f, i) => ({f, i}))
		.sort((x, y) => rank(x.f) - rank(y.f) || x.i - y.i)
		.map(x => x.f);
	if (naming.length) sorted.splice(sorted.filter(f => f.conflict).length, 0, namingFact(articles, naming));
	return sorted;
}

/** Only the facts that can conflict: cheaper than a full comparison, for listing. */
export function conflictingFacts(event: Event, articles: Article[]): Fact[] {
	return [dateFact(event, articles), numbersFact(event, articles), statusFact(event, articles)].filter(f => f.conflict);
}
