// The JSON layout's fast serializer (source/dataset/build/sorted-json.ts:
// per-kind copiers made from the schema, records written one at a time) must
// write exactly the bytes of the old copy-everything-and-sort serializer
// (serialise-reference.ts): on the seeds, on a generated 1k corpus, and on
// random objects of the dataset's shape with keys in any order, optional keys
// present or not, keys set to undefined and keys the schema does not list
// (those take the generic path, which must agree too).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import * as z from 'zod';
import {writeCorpus} from '../../bench/corpus.js';
import {Dataset} from '../../source/dataset/schema.js';
import {planOf, type Plan} from '../../source/dataset/build/schema-order.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';
import {serializeDatasetReference} from './serialise-reference.js';

describe('sorted JSON matches the old serializer', () => {
	it('on the seeds dataset', async () => {
		const {dataset} = await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json', jobs: 1});
		expect(dataset.articles.length).toBeGreaterThanOrEqual(5);
		expect(serializeDataset(dataset)).toBe(serializeDatasetReference(dataset));
	}, 120_000);

	describe('on a generated 1k corpus', () => {
		let dir: string;
		beforeAll(() => {
			dir = mkdtempSync(join(tmpdir(), 'ce-serialise-'));
			writeCorpus({articles: 1000, out: dir});
		});
		afterAll(() => rmSync(dir, {recursive: true, force: true}));
		it('byte for byte', async () => {
			const {dataset} = await ingestFolder(dir, {manifestPath: join(dir, 'manifest.json'), jobs: 2});
			expect(dataset.articles.length).toBe(1000);
			expect(serializeDataset(dataset)).toBe(serializeDatasetReference(dataset));
		}, 600_000);
	});

	// Values of a schema's shape: objects with their keys shuffled, optional keys left out, now and
	// then a key set to undefined or one the schema does not have, leaves of any JSON type.
	const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
	const arbitraryOf = (plan: Plan, depth: number): fc.Arbitrary<unknown> => {
		if (plan.kind === 'leaf' || depth > 4) return depth > 4 ? leaf : fc.oneof({weight: 9, arbitrary: leaf}, {weight: 1, arbitrary: fc.jsonValue()});
		if (plan.kind === 'array')
			return fc.oneof({weight: 9, arbitrary: fc.array(arbitraryOf(plan.item, depth + 1), {maxLength: 3})}, {weight: 1, arbitrary: fc.constant(null)});
		const entries = plan.fields.map(f =>
			fc.option(
				arbitraryOf(f.plan, depth + 1).map(v => [f.key, v] as const),
				{nil: null, freq: 4},
			),
		);
		const extra = fc.option(fc.tuple(fc.string({maxLength: 6}), fc.jsonValue({maxDepth: 2})), {nil: null, freq: 3});
		return fc
			.tuple(fc.tuple(...entries), extra)
			.chain(([present, more]) => {
				const pairs: Array<readonly [string, unknown]> = present.filter(p => p !== null);
				if (more && more[0] !== '__proto__') pairs.push(more);
				return fc.shuffledSubarray(pairs, {minLength: pairs.length, maxLength: pairs.length});
			})
			.map(pairs => {
				const o: Record<string, unknown> = {};
				for (const [k, v] of pairs) o[k] = v;
				return o;
			});
	};

	it('on random objects of the dataset shape', () => {
		const dataset = arbitraryOf(planOf(Dataset).plan, 0);
		fc.assert(
			fc.property(dataset, d => {
				expect(serializeDataset(d as Dataset)).toBe(serializeDatasetReference(d));
			}),
			{numRuns: 300},
		);
	});

	it('on records built in several key orders, as the pipeline builds them', () => {
		const article = z.object({b: z.string(), a: z.number()});
		expect(planOf(article).plan).toMatchObject({kind: 'object'});
		const d = {
			version: 1,
			unresolved: [],
			articles: [],
			actors: [{nameEn: 'x', id: 'a', aliases: [], articles: ['2', '1'], roles: [{to: null, titleEn: 't'}]}],
		};
		expect(serializeDataset(d as unknown as Dataset)).toBe(serializeDatasetReference(d));
		expect(serializeDataset(d as unknown as Dataset)).toBe(
			'{"actors":[{"aliases":[],"articles":["2","1"],"id":"a","nameEn":"x","roles":[{"titleEn":"t","to":null}]}],"articles":[],"unresolved":[],"version":1}\n',
		);
	});
});
