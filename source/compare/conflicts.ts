// Events on which outlets disagree, for `list events --conflicts`.
import {conflictingFacts} from './facts.js';
import type {ComparisonInputs} from './lookup.js';

export type EventConflicts = {eventId: string; facts: string[]};

/** `events`: each event's comparison inputs (Query.comparisonInputs), in the order to list them. */
export function listConflicts(events: Iterable<ComparisonInputs>): EventConflicts[] {
	const out: EventConflicts[] = [];
	for (const {event, articles} of events) {
		const facts = conflictingFacts(event, articles).map(f => f.key);
		if (facts.length) out.push({eventId: event.id, facts});
	}
	return out;
}
