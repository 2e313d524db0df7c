// A dataset's records by list kind, and "did you mean" for ids typed by hand
// (the one rule every usage message uses: util/did-you-mean.ts).
import type {Actor, Article, Dataset, Day, Entity, Event, Source} from '../dataset/schema.js';
import type {ListKind} from './types.js';
import {nearest} from '../util/did-you-mean.js';

/** A dataset's records by list kind: what `list` returns and `suggest` searches. */
export function listOf(dataset: Dataset, kind: ListKind): Array<Article | Actor | Entity | Source | Event | Day> {
	return dataset[kind];
}

/** The nearest id of a kind (dates for days), by the CLI's "did you mean" rule. */
export function suggestId(dataset: Dataset, kind: ListKind, typed: string): string | null {
	return nearest(typed, kind === 'days' ? dataset.days.map(d => d.date) : dataset[kind].map(x => x.id));
}
