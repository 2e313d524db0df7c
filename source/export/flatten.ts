// Flat cells for CSV, Markdown and table output. Arrays become `;`-joined
// lists (ids and ISO dates never contain `;`), so a cell round-trips to the
// JSON value by splitting on `;`.

function flatItem(item: unknown): string {
	if (item === null || item === undefined) return '';
	if (Array.isArray(item)) return item.map(flatItem).join('-'); // spans: [start, end] → start-end
	if (typeof item === 'object') {
		const object = item as Record<string, unknown>;
		// Date claims: article=value (or article=start/end for ranges).
		if (typeof object.article === 'string' && 'value' in object) {
			const end = object.end && object.end !== object.value ? `/${String(object.end)}` : '';
			return `${object.article}=${String(object.value)}${end}`;
		}
		if (typeof object.id === 'string') return object.id;
		return JSON.stringify(object);
	}
	return String(item);
}

export function flatCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.map(flatItem).join(';');
	return flatItem(value);
}

/** The record's values for `fields`, flattened, in order. */
export function flatRow(record: Record<string, unknown>, fields: readonly string[]): string[] {
	return fields.map(field => flatCell(record[field]));
}

/** The record with only `fields`, in that order (missing fields become null): what JSON and NDJSON print. */
export function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const field of fields) out[field] = record[field] ?? null;
	return out;
}
