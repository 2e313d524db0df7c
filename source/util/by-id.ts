// Records by their id: the lookup every id-keyed collection starts from.

/** A map from each item's id to the item; a later duplicate wins (schemas reject duplicates first). */
export function byId<T extends {id: string}>(items: readonly T[]): Map<string, T> {
	return new Map(items.map(item => [item.id, item]));
}
