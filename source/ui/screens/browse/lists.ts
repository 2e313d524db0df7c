// What the browse panes list: facet values and the sentences behind the
// selected one, memoised per query so views and reducer agree cheaply.
import type {FacetKind, FacetValue, Query} from '../../../query/types.js';
import type {State} from '../../state.js';

export const facetOrder: FacetKind[] = ['days', 'actors', 'sources', 'events'];
export const facetTitles = {days: 'Days', actors: 'Actors', sources: 'Sources', events: 'Events'} as const;

const facetCache = new WeakMap<Query, Map<FacetKind, FacetValue[]>>();
export function facetValues(query: Query, kind: FacetKind): FacetValue[] {
	let byKind = facetCache.get(query);
	if (!byKind) facetCache.set(query, (byKind = new Map()));
	let values = byKind.get(kind);
	if (!values) byKind.set(kind, (values = query.facet(kind)));
	return values;
}

export function currentValue(state: State): FacetValue | undefined {
	return facetValues(state.query, state.facet)[state.facetCursor[state.facet]];
}

const itemCache = new WeakMap<Query, Map<string, string[]>>();
/** Sentence ids of the items pane. */
export function items(state: State): string[] {
	const value = currentValue(state);
	if (!value) return [];
	let byKey = itemCache.get(state.query);
	if (!byKey) itemCache.set(state.query, (byKey = new Map()));
	const key = `${value.kind}\u0000${value.id}`;
	let ids = byKey.get(key);
	if (!ids) byKey.set(key, (ids = state.query.sentencesFor(value.kind, value.id)));
	return ids;
}

export function currentSentenceId(state: State): string | undefined {
	return items(state)[state.itemCursor];
}
