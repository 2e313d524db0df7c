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

/**
 * copy(value, plan) as code written for the plan: one function for each
 * object and array of it, each key read and written by name. A directory
 * ingest copies every article so (directory-prepare.ts); walking the plan
 * took 55 ms per 1k articles against 24-27 ms for this (the same 1k, three
 * rounds each), ~3% of a parse worker's time. The code is made from the
 * schema's own keys and defaults (held in a closure, not written as text),
 * never from the data.
 */
export function compileCopy(plan: Plan): (value: unknown) => unknown {
	const functions: string[] = [];
	const fallbacks: unknown[] = [];
	/** The name of the function that copies along `p`, or null for a leaf (the value itself). */
	const write = (p: Plan): string | null => {
		if (p.kind === 'leaf') return null;
		const name = `copy${functions.length}`;
		const at = functions.push('') - 1;
		if (p.kind === 'array') {
			const item = write(p.item);
			functions[at] = `function ${name}(v) {
	if (v === null || v === undefined) return v;
	const n = v.length;
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = ${item ? `${item}(v[i])` : 'v[i]'};
	return out;
}`;
			return name;
		}
		const steps = p.fields.map(({key, plan: fp, fallback}) => {
			const k = JSON.stringify(key);
			const sub = write(fp);
			const missing = fallback !== undefined ? `out[${k}] = fallbacks[${fallbacks.push(fallback) - 1}];` : `if (hasOwn(v, ${k})) out[${k}] = undefined;`;
			return `\tx = v[${k}];\n\tif (x !== undefined) out[${k}] = ${sub ? `${sub}(x)` : 'x'};\n\telse ${missing}`;
		});
		functions[at] = `function ${name}(v) {
	if (v === null || v === undefined) return v;
	const out = {};
	let x;
${steps.join('\n')}
	return out;
}`;
		return name;
	};
	const root = write(plan);
	if (root === null) return value => value;
	const make = new Function('fallbacks', 'hasOwn', `${functions.join('\n')}\nreturn ${root};`) as (
		fallbacks: unknown[],
		hasOwn: typeof Object.hasOwn,
	) => (value: unknown) => unknown;
	return make(fallbacks, Object.hasOwn);
}

/** A copier for records of `schema`: keys in the schema's order, unknown keys dropped, defaults filled, no checks. */
export function schemaOrder<S extends z.ZodType>(schema: S): (value: z.infer<S>) => z.infer<S> {
	const {plan, fallback} = planOf(schema);
	const copyOf = compileCopy(plan);
	return value => copyOf(value === undefined ? fallback : value) as z.infer<S>;
}
