// Folders as people keep them: subfolders, saved pages with their assets,
// files of kinds ingest cannot read (each skipped with its reason, never
// dropped in silence), a manifest beside the articles. Ids stay unique and the
// same from run to run.
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {kindByName, sniff, unsupportedReason} from '../../source/ingest/input/detect.js';
import {assignIds} from '../../source/ingest/input/ids.js';
import {listInputFiles} from '../../source/ingest/input/list.js';
import {planUnits} from '../../source/ingest/input/units.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {lexiconDir} from './helpers.js';

const raw = join(lexiconDir, '../raw');
const seeds = readdirSync(raw).filter(f => f.endsWith('.txt'));
let dir: string;
let tmp: string;

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'ce-folders-'));
	dir = join(tmp, 'in');
	for (const sub of ['2022/01', '2022/02', 'pages/page_files', '.git', 'loop']) mkdirSync(join(dir, sub), {recursive: true});
	copyFileSync(join(raw, seeds[0]!), join(dir, 'top.txt'));
	copyFileSync(join(raw, seeds[1]!), join(dir, '2022/01', 'a.txt'));
	copyFileSync(join(raw, seeds[2]!), join(dir, '2022/02', 'a.txt'));
	copyFileSync(join(raw, 'manifest.json'), join(dir, 'manifest.json'));
	writeFileSync(
		join(dir, 'pages/page.html'),
		`<html><body><article><p>قال المتحدث باسم الحكومة إن الوفد سيصل غدا إلى العاصمة لبحث الملفات العالقة.</p></article></body></html>`,
	);
	writeFileSync(join(dir, 'pages/page_files/style.css'), 'body {}');
	writeFileSync(join(dir, 'pages/page_files/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
	writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
	writeFileSync(join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
	writeFileSync(join(dir, 'report.docx'), Buffer.from('PK\u0003\u0004word/document.xml'));
	writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7\n');
	writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
	writeFileSync(join(dir, 'pdf-named.txt'), '%PDF-1.4\n%âãÏÓ\n');
	writeFileSync(join(dir, 'README'), 'notes');
	symlinkSync('..', join(dir, 'loop', 'up'));
});
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('listing', () => {
	it("walks subfolders (paths with /), lists every kind, leaves out the manifest, hidden files and a page's assets; a link loop is walked once", () => {
		expect(listInputFiles(dir)).toEqual([
			'2022/01/a.txt',
			'2022/02/a.txt',
			'README',
			'pages/page.html',
			'pdf-named.txt',
			'photo.jpg',
			'report.docx',
			'scan.pdf',
			'top.txt',
		]);
	});
});

describe('kinds', () => {
	it('by extension', () => {
		expect(['a.txt', 'a.HTML', 'a.htm', 'a.ndjson', 'a.jsonl', 'a.csv', 'a.tsv', 'a.docx', 'a.json', 'README'].map(kindByName)).toEqual([
			'text',
			'html',
			'html',
			'ndjson',
			'ndjson',
			'csv',
			'tsv',
			null,
			null,
			null,
		]);
	});
	it('every other kind gets a reason that names it', () => {
		expect(unsupportedReason('notes/report.docx')).toBe('unsupported kind: a Word document; ingest reads .txt, .html/.htm, .ndjson/.jsonl, .csv/.tsv');
		expect(unsupportedReason('x.pdf')).toMatch(/^unsupported kind: a PDF document;/);
		expect(unsupportedReason('x.png')).toMatch(/^unsupported kind: an image;/);
		expect(unsupportedReason('x.weird')).toMatch(/^unsupported kind: a \.weird file;/);
		expect(unsupportedReason('README')).toMatch(/^unsupported kind: a file without an extension;/);
	});
	it('by content, for a file whose extension says text', () => {
		expect(sniff(new TextEncoder().encode('%PDF-1.4\n'))).toEqual({unsupported: 'a PDF document, not text'});
		expect(sniff(new TextEncoder().encode('\uFEFF  <!DOCTYPE html><html>'))).toEqual({kind: 'html'});
		expect(sniff(new TextEncoder().encode('<!-- saved -->\n<html lang="ar">'))).toEqual({kind: 'html'});
		expect(sniff(new TextEncoder().encode('قال <b>الوزير</b>'))).toBeNull();
	});
});

describe('ids', () => {
	it('a .txt keeps its path without .txt, other files their whole path; clashes get ~2 whatever the order given', () => {
		const files = ['b/x.txt', 'b/x.html', 'a.html.txt', 'a.html'];
		const ids = assignIds(files);
		expect(Object.fromEntries(ids)).toEqual({'a.html': 'a.html', 'a.html.txt': 'a.html~2', 'b/x.html': 'b/x.html', 'b/x.txt': 'b/x'});
		expect(Object.fromEntries(assignIds([...files].reverse()))).toEqual(Object.fromEntries(ids));
	});
});

describe('a mixed folder through ingest', () => {
	it('subfolders ingested with their relative paths as provenance; every other kind skipped with its reason', async () => {
		const result = await ingestFolder(dir, {lexiconDir, jobs: 1});
		expect(result.dataset.articles.map(a => [a.id, a.file])).toEqual([
			['2022/01/a', '2022/01/a.txt'],
			['2022/02/a', '2022/02/a.txt'],
			['pages/page.html', 'pages/page.html'],
			['top', 'top.txt'],
		]);
		expect(result.skipped).toEqual(
			[
				{file: 'pdf-named.txt', reason: 'a PDF document, not text'},
				{file: 'photo.jpg', reason: expect.stringMatching(/^unsupported kind: an image;/)},
				{file: 'README', reason: expect.stringMatching(/^unsupported kind: a file without an extension;/)},
				{file: 'report.docx', reason: expect.stringMatching(/^unsupported kind: a Word document;/)},
				{file: 'scan.pdf', reason: expect.stringMatching(/^unsupported kind: a PDF document;/)},
			].sort((a, b) => (a.file < b.file ? -1 : 1)),
		);
	});

	it('the same ids and dataset on a second run, in workers, and in the directory layout', async () => {
		const one = await ingestFolder(dir, {lexiconDir, jobs: 1});
		const again = await ingestFolder(dir, {lexiconDir, jobs: 2});
		expect(serializeDataset(again.dataset)).toBe(serializeDataset(one.dataset));
		const out = join(tmp, 'out.d');
		const d = await ingestFolderToDirectory(dir, out, {lexiconDir, jobs: 1});
		// The directory layout reads in id order, so skips come in another order.
		expect(new Set(d.skipped)).toEqual(new Set(one.skipped));
		expect(
			openDirectoryDataset(out)
				.articles()
				.map(a => a.id),
		).toEqual(one.dataset.articles.map(a => a.id));
	}, 60_000);

	it('a single file can be given instead of a folder', async () => {
		const result = await ingestFolder(join(dir, 'pages/page.html'), {lexiconDir, jobs: 1});
		expect(result.dataset.articles.map(a => a.id)).toEqual(['page.html']);
	});
});

describe('work units', () => {
	it("a record file's units split its share, the last one completing it", async () => {
		const rec = join(tmp, 'rec');
		mkdirSync(rec);
		writeFileSync(join(rec, 'r.ndjson'), `{"text": "a"}\n{oops\n{"text": "b"}\n`);
		writeFileSync(join(rec, 's.txt'), 'x');
		const units = [];
		for await (const u of planUnits(rec, ['r.ndjson', 's.txt'])) units.push(u);
		expect(units.map(u => [u.unit.kind, u.part, u.last])).toEqual([
			['skip', 1 / 3, false],
			['record', 1 / 3, false],
			['record', 1 / 3, true],
			['file', 1, true],
		]);
	});
});
