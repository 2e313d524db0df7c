// A record in the key order its zod schema declares, without validating it.
// The directory layout writes each article as the schema orders it (the order
// a loaded JSON dataset has, so both serialise the same way); it used to get
// that order by parsing every article the pipeline had just built with zod,
// re-validating what the pipeline itself produced (issue 21: validate at the
// boundaries, input files, manifests, datasets read back; not in between).
// This walks the schema once into a plan and copies a record along it: the
// same keys, order, defaults and stripping as zod's parse of a valid record.
import type * as z from 'zod';

export type Plan = {kind: 'leaf'} | {kind: 'array'; item: Plan} | {kind: 'object'; fields: Field[]};
/** A key of an object schema: its plan, and the default zod fills in when the value is undefined. */
type Field = {key: string; plan: Plan; fallback: unknown};

const LEAF: Plan = {kind: 'leaf'};
/** Types whose values zod passes through unchanged (checks aside). */
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'null', 'bigint']);

type Def = {type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; defaultValue?: unknown};
const defOf = (schema: z.ZodType) => (schema as unknown as {_zod: {def: Def}})._zod.def;

/** The plan of a schema and the default of its outer `.default()`, if any. */
export function planOf(schema: z.ZodType): {plan: Plan; fallback: unknown} {
	const def = defOf(schema);
	switch (def.type) {
		case 'optional':
		case 'nullable':
			return {plan: planOf(def.innerType!).plan, fallback: undefined};
		case 'default':
			return {plan: planOf(def.innerType!).plan, fallback: def.defaultValue};
		case 'array':
			return {plan: {kind: 'array', item: planOf(def.element!).plan}, fallback: undefined};
		case 'object':
			return {
				plan: {
					kind: 'object',
					fields: Object.entries(def.shape!).map(([key, s]) => ({key, ...planOf(s)})),
				},
				fallback: undefined,
			};
		default:
			// A schema kind this copy does not know (a transform, a union of objects) would be copied wrong: fail where the plan is made.
			if (!LEAVES.has(def.type)) throw new Error(`schema-order: no plan for a zod ${def.type}`);
			return {plan: LEAF, fallback: undefined};
	}
}

/**
 * A copy of value along a plan (planOf; plain data, so a plan made where zod
 * is loaded can be stored and used where it is not, as dataset/seal.ts does).
 */
export function copy(value: unknown, plan: Plan): unknown {
	if (value === null || value === undefined || plan.kind === 'leaf') return value;
	if (plan.kind === 'array') {
		const list = value as unknown[];
		const out = new Array<unknown>(list.length);
		for (let i = 0; i < list.length; i++) out[i] = copy(list[i], plan.item);
		return out;
	}
	const record = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const {key, plan: p, fallback} of plan.fields) {
		const v = record[key];
		if (v !== undefined) out[key] = copy(v, p);
		else if (fallback !== undefined) out[key] = fallback;
		// zod keeps a key given as undefined (JSON drops it either way).
		else if (Object.hasOwn(record, key)) out[key] = undefined;
	}
	return out;
}

/** A copier for records of `schema`: keys in the schema's order, unknown keys dropped, defaults filled, no checks. */
export function schemaOrder<S extends z.ZodType>(schema: S): (value: z.infer<S>) => z.infer<S> {
	const {plan, fallback} = planOf(schema);
	return value => copy(value === undefined ? fallback : value, plan) as z.infer<S>;
}
