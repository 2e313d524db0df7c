import {beforeAll, describe, expect, it} from 'vitest';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildCli, root, run} from './helpers.js';

const raw = join(root, 'data', 'raw');
let dir: string;
beforeAll(() => {
	buildCli();
	dir = mkdtempSync(join(tmpdir(), 'ce-ingest-'));
});

describe('ingest', () => {
	it('writes a dataset the other commands read, with a one-line summary', () => {
		const out = join(dir, 'd.json');
		const result = run(['ingest', raw, '--manifest', join(raw, 'manifest.json'), '--out', out]);
		expect(result.code).toBe(0);
		expect(result.stderr.trim()).toMatch(/^ingested 5 articles · \d+ sentences · \d+ actors · \d+ events · \d+ unresolved dates$/);
		const articles = JSON.parse(run(['--data', out, 'list', 'articles', '--format', 'json']).stdout);
		expect(articles).toHaveLength(5);
		// A second run to the same file needs --force.
		expect(run(['ingest', raw, '--out', out]).code).toBe(1);
	});
	it('skips an empty, a binary and an other-script file, naming each, exit 3; an English file goes in', () => {
		const mixed = join(dir, 'mixed');
		mkdirSync(mixed);
		const seed = readdirSync(raw).find(f => f.endsWith('.txt'))!;
		copyFileSync(join(raw, seed), join(mixed, seed));
		writeFileSync(join(mixed, 'empty.txt'), '');
		writeFileSync(join(mixed, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7, 8, 0, 0x89, 0x50, 0x4e, 0x47]));
		// Latin script used to be refused at the reader; English and French now go through, with their language.
		writeFileSync(join(mixed, 'latin.txt'), 'This article is written in English about something else entirely.\n');
		writeFileSync(join(mixed, 'cyrillic.txt'), 'Эта статья написана на другом языке и о другом.\n');
		const out = join(dir, 'mixed.json');
		const result = run(['ingest', mixed, '--out', out]);
		expect(result.code).toBe(3);
		for (const name of ['empty.txt', 'binary.txt']) expect(result.stderr).toMatch(new RegExp(`skipped ${name.replace('.', '\\.')}: \\S`));
		expect(result.stderr).toMatch(/^skipped cyrillic\.txt: not Arabic, English or French text/m);
		expect(result.stderr).not.toMatch(/skipped latin\.txt/);
		expect(result.stderr).toMatch(/^ingested 2 articles/m);
		const articles = JSON.parse(readFileSync(out, 'utf8')).articles;
		expect(articles.map((a: {id: string; language: string}) => [a.id, a.language]).sort()).toEqual([
			[seed.replace('.txt', ''), 'ar'],
			['latin', 'en'],
		]);
	});
	it('nothing usable: exit 1 and nothing written', () => {
		const empty = join(dir, 'nothing');
		mkdirSync(empty);
		writeFileSync(join(empty, 'empty.txt'), '');
		const out = join(dir, 'nothing.json');
		const result = run(['ingest', empty, '--out', out]);
		expect(result.code).toBe(1);
		expect(readdirSync(dir)).not.toContain('nothing.json');
	});
	it('a missing folder and a missing --out are one-line errors', () => {
		expect(run(['ingest', join(dir, 'nope'), '--out', join(dir, 'x.json')]).code).toBe(1);
		expect(run(['ingest', raw]).code).toBe(2);
	});
});
