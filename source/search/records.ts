// What each kind of dataset record offers to search. Actors are findable by
// any name, alias or role title (a role phrase names a person: الأطلسي finds
// the NATO Secretary General), events by label and type, sources by name.
import type {Dataset} from '../dataset/schema.js';
import type {SearchKind} from './types.js';
import type {SearchRecord} from './text-index.js';
import {displayTitleText} from '../dataset/display-title.js';

export const SEARCH_KINDS: SearchKind[] = ['actor', 'event', 'source', 'article', 'sentence'];

const nonEmpty = (xs: Array<string | null | undefined>) => xs.filter((x): x is string => Boolean(x?.trim()));

/** Everything but sentences, from the record lists (a directory dataset passes empty lists for what its stored index holds). */
export function entityRecords(dataset: Pick<Dataset, 'actors' | 'events' | 'sources' | 'articles'>): Record<Exclude<SearchKind, 'sentence'>, SearchRecord[]> {
	return {
		actor: dataset.actors.map(a => ({
			kind: 'actor',
			id: a.id,
			label: a.nameEn,
			fields: nonEmpty([a.nameEn, a.nameAr, ...a.aliases, ...a.roles.flatMap(r => [r.titleEn, ...r.titleAr])]),
		})),
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
		fields: [s.text],
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
