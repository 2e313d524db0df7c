// Saved web pages: the main text as lines (a paragraph a line), and what the
// page's metadata states, through to the article the pipeline makes. Every
// page here is written for the test.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {extractPage} from '../../source/ingest/input/html.js';
import {declaredCharset, readUnit} from '../../source/ingest/input/read-unit.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import type {RawArticle} from '../../source/ingest/types.js';
import {lexiconDir} from './helpers.js';

const lex = loadLexicons(lexiconDir);
let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-html-'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const P1 = 'بحث وزير الخارجية اليوم مع نظيره في العاصمة سبل تعزيز التعاون الثنائي في مجالات الطاقة والتجارة والتعليم.';
const P2 = 'وقال الوزير في مؤتمر صحفي مشترك إن المباحثات كانت بناءة، مشيرا إلى أن الجانبين اتفقا على اجتماع للجنة المشتركة.';
const P3 = 'وأضاف أن بلاده تتطلع إلى توقيع عدد من الاتفاقيات خلال الزيارة المقبلة، مؤكدا أهمية الحوار في حل الخلافات.';
const TITLE = 'وزير الخارجية يبحث مع نظيره سبل التعاون الثنائي';

const fullPage = `<!doctype html>
<html lang="ar-EG" dir="rtl"><head><meta charset="utf-8">
<title>${TITLE} | صحيفة المثال</title>
<meta property="og:title" content="${TITLE}">
<meta property="og:site_name" content="صحيفة المثال">
<meta property="og:url" content="https://example-news.com/p/123">
<meta property="article:published_time" content="2022-03-05T00:30:00+03:00">
<link rel="canonical" href="https://www.example-news.com/politics/2022/03/04/visit">
<script>window.ads = [];</script>
</head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article>
<h1>${TITLE}</h1>
<p>${P1}</p>
<p>${P2.replace('مؤتمر صحفي', '<b>مؤتمر صحفي</b>')}</p>
<ul><li>الطاقة المتجددة</li><li>التبادل التجاري</li></ul>
<p>${P3}<br>وتابع: "سنواصل العمل معا".</p>
</article></main>
<footer><p>جميع الحقوق محفوظة لصحيفة المثال 2022</p></footer>
</body></html>`;

async function readPage(name: string, html: string | Uint8Array) {
	writeFileSync(join(dir, name), html);
	return readUnit(dir, {kind: 'file', file: name, id: name});
}

describe('saved pages: text', () => {
	it('keeps the article, a line per paragraph, list item and <br>, blocks apart by a blank line; no menu, script or footer', () => {
		const page = extractPage(fullPage);
		const lines = page.text.split('\n');
		expect(lines.filter(l => l !== '')).toEqual([TITLE, P1, P2, 'الطاقة المتجددة', 'التبادل التجاري', P3, 'وتابع: "سنواصل العمل معا".']);
		expect(lines[1]).toBe('');
		expect(page.text).not.toMatch(/الرئيسية|window\.ads|جميع الحقوق/);
		expect(page.fallback).toBe(false);
	});

	it('reads the body when Readability finds nothing (here: all of it hidden)', () => {
		const page = extractPage(`<html><body><div hidden><p>${P1}</p><p>${P2}</p></div></body></html>`);
		expect(page.fallback).toBe(true);
		expect(page.text).toBe(`${P1}\n\n${P2}`);
	});

	it("reads an HTML fragment (a record's html field) as a page", () => {
		expect(extractPage(`<p>${P1}</p><p>${P2}</p>`).text).toBe(`${P1}\n\n${P2}`);
	});
});

describe('saved pages: metadata', () => {
	it('og:, article:published_time, the canonical link and <html lang>', () => {
		expect(extractPage(fullPage).facts).toEqual({
			title: TITLE,
			outlet: 'صحيفة المثال',
			published: '2022-03-05T00:30:00+03:00',
			url: 'https://www.example-news.com/politics/2022/03/04/visit',
			language: 'ar-EG',
		});
	});

	it('JSON-LD NewsArticle in an @graph wins over og:, its publisher found through @id', () => {
		const html = `<html><head>
<meta property="og:title" content="عنوان الشبكات الاجتماعية">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "Organization", "@id": "https://example.org/#org", "name": "وكالة المثال للأنباء"},
 {"@type": "WebPage", "@id": "https://example.org/a", "name": "صفحة"},
 {"@type": ["NewsArticle"], "headline": "العنوان كما تنشره الوكالة", "datePublished": "2021-11-30T08:00:00Z",
  "publisher": {"@id": "https://example.org/#org"}}]}</script>
</head><body><p>${P1}</p></body></html>`;
		const facts = extractPage(html).facts;
		expect(facts.title).toBe('العنوان كما تنشره الوكالة');
		expect(facts.published).toBe('2021-11-30T08:00:00Z');
		expect(facts.outlet).toBe('وكالة المثال للأنباء');
	});

	it('JSON-LD as an array, beside a broken block; an Article when no NewsArticle', () => {
		const html = `<html><head>
<script type="application/ld+json">{not json</script>
<script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": "Article", "headline": "Wire story", "datePublished": "2022-01-12", "publisher": {"@type": "Organization", "name": "Example Times"}}]</script>
</head><body><p>The talks ended without an agreement, the delegations said in a joint statement on Wednesday.</p></body></html>`;
		expect(extractPage(html).facts).toMatchObject({title: 'Wire story', published: '2022-01-12', outlet: 'Example Times'});
	});

	it('a page with no metadata states nothing (the title comes from the text)', () => {
		expect(extractPage(`<html><body><div><p>${P1}</p><p>${P2}</p></div></body></html>`).facts).toEqual({});
	});
});

describe('saved pages through the pipeline', () => {
	it('full metadata: title, outlet, date, URL and language from the page; lines refer to the extracted text', async () => {
		const out = await readPage('page.html', fullPage);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		const raw = out.article;
		expect(raw).toMatchObject({
			id: 'page.html',
			file: 'page.html',
			titleLine: 1,
			title: {value: TITLE, from: 'metadata'},
			language: {value: 'ar', from: 'metadata'},
		});
		const a = parseArticle(raw, {}, lex);
		expect(a).toMatchObject({
			title: TITLE,
			titleLine: 1,
			outlet: 'صحيفة المثال',
			outletFrom: 'metadata',
			published: '2022-03-05',
			publishedFrom: 'metadata',
			url: 'https://www.example-news.com/politics/2022/03/04/visit',
			language: 'ar',
		});
		const lines = raw.text.split('\n');
		expect(a.sentences[0]).toMatchObject({kind: 'title', text: TITLE, line: 1});
		for (const s of a.sentences) {
			expect(lines[s.line - 1]).toContain(s.text);
			expect(raw.text.slice(s.start, s.end)).toBe(s.text);
		}
		expect(a.sentences.map(s => s.text)).toContain(P3);
	});

	it('no metadata and no headline: no title (a sentence is never one), nothing is attributed, the language is read from the text', async () => {
		const html = `<html><body><nav><a href="/">Home</a></nav><div class="story">
<p>Rescue teams worked through the night after heavy rain flooded several districts of the coastal city.</p>
<p>The regional governor said that more than two hundred families had been moved to schools. "We are doing all we can," he told a radio station. Was it enough? Residents said help came late!</p></div></body></html>`;
		const out = await readPage('none.htm', html);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.article.language).toEqual({value: 'en', from: 'text'});
		expect(out.article.title).toBeUndefined();
		const a = parseArticle(out.article, {}, lex);
		expect(a).toMatchObject({outlet: null, outletFrom: null, published: null, publishedFrom: null, url: null, language: 'en'});
		expect(a.title).toBeNull();
		// Latin sentences split on . ? ! like Arabic ones.
		expect(a.sentences.filter(s => s.kind === 'body').map(s => s.text)).toEqual([
			'Rescue teams worked through the night after heavy rain flooded several districts of the coastal city.',
			'The regional governor said that more than two hundred families had been moved to schools.',
			'"We are doing all we can," he told a radio station.',
			'Was it enough?',
			'Residents said help came late!',
		]);
	});

	it('no metadata: the footer copyright line names the outlet (from the page), kept out of the story', async () => {
		const html = `<html><body><header><ul><li>الرئيسية</li><li>اقتصاد</li></ul></header><h1>${TITLE}</h1><div class="story">
<div>${P1}</div><div>${P2}</div><div>${P3}</div></div>
<footer><p>من نحن</p><p>جميع الحقوق محفوظة © بوابة المثال الجديد 2024</p></footer></body></html>`;
		const out = await readPage('bare.html', html);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		const a = parseArticle(out.article, {}, lex);
		expect([a.outlet, a.outletFrom]).toEqual(['بوابة المثال الجديد', 'page']);
		expect(a.sentences.some(s => s.text.includes('الحقوق'))).toBe(false);
		expect(a.boilerplate.map(b => b.text)).toContain('جميع الحقوق محفوظة © بوابة المثال الجديد 2024');
	});

	it('a title stated as metadata but missing from the text is put first, as line 1', async () => {
		const html = `<html lang="en"><head><meta property="og:title" content="Floods force families from their homes"></head><body><article><p>Rescue teams worked through the night after heavy rain flooded several districts of the coastal city.</p></article></body></html>`;
		const out = await readPage('title.html', html);
		if (!out.ok) throw new Error(out.reason);
		expect(out.article.text.split('\n')[0]).toBe('Floods force families from their homes');
		const a = parseArticle(out.article, {}, lex);
		expect(a.sentences.map(s => [s.kind, s.line])).toEqual([
			['title', 1],
			['body', 3],
		]);
	});

	it('the manifest still wins over the page', async () => {
		const out = await readPage('page2.html', fullPage);
		if (!out.ok) throw new Error(out.reason);
		const a = parseArticle(out.article, {'page2.html': {published: '2022-03-06', outlet: 'Another Name'}}, lex);
		expect(a).toMatchObject({published: '2022-03-06', publishedFrom: 'manifest', outlet: 'Another Name', outletFrom: 'manifest'});
	});

	it('a page under a .txt name is read as a page, and says so', async () => {
		const out = await readPage('saved.txt', fullPage);
		if (!out.ok) throw new Error(out.reason);
		expect(out.article.text).not.toMatch(/<p>|<\/p>/);
		expect(out.repairs).toContain('read as a saved web page (it is HTML)');
	});

	it('a page in windows-1256 is decoded as its <meta charset> says', async () => {
		const decoder = new TextDecoder('windows-1256');
		const table = new Map<string, number>();
		for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
		const encode = (s: string) => Uint8Array.from([...s].map(ch => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch)!)));
		const bytes = encode(
			`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${P1}</p><p>${P2}</p></body></html>`,
		);
		expect(declaredCharset(bytes)).toBe('windows-1256');
		const out = await readPage('cp1256.html', bytes);
		if (!out.ok) throw new Error(out.reason);
		expect(out.article.text).toBe(`${P1}\n\n${P2}`);
		expect(out.repairs).toContain('decoded from windows-1256 (the charset the page declares)');
		// Valid UTF-8 wins over a stale declaration.
		expect(declaredCharset(new TextEncoder().encode(`<meta charset="windows-1256"><p>${P1}</p>`))).toBeUndefined();
	});

	it('a page without text is skipped with its reason', async () => {
		const out = await readPage('empty.html', '<html><head><title>x</title></head><body><script>1</script></body></html>');
		expect(out).toEqual({ok: false, file: 'empty.html', reason: expect.stringMatching(/no text|no letters/)});
	});
});

describe('a raw article from a page is plain data', () => {
	it('crosses a worker boundary (structured clone) unchanged', async () => {
		const out = await readPage('clone.html', fullPage);
		if (!out.ok) throw new Error(out.reason);
		const raw: RawArticle = out.article;
		expect(structuredClone(raw)).toEqual(raw);
	});
});
