// The bundled dataset's seal (source/dataset/seal.ts): the build validates
// data/dataset.json and records its digest; the explorer opens those bytes
// without zod, and any other bytes (an edited copy, another dataset) are
// validated as before.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openQuery} from '../../source/commands/open-query.js';
import {loadDataset} from '../../source/dataset/load.js';
import {isSealed, SEAL_FILE, sealedDataset, sha256} from '../../source/dataset/seal.js';
import {validateDataset} from '../../source/dataset/load.js';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildQuery} from '../../source/query/build.js';

const bundled = readFileSync('data/dataset.json');
const tmp = mkdtempSync(join(tmpdir(), 'ce-seal-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('the bundled dataset’s seal', () => {
	it('is the digest of data/dataset.json, written by the build (npm test builds first)', () => {
		expect(JSON.parse(readFileSync(join('dist', SEAL_FILE), 'utf8')).sha256).toBe(sha256(bundled));
		expect(isSealed(bundled)).toBe(true);
	});

	it('holds for those bytes only: one byte changed is not sealed', () => {
		const edited = Buffer.from(bundled);
		const at = edited.indexOf('"version":1');
		expect(at).toBeGreaterThan(0);
		edited[at + '"version":'.length] = '2'.charCodeAt(0);
		expect(isSealed(edited)).toBe(false);
	});

	it('an edited copy is still validated, and refused with the validator’s one line', async () => {
		const path = join(tmp, 'edited.json');
		writeFileSync(path, bundled.toString('utf8').replace('"version":1', '"version":2'));
		await expect(openQuery(path)).rejects.toThrow(/edited\.json: dataset schema version 2, this tool reads version 1/);
		const broken = join(tmp, 'broken.json');
		writeFileSync(broken, bundled.toString('utf8').replace(/"published":"\d{4}-\d\d-\d\d"/, '"published":"soon"'));
		await expect(openQuery(broken)).rejects.toThrow(/broken\.json: articles\[\d+\]\.published: /);
	});

	it('gives the objects zod’s parse gives: the same keys, in the same order, the same defaults', () => {
		const raw = bundled.toString('utf8');
		expect(JSON.stringify(sealedDataset(JSON.parse(raw)))).toBe(JSON.stringify(validateDataset(JSON.parse(raw), 'x')));
		// The file's keys are sorted and zod's are in the schema's order: the copy is what makes them agree.
		expect(Object.keys(JSON.parse(raw))[0]).not.toBe(Object.keys(validateDataset(JSON.parse(raw), 'x'))[0]);
		// A record without a defaulted field gets zod's default.
		const mini = JSON.parse(JSON.stringify(miniDataset)) as {articles: Array<Record<string, unknown>>};
		delete mini.articles[0]!.language;
		expect(JSON.stringify(sealedDataset(mini))).toBe(JSON.stringify(validateDataset(JSON.parse(JSON.stringify(mini)), 'x')));
		expect((sealedDataset(mini) as unknown as typeof mini).articles[0]!.language).toBe('ar');
	});

	it('opens to the same query as the validated load', async () => {
		const sealed = await openQuery('data/dataset.json');
		const validated = buildQuery(loadDataset('data/dataset.json'));
		for (const kind of ['days', 'actors', 'sources', 'events'] as const) expect(sealed.facetSize(kind)).toBe(validated.facetSize(kind));
		expect(JSON.stringify(sealed.facet('actors'))).toBe(JSON.stringify(validated.facet('actors')));
	});
});
