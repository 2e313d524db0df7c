// What a URL says: a publication day in its path, the outlet its domain names
// in the outlets table (tests/fixtures/outlets/outlets.json, the format of
// data/lexicon/outlets.json, with invented outlets) — and where that ranks
// against what the manifest, a record, the metadata and the text state.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {dayOf} from '../../source/ingest/input/day.js';
import {outletFor, outletForUrl, readOutletTable} from '../../source/ingest/input/outlet-by-domain.js';
import {dateFromUrl} from '../../source/ingest/input/url.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import type {RawArticle} from '../../source/ingest/types.js';
import {lexiconDir} from './helpers.js';

const table = readOutletTable(join(import.meta.dirname, '../fixtures/outlets'));
const lex = {...loadLexicons(lexiconDir), outlets: table};

describe('dateFromUrl', () => {
	it.each([
		['https://example-news.com/world/2022/01/12/nato-talks', '2022-01-12'],
		['https://example-news.com/2022/1/9/story.html', '2022-01-09'],
		['https://example-news.com/news/20220112/123456.html', '2022-01-12'],
		['https://example-news.com/news/20220112-talks-end', '2022-01-12'],
		['https://example-news.com/politics/talks-end-2022-01-12', '2022-01-12'],
		['https://example-news.com/politics/2022-01-12/talks', '2022-01-12'],
	])('%s → %s', (url, day) => expect(dateFromUrl(url)).toBe(day));

	it.each([
		['a month only', 'https://example-news.com/2022/01/talks'],
		['an id that starts like a date', 'https://example-news.com/article/20220112123456'],
		['no such day', 'https://example-news.com/2022/02/30/story'],
		['a date in the query, not the path', 'https://example-news.com/story?d=2022-01-12'],
		['not a URL', 'example-news.com/2022/01/12/x'],
		['nothing', null],
	])('%s: null', (_, url) => expect(dateFromUrl(url)).toBeNull());
});

describe('dayOf (a stated date)', () => {
	it.each([
		['2022-01-12', '2022-01-12'],
		['2022-01-12T23:30:00-05:00', '2022-01-12'],
		['2022-01-12 09:15:00', '2022-01-12'],
		['2022/1/2', '2022-01-02'],
		['Wed, 12 Jan 2022 10:00:00 GMT', '2022-01-12'],
		['1641981600', '2022-01-12'],
		['12/01/2022', null],
		['yesterday', null],
		['2022-13-01', null],
	])('%s → %s', (value, day) => expect(dayOf(value)).toBe(day));
});

describe('outlet by domain', () => {
	it('finds the site from the host, without www, from a subdomain, and by an alias domain', () => {
		expect(outletForUrl(table, 'https://www.example-news.com/a')?.nameEn).toBe('Example News');
		expect(outletForUrl(table, 'https://m.example-news.com/a')?.nameEn).toBe('Example News');
		expect(outletForUrl(table, 'https://sport.example-news.com/a')?.nameEn).toBe('Example News');
		expect(outletForUrl(table, 'https://sampledaily.com/x')?.nameEn).toBe('Sample Daily');
		expect(outletForUrl(table, 'https://other.example/x')).toBeNull();
		expect(outletForUrl(table, 'https://example-news.com.evil.example/x')).toBeNull();
	});

	it('an entry with a path wins under that path only', () => {
		expect(outletFor(table, 'www.example-broadcast.co.uk', '/arabic/middle-east-1')?.nameEn).toBe('Example Broadcasting Arabic');
		expect(outletFor(table, 'www.example-broadcast.co.uk', '/arabic')?.nameEn).toBe('Example Broadcasting Arabic');
		expect(outletFor(table, 'www.example-broadcast.co.uk', '/arabica')?.nameEn).toBe('Example Broadcasting');
		expect(outletFor(table, 'www.example-broadcast.co.uk', '/news/world')?.nameEn).toBe('Example Broadcasting');
	});

	it('a folder without outlets.json gives an empty table (no lookups)', () => {
		expect(readOutletTable(join(import.meta.dirname, '../fixtures/hostile')).size).toBe(0);
	});
});

// An article that states nothing itself: two sentences of running text.
const body = 'قال المتحدث باسم الوزارة إن الوفد سيصل إلى العاصمة لبحث الملفات العالقة بين البلدين.\nوأضاف أن الزيارة تأتي في إطار التشاور المستمر.';
const raw = (extra: Partial<RawArticle> = {}): RawArticle => ({id: 'x', file: 'x.txt', text: `وصول الوفد إلى العاصمة لبحث الملفات\n${body}`, ...extra});

describe('precedence: manifest, record or metadata, text, URL', () => {
	const url = 'https://www.example-news.com/world/2022/01/12/visit';

	it('the URL gives date and outlet when nothing else does', () => {
		const a = parseArticle(raw(), {'x.txt': {url}}, lex);
		expect(a).toMatchObject({published: '2022-01-12', publishedFrom: 'url', outlet: 'Example News', outletFrom: 'url', url});
	});

	it("a date the text states (here a date line under the headline) beats the URL's", () => {
		const dated = raw({text: `وصول الوفد إلى العاصمة لبحث الملفات\nاليوم الأربعاء الموافق 19/01/2022\n${body}`});
		expect(parseArticle(dated, {'x.txt': {url}}, lex)).toMatchObject({published: '2022-01-19', publishedFrom: 'dateline'});
	});

	it("what a record or the metadata states beats the URL; a record outlet written as a domain gets the table's name", () => {
		const stated = raw({
			url: {value: url, from: 'record'},
			published: {value: '2022-01-13T08:00:00Z', from: 'record'},
			outlet: {value: 'www.sampledaily.com', from: 'record'},
		});
		expect(parseArticle(stated, {}, lex)).toMatchObject({published: '2022-01-13', publishedFrom: 'record', outlet: 'Sample Daily', outletFrom: 'record', url});
		const page = raw({url: {value: url, from: 'metadata'}, outlet: {value: 'أخبار المثال', from: 'metadata'}});
		expect(parseArticle(page, {}, lex)).toMatchObject({published: '2022-01-12', publishedFrom: 'url', outlet: 'أخبار المثال', outletFrom: 'metadata'});
	});

	it('the manifest beats all (its URL too)', () => {
		const stated = raw({url: {value: 'https://sampledaily.com/2021/05/05/x', from: 'record'}, published: {value: '2022-01-13', from: 'record'}});
		const a = parseArticle(stated, {'x.txt': {published: '2022-01-14', outlet: 'Given Name', url}}, lex);
		expect(a).toMatchObject({published: '2022-01-14', publishedFrom: 'manifest', outlet: 'Given Name', outletFrom: 'manifest', url});
	});

	it('no table, no URL outlet: the domain alone names nothing', () => {
		const a = parseArticle(raw(), {'x.txt': {url}}, {...lex, outlets: new Map()});
		expect(a).toMatchObject({outlet: null, outletFrom: null, published: '2022-01-12'});
	});
});
