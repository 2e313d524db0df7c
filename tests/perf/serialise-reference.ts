// The JSON layout's serializer as it was before issue 21 (main at c220436):
// copy the whole dataset with every object's keys sorted, then stringify the
// copy. Test-only: the oracle source/dataset/build/sorted-json.ts must match
// byte for byte (tests/perf/serialise.test.ts).
export function serializeDatasetReference(d: unknown): string {
	return `${JSON.stringify(sortKeys(d))}\n`;
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
		return out;
	}
	return value;
}
