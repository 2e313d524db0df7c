// The JSON layout's bytes: every object's keys in sorted order, compact, so a
// fresh run is byte-identical whatever order the pipeline built a record's keys
// in. Each record is written by json-writer.ts (keys sorted once, from the
// schema), record by record, as UTF-8 into slabs the sink writes as they are.
// tests/perf/serialise.test.ts checks the bytes against the old serializer.
import {Dataset} from '../schema.js';
import {planOf, type Plan} from './schema-order.js';
import {type ArticleBytes, bytesWithEvents} from './article-json.js';
import {JsonOut, withSortedKeys, type Write, writerOf} from './json-writer.js';

export {withSortedKeys};

/** Articles whose JSON was written where they were parsed (article-json.ts, in UTF-8), keyed by the dataset's article objects. */
export type ArticleTexts = WeakMap<object, ArticleBytes>;
/** A dataset's JSON in pieces to write one after another. */
export type JsonChunks = Array<string | Uint8Array>;

/** The article kind's plan (the schema's `articles` item). */
function articlePlan(): Plan {
	const {plan} = planOf(Dataset);
	const field = plan.kind === 'object' ? plan.fields.find(f => f.key === 'articles') : undefined;
	if (field?.plan.kind !== 'array') throw new Error('sorted-json: the dataset schema has no articles list');
	return field.plan.item;
}

let articleWrite: Write | null = null;
/** The writer sortedJson uses for each article (article-json.ts writes with it too). */
export function articleWriter(): Write {
	articleWrite ??= writerOf(articlePlan());
	return articleWrite;
}

type Writer = (dataset: Dataset, texts?: ArticleTexts) => JsonChunks;
let writer: Writer | null = null;

const bytes = (s: string) => Buffer.from(s);
const [COMMA, OPEN, CLOSE, END, EMPTY] = [',', '[', ']', '}\n', '{}\n'].map(bytes) as [Buffer, Buffer, Buffer, Buffer, Buffer];

/**
 * The dataset's own keys written one by one and each list's records one at a
 * time, each into UTF-8 as it is written: no text of the whole dataset (58 MB
 * of UTF-16 at 1k articles) is made.
 */
function datasetWriter(): Writer {
	const {plan} = planOf(Dataset);
	if (plan.kind !== 'object') throw new Error('sorted-json: the dataset schema is not an object');
	const fields = [...plan.fields].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const parts = fields.map(f => ({
		key: f.key,
		head: bytes(`,${JSON.stringify(f.key)}:`),
		first: bytes(`{${JSON.stringify(f.key)}:`),
		item: f.plan.kind === 'array' ? (f.key === 'articles' ? articleWriter() : writerOf(f.plan.item)) : null,
		whole: writerOf(f.plan),
	}));
	const whole = writerOf(plan);
	return (dataset, texts) => {
		const record = dataset as unknown as Record<string, unknown>;
		const out = new JsonOut();
		out.begin();
		// Not the plain object with the schema's keys: written whole, as generally as any value.
		if (
			typeof record !== 'object' ||
			record === null ||
			Array.isArray(record) ||
			Object.getPrototypeOf(record) !== Object.prototype ||
			Object.keys(record).length !== parts.filter(p => record[p.key] !== undefined).length
		) {
			whole(out, dataset);
			out.byte(10);
			return out.done();
		}
		let started = false;
		for (const p of parts) {
			const value = record[p.key];
			if (value === undefined) continue;
			const at = out.mark();
			out.ascii(started ? p.head : p.first);
			if (p.item && Array.isArray(value)) {
				out.ascii(OPEN);
				for (let i = 0; i < value.length; i++) {
					out.begin();
					if (i > 0) out.ascii(COMMA);
					const t = p.key === 'articles' ? texts?.get(value[i]) : undefined;
					if (t) {
						for (const piece of bytesWithEvents(t, (value[i] as Dataset['articles'][number]).sentences)) {
							if (typeof piece === 'string') out.text(piece);
							else out.bytes(piece);
						}
					} else if (!p.item(out, value[i])) out.text('null');
				}
				out.ascii(CLOSE);
			} else if (!p.whole(out, value)) {
				// A value JSON cannot write (a function) leaves its key out.
				out.back(at);
				continue;
			}
			started = true;
			out.begin();
		}
		out.ascii(started ? END : EMPTY);
		return out.done();
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

/** sortedJson's bytes in pieces, for a file: UTF-8, the articles' bytes from the parse workers among them, each piece whole UTF-8. */
export function sortedJsonChunks(dataset: Dataset, texts?: ArticleTexts): JsonChunks {
	writer ??= datasetWriter();
	return writer(dataset, texts);
}
