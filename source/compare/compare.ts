// compareEvent: how each outlet reported one event, as plain data (a pure
// function of the inputs the Query hands over: the event and the articles
// that report it). Rows and facts are built from the sentences linked to the
// event and nothing else; voices, citations and wording are counted over each
// reporting outlet's whole article (see voices.ts).
import {alignSentences} from './align.js';
import {buildColumns} from './columns.js';
import {buildFacts} from './facts.js';
import {eventSentences, type ComparisonInputs, type Located} from './lookup.js';
import {namingDiscrepancies} from './naming.js';
import {statusTimeline} from './timeline.js';
import type {Comparison} from './types.js';
import {articleCitations, articleVerbs, articleVoices} from './voices.js';
import {distinctivePhrases} from './wording.js';

/** `inputs`: what Query.comparisonInputs gives for the event. */
export function compareEvent(inputs: ComparisonInputs): Comparison {
	const {event} = inputs;
	const columns = buildColumns(inputs.articles, event);
	const byId = new Map(inputs.articles.map(a => [a.id, a]));
	const articles = columns.map(c => byId.get(c.article)!);

	const sentences = new Map<string, Located[]>();
	for (const a of articles)
		sentences.set(
			a.id,
			eventSentences(a, event.id).map(sentence => ({sentence, article: a})),
		);
	const labelOf = new Map(columns.map(c => [c.article, c.label]));
	const rows = alignSentences(
		event,
		columns.map(c => c.article),
		sentences,
		{event: id => inputs.eventLabel(id) ?? id, column: id => labelOf.get(id) ?? id},
	);

	const naming = namingDiscrepancies(event, articles);
	const actors = {get: inputs.actor};
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
		facts: buildFacts(event, articles, naming),
		timeline: statusTimeline(event, columns, articles),
		naming,
		voices,
		citations,
		wording: {verbs, distinctive: distinctivePhrases(articles)},
	};
}
