// The directory layout puts the pipeline's articles in the schema's key order
// with a copier made from the zod schema (source/dataset/build/schema-order.ts)
// instead of re-validating each with ArticleSchema.parse. For an article that
// parses, the copy must be what zod's parse returns, key order included: on the
// seeds, and on random valid articles with their keys shuffled and keys the
// schema does not list.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {schemaOrder} from '../../source/dataset/build/schema-order.js';
import {Article} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';

const inOrder = schemaOrder(Article);
/** Keys in order, undefined values included (toEqual alone would not see the order). */
const keysDeep = (v: unknown): unknown =>
	Array.isArray(v) ? v.map(keysDeep) : v && typeof v === 'object' ? Object.entries(v).map(([k, x]) => [k, keysDeep(x)]) : v;

describe('schemaOrder is zod parse without the checks', () => {
	it('on the seeds articles', async () => {
		const {dataset} = await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json', jobs: 1});
		expect(dataset.articles.length).toBeGreaterThanOrEqual(5);
		for (const a of dataset.articles) {
			// Shuffled top-level keys: the pipeline's own order must not matter.
			const shuffled = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
			expect(keysDeep(inOrder(shuffled))).toEqual(keysDeep(Article.parse(shuffled)));
			expect(JSON.stringify(inOrder(a))).toBe(JSON.stringify(Article.parse(a)));
		}
	}, 120_000);

	const span = {start: fc.nat(), end: fc.nat()};
	const ref = fc.record(
		{id: fc.string(), nameEn: fc.string(), text: fc.string(), nameAr: fc.string(), ...span},
		{requiredKeys: ['id', 'nameEn', 'text', 'start', 'end']},
	);
	const sentence = fc.record({
		text: fc.string(),
		id: fc.string(),
		index: fc.nat(),
		line: fc.integer({min: 1}),
		...span,
		kind: fc.constantFrom('title', 'body', 'caption'),
		actors: fc.array(
			fc.record(
				{id: fc.string(), nameEn: fc.string(), nameAr: fc.string(), text: fc.string(), ...span, source: fc.constant('discovered')},
				{requiredKeys: ['id', 'nameEn', 'nameAr', 'text', 'start', 'end']},
			),
			{maxLength: 2},
		),
		roles: fc.array(fc.record({roleEn: fc.string(), text: fc.string(), ...span}), {maxLength: 2}),
		organizations: fc.array(ref, {maxLength: 2}),
		places: fc.array(ref, {maxLength: 2}),
		dates: fc.constant([]),
		citedSources: fc.constant([]),
		attribution: fc.option(
			fc.record({verb: fc.string(), role: fc.constant(null), speaker: fc.option(fc.record({nameEn: fc.string(), id: fc.string()}), {nil: null}), ...span}),
			{nil: null},
		),
		numbers: fc.array(
			fc.record({value: fc.double({noNaN: true, noDefaultInfinity: true}), text: fc.string(), unit: fc.option(fc.string(), {nil: null}), ...span}),
			{maxLength: 2},
		),
		events: fc.array(fc.string(), {maxLength: 2}),
		extra: fc.string(),
	});
	const article = fc.record(
		{
			url: fc.option(fc.string(), {nil: null}),
			id: fc.string(),
			file: fc.string(),
			outlet: fc.option(fc.string(), {nil: null}),
			outletFrom: fc.option(fc.constantFrom('page', 'url', 'manifest'), {nil: null}),
			wire: fc.option(fc.record({place: fc.option(fc.string(), {nil: null}), id: fc.string(), name: fc.string(), line: fc.integer({min: 1})}), {nil: null}),
			title: fc.option(fc.string(), {nil: null}),
			titleLine: fc.option(fc.integer({min: 1}), {nil: null}),
			published: fc.constant(null),
			publishedFrom: fc.constant(null),
			language: fc.constantFrom('ar', 'en'),
			sentences: fc.array(sentence, {maxLength: 3}),
			boilerplate: fc.array(fc.record({text: fc.string(), line: fc.integer({min: 1}), reason: fc.string()}), {maxLength: 2}),
			captions: fc.array(fc.record({text: fc.string(), line: fc.integer({min: 1})}), {maxLength: 2}),
			unknown: fc.jsonValue(),
		},
		{requiredKeys: ['id', 'file', 'outlet', 'title', 'titleLine', 'published', 'publishedFrom', 'url', 'sentences', 'boilerplate', 'captions']},
	);

	it('on random valid articles, keys in any order, extra keys, language left to its default', () => {
		fc.assert(
			fc.property(article, a => {
				const input = a as unknown as Article;
				expect(keysDeep(inOrder(input))).toEqual(keysDeep(Article.parse(input)));
			}),
			{numRuns: 300},
		);
	});
});
