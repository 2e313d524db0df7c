// Issue 18, point 8: Markdown output renders untrusted text as text. HTML
// (`<script>`, `<img onerror>`) becomes entities, link and image syntax and
// `javascript:` URLs cannot form, and `|` or backticks in text and file names
// cannot end a table cell or a code span. Checked on export, show and compare.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {runInProcess} from './in-process.js';
import {mdCode} from '../../source/text/markdown.js';

const attacks = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[click](javascript:alert(1))',
	'![x](https://evil.example/x.png)',
	'JavaScript:alert(2) & <b>bold</b>',
	'a | b ` c `` d',
];
const evilFile = 'a|b`c<i>[x](javascript:y).txt';

let data: string;
beforeAll(() => {
	const dataset = JSON.parse(JSON.stringify(miniDataset)) as typeof miniDataset;
	for (const article of dataset.articles) {
		article.file = `${article.id}-${evilFile}`;
		article.title = `${article.title} ${attacks[0]}`;
		article.sentences.forEach((s, i) => {
			s.text = `${s.text} ${attacks[i % attacks.length]}`;
		});
	}
	const dir = mkdtempSync(join(tmpdir(), 'ce-h18-md-'));
	data = join(dir, 'md.json');
	writeFileSync(data, JSON.stringify(dataset));
});

/** Unescaped occurrences of `c` (not preceded by an odd number of backslashes). */
function unescaped(text: string, c: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] !== c) continue;
		let slashes = 0;
		for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
		if (slashes % 2 === 0) n++;
	}
	return n;
}

/** Nothing that a Markdown renderer would turn into HTML, a link or an image (code spans are literal: taken out first). */
function expectInert(md: string) {
	for (const line of md.split('\n')) {
		if (line.startsWith('```')) continue;
		const prose = line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
		expect(prose, line).not.toMatch(/<(?!br>)[a-z/!]/i);
		expect(prose, line).not.toMatch(/javascript:/i);
		expect(unescaped(prose, '['), line).toBe(0);
		expect(unescaped(prose, '`'), `unbalanced code span: ${line}`).toBe(0);
	}
}

/** Each table row has as many unescaped `|` as its header (after code spans are taken out, `\|` inside them stays). */
function expectTablesIntact(md: string) {
	let width = -1;
	for (const line of md.split('\n')) {
		if (!line.startsWith('|')) {
			width = -1;
			continue;
		}
		const pipes = unescaped(line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, 'CODE'), '|');
		if (width < 0) width = pipes;
		expect(pipes, line).toBe(width);
	}
}

describe('point 8: Markdown keeps HTML, links and table syntax as text', () => {
	it('export --format md', async () => {
		const r = await runInProcess(['export', '--format', 'md', '--fields', 'id,file,line,title,text', '--data', data]);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(r.stdout).toContain('\\[click\\](javascript\\:alert(1))');
		expect(r.stdout).toContain('&amp; &lt;b&gt;');
		expectInert(r.stdout);
		expectTablesIntact(r.stdout);
	});

	it('show --format md: title, id, file and every file:line', async () => {
		const r = await runInProcess(['show', '001_mini', '--format', 'md', '--data', data]);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/^# .*&lt;script&gt;/);
		expect(r.stdout).toContain(`- file: ${mdCode(`001_mini-${evilFile}`)}`);
		expectInert(r.stdout);
		expectTablesIntact(r.stdout);
	});

	it('compare --format md', async () => {
		const events = await runInProcess(['list', 'events', '--format', 'ids', '--data', data]);
		let compared = 0;
		for (const id of events.stdout.trim().split('\n')) {
			const r = await runInProcess(['compare', id, '--format', 'md', '--data', data]);
			if (r.code !== 0) continue;
			compared++;
			expectInert(r.stdout);
			expectTablesIntact(r.stdout);
		}
		expect(compared).toBeGreaterThan(0);
	});

	it('a code span survives any run of backticks and a pipe in a table', () => {
		expect(mdCode('a`b')).toBe('``a`b``');
		expect(mdCode('`x`')).toBe('`` `x` ``');
		expect(mdCode('a|b', {inTable: true})).toBe('`a\\|b`');
		expect(mdCode('a\u001B[2J')).toBe('`a␛[2J`');
	});
});
