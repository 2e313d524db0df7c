// compareEvent: how each outlet reported one event, as plain data (a pure
// function of the dataset). Rows and facts are built from the sentences
// linked to the event and nothing else; voices, citations and wording are
// counted over each reporting outlet's whole article (see voices.ts).
import type {Dataset} from '../dataset/schema.js';
import {alignSentences} from './align.js';
import {buildColumns} from './columns.js';
import {buildFacts} from './facts.js';
import {buildLookup, eventSentences, type Located, reportingArticles} from './lookup.js';
import type {Comparison} from './types.js';
import {actorIndex, articleCitations, articleVerbs, articleVoices} from './voices.js';
import {distinctivePhrases} from './wording.js';

export class UnknownEventError extends Error {
	constructor(readonly eventId: string) {
		super(`unknown event: ${eventId}`);
		this.name = 'UnknownEventError';
	}
}

export function compareEvent(dataset: Dataset, eventId: string): Comparison {
	const event = dataset.events.find(e => e.id === eventId);
	if (!event) throw new UnknownEventError(eventId);
	const lookup = buildLookup(dataset);
	const columns = buildColumns(reportingArticles(dataset, event));
	const articles = columns.map(c => lookup.article.get(c.article)!);

	const sentences = new Map<string, Located[]>();
	for (const a of articles) sentences.set(a.id, eventSentences(a, eventId).map(sentence => ({sentence, article: a})));
	const labelOf = new Map(columns.map(c => [c.article, c.label]));
	const eventLabel = new Map(dataset.events.map(e => [e.id, e.label]));
	const rows = alignSentences(
		event,
		columns.map(c => c.article),
		sentences,
		{event: id => eventLabel.get(id) ?? id, column: id => labelOf.get(id) ?? id},
	);

	const actors = actorIndex(dataset);
	const voices: Comparison['voices'] = {};
	const citations: Comparison['citations'] = {};
	const verbs: Comparison['wording']['verbs'] = {};
	for (const a of articles) {
		voices[a.id] = articleVoices(a, actors);
		citations[a.id] = articleCitations(a);
		verbs[a.id] = articleVerbs(a);
	}

	return {
		event: {id: event.id, label: event.label, date: event.date, end: event.end, place: event.place},
		columns,
		rows,
		facts: buildFacts(event, articles),
		voices,
		citations,
		wording: {verbs, distinctive: distinctivePhrases(articles)},
	};
}
