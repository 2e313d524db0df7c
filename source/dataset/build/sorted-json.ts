// The JSON layout's bytes: every object's keys in sorted order, compact, so a
// fresh run is byte-identical whatever order the pipeline built a record's keys
// in. The old serializer copied the whole dataset with each object's keys
// sorted (Object.keys, a sort and a key-by-key build for each of 170k objects),
// then stringified the copy: 155 ms of 291 on the 1k corpus (issue 21).
//
// Here each record kind of the schema has its own copier, made once from the
// zod schema: one object literal with the kind's keys in sorted order (V8
// builds a literal from a template, the fastest object there is), so the copy
// costs little more than reading the fields. A key the schema does not list
// would be dropped by such a literal, so an object whose own keys are not
// exactly the kind's defined ones (an extra key, a key set to undefined, a
// value where the schema has none) goes through the generic sorted copy
// instead: the bytes are the old serializer's for any value
// (tests/perf/serialise.test.ts checks it against that one).
import {Dataset} from '../schema.js';
import {planOf, type Plan} from './schema-order.js';
import {type ArticleBytes, bytesWithEvents} from './article-json.js';

/** Articles whose JSON was written where they were parsed (article-json.ts, in UTF-8), keyed by the dataset's article objects. */
export type ArticleTexts = WeakMap<object, ArticleBytes>;
/** A dataset's JSON in pieces to write one after another: text, and articles' UTF-8 as written by the parse workers. */
export type JsonChunks = Array<string | Uint8Array>;

type Copy = (value: unknown) => unknown;

/** The generic sorted copy, for what the schema's copiers do not fit: one sort per distinct key list. */
export function withSortedKeys(value: unknown, orders: Map<string, string[]> = new Map()): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) return value.map(v => withSortedKeys(v, orders));
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record);
	// JSON of the list, not a join: no separator can tell ['a\u0000b'] from ['a', 'b'], nor [''] from [].
	const shape = JSON.stringify(keys);
	let sorted = orders.get(shape);
	if (!sorted) orders.set(shape, (sorted = keys.sort()));
	const out: Record<string, unknown> = {};
	for (const k of sorted) out[k] = withSortedKeys(record[k], orders);
	return out;
}

const generic: Copy = value => withSortedKeys(value);
/** A value where the schema has a string, number, enum…: an object there is copied generically. */
const leaf: Copy = value => (typeof value === 'object' && value !== null ? generic(value) : value);

function arrayCopier(item: Copy): Copy {
	return value => {
		if (!Array.isArray(value)) return generic(value);
		const out = new Array<unknown>(value.length);
		for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
		return out;
	};
}

/**
 * A copier for one object kind: reads each key once, counts the own keys, and
 * builds a literal in sorted key order. Generated (keys are the schema's own
 * identifiers, never data) because only a literal written out key by key gets
 * V8's fixed-shape fast path; a loop of keyed stores was twice the cost.
 */
function objectCopier(keys: string[], copies: Copy[]): Copy {
	const values = keys.map((_, i) => `const v${i} = o[${JSON.stringify(keys[i])}];`).join('\n');
	const defined = keys.map((_, i) => `(v${i} !== undefined)`).join(' + ');
	const fields = keys.map((k, i) => `${JSON.stringify(k)}: v${i} === undefined ? undefined : c[${i}](v${i})`).join(',\n');
	// A prototype other than Object's (a class instance) or a null one: the generic copy, as the old serializer wrote it.
	const body = `return function copy(o) {
		if (typeof o !== 'object' || o === null) return o;
		if (Array.isArray(o) || Object.getPrototypeOf(o) !== proto) return generic(o);
		${values}
		let n = 0;
		for (const k in o) n++;
		if (n !== ${defined || '0'}) return generic(o);
		return {${fields}};
	};`;
	return new Function('c', 'generic', 'proto', body)(copies, generic, Object.prototype) as Copy;
}

function copierOf(plan: Plan): Copy {
	if (plan.kind === 'leaf') return leaf;
	if (plan.kind === 'array') return arrayCopier(copierOf(plan.item));
	const fields = [...plan.fields].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return objectCopier(
		fields.map(f => f.key),
		fields.map(f => copierOf(f.plan)),
	);
}

type Writer = (dataset: Dataset, texts?: ArticleTexts) => JsonChunks;
let writer: Writer | null = null;
let articles: Copy | null = null;

/** The copier sortedJson uses for each article (article-json.ts writes with it too). */
export function articleCopier(): Copy {
	if (articles) return articles;
	const {plan} = planOf(Dataset);
	const field = plan.kind === 'object' ? plan.fields.find(f => f.key === 'articles') : undefined;
	if (field?.plan.kind !== 'array') throw new Error('sorted-json: the dataset schema has no articles list');
	articles = copierOf(field.plan.item);
	return articles;
}

/**
 * The dataset's own keys written one by one and each list's records stringified
 * one at a time: a record's sorted copy dies as soon as it is written, in the
 * young generation, where a copy of the whole dataset (30 MB of JSON at 1k
 * articles) lived long enough to be promoted and cost major collections.
 */
function datasetWriter(): Writer {
	const {plan} = planOf(Dataset);
	if (plan.kind !== 'object') throw new Error('sorted-json: the dataset schema is not an object');
	const fields = [...plan.fields].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const parts = fields.map(f => ({
		key: f.key,
		head: `${JSON.stringify(f.key)}:`,
		item: f.plan.kind === 'array' ? copierOf(f.plan.item) : null,
		whole: copierOf(f.plan),
	}));
	const whole = copierOf(plan);
	return (dataset, texts) => {
		const record = dataset as unknown as Record<string, unknown>;
		if (Object.getPrototypeOf(record) !== Object.prototype || Object.keys(record).length !== parts.filter(p => record[p.key] !== undefined).length)
			return [JSON.stringify(whole(dataset))];
		// Text runs joined; an article's bytes end the run before them and go as they are.
		const chunks: JsonChunks = [];
		let run: string[] = [];
		const bytes = (pieces: JsonChunks) => {
			for (const piece of pieces) {
				if (typeof piece === 'string') run.push(piece);
				else {
					chunks.push(run.join(''));
					run = [];
					chunks.push(piece);
				}
			}
		};
		let comma = '{';
		for (const p of parts) {
			const value = record[p.key];
			if (value === undefined) continue;
			if (p.item && Array.isArray(value)) {
				run.push(`${comma}${p.head}[`);
				for (let i = 0; i < value.length; i++) {
					if (i > 0) run.push(',');
					const t = p.key === 'articles' ? texts?.get(value[i]) : undefined;
					const sentences = t && (value[i] as Dataset['articles'][number]).sentences;
					if (!t) run.push(JSON.stringify(p.item(value[i])) ?? 'null');
					else bytes(bytesWithEvents(t, sentences!));
				}
				run.push(']');
			} else run.push(`${comma}${p.head}${JSON.stringify(p.whole(value))}`);
			comma = ',';
		}
		run.push(comma === '{' ? '{}' : '}');
		chunks.push(run.join(''));
		return chunks;
	};
}

/**
 * Compact JSON of a dataset with every object's keys sorted, and a final newline.
 * `texts`: articles already written (article-json.ts), each the text of the
 * dataset's article but for its sentences' events, which are put in here.
 */
export function sortedJson(dataset: Dataset, texts?: ArticleTexts): string {
	return sortedJsonChunks(dataset, texts)
		.map(c => (typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('utf8')))
		.join('');
}

/** sortedJson's text in pieces, for a file: the articles' bytes written by the parse workers are not made text again. */
export function sortedJsonChunks(dataset: Dataset, texts?: ArticleTexts): JsonChunks {
	writer ??= datasetWriter();
	const chunks = writer(dataset, texts);
	chunks.push('\n');
	return chunks;
}
