import {beforeAll, describe, expect, it} from 'vitest';
import {join} from 'node:path';
import {readFileSync, writeFileSync} from 'node:fs';
import {buildCli, expectedCell, pythonCsv, run, writeFixture} from './helpers.js';
import {miniIds} from '../fixtures/mini-dataset.js';
import type {Article} from '../../source/dataset/schema.js';

let fx: ReturnType<typeof writeFixture>;
beforeAll(() => {
	buildCli();
	fx = writeFixture();
});
const d = () => ['--data', fx.data];
const json = (args: string[]) => {
	const result = run([...d(), ...args, '--format', 'json']);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout);
};

describe('basics', () => {
	it('--version prints the package version', () => {
		const result = run(['--version']);
		expect(result.code).toBe(0);
		expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
	});
	it('--help, help export and export --help', () => {
		expect(run(['--help']).stdout).toContain('crisis-explorer export');
		const a = run(['help', 'export']);
		const b = run(['export', '--help']);
		expect(a.code).toBe(0);
		expect(a.stdout).toContain('--ids -');
		expect(a.stdout).toBe(b.stdout);
	});
	it('no command without a terminal: one-line hint, exit 2', () => {
		const result = run(d());
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('--help');
	});
});

describe('list', () => {
	it.each(['articles', 'actors', 'organizations', 'places', 'sources', 'events', 'days'])('list %s --format json', kind => {
		const records = json(['list', kind]);
		const key = kind === 'organizations' ? 'organizations' : kind;
		expect(records.length).toBe((fx.dataset as unknown as Record<string, unknown[]>)[key]!.length);
	});
	it('article records carry the public fields', () => {
		const [article] = json(['list', 'articles']);
		for (const field of ['id', 'file', 'outlet', 'title', 'published']) expect(article).toHaveProperty(field);
	});
	it('event records carry dateClaims', () => {
		const events = json(['list', 'events']);
		const nrc = events.find((e: {id: string}) => e.id === miniIds.nrcEvent);
		expect(nrc.dateClaims.length).toBeGreaterThan(0);
		expect(nrc.articles.length).toBeGreaterThan(0);
	});
	it('unknown list kind is a usage error with a suggestion', () => {
		const result = run([...d(), 'list', 'evnets']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/unknown list 'evnets'; did you mean 'events'\?/);
	});
});

describe('show', () => {
	it('an article with its sentences', () => {
		const id = fx.dataset.articles[0]!.id;
		const article = json(['show', id]);
		expect(article.id).toBe(id);
		expect(article.sentences[0]).toHaveProperty('line');
		expect(article.sentences[0]).toHaveProperty('attribution');
		expect(Array.isArray(article.boilerplate)).toBe(true);
	});
	it('an actor, an event, a sentence, a day', () => {
		expect(json(['show', miniIds.stoltenberg]).nameEn).toBe('Jens Stoltenberg');
		expect(json(['show', miniIds.nrcEvent]).id).toBe(miniIds.nrcEvent);
		const sentenceId = fx.dataset.articles[0]!.sentences[1]!.id;
		const sentence = json(['show', sentenceId]);
		expect(sentence.id).toBe(sentenceId);
		expect(sentence.file).toBe(fx.dataset.articles[0]!.file);
		expect(json(['show', fx.dataset.days[0]!.date]).date).toBe(fx.dataset.days[0]!.date);
	});
	it('an article as a Markdown document with file:line', () => {
		const article = fx.dataset.articles[0]!;
		const result = run([...d(), 'show', article.id, '--format', 'md']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`\`${article.file}:${article.sentences[0]!.line}\``);
	});
	it('unknown id: exit 2 with the nearest id', () => {
		const result = run([...d(), 'show', 'stoltenbrg']);
		expect(result.code).toBe(2);
		expect(result.stderr.trim()).toBe("crisis-explorer: unknown id 'stoltenbrg'; did you mean 'jens-stoltenberg'?");
	});
});

describe('search', () => {
	it('ranks Stoltenberg first for English and Arabic queries', () => {
		for (const q of ['stoltenberg', 'ستولتنبرغ', 'ستولتنبرج']) {
			const hits = json(['search', q, '--type', 'actor']);
			expect(hits[0].id, q).toBe(miniIds.stoltenberg);
			expect(hits[0].score).toBeGreaterThan(0);
			expect(hits[0].match.length).toBeGreaterThan(0);
		}
	});
	it('--limit and a bad limit', () => {
		expect(json(['search', 'ستولتنبرغ', '--type', 'sentence', '--limit', '1'])).toHaveLength(1);
		expect(run([...d(), 'search', 'x', '--limit', 'many']).code).toBe(2);
	});
	it('sentence hits carry provenance', () => {
		const [hit] = json(['search', 'ستولتنبرغ', '--type', 'sentence']);
		expect(hit.file).toMatch(/\.txt$/);
		expect(typeof hit.line).toBe('number');
	});
	it('unknown type is a usage error', () => {
		const result = run([...d(), 'search', 'x', '--type', 'actr']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("did you mean 'actor'");
	});
});

describe('export', () => {
	it('defaults to sentences with provenance', () => {
		const records = json(['export']);
		const total = fx.dataset.articles.reduce((n, a) => n + a.sentences.length, 0);
		expect(records).toHaveLength(total);
		for (const field of ['id', 'article', 'file', 'line', 'outlet', 'published', 'text']) expect(records[0]).toHaveProperty(field);
	});
	it('ORs within a filter and ANDs across filters', () => {
		const [a, b] = fx.dataset.articles as [Article, Article, ...Article[]];
		const either = json(['export', '--article', `${a.id},${b.id}`]);
		expect(new Set(either.map((r: {article: string}) => r.article))).toEqual(new Set([a.id, b.id]));
		const both = json(['export', '--article', a.id, '--actor', miniIds.stoltenberg]);
		expect(both.length).toBeGreaterThan(0);
		for (const r of both) {
			expect(r.article).toBe(a.id);
			expect(r.actors).toContain(miniIds.stoltenberg);
		}
		const repeated = json(['export', '--article', a.id, '--article', b.id]);
		expect(repeated).toEqual(either);
	});
	it('--unit article and --unit event', () => {
		const articles = json(['export', '--actor', miniIds.stoltenberg, '--unit', 'article']);
		expect(articles.length).toBeGreaterThan(0);
		expect(articles[0]).toHaveProperty('title');
		const events = json(['export', '--event', miniIds.nrcEvent, '--unit', 'event']);
		expect(events.map((e: {id: string}) => e.id)).toEqual([miniIds.nrcEvent]);
	});
	it('--ids - reads ids from stdin: search | export round trip', () => {
		const ids = run([...d(), 'search', 'ستولتنبرغ', '--type', 'sentence', '--format', 'ids']);
		expect(ids.code).toBe(0);
		const wanted = ids.stdout.trim().split('\n');
		expect(wanted.length).toBeGreaterThan(0);
		const result = run([...d(), 'export', '--ids', '-', '--format', 'json'], {input: ids.stdout});
		expect(result.code).toBe(0);
		expect(new Set(JSON.parse(result.stdout).map((r: {id: string}) => r.id))).toEqual(new Set(wanted));
	});
	it('unknown actor: exit 2 naming the nearest id', () => {
		const result = run([...d(), 'export', '--actor', 'stoltenbrg']);
		expect(result.code).toBe(2);
		expect(result.stderr.trim()).toBe("crisis-explorer: unknown actor 'stoltenbrg'; did you mean 'jens-stoltenberg'?");
		expect(result.stdout).toBe('');
	});
	it('malformed date: exit 2', () => {
		const result = run([...d(), 'export', '--day', '2022-13-01']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("malformed date '2022-13-01'");
	});
	it('unknown sentence id from stdin: exit 2', () => {
		const result = run([...d(), 'export', '--ids', '-'], {input: 'nope:1\n'});
		expect(result.code).toBe(2);
	});
});

describe('formats', () => {
	const base = () => [...d(), 'export', '--actor', miniIds.stoltenberg];
	it('csv read back with Python equals the JSON records field by field', () => {
		const out = join(fx.dir, 'stoltenberg.csv');
		const written = run([...base(), '--out', out, '--force']);
		expect(written.code).toBe(0);
		const rows = pythonCsv(out);
		const records = json(['export', '--actor', miniIds.stoltenberg]);
		expect(rows).toHaveLength(records.length);
		records.forEach((record: Record<string, unknown>, i: number) => {
			expect(Object.keys(rows[i]!)).toEqual(Object.keys(record));
			for (const [key, value] of Object.entries(record)) expect(rows[i]![key], `${i}.${key}`).toBe(expectedCell(value));
		});
	});
	it('csv of every format of record: list events and search hits round-trip too', () => {
		for (const args of [
			['list', 'events'],
			['search', 'ستولتنبرغ'],
		]) {
			const out = join(fx.dir, `${args[0]}.csv`);
			expect(run([...d(), ...args, '--out', out, '--force']).code).toBe(0);
			const rows = pythonCsv(out);
			const records = json(args);
			records.forEach((record: Record<string, unknown>, i: number) => {
				for (const [key, value] of Object.entries(record)) expect(rows[i]![key], `${args[0]} ${i}.${key}`).toBe(expectedCell(value));
			});
		}
	});
	it('hostile cells: formulas neutralised, quotes, commas and newlines survive, Python reads them back', () => {
		const out = join(fx.dir, 'all.csv');
		expect(run([...d(), 'export', '--out', out, '--force', '--bom']).code).toBe(0);
		const texts = pythonCsv(out).map(row => row.text);
		expect(texts).toContain('\'=HYPERLINK("http://evil.example","click")');
		expect(texts).toContain('\'@SUM(1+1), "quoted"\nsecond line | pipe \u001b[2J\u202e');
	});
	it('ndjson: every line parses', () => {
		const result = run([...base(), '--format', 'ndjson']);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines.length).toBe(json(['export', '--actor', miniIds.stoltenberg]).length);
		for (const line of lines) expect(JSON.parse(line).actors).toContain(miniIds.stoltenberg);
	});
	it('json to a pipe is compact; JSON keeps the exact text', () => {
		const result = run([...d(), 'export', '--format', 'json']);
		expect(result.stdout.split('\n').length).toBe(2);
		expect(result.stdout).toContain('\\u001b[2J');
	});
	it('md: a table with escaped pipes, <br>, sanitised controls and neutralised formulas', () => {
		const result = run([...d(), 'export', '--format', 'md', '--fields', 'file,line,text']);
		expect(result.code).toBe(0);
		expect(result.stdout.startsWith('| file | line | text |\n|---|---|---|\n')).toBe(true);
		expect(result.stdout).toContain('\'@SUM(1+1), "quoted"<br>second line \\| pipe ␛\\[2J⟨RLO⟩');
		expect(result.stdout).toContain("| '=HYPERLINK(");
		expect(result.stdout).not.toMatch(/[\u001b\u202e]/);
	});
	it('table: aligned and sanitised', () => {
		const result = run([...d(), 'export', '--format', 'table', '--fields', 'id,text']);
		expect(result.code).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^id\s+text$/);
		expect(lines[1]).toMatch(/^─+\s+─+$/);
		expect(result.stdout).not.toMatch(/[\u001b\u202e]/);
	});
	it('ids: one id a line', () => {
		const result = run([...base(), '--format', 'ids']);
		const records = json(['export', '--actor', miniIds.stoltenberg]);
		expect(result.stdout).toBe(records.map((r: {id: string}) => `${r.id}\n`).join(''));
	});
	it('--fields picks and orders in json, ndjson, csv and table', () => {
		const picked = json(['export', '--fields', 'text,id']);
		expect(Object.keys(picked[0])).toEqual(['text', 'id']);
		expect(Object.keys(JSON.parse(run([...d(), 'export', '--format', 'ndjson', '--fields', 'line,id']).stdout.split('\n')[0]!))).toEqual(['line', 'id']);
		expect(run([...d(), 'export', '--format', 'csv', '--fields', 'outlet,id']).stdout.split('\r\n')[0]).toBe('outlet,id');
		expect(run([...d(), 'export', '--format', 'table', '--fields', 'line,id']).stdout.split('\n')[0]).toMatch(/^line\s+id$/);
	});
	it('unknown field: exit 2 naming the valid ones', () => {
		const result = run([...d(), 'export', '--fields', 'id,txt']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("unknown field 'txt' for sentence records; did you mean 'text'?");
		expect(result.stderr).toContain('valid: id, article');
	});
	it('unknown format: exit 2', () => {
		const result = run([...d(), 'export', '--format', 'jsn']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("unknown format 'jsn'; did you mean 'json'?");
	});
	it('--out picks the format from the extension', () => {
		for (const [ext, check] of [
			['ndjson', (t: string) => JSON.parse(t.split('\n')[0]!)],
			['md', (t: string) => expect(t.startsWith('| id |')).toBe(true)],
			['json', (t: string) => expect(Array.isArray(JSON.parse(t))).toBe(true)],
		] as const) {
			const out = join(fx.dir, `by-ext.${ext}`);
			expect(run([...d(), 'export', '--out', out, '--force']).code).toBe(0);
			check(readFileSync(out, 'utf8'));
		}
	});
});

describe('compare', () => {
	it('json and md', () => {
		const comparison = json(['compare', miniIds.nrcEvent]);
		expect(comparison.event.id).toBe(miniIds.nrcEvent);
		expect(comparison.columns.length).toBeGreaterThan(0);
		const md = run([...d(), 'compare', miniIds.nrcEvent, '--format', 'md']);
		expect(md.code).toBe(0);
		expect(md.stdout).toMatch(/^# /);
	});
	it('unknown event and a format compare cannot give', () => {
		expect(run([...d(), 'compare', 'nato-russia']).stderr).toContain(`did you mean '${miniIds.nrcEvent}'`);
		expect(run([...d(), 'compare', miniIds.nrcEvent, '--format', 'csv']).code).toBe(2);
	});
	it('list events --conflicts lists only disputed events', () => {
		const events = json(['list', 'events', '--conflicts']);
		expect(events.map((e: {id: string}) => e.id)).toContain(miniIds.nrcEvent);
	});
});

describe('usage errors', () => {
	it.each([
		[['exprot'], "unknown command 'exprot'; did you mean 'export'?"],
		[['export', '--acter', 'x'], "unknown flag '--acter'; did you mean '--actor'?"],
		[['list', 'events', '--unit', 'event'], "--unit cannot be used with 'list'; it belongs to 'export'"],
		[['list', 'events', '--bidi', 'maybe'], "unknown --bidi value 'maybe'"],
	])('%j', (args, message) => {
		const result = run([...d(), ...args]);
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('broken datasets exit 1 with one line naming the file and the problem', () => {
	const cases: Array<[string, (text: string) => string, RegExp]> = [
		['truncated', t => t.slice(0, Math.floor(t.length / 2)), /truncated or not valid JSON/],
		['not json', () => 'hello', /not valid JSON/],
		['empty', () => '', /the file is empty/],
		['other version', t => t.replace('"version":1', '"version":7'), /dataset schema version 7, this tool reads version 1/],
		[
			'schema violation',
			t => {
				const data = JSON.parse(t);
				data.events[0].date = '12 يناير';
				return JSON.stringify(data);
			},
			/events\[0\]\.date: expected an ISO date.*got '12 يناير'/,
		],
	];
	it.each(cases)('%s', (name, mutate, message) => {
		const path = join(fx.dir, `${name.replace(/ /g, '-')}.json`);
		writeFileSync(path, mutate(readFileSync(fx.data, 'utf8')));
		const result = run(['--data', path, 'list', 'events']);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(path);
		expect(result.stderr).toMatch(message);
	});
	it('missing file', () => {
		const result = run(['--data', join(fx.dir, 'nope.json'), 'list', 'events']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/nope\.json: cannot read dataset: no such file/);
	});
});
