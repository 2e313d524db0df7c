// The filter rule both dataset layouts share: values of one filter are ORed,
// different filters ANDed; an absent or empty filter does not constrain (meow
// gives [] for flags that were not used).
import type {Filters} from './types.js';

export type Matchers<T> = Record<keyof Filters, (value: string) => Iterable<T>>;

/** The ids that pass every given filter, or null when no filter was given. */
export function combineFilters<T>(filters: Filters, matchers: Matchers<T>): Set<T> | null {
	let result = null as Set<T> | null;
	for (const key of Object.keys(matchers) as Array<keyof Filters>) {
		const values = filters[key];
		if (!values || values.length === 0) continue;
		const union = new Set<T>();
		for (const v of values) for (const id of matchers[key](v)) union.add(id);
		const previous: Set<T> | null = result;
		result = previous ? new Set([...previous].filter((id: T) => union.has(id))) : union;
	}
	return result;
}
