// The conventions a command-line tool is expected to keep: the version under
// every usual spelling, and a default dataset from the environment.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, root, run, writeFixture} from './helpers.js';

const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};

beforeAll(() => buildCli(), 120_000);

describe('version', () => {
	it.each([['--version'], ['-V'], ['version']])('%s prints the package version', flag => {
		const r = run([flag]);
		expect(r).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
	});

	it('version takes no argument, and has help like any command', () => {
		const r = run(['version', 'now']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/version takes no arguments; unexpected 'now'/);
		expect(run(['help', 'version']).stdout).toMatch(/-V and --version/);
	});

	it('-V is not taken for the value of a flag that needs one', () => {
		// `--query -V` searches for "-V"; it is not a version request.
		const r = run(['export', '--query', '-V', '--format', 'ids']);
		expect(r.code).toBe(0);
		expect(r.stdout).not.toBe(`${version}\n`);
	});
});

describe('CRISIS_EXPLORER_DATA', () => {
	const ids = (r: {code: number | null; stdout: string; stderr: string}) => {
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		return r.stdout.split('\n').filter(Boolean).sort();
	};

	it('names the dataset when --data does not', () => {
		const {data, dataset} = writeFixture();
		const expected = dataset.articles.map(a => a.id).sort();
		const bundled = ids(run(['list', 'articles', '--format', 'ids']));
		expect(expected).not.toEqual(bundled);
		expect(ids(run(['list', 'articles', '--format', 'ids'], {env: {CRISIS_EXPLORER_DATA: data}}))).toEqual(expected);
	});

	it('gives way to --data, and is ignored when empty', () => {
		const {data} = writeFixture();
		const bundled = ids(run(['list', 'articles', '--format', 'ids']));
		expect(ids(run(['list', 'articles', '--format', 'ids', '--data', join(root, 'data/dataset.json')], {env: {CRISIS_EXPLORER_DATA: data}}))).toEqual(bundled);
		expect(ids(run(['list', 'articles', '--format', 'ids'], {env: {CRISIS_EXPLORER_DATA: ''}}))).toEqual(bundled);
	});

	it('is named in errors like --data', () => {
		const r = run(['list', 'events'], {env: {CRISIS_EXPLORER_DATA: '/nonexistent/d.json'}});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/\/nonexistent\/d\.json/);
	});
});
