// The bundled dataset is generated, never edited: a fresh ingest of data/raw
// must reproduce data/dataset.json byte for byte (`npm run ingest` refreshes it).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';

describe('bundled dataset', () => {
	it('is what a fresh ingest of data/raw produces, byte for byte, every time', async () => {
		const first = serializeDataset((await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json'})).dataset);
		const second = serializeDataset((await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json'})).dataset);
		expect(second).toBe(first);
		const bundled = readFileSync('data/dataset.json', 'utf8');
		// Compare lengths first: a diff of two large strings is unreadable.
		expect(bundled.length, 'data/dataset.json is stale: run `npm run ingest`').toBe(first.length);
		expect(bundled === first, 'data/dataset.json is stale: run `npm run ingest`').toBe(true);
	});
});
