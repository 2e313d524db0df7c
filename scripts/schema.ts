// dataset.schema.json: the dataset's zod schema (source/dataset/schema.ts) as
// JSON Schema, the contract for tools that read or write a dataset without
// this code (Python, jq, another language's validator). scripts/build.mjs runs
// this when it builds the bundle, so the file cannot drift from the schema the
// CLI checks datasets against.
import * as z from 'zod';
import * as schema from '../source/dataset/schema.js';

// Named parts become $defs (a validator's messages then say "Sentence", not a
// path of numbers); the rest is inlined.
const NAMED = {
	Article: schema.Article,
	Sentence: schema.Sentence,
	Actor: schema.Actor,
	Role: schema.Role,
	Entity: schema.Entity,
	Source: schema.Source,
	Event: schema.Event,
	DateClaim: schema.DateClaim,
	Day: schema.Day,
	Unresolved: schema.Unresolved,
	ActorRef: schema.ActorRef,
	EntityRef: schema.EntityRef,
	DateRef: schema.DateRef,
	SourceRef: schema.SourceRef,
	NumberRef: schema.NumberRef,
	Attribution: schema.Attribution,
};

export function datasetJsonSchema(pkg: {name: string; version: string}): Record<string, unknown> {
	const registry = z.registry<{id?: string; title?: string; description?: string}>();
	for (const [id, part] of Object.entries(NAMED)) registry.add(part, {id});
	registry.add(schema.Dataset, {
		title: `${pkg.name} dataset, version ${schema.DATASET_VERSION}`,
		description: `What \`${pkg.name} ingest\` writes to a .json file and what --data reads (generated from source/dataset/schema.ts by ${pkg.name} ${pkg.version}). Text offsets are UTF-16 code units, end exclusive; dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD). ${pkg.name} ignores fields it does not know, but writes none.`,
	});
	// 'output': what ingest writes (no field beyond these); draft 2020-12, the current JSON Schema.
	return z.toJSONSchema(schema.Dataset, {metadata: registry, target: 'draft-2020-12', io: 'output'}) as Record<string, unknown>;
}
