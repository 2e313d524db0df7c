// Every registered format round-trips through `export --out file.<ext>`: the
// extension alone picks the format (the same bytes as naming it with
// --format), and the file reads back as the records asked for. An extension
// that names no format is a usage error, never a JSON file under another name.
import {existsSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {FORMAT_NAMES, FORMATS} from '../../source/export/formats/index.js';
import {readBack} from '../export/format-checks.js';
import {buildCli, run, writeFixture} from './helpers.js';

let fx: ReturnType<typeof writeFixture>;
let dir: string;
let ids: string[];
beforeAll(() => {
	buildCli();
	fx = writeFixture();
	dir = mkdtempSync(join(fx.dir, 'formats-'));
	// The first article's opening and the whole last one, whose sentences the fixture made hostile (a formula, controls, a pipe).
	const [first, , last] = fx.dataset.articles;
	ids = [first!.sentences[1]!.id, ...last!.sentences.map(s => s.id)];
});

const byExtension = FORMATS.flatMap(format => format.extensions.map(extension => [format.name, extension] as const));

describe.each(byExtension)('%s chosen by %s', (name, extension) => {
	it('export --out file writes it, as --format would, and it reads back as the records asked for', async () => {
		const out = join(dir, `by-extension-${name}${extension}`);
		const result = run(['--data', fx.data, 'export', '--ids', ids.join(','), '--out', out]);
		expect(result).toMatchObject({code: 0, stderr: ''});
		const named = join(dir, `by-flag-${name}${extension}.out`);
		expect(run(['--data', fx.data, 'export', '--ids', ids.join(','), '--format', name, '--out', named]).code).toBe(0);
		expect(readFileSync(out).equals(readFileSync(named))).toBe(true);
		expect(await readBack[name](out)).toEqual(ids);
	});
});

describe('extensions that name no format', () => {
	it('--out y.xlsx: exit 2, one line listing the formats, no file', () => {
		const out = join(dir, 'y.xlsx');
		const result = run(['--data', fx.data, 'export', '--out', out]);
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain("unknown extension '.xlsx'");
		for (const name of FORMAT_NAMES) expect(result.stderr).toContain(name);
		expect(existsSync(out)).toBe(false);
		expect(readdirSync(dir).filter(f => f.includes('xlsx'))).toEqual([]);
	});

	it('a file without an extension, and a format a command cannot write, are usage errors too', () => {
		expect(run(['--data', fx.data, 'list', 'events', '--out', join(dir, 'events')]).code).toBe(2);
		const events = JSON.parse(run(['--data', fx.data, 'list', 'events', '--format', 'json']).stdout) as Array<{id: string}>;
		const compare = run(['--data', fx.data, 'compare', events[0]!.id, '--out', join(dir, 'compare.csv')]);
		expect(compare.code).toBe(2);
		expect(compare.stderr).toContain('valid: json, md');
	});

	it('--format still wins over the extension', () => {
		const out = join(dir, 'ids-as.xlsx');
		expect(run(['--data', fx.data, 'export', '--ids', ids.join(','), '--format', 'ids', '--out', out]).code).toBe(0);
		expect(readBack.ids(out)).toEqual(ids);
	});

	it('compare writes its Markdown report to .markdown as to .md', () => {
		const events = JSON.parse(run(['--data', fx.data, 'list', 'events', '--format', 'json']).stdout) as Array<{id: string}>;
		const md = join(dir, 'report.md');
		const markdown = join(dir, 'report.markdown');
		expect(run(['--data', fx.data, 'compare', events[0]!.id, '--out', md]).code).toBe(0);
		expect(run(['--data', fx.data, 'compare', events[0]!.id, '--out', markdown]).code).toBe(0);
		expect(readFileSync(md, 'utf8')).toMatch(/^# /);
		expect(readFileSync(markdown, 'utf8')).toBe(readFileSync(md, 'utf8'));
	});
});
