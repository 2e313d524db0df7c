// The reducer's view of a comparison: its shape and which sentence sits in a
// cell, computed once per event through source/compare.
import {compareEvent} from '../compare/compare.js';
import type {Comparison} from '../compare/types.js';
import type {Query} from '../query/types.js';
import type {Deps} from './state.js';

export function comparisonCache(query: Query): (eventId: string) => Comparison | null {
	const cache = new Map<string, Comparison | null>();
	return eventId => {
		if (!cache.has(eventId)) {
			const inputs = query.comparisonInputs(eventId);
			cache.set(eventId, inputs ? compareEvent(inputs) : null);
		}
		return cache.get(eventId) ?? null;
	};
}

export function compareDeps(get: (eventId: string) => Comparison | null): Pick<Deps, 'compareShape' | 'compareCell' | 'compareSentences'> {
	return {
		compareShape(eventId) {
			const c = get(eventId);
			return c ? {rows: c.rows.length, columns: c.columns.length} : {rows: 0, columns: 0};
		},
		compareCell(eventId, row, column) {
			const c = get(eventId);
			const article = c?.columns[column]?.article;
			return (article && c?.rows[row]?.cells[article]?.[0]) ?? null;
		},
		compareSentences(eventId) {
			const c = get(eventId);
			if (!c) return [];
			return c.rows.flatMap(r => c.columns.flatMap(col => r.cells[col.article] ?? []));
		},
	};
}
