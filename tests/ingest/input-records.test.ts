// NDJSON / JSONL records: one article a line; a bad line is skipped with its
// line number and reason, never the whole file. The records are written for the test.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {UsageError} from '../../source/errors.js';
import {parseColumns} from '../../source/ingest/input/columns.js';
import {parseNdjson} from '../../source/ingest/input/records.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';
import {lexiconDir} from './helpers.js';

const AR = 'قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لمناقشة الملفات العالقة بين الطرفين.';
const EN = 'Diplomats from both countries met in Geneva on Monday for talks on security guarantees. The delegations said the talks were frank.';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-ndjson-'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const lines = [
	JSON.stringify({
		id: 'b-2',
		url: 'https://news.example.org/world/20220110/talks',
		title: 'Diplomats meet in Geneva',
		text: EN,
		outlet: 'Example Wire',
		language: 'en-GB',
	}),
	'{"id": "broken", "text": "no closing brace"',
	'',
	'["an", "array"]',
	JSON.stringify({id: 'no-text', title: 'A record without text'}),
	JSON.stringify({id: 7, text: AR, published: '2022-01-11 09:15:00', title: 42}),
	JSON.stringify({text: AR}),
	JSON.stringify({id: 'b-2', text: AR}),
];

describe('parseNdjson', () => {
	const {records, bad} = parseNdjson(`${lines.join('\r\n').replaceAll('\r\n', '\n')}\n`, 'recs.ndjson', {});

	it('skips each bad line with its number and reason, and keeps every good one', () => {
		expect(bad).toEqual([
			{file: 'recs.ndjson#2', reason: expect.stringMatching(/^not valid JSON \(/)},
			{file: 'recs.ndjson#4', reason: expect.stringMatching(/^not a JSON object/)},
			{file: 'recs.ndjson#5', reason: 'no text (a record needs "text" or "html")'},
		]);
		expect(records.map(r => r.file)).toEqual(['recs.ndjson#1', 'recs.ndjson#6', 'recs.ndjson#7', 'recs.ndjson#8']);
	});

	it("ids: the record's own (numbers too), else its line; a repeated id gets its line", () => {
		expect(records.map(r => r.id)).toEqual(['recs.ndjson#b-2', 'recs.ndjson#7', 'recs.ndjson#7~7', 'recs.ndjson#b-2~8']);
	});

	it('keeps the stated fields; a field of the wrong type is left out and named', () => {
		expect(records[0]).toMatchObject({
			url: 'https://news.example.org/world/20220110/talks',
			title: 'Diplomats meet in Geneva',
			outlet: 'Example Wire',
			language: 'en-GB',
			text: EN,
		});
		expect(records[1]).toMatchObject({published: '2022-01-11 09:15:00', repairs: ['title (number, not a string) ignored']});
		expect(records[1]!.title).toBeUndefined();
	});

	it('archive key names are understood, and --columns names others', () => {
		const archive = parseNdjson(JSON.stringify({stories_id: 99, publish_date: '2022-02-01', media_name: 'example.com', content: AR}), 'a.jsonl', {});
		expect(archive.records[0]).toMatchObject({id: 'a.jsonl#99', published: '2022-02-01', outlet: 'example.com', text: AR});
		const custom = parseNdjson(
			JSON.stringify({story: AR, pubdate: '2022-02-02', text: 'not this one'}),
			'c.ndjson',
			parseColumns('text=story,published=pubdate'),
		);
		expect(custom.records[0]).toMatchObject({text: AR, published: '2022-02-02'});
	});
});

describe('parseColumns (--columns)', () => {
	it('maps fields to column names', () => {
		expect(parseColumns('text=story, published=pubdate,')).toEqual({text: 'story', published: 'pubdate'});
		expect(parseColumns(undefined)).toEqual({});
	});
	it('names an unknown field or a missing column as a usage error', () => {
		expect(() => parseColumns('body=story')).toThrow(UsageError);
		expect(() => parseColumns('body=story')).toThrow(/unknown field 'body' \(fields: id, url, title, text, html, published, outlet, language\)/);
		expect(() => parseColumns('text=')).toThrow(/text= needs a column name/);
	});
});

describe('an NDJSON file through ingest', () => {
	it('each record is an article with its stated facts; bad lines are skipped, named, the rest ingested', async () => {
		writeFileSync(join(dir, 'recs.ndjson'), `${lines.join('\n')}\n`);
		const result = await ingestFolder(dir, {lexiconDir, jobs: 1});
		expect(result.skipped.map(s => s.file)).toEqual(['recs.ndjson#2', 'recs.ndjson#4', 'recs.ndjson#5']);
		const byId = new Map(result.dataset.articles.map(a => [a.id, a]));
		expect([...byId.keys()].sort()).toEqual(['recs.ndjson#7', 'recs.ndjson#7~7', 'recs.ndjson#b-2', 'recs.ndjson#b-2~8']);
		expect(byId.get('recs.ndjson#b-2')).toMatchObject({
			file: 'recs.ndjson#1',
			title: 'Diplomats meet in Geneva',
			titleLine: 1,
			outlet: 'Example Wire',
			outletFrom: 'record',
			// No date stated; the URL's path gives it.
			published: '2022-01-10',
			publishedFrom: 'url',
			url: 'https://news.example.org/world/20220110/talks',
			language: 'en',
		});
		expect(byId.get('recs.ndjson#b-2')!.sentences.map(s => s.text)).toEqual([
			'Diplomats meet in Geneva',
			'Diplomats from both countries met in Geneva on Monday for talks on security guarantees.',
			'The delegations said the talks were frank.',
		]);
		expect(byId.get('recs.ndjson#7')).toMatchObject({published: '2022-01-11', publishedFrom: 'record', language: 'ar', outlet: null, outletFrom: null});
		expect(result.repaired).toEqual([{file: 'recs.ndjson#6', reason: 'title (number, not a string) ignored'}]);
	});

	it("a record may give html instead of text (extracted as a page, the record's fields first); a date that is not one is dropped and named", async () => {
		const sub = mkdtempSync(join(tmpdir(), 'ce-ndjson-html-'));
		const html = `<html><head><meta property="og:site_name" content="Page Name"><meta property="og:title" content="Page title"></head><body><article><p>${AR}</p></article></body></html>`;
		writeFileSync(join(sub, 'h.jsonl'), `${JSON.stringify({id: 'h1', html, outlet: 'Record Name', published: 'soon'})}\n`);
		const result = await ingestFolder(sub, {lexiconDir, jobs: 1});
		expect(result.dataset.articles[0]).toMatchObject({
			id: 'h.jsonl#h1',
			title: 'Page title',
			outlet: 'Record Name',
			outletFrom: 'record',
			published: null,
			language: 'ar',
		});
		expect(result.dataset.articles[0]!.sentences.map(s => s.text)).toEqual(['Page title', AR]);
		expect(result.repaired).toEqual([{file: 'h.jsonl#1', reason: "published 'soon' is not a date: ignored"}]);
		rmSync(sub, {recursive: true, force: true});
	});

	it('the same dataset in worker threads', async () => {
		const one = await ingestFolder(dir, {lexiconDir, jobs: 1});
		const two = await ingestFolder(dir, {lexiconDir, jobs: 2});
		expect(two.skipped).toEqual(one.skipped);
		// The same records (workers hand articles over as JSON text, so their keys come sorted:
		// compared as values) and the same bytes written, with the workers' texts and without.
		expect(two.dataset).toEqual(one.dataset);
		expect(serializeDataset(two.dataset, two.texts)).toBe(serializeDataset(one.dataset));
		expect(serializeDataset(two.dataset)).toBe(serializeDataset(one.dataset));
	}, 60_000);
});
