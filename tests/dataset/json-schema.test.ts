// dataset.schema.json is the contract for tools that do not run this code: a
// JSON Schema validator must accept the bundled dataset and reject what the
// zod schema rejects. Ajv 8 (draft 2020-12) stands in for "another tool".
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import {beforeAll, describe, expect, it} from 'vitest';
import {Dataset} from '../../source/dataset/schema.js';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildCli, root} from '../cli/helpers.js';
import {writeCorpus} from '../../bench/corpus.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed dataset, mutated at any depth
type Json = Record<string, any>;
let validate: ((data: unknown) => boolean) & {errors?: Array<{instancePath: string; message?: string}> | null};
const bundled = () => JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')) as Json;

beforeAll(() => {
	buildCli();
	const schema = JSON.parse(readFileSync(join(root, 'dist/dataset.schema.json'), 'utf8'));
	validate = new Ajv2020({allErrors: true}).compile(schema);
}, 120_000);

describe('dataset.schema.json with a JSON Schema validator', () => {
	it('accepts the bundled dataset and the test fixture', () => {
		expect(validate(bundled()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(validate(JSON.parse(JSON.stringify(miniDataset))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	it('accepts a dataset ingested from a generated corpus of 1,000 articles', async () => {
		const work = mkdtempSync(join(tmpdir(), 'ce-schema-'));
		try {
			const corpus = join(work, 'corpus');
			writeCorpus({articles: 1000, out: corpus, seed: 20220112});
			const result = await ingestFolder(corpus, {manifestPath: join(corpus, 'manifest.json'), jobs: 1});
			expect(result.dataset.articles).toHaveLength(1000);
			// Through the written text, as another tool would read the file.
			const written = JSON.parse(serializeDataset(result.dataset));
			expect(validate(written), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		} finally {
			rmSync(work, {recursive: true, force: true});
		}
	}, 120_000);

	it.each<[string, (d: Json) => void, RegExp]>([
		['a line number of 0', d => (d.articles[0].sentences[1].line = 0), /^\/articles\/0\/sentences\/1\/line$/],
		['a date that is not ISO', d => (d.events[0].date = '12 يناير'), /^\/events\/0\/date$/],
		['a missing field', d => delete d.actors[0].nameAr, /^\/actors\/0$/],
		['an unknown sentence kind', d => (d.articles[0].sentences[0].kind = 'headline'), /^\/articles\/0\/sentences\/0\/kind$/],
		['another schema version', d => (d.version = 2), /^\/version$/],
	])('rejects %s, as the zod schema does', (_, mutate, path) => {
		const data = bundled();
		mutate(data);
		expect(Dataset.safeParse(data).success).toBe(false);
		expect(validate(data)).toBe(false);
		expect(validate.errors!.map(e => e.instancePath)).toEqual(expect.arrayContaining([expect.stringMatching(path)]));
	});
});
