// What each kind of dataset record offers to search. Actors are findable by
// any name, alias or role title (a role phrase names a person: الأطلسي finds
// the NATO Secretary General), events by label and type, sources by name.
import type {Dataset, Entity, Event, Sentence, Source} from '../dataset/schema.js';
import {eventName} from '../english/gist.js';
import type {SearchKind} from './types.js';
import type {MentionSpan, SearchRecord} from './text-index.js';
import {displayTitleText} from '../dataset/display-title.js';

export const SEARCH_KINDS: SearchKind[] = ['actor', 'event', 'source', 'article', 'sentence'];

const nonEmpty = (xs: Array<string | null | undefined>) => xs.filter((x): x is string => Boolean(x?.trim()));

/** Everything but sentences, from the record lists (a directory dataset passes empty lists for what its stored index holds). */
export function entityRecords(dataset: Pick<Dataset, 'actors' | 'events' | 'sources' | 'articles'>): Record<Exclude<SearchKind, 'sentence'>, SearchRecord[]> {
	return {
		actor: dataset.actors.map(a => {
			const names = nonEmpty([a.nameEn, a.nameAr, ...a.aliases]);
			// Role titles are labels: matched from a word start only (records.ts → rank.ts).
			return {
				kind: 'actor',
				id: a.id,
				label: a.nameEn,
				fields: [...names, ...nonEmpty(a.roles.flatMap(r => [r.titleEn, ...r.titleAr]))],
				wordsFrom: names.length,
			};
		}),
		event: dataset.events.map(e => ({kind: 'event', id: e.id, label: e.label, fields: nonEmpty([e.label, e.labelAr, e.type])})),
		source: dataset.sources.map(s => ({kind: 'source', id: s.id, label: s.name, fields: nonEmpty([s.name, s.nameAr])})),
		article: dataset.articles.map(a => ({kind: 'article', id: a.id, label: displayTitleText(a), fields: nonEmpty([a.title, a.outlet])})),
	};
}

/** Every sentence's record, yielding between articles every `perStep` sentences, for a build spread over idle time. */
export function* sentenceRecordSteps(dataset: Dataset, perStep: number): Generator<void, SearchRecord[]> {
	const out: SearchRecord[] = [];
	let n = 0;
	for (const a of dataset.articles) {
		if (n >= perStep) {
			n = 0;
			yield;
		}
		n += a.sentences.length;
		out.push(...articleSentenceRecords(a));
	}
	return out;
}

function articleSentenceRecords(a: Dataset['articles'][number]): SearchRecord[] {
	return a.sentences.map(s => ({
		kind: 'sentence' as const,
		id: s.id,
		label: s.text,
		// A machine translation, where there is one, finds the sentence by its English words.
		fields: s.translation?.text ? [s.text, s.translation.text] : [s.text],
		wordsFrom: 1,
		names: sentenceNames(s),
		actors: [
			...s.actors.map(r => ({id: r.id, start: r.start, end: r.end})),
			// A quote attributed to someone is about them even when the
			// sentence names them only through the verb's subject.
			...(s.attribution?.speaker && !s.actors.some(r => r.id === s.attribution!.speaker!.id)
				? [{id: s.attribution.speaker.id, start: s.attribution.start, end: s.attribution.end}]
				: []),
		],
	}));
}

/** What a sentence names besides actors, keyed as nameRecords keys them, with spans in its text. */
export function sentenceNames(s: Sentence): MentionSpan[] {
	return [
		...s.places.map(r => ({id: `place:${r.id}`, start: r.start, end: r.end})),
		...s.organizations.map(r => ({id: `org:${r.id}`, start: r.start, end: r.end})),
		// A photo credit is not a citation (dataset/build/counts.ts).
		...s.citedSources.filter(c => c.kind === 'agency' && !c.photo).map(r => ({id: `source:${r.id}`, start: r.start, end: r.end})),
		...s.events.map(id => ({id: `event:${id}`, start: 0, end: 0})),
	];
}

const LATIN = /[A-Za-z]/;

/**
 * English names that lead to sentences naming the thing in Arabic: places and
 * organisations (name and Latin aliases), cited agencies, and events by their
 * name alone (the label without its place and date, so "geneva" finds the
 * sentences that name Geneva, not every sentence of the talks held there).
 * Every field is a name matched from a word start (wordsFrom 0).
 */
export function nameRecords(dataset: {
	places: Array<Pick<Entity, 'id' | 'nameEn' | 'aliases'>>;
	organizations: Array<Pick<Entity, 'id' | 'nameEn' | 'aliases'>>;
	sources: Array<Pick<Source, 'id' | 'name' | 'kind'>>;
	events: Array<Pick<Event, 'id' | 'label'>>;
}): SearchRecord[] {
	const entity = (prefix: string) => (e: Pick<Entity, 'id' | 'nameEn' | 'aliases'>) => ({
		kind: 'sentence' as const,
		id: `${prefix}:${e.id}`,
		label: e.nameEn,
		fields: nonEmpty([e.nameEn, ...e.aliases.filter(a => LATIN.test(a))]),
		wordsFrom: 0,
	});
	return [
		...dataset.places.map(entity('place')),
		...dataset.organizations.map(entity('org')),
		...dataset.sources
			.filter(s => s.kind === 'agency')
			.map(s => ({kind: 'sentence' as const, id: `source:${s.id}`, label: s.name, fields: nonEmpty([s.name]), wordsFrom: 0})),
		...dataset.events.map(e => ({kind: 'sentence' as const, id: `event:${e.id}`, label: e.label, fields: nonEmpty([eventName(e.label)]), wordsFrom: 0})),
	];
}
