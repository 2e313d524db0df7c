// CSV archive exports: a header row, quoted fields holding commas, quotes and
// newlines, a BOM, archive column names or --columns. Rows written for the test.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseColumns} from '../../source/ingest/input/columns.js';
import {parseCsv} from '../../source/ingest/input/csv.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {lexiconDir} from './helpers.js';

const L1 = 'قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل، مضيفا أن "الحوار هو السبيل الوحيد".';
const L2 = 'وأشار إلى أن الوفدين اتفقا على تشكيل لجنة فنية مشتركة.';
const FR1 = 'Le ministre des affaires étrangères est arrivé mardi à Paris pour une visite de deux jours.';
const FR2 = 'Il doit rencontrer son homologue, selon un communiqué de la présidence.';

// Media Cloud-style columns; row 2's text spans three lines (a blank one inside the quotes); CRLF line ends as Excel writes them.
const archive = [
	'\uFEFFstories_id,publish_date,title,url,language,media_name,text',
	`101,2022-01-12 09:15:00,"عنوان، بفاصلة","https://example-news.com/world/101",ar,example-news.com,"${L1.replaceAll('"', '""')}\n\n${L2}"`,
	`102,2022-02-01T10:00:00Z,Le ministre en visite,,fr,Exemple Presse,"${FR1}\n${FR2}"`,
	'103,2022-02-02,Sans texte,,fr,Exemple Presse,',
].join('\r\n');

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-csv-'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('parseCsv', () => {
	it('reads quoted multi-line fields after a BOM, each record with the line it starts on', () => {
		const out = parseCsv(archive.replaceAll('\r\n', '\n'), 'a.csv', {});
		if ('reason' in out) throw new Error(out.reason);
		expect(out.records.map(r => [r.id, r.file])).toEqual([
			['a.csv#101', 'a.csv#2'],
			['a.csv#102', 'a.csv#5'],
		]);
		expect(out.records[0]).toMatchObject({
			title: 'عنوان، بفاصلة',
			published: '2022-01-12 09:15:00',
			outlet: 'example-news.com',
			language: 'ar',
			text: `${L1}\n\n${L2}`,
		});
		expect(out.records[1]!.text).toBe(`${FR1}\n${FR2}`);
		expect(out.bad).toEqual([{file: 'a.csv#7', reason: 'no text (a record needs "text" or "html")'}]);
	});

	it('--columns names the columns an export calls otherwise', () => {
		const csv = 'story_id,headline,pubdate,body_text\n1,Un titre,2022-03-01,"Le texte, avec une virgule."\n';
		expect(parseCsv(csv, 'b.csv', {})).toEqual({
			reason: expect.stringMatching(
				/^no text column \(looked for text, content, body.*the columns are story_id, headline, pubdate, body_text; name it with --columns text=COLUMN/,
			),
		});
		const out = parseCsv(csv, 'b.csv', parseColumns('text=body_text,published=pubdate,id=story_id'));
		if ('reason' in out) throw new Error(out.reason);
		expect(out.records).toEqual([{id: 'b.csv#1', file: 'b.csv#2', title: 'Un titre', published: '2022-03-01', text: 'Le texte, avec une virgule.'}]);
		expect(parseCsv(csv, 'b.csv', parseColumns('text=story'))).toEqual({
			reason: expect.stringMatching(/^no text column \(looked for story, text, content, body, story_text, article_text\); the columns are story_id, headline/),
		});
		// A file that has the default column is read by it, whatever --columns names (folders mix exports).
		const other = parseCsv('title,text\nA title,Some text\n', 'o.csv', parseColumns('text=story'));
		expect('records' in other && other.records[0]?.text).toBe('Some text');
	});

	it('skips a row that cannot be parsed, naming its line, and reads the rest', () => {
		const csv = 'id,text\n1,"good row one"\n2,"bad "quote" row"\n3,"good row three"\n';
		const out = parseCsv(csv, 'c.csv', {});
		if ('reason' in out) throw new Error(out.reason);
		expect(out.records.map(r => r.text)).toEqual(['good row one', 'good row three']);
		expect(out.bad).toEqual([{file: 'c.csv#3', reason: 'not a CSV row (Invalid Closing Quote)'}]);
	});

	it('TSV', () => {
		const out = parseCsv('title\ttext\nOne\tSome text here\n', 'd.tsv', {}, '\t');
		expect('records' in out && out.records[0]).toMatchObject({title: 'One', text: 'Some text here'});
	});
});

describe('a CSV file through ingest', () => {
	it('each row an article: stated date, title, URL, language and outlet (a bare domain, with no outlets table, as written)', async () => {
		writeFileSync(join(dir, 'archive.csv'), archive);
		const result = await ingestFolder(dir, {lexiconDir, jobs: 1});
		expect(result.skipped).toEqual([{file: 'archive.csv#7', reason: 'no text (a record needs "text" or "html")'}]);
		const [ar, fr] = result.dataset.articles;
		expect(ar).toMatchObject({
			id: 'archive.csv#101',
			file: 'archive.csv#2',
			title: 'عنوان، بفاصلة',
			titleLine: 1,
			published: '2022-01-12',
			publishedFrom: 'record',
			outlet: 'example-news.com',
			outletFrom: 'record',
			url: 'https://example-news.com/world/101',
			language: 'ar',
		});
		// The title line, then the text's own lines: provenance counts in the record's text.
		expect(ar!.sentences.map(s => [s.line, s.text])).toEqual([
			[1, 'عنوان، بفاصلة'],
			[3, L1],
			[5, L2],
		]);
		expect(fr).toMatchObject({published: '2022-02-01', language: 'fr', outlet: 'Exemple Presse'});
		expect(fr!.sentences.map(s => s.text)).toEqual(['Le ministre en visite', FR1, FR2]);
	});
});
