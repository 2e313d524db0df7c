// The shapes corpus's scraper NDJSON piped in on standard input, the way users
// run it: the malformed third line is named as skipped with its reason and the
// exit code is 3 (some skipped); the four good records are ingested, the
// English one as English, the URL-only one with its outlet from the domain.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, root} from './helpers.js';

beforeAll(() => buildCli());

describe('cat tests/fixtures/shapes/records.ndjson | crisis-explorer ingest - --out d.json', () => {
	it('ingests four records, names line 3 as skipped, exits 3', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'ce-shapes-')), 'd.json');
		const records = join(root, 'tests/fixtures/shapes/records.ndjson');
		const result = spawnSync(
			'bash',
			['-c', `cat ${JSON.stringify(records)} | ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} ingest - --out ${JSON.stringify(out)}`],
			{
				encoding: 'utf8',
				timeout: 20_000,
			},
		);
		expect(result.status, result.stderr).toBe(3);
		expect(result.stderr).toMatch(/^skipped stdin#3: not valid JSON/m);
		expect(result.stderr).toMatch(/^ingested 4 articles/m);
		const articles = JSON.parse(readFileSync(out, 'utf8')).articles as Array<{id: string; language: string; outlet: string | null; outletFrom: string | null}>;
		expect(articles.map(a => a.id)).toEqual(['stdin#rec-001', 'stdin#rec-002', 'stdin#rec-004', 'stdin#rec-005']);
		expect(articles.find(a => a.id === 'stdin#rec-005')?.language).toBe('en');
		expect(articles.find(a => a.id === 'stdin#rec-004')?.outletFrom).toBe('url');
	});
});
