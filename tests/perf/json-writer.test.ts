// The JSON layout's writer (source/dataset/build/json-writer.ts) encodes
// strings and numbers itself, into UTF-8 slabs, instead of leaving them to
// JSON.stringify: its bytes must be the old serializer's (serialise-reference.ts)
// for any string (quotes, backslashes, control characters, lone and paired
// surrogates, short ones encoded by its loop and long ones by Node's writer),
// any number (fractions, -0, NaN, infinities, the bounds of its digit loop),
// and records that do not fit the slab they start in. The dataset-shaped and
// corpus-wide comparisons are serialise.test.ts's.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {JsonOut, jsonText, writerOf} from '../../source/dataset/build/json-writer.js';
import {planOf} from '../../source/dataset/build/schema-order.js';
import {sortedJson, sortedJsonChunks} from '../../source/dataset/build/sorted-json.js';
import {Article, type Dataset, NumberRef} from '../../source/dataset/schema.js';
import {serializeDatasetReference} from './serialise-reference.js';

const reference = (v: unknown) => serializeDatasetReference(v).slice(0, -1);
const numberRef = writerOf(planOf(NumberRef).plan);

/** Strings made of what the writer treats differently: ASCII, escapes, two- and three-byte letters, surrogates. */
const piece = fc.constantFrom(
	'a',
	'Z',
	' ',
	'"',
	'\\',
	'\n',
	'\u0000',
	'\u001f',
	'\u007f',
	'é',
	'ب',
	'ـ',
	'\u2028',
	'€',
	'\ud83d\ude00',
	'\ud800',
	'\udfff',
	'\ufffd',
);
const tricky = fc.oneof(
	fc.array(piece, {maxLength: 80}).map(p => p.join('')),
	fc.string({unit: 'binary', maxLength: 80}),
	fc.string({maxLength: 80}),
);
const numbers = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(
		0,
		-0,
		9,
		10,
		99,
		100,
		0x3fffffff,
		0x40000000,
		2 ** 31,
		2 ** 53,
		-1,
		1e21,
		1e-7,
		Number.NaN,
		Number.POSITIVE_INFINITY,
		Number.NEGATIVE_INFINITY,
	),
);

describe('the JSON writer is JSON.stringify of the sorted copy', () => {
	it('for any string, in a record and as a value alone', () => {
		fc.assert(
			fc.property(tricky, tricky, (text, unit) => {
				const record = {unit, value: 1, text, start: 0, end: text.length};
				expect(jsonText(numberRef, record)).toBe(reference(record));
				expect(jsonText(numberRef, text)).toBe(JSON.stringify(text));
			}),
			{numRuns: 2000},
		);
	});

	it('for any number', () => {
		fc.assert(
			fc.property(numbers, numbers, (value, start) => {
				const record = {text: '', value, unit: null, start, end: -value};
				expect(jsonText(numberRef, record)).toBe(reference(record));
			}),
			{numRuns: 2000},
		);
	});

	it('for records larger than a slab and records that cross one', () => {
		const sentence = (i: number, size: number) => ({text: `ب"${'x'.repeat(size)}\ud83d\ude00`, value: i, unit: null, start: i, end: i + size});
		const big = {version: 1, articles: [], events: [], unresolved: [{article: 'a', line: 1, text: 'ن'.repeat(3 << 20), reason: 'long'}]};
		expect(sortedJson(big as unknown as Dataset)).toBe(serializeDatasetReference(big));
		// Many records of awkward sizes: each slab's bytes must be whole UTF-8 on their own.
		const many = {
			version: 1,
			unresolved: Array.from({length: 4000}, (_, i) => ({article: `${i}`, line: i + 1, text: sentence(i, (i * 7919) % 1500).text, reason: 'r'})),
		};
		const chunks = sortedJsonChunks(many as unknown as Dataset);
		expect(chunks.length).toBeGreaterThan(2);
		const decoder = new TextDecoder('utf-8', {fatal: true});
		expect(chunks.map(c => (typeof c === 'string' ? c : decoder.decode(c))).join('')).toBe(serializeDatasetReference(many));
	});

	it('takes back what it wrote of a record that turns out not to fit its kind', () => {
		const article = Article.parse({
			id: 'a',
			file: 'a.txt',
			outlet: null,
			title: 'عنوان',
			titleLine: 1,
			published: null,
			publishedFrom: null,
			url: null,
			sentences: [],
			boilerplate: [],
			captions: [],
		});
		const write = writerOf(planOf(Article).plan);
		// A key the schema does not list, one set to undefined, a function: found after other keys were written.
		for (const odd of [{zzz: 1}, {url: undefined}, {wire: () => 1}, {title: {b: 1, a: [2, undefined]}}]) {
			const value = {...article, ...odd};
			expect(jsonText(write, value)).toBe(reference(value));
		}
		const out = new JsonOut();
		out.begin();
		expect(write(out, () => 1)).toBe(false);
		expect(out.done().length).toBe(0);
	});
});
