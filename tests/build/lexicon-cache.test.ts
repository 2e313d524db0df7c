// The built CLI reads the compiled lexicon the build wrote (dist/lexicon.cache)
// when, and only when, it is the compile of the data folders beside it: an
// installed package whose data/lexicon a user edits must see the edit.
// Checked on a copy of the package (bundle, data, package.json) whose cache
// is rewritten to say something the files do not.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {deserialize, serialize} from 'node:v8';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {LexiconData} from '../../source/ingest/lexicons.js';
import {buildCli, root} from '../cli/helpers.js';

const pkg = mkdtempSync(join(tmpdir(), 'ce-lexcache-pkg-'));
afterAll(() => rmSync(pkg, {recursive: true, force: true}));

beforeAll(() => {
	buildCli();
	for (const part of ['package.json', 'dist', 'data/lexicon', 'data/gazetteer', 'data/raw']) cpSync(join(root, part), join(pkg, part), {recursive: true});
}, 120_000);

function ingest(name: string, jobs = 1): {actors: Array<{id: string; nameEn: string}>} {
	const out = join(pkg, `${name}.json`);
	const r = spawnSync(
		process.execPath,
		[
			join(pkg, 'dist/cli.js'),
			'ingest',
			join(pkg, 'data/raw'),
			'--manifest',
			join(pkg, 'data/raw/manifest.json'),
			'--out',
			out,
			'--force',
			'--jobs',
			String(jobs),
		],
		{encoding: 'utf8', cwd: pkg},
	);
	expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
	expect(r.status).toBe(0);
	return JSON.parse(readFileSync(out, 'utf8'));
}

const nameOf = (d: ReturnType<typeof ingest>, id: string) => d.actors.find(a => a.id === id)?.nameEn;

/** Rewrite the cache's payload, keeping its header (the key of the code and data it was made from). */
function rewriteCache(edit: (data: LexiconData) => void): void {
	const file = join(pkg, 'dist/lexicon.cache');
	const bytes = readFileSync(file);
	const headerEnd = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
	const data = deserialize(bytes.subarray(headerEnd)) as LexiconData;
	edit(data);
	writeFileSync(file, Buffer.concat([bytes.subarray(0, headerEnd), serialize(data)]));
}

describe('the built CLI and dist/lexicon.cache', () => {
	it('the build wrote a cache keyed by its own inputs', () => {
		const head = readFileSync(join(root, 'dist/lexicon.cache')).subarray(0, 300).toString('latin1');
		expect(head.split('\n')[1]!.split(':')[0]).toBe(readFileSync(join(root, 'dist/.inputs'), 'utf8'));
	});

	it('is read while the data is the data it was made from (one parse worker or two), and ignored once a lexicon file is edited', () => {
		const before = ingest('before');
		expect(nameOf(before, 'jens-stoltenberg')).toBe('Jens Stoltenberg');
		// The same bytes with two workers, each loading the lexicon in its own isolate.
		expect(JSON.stringify(ingest('workers', 2))).toBe(JSON.stringify(before));

		rewriteCache(data => {
			data.entities.actors.get('jens-stoltenberg')!.nameEn = 'Stoltenberg from the cache';
		});
		expect(nameOf(ingest('cached'), 'jens-stoltenberg')).toBe('Stoltenberg from the cache');

		const actors = join(pkg, 'data/lexicon/actors.json');
		writeFileSync(actors, readFileSync(actors, 'utf8').replace('"Jens Stoltenberg"', '"Stoltenberg from the file"'));
		expect(nameOf(ingest('edited'), 'jens-stoltenberg')).toBe('Stoltenberg from the file');
	}, 60_000);
});
