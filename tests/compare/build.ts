// Tiny builders for hand-made datasets: spans are found in the text so they
// cannot drift from it.
import type {Article, Dataset, Event, Sentence} from '../../source/dataset/schema.js';
import {compareEvent, listConflicts, type Comparison, type EventConflicts} from '../../source/compare/index.js';
import {buildQuery} from '../../source/query/build.js';

type Named = [id: string, nameEn: string, text: string];
export type Spec = {
	text: string;
	actors?: Named[];
	places?: Named[];
	orgs?: Named[];
	dates?: Array<[text: string, value: string]>;
	numbers?: Array<[text: string, value: number, unit: string | null]>;
	cited?: Array<[id: string, name: string, kind: 'agency' | 'anonymous', text: string]>;
	said?: {speaker?: [id: string, nameEn: string]; role?: string; verb: string};
	events?: string[];
};

function span(text: string, sub: string) {
	const start = text.indexOf(sub);
	if (start < 0) throw new Error(`'${sub}' not in '${text}'`);
	return {start, end: start + sub.length};
}

export function article(id: string, outlet: string | null, published: string | null, specs: Spec[]): Article {
	const sentences = specs.map(
		(s, index): Sentence => ({
			id: `${id}:${index}`,
			index,
			line: index + 1,
			start: 0,
			end: s.text.length,
			text: s.text,
			kind: index === 0 ? 'title' : 'body',
			actors: (s.actors ?? []).map(([aid, nameEn, text]) => ({id: aid, nameEn, nameAr: text, text, ...span(s.text, text)})),
			roles: [],
			organizations: (s.orgs ?? []).map(([oid, nameEn, text]) => ({id: oid, nameEn, text, ...span(s.text, text)})),
			places: (s.places ?? []).map(([pid, nameEn, text]) => ({id: pid, nameEn, text, ...span(s.text, text)})),
			dates: (s.dates ?? []).map(([text, value]) => ({text, value, rangeEnd: null, resolution: 'absolute' as const, qualifier: null, ...span(s.text, text)})),
			citedSources: (s.cited ?? []).map(([cid, name, kind, text]) => ({id: cid, name, kind, text, ...span(s.text, text)})),
			attribution: s.said
				? {
						speaker: s.said.speaker ? {id: s.said.speaker[0], nameEn: s.said.speaker[1]} : null,
						role: s.said.role ?? null,
						verb: s.said.verb,
						...span(s.text, s.said.verb),
					}
				: null,
			numbers: (s.numbers ?? []).map(([text, value, unit]) => ({text, value, unit, ...span(s.text, text)})),
			events: s.events ?? [],
		}),
	);
	return {
		id,
		file: `data/raw/${id}.txt`,
		outlet,
		title: specs[0]?.text ?? '',
		titleLine: 1,
		published,
		publishedFrom: 'manifest',
		url: null,
		language: 'ar',
		sentences,
		boilerplate: [],
		captions: [],
	};
}

export function event(id: string, articles: Article[], extra: Partial<Event> = {}): Event {
	const sentences = articles.flatMap(a => a.sentences.filter(s => s.events.includes(id)).map(s => s.id));
	return {
		id,
		type: 'meeting',
		label: id,
		labelAr: id,
		date: null,
		end: null,
		place: null,
		participants: [],
		articles: articles.filter(a => a.sentences.some(s => s.events.includes(id))).map(a => a.id),
		mentions: sentences.length,
		sentences,
		dateClaims: [],
		statusClaims: [],
		...extra,
	};
}

export function dataset(articles: Article[], events: Event[], actors: Dataset['actors'] = []): Dataset {
	return {version: 1, articles, actors, organizations: [], places: [], sources: [], events, days: [], unresolved: []};
}

export function actor(id: string, nameEn: string, affiliation: Dataset['actors'][number]['affiliation']): Dataset['actors'][number] {
	return {id, nameEn, nameAr: nameEn, aliases: [], roles: [], affiliation, mentions: 1, articles: []};
}

/** The comparison of one event of a dataset, from the inputs the Query hands over (as the CLI and the explorer get it). */
export function compareIn(ds: Dataset, eventId: string): Comparison {
	const inputs = buildQuery(ds).comparisonInputs(eventId);
	if (!inputs) throw new Error(`no event ${eventId}`);
	return compareEvent(inputs);
}

/** `list events --conflicts` over a dataset. */
export function conflictsIn(ds: Dataset): EventConflicts[] {
	const q = buildQuery(ds);
	return listConflicts(q.ids('events').map(id => q.comparisonInputs(id)!));
}
