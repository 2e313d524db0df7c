// `list articles` on a dataset with an article whose page had no headline:
// the aligned table shows its first sentence cut at a word and marked; the
// data formats keep title null (an empty CSV cell), never a made-up title.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, pythonCsv, run, writeFixture} from './helpers.js';

// Written for this test.
const FIRST = 'Rescue teams worked through the night in the old quarter after three buildings collapsed there.';
let data: string;
let dir: string;
let id: string;

beforeAll(() => {
	buildCli();
	const fixture = writeFixture();
	dir = fixture.dir;
	const article = fixture.dataset.articles[0]!;
	id = article.id;
	(article as {title: string | null}).title = null;
	article.titleLine = null;
	const body = article.sentences.find(s => s.kind === 'body')!;
	body.text = FIRST;
	data = join(dir, 'headless.json');
	writeFileSync(data, JSON.stringify(fixture.dataset));
});

describe('an article without a headline on the command line', () => {
	it('list articles (table) shows the first sentence cut at a word, marked [no headline]', () => {
		const r = run(['list', 'articles', '--data', data, '--format', 'table', '--fields', 'id,title']);
		expect(r.code, r.stderr).toBe(0);
		const row = r.stdout.split('\n').find(l => l.includes(id));
		expect(row).toContain('[no headline] Rescue teams worked through the night in the old quarter…');
		expect(row).not.toContain('collapsed');
	});

	it('the data formats keep null: JSON null, an empty CSV cell', () => {
		const json = JSON.parse(run(['list', 'articles', '--data', data, '--format', 'json']).stdout) as Array<{id: string; title: string | null}>;
		expect(json.find(a => a.id === id)?.title).toBeNull();
		const out = join(dir, 'articles.csv');
		expect(run(['list', 'articles', '--data', data, '--out', out]).code).toBe(0);
		const rows = pythonCsv(out);
		expect(rows.find(r => r.id === id)?.title).toBe('');
		expect(rows.filter(r => r.id !== id).every(r => r.title !== '')).toBe(true);
	});

	it('show ARTICLE --format md heads the document with the marked first sentence', () => {
		const r = run(['show', id, '--data', data, '--format', 'md']);
		expect(r.code, r.stderr).toBe(0);
		// Brackets are escaped in Markdown (text/markdown.ts): a renderer shows "[no headline]".
		expect(r.stdout.split('\n')[0]).toBe('# \\[no headline\\] Rescue teams worked through the night in the old quarter…');
	});
});
