// Which records an export writes: the sentences that pass the filters (and
// --ids), or the articles and events they belong to, in reading order. The CLI's
// `export` and the explorer's export prompt both write through this.
import type {Event} from '../dataset/schema.js';
import type {Filters, Query} from '../query/types.js';
import type {ExportRecord} from './fields.js';
import {articleRecord, eventRecord, sentenceRecord} from './records.js';

export const UNITS = ['sentence', 'article', 'event'] as const;
export type Unit = (typeof UNITS)[number];

/** Sentence ids passing the filters, with --ids (for sentences) applied in our own order. */
function filteredSentences(query: Query, filters: Filters, ids: string[] | null): string[] {
	const matched = query.filter(filters);
	if (ids === null) return matched;
	const wanted = new Set(ids);
	return matched.filter(id => wanted.has(id));
}

export function* exportRecords(query: Query, unit: Unit, filters: Filters, ids: string[] | null): Generator<ExportRecord> {
	const sentences = filteredSentences(query, filters, unit === 'sentence' ? ids : null);
	if (unit === 'sentence') {
		for (const id of sentences) {
			const hit = query.sentence(id);
			if (hit) yield sentenceRecord(hit.article, hit.sentence, query.english(id));
		}
		return;
	}
	const wanted = ids ? new Set(ids) : null;
	if (unit === 'article') {
		const seen = new Set<string>();
		for (const id of sentences) {
			const hit = query.sentence(id);
			if (!hit || seen.has(hit.article.id)) continue;
			seen.add(hit.article.id);
			if (!wanted || wanted.has(hit.article.id)) yield articleRecord(hit.article);
		}
		return;
	}
	// Events: those the matching sentences mention (limited to --event when given), in dataset order.
	const mentioned = new Set<string>();
	for (const id of sentences) for (const event of query.sentence(id)?.sentence.events ?? []) mentioned.add(event);
	const only = filters.event ? new Set(filters.event) : null;
	for (const event of query.list('events') as Event[]) {
		if (!mentioned.has(event.id)) continue;
		if (only && !only.has(event.id)) continue;
		if (wanted && !wanted.has(event.id)) continue;
		yield eventRecord(event, query);
	}
}
