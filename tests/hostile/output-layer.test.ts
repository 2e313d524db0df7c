// Issue 18, point 6: every text that reaches a terminal passes the display
// sanitiser, whoever wrote it: did-you-mean, ids, `show --format md`, `--ids -`
// errors, CSV on a terminal, a dataset's JSON parse error. JSON and NDJSON
// escape C1, DEL and bidi controls as \u on every output and stay valid JSON.
// Most cases run in-process (runMain with captured streams that claim to be a
// terminal); two go through the built binary, whose last-resort error path is
// cli.tsx's own.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, run} from '../cli/helpers.js';
import {hostileNamedDataset, rawControl} from './fixture-names.js';
import {runInProcess} from './in-process.js';

let fx: Awaited<ReturnType<typeof hostileNamedDataset>>;
beforeAll(async () => {
	buildCli();
	fx = await hostileNamedDataset();
}, 120_000);

const clean = (r: {stdout: string; stderr: string}) => {
	expect(r.stdout, 'stdout').not.toMatch(rawControl);
	expect(r.stderr, 'stderr').not.toMatch(rawControl);
};

describe('point 6: a crafted file name and text never reach a terminal raw', () => {
	it('did-you-mean quotes the crafted id shown, not obeyed (in-process and the binary)', async () => {
		const r = await runInProcess(['show', 'fname', '--data', fx.data], {tty: true});
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('did you mean');
		// The id holds no control character any more (point 15 escapes them as %XX); it is quoted as it is.
		expect(fx.id).toBe('esc%1B]0;FNAME%07%1B[2J');
		expect(r.stderr).toContain(fx.id);
		clean(r);
		// Not a terminal either: stderr is for people, always guarded.
		const spawned = run(['show', 'fname', '--data', fx.data]);
		expect(spawned.code).toBe(2);
		expect(spawned.stderr).toContain(fx.id);
		clean(spawned);
	});

	it('--format ids on a terminal', async () => {
		const r = await runInProcess(['list', 'articles', '--format', 'ids', '--data', fx.data], {tty: true});
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(fx.id);
		clean(r);
	});

	it('--format ids on a pipe keeps the id exact, so `--ids -` reads it back', async () => {
		const r = await runInProcess(['list', 'articles', '--format', 'ids', '--data', fx.data]);
		expect(r.stdout.split('\n')).toContain(fx.id);
	});

	it('show --format md: id, file and every file:line (on a pipe and on a terminal)', async () => {
		for (const tty of [false, true]) {
			const r = await runInProcess(['show', fx.id, '--format', 'md', '--data', fx.data], {tty});
			expect(r.code, r.stderr).toBe(0);
			expect(r.stdout).toMatch(/- id: `+esc%1B\]0;FNAME%07%1B\\?\[2J`+/);
			expect(r.stdout).toMatch(/- file: `+esc␛\]0;FNAME/);
			clean(r);
		}
	});

	it('--ids - errors quote the unknown id shown', async () => {
		const r = await runInProcess(['export', '--ids', '-', '--data', fx.data, '--format', 'json'], {stdin: `nope\u001B]0;PWNED\u0007\u009B2J\n`});
		expect(r.code).not.toBe(0);
		expect(r.stderr).toMatch(/PWNED/);
		clean(r);
	});

	it('csv on a terminal shows the article text with placeholders (CRLF line ends kept)', async () => {
		const r = await runInProcess(['export', '--format', 'csv', '--data', fx.data], {tty: true});
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('␛[2J');
		expect(r.stdout).toContain('\r\n');
		clean(r);
	});

	it('csv on a pipe stays the exact data', async () => {
		const r = await runInProcess(['export', '--format', 'csv', '--data', fx.data]);
		expect(r.stdout).toContain('\u001B[2J');
	});

	it('an unknown --format value and a usage error quote their input shown', async () => {
		const r = await runInProcess(['list', 'articles', '--format', 'x\u001B[2J', '--data', fx.data], {tty: true});
		expect(r.code).toBe(2);
		clean(r);
		const bad = await runInProcess(['\u001B]0;T\u0007'], {tty: true});
		expect(bad.code).toBe(2);
		clean(bad);
	});

	it('a dataset that is not valid JSON: the error names the place, never echoes the bytes', async () => {
		const path = join(fx.dir, 'broken.json');
		writeFileSync(path, '{"schemaVersion": \u001B]0;PWNED\u0007\u001B[2J garbage garbage');
		for (const r of [await runInProcess(['list', 'articles', '--data', path], {tty: true}), run(['list', 'articles', '--data', path])]) {
			expect(r.code).toBe(1);
			expect(r.stderr).toMatch(/not valid JSON/);
			expect(r.stderr).toMatch(/line 1, column \d+|Unexpected token/);
			expect(r.stderr).not.toContain('garbage');
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			clean(r);
		}
	});
});

describe('point 6: JSON and NDJSON escape C1, DEL and bidi controls, and stay valid JSON', () => {
	const escapedOnly = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

	it('export and show, json and ndjson, pipe and terminal', async () => {
		const dataset = JSON.parse((await import('node:fs')).readFileSync(fx.data, 'utf8'));
		const original = dataset.articles.find((a: {id: string}) => a.id === fx.id);
		for (const tty of [false, true])
			for (const format of ['json', 'ndjson']) {
				for (const args of [['export'], ['show', fx.id]]) {
					const r = await runInProcess([...args, '--format', format, '--data', fx.data], {tty});
					expect(r.code, r.stderr).toBe(0);
					const body = r.stdout.replace(/\n/g, '');
					expect(body, `${args[0]} ${format}`).not.toMatch(escapedOnly);
					const values =
						format === 'ndjson'
							? r.stdout
									.trim()
									.split('\n')
									.map(l => JSON.parse(l))
							: [JSON.parse(r.stdout)];
					if (args[0] === 'show') expect(values[0].sentences.map((s: {text: string}) => s.text)).toEqual(original.sentences.map((s: {text: string}) => s.text));
				}
			}
	});

	it('escapes the characters JSON.stringify leaves raw', async () => {
		const {jsonText} = await import('../../source/export/json-text.js');
		const text = 'a\u007Fb\u0085c\u009Bd\u202Ee\u2066f\u2028g\u206Ah\u{E0041}i';
		const json = jsonText({text});
		expect(json).toBe('{"text":"a\\u007fb\\u0085c\\u009bd\\u202ee\\u2066f\\u2028g\\u206ah\\udb40\\udc41i"}');
		expect(JSON.parse(json).text).toBe(text);
	});
});
