// `ingest` on real inputs, as users run it: a folder mixing .txt, .html,
// .ndjson, .csv and a .docx; records piped in on stdin; --columns. And the
// DOM library stays out of the start-up of every other command.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, root, run} from './helpers.js';

const raw = join(root, 'data', 'raw');
let dir: string;

const page = `<!doctype html><html lang="ar"><head><meta charset="utf-8">
<meta property="og:title" content="الوزير يبحث مع نظيره سبل التعاون الثنائي">
<meta property="og:site_name" content="صحيفة المثال">
<meta property="article:published_time" content="2022-03-05T09:30:00+02:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a></nav><article>
<p>بحث وزير الخارجية اليوم مع نظيره في العاصمة سبل تعزيز التعاون الثنائي بين البلدين في مجالات عدة.</p>
<p>وقال الوزير في مؤتمر صحفي مشترك إن المباحثات كانت بناءة ومثمرة.</p></article></body></html>`;
const ndjson = [
	JSON.stringify({
		id: 'r1',
		url: 'https://news.example.org/world/20220110/talks',
		title: 'Diplomats meet in Geneva for talks',
		text: 'Diplomats from both countries met in Geneva on Monday for talks on security. The delegations said the talks were frank.',
		outlet: 'Example Wire',
	}),
	'{"id": "r2", "text": unquoted}',
	JSON.stringify({id: 'r3', text: 'قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.', published: '2022-01-11'}),
].join('\n');
const csv =
	'\uFEFFid,title,publish_date,media_name,story\r\n7,Le ministre en visite,2022-02-01,Exemple Presse,"Le ministre est arrivé mardi à Paris pour une visite de deux jours.\r\nIl doit rencontrer son homologue, selon la présidence."\r\n';

beforeAll(() => {
	buildCli();
	dir = mkdtempSync(join(tmpdir(), 'ce-input-'));
	const mixed = join(dir, 'mixed');
	mkdirSync(join(mixed, 'sub'), {recursive: true});
	const seed = readdirSync(raw).find(f => f.endsWith('.txt'))!;
	copyFileSync(join(raw, seed), join(mixed, 'sub', seed));
	writeFileSync(join(mixed, 'page.html'), page);
	writeFileSync(join(mixed, 'records.ndjson'), ndjson);
	writeFileSync(join(mixed, 'archive.csv'), csv);
	writeFileSync(join(mixed, 'notes.docx'), Buffer.from('PK\u0003\u0004[Content_Types].xml'));
});

describe('ingest on a mixed folder', () => {
	it('ingests .txt (in a subfolder), .html, .ndjson and .csv; names the .docx and the bad line with reasons; exit 3', () => {
		const out = join(dir, 'mixed.json');
		const result = run(['ingest', join(dir, 'mixed'), '--out', out, '--columns', 'text=story']);
		expect(result.code).toBe(3);
		expect(result.stderr).toMatch(
			/^skipped notes\.docx: unsupported kind: a Word document; ingest reads \.txt, \.html\/\.htm, \.ndjson\/\.jsonl, \.csv\/\.tsv$/m,
		);
		expect(result.stderr).toMatch(/^skipped records\.ndjson#2: not valid JSON \(/m);
		expect(result.stderr).toMatch(/^ingested 5 articles · /m);
		// Not a terminal: no progress line.
		expect(result.stderr).not.toMatch(/\r|ingest: \d+ of/);
		const articles = JSON.parse(readFileSync(out, 'utf8')).articles as Array<Record<string, unknown>>;
		const summary = articles.map(a => [a.file, a.language, a.outlet, a.outletFrom, a.published, a.publishedFrom]);
		expect(summary).toEqual([
			['archive.csv#2', 'fr', 'Exemple Presse', 'record', '2022-02-01', 'record'],
			['page.html', 'ar', 'صحيفة المثال', 'metadata', '2022-03-05', 'metadata'],
			['records.ndjson#1', 'en', 'Example Wire', 'record', '2022-01-10', 'url'],
			['records.ndjson#3', 'ar', null, null, '2022-01-11', 'record'],
			// The first seed states no date in its text (the bundled manifest gives it).
			[expect.stringMatching(/^sub\/\d{3}_[0-9a-f]+\.txt$/), 'ar', null, null, null, null],
		]);
		// The other commands read it, articles by their new ids.
		const ids = JSON.parse(run(['--data', out, 'list', 'articles', '--format', 'json']).stdout).map((a: {id: string}) => a.id);
		expect(ids).toContain('records.ndjson#r1');
		expect(run(['--data', out, 'show', 'page.html', '--format', 'json']).code).toBe(0);
	});

	it('a --columns naming no such column skips the file with the reason; an unknown field is a usage error (exit 2)', () => {
		const only = join(dir, 'only');
		mkdirSync(only);
		writeFileSync(join(only, 'archive.csv'), csv);
		const result = run(['ingest', only, '--out', join(dir, 'only.json'), '--columns', 'text=body_text']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(
			/^skipped archive\.csv: no text column \(looked for body_text, text, content, body, story_text, article_text\); the columns are id, title, publish_date, media_name, story; name it with --columns text=COLUMN$/m,
		);
		const usage = run(['ingest', only, '--out', join(dir, 'u.json'), '--columns', 'story=text']);
		expect(usage.code).toBe(2);
		expect(usage.stderr).toMatch(/--columns: unknown field 'story'/);
	});
});

describe('ingest - (standard input)', () => {
	it('cat records.ndjson | crisis-explorer ingest - --out d.json', () => {
		const out = join(dir, 'stdin.json');
		const result = spawnSync(
			'bash',
			[
				'-c',
				`cat ${join(dir, 'mixed', 'records.ndjson')} | ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} ingest - --out ${JSON.stringify(out)}`,
			],
			{encoding: 'utf8', timeout: 20_000},
		);
		expect(result.status).toBe(3);
		expect(result.stderr).toMatch(/^skipped stdin#2: not valid JSON/m);
		expect(result.stderr).toMatch(/^ingested 2 articles/m);
		const articles = JSON.parse(readFileSync(out, 'utf8')).articles as Array<{id: string; file: string}>;
		expect(articles.map(a => [a.id, a.file])).toEqual([
			['stdin#r1', 'stdin#1'],
			['stdin#r3', 'stdin#3'],
		]);
	});

	it('a page or CSV on stdin too; nothing on stdin: exit 1, nothing written', () => {
		const fromPage = run(['ingest', '-', '--out', join(dir, 'page.json')], {input: page});
		expect(fromPage.code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')).articles[0]).toMatchObject({id: 'stdin', outlet: 'صحيفة المثال'});
		const fromCsv = run(['ingest', '-', '--out', join(dir, 'csv.json'), '--columns', 'text=story'], {input: csv});
		expect(fromCsv.code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'csv.json'), 'utf8')).articles[0]).toMatchObject({id: 'stdin#7', language: 'fr'});
		// A reason that quotes the input (a JSON parse error does) is shown, never obeyed.
		const hostile = run(['ingest', '-', '--out', join(dir, 'hostile.json')], {input: `${ndjson}\n{"text": \u001b]52;c;aGk=\u0007\u001b[2J}\n`});
		expect(hostile.code).toBe(3);
		expect(hostile.stderr).toMatch(/^skipped stdin#4: not valid JSON/m);
		expect(hostile.stderr).not.toMatch(/\u001b|\u0007/);
		const empty = run(['ingest', '-', '--out', join(dir, 'empty.json')], {input: ''});
		expect(empty.code).toBe(1);
		expect(empty.stderr).toMatch(/^skipped stdin: empty file$/m);
		expect(readdirSync(dir)).not.toContain('empty.json');
	});
});

describe('start-up', () => {
	it('list events loads neither the DOM (linkedom, Readability) nor csv-parse; only a page or a CSV does', () => {
		// The hook runs in its own thread: it appends each URL to a log synchronously,
		// so nothing is lost when the process exits (an async stderr write could be).
		const hooks = join(dir, 'hooks.mjs');
		writeFileSync(
			hooks,
			"import {appendFileSync} from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.CE_LOAD_LOG, url + '\\n'); return next(url, context); }\n",
		);
		const register = join(dir, 'register.mjs');
		writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
		let runs = 0;
		const loaded = (args: string[], input = '') => {
			const log = join(dir, `loaded-${runs++}.txt`);
			writeFileSync(log, '');
			const r = spawnSync(process.execPath, ['--import', register, cliPath, ...args], {
				cwd: root,
				encoding: 'utf8',
				input,
				timeout: 30_000,
				env: {...process.env, CE_LOAD_LOG: log},
			});
			expect(r.status, r.stderr).toBe(0);
			return readFileSync(log, 'utf8').split('\n').filter(Boolean);
		};
		const heavy = (urls: string[]) => urls.filter(u => /\/chunks\/(?:html|csv)-/.test(u));
		expect(heavy(loaded(['list', 'events']))).toEqual([]);
		expect(heavy(loaded(['ingest', raw, '--out', join(dir, 'txt.json')]))).toEqual([]);
		expect(heavy(loaded(['ingest', '-', '--out', join(dir, 'page2.json')], page))).toEqual([expect.stringMatching(/\/chunks\/html-/)]);
		expect(heavy(loaded(['ingest', '-', '--out', join(dir, 'csv2.json'), '--columns', 'text=story'], csv))).toEqual([expect.stringMatching(/\/chunks\/csv-/)]);
	});
});
