// Discovered people are merged across articles (a surname alone, or a name
// without its middle, joins the fuller form another article gives) in both
// dataset layouts: the directory ingest streams articles, so it must wait for
// the whole corpus before it can rename them, as the JSON ingest does. The
// crisis corpus has such people (البرهان alone in one article, تينوبو, بولا
// تينوبو and بولا أحمد تينوبو across three).
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import {buildQuery} from '../../source/query/build.js';
import type {Query} from '../../source/query/types.js';

const DIR = 'tests/fixtures/crisis';
const work = mkdtempSync(join(tmpdir(), 'crisis-merge-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

let json: Query;
let directory: Query;
beforeAll(async () => {
	const opts = {manifestPath: `${DIR}/manifest.json`, jobs: 1};
	json = buildQuery((await ingestFolder(DIR, opts)).dataset);
	await ingestFolderToDirectory(DIR, join(work, 'd'), opts);
	directory = buildDirectoryQuery(openDirectoryDataset(join(work, 'd')));
}, 120_000);

const actors = (q: Query) =>
	q
		.facet('actors')
		.map(v => `${v.id} ${v.count}`)
		.sort();

describe('discovered people merged across articles, in both layouts', () => {
	it('gives the same actors with the same counts', () => {
		expect(actors(directory)).toEqual(actors(json));
	});
	it('merges a short form into the full name another article gives', () => {
		const ids = actors(directory).map(a => a.split(' ')[0]);
		expect(ids).toContain('bola-ahmed-tinubu');
		expect(ids).not.toContain('tinubu');
		expect(ids).not.toContain('bola-tinubu');
	});
	it('links the same events in a worker beside the second pass (two jobs) as in this thread (one), byte for byte', async () => {
		// The link worker reads an article with nothing discovered from its spill row's mentions alone, and renames the rest (link-worker.ts).
		const two = join(work, 'two.d');
		await ingestFolderToDirectory(DIR, two, {manifestPath: `${DIR}/manifest.json`, jobs: 2, linkWorker: true});
		const files = readdirSync(join(work, 'd')).sort();
		expect(readdirSync(two).sort()).toEqual(files);
		for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(work, 'd', f))), f).toBe(true);
	}, 120_000);
	it('leaves no spill file behind', () => {
		expect(readdirSync(join(work, 'd')).filter(f => f.startsWith('.'))).toEqual([]);
	});
});
