// Events on which outlets disagree, for `list events --conflicts`.
import type {Dataset} from '../dataset/schema.js';
import {conflictingFacts} from './facts.js';
import {reportingArticles} from './lookup.js';

export type EventConflicts = {eventId: string; facts: string[]};

export function listConflicts(dataset: Dataset): EventConflicts[] {
	const out: EventConflicts[] = [];
	for (const event of dataset.events) {
		const facts = conflictingFacts(event, reportingArticles(dataset, event)).map(f => f.key);
		if (facts.length) out.push({eventId: event.id, facts});
	}
	return out;
}
