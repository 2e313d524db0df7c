// Issue 20, point 10: `show --fields` picks fields in every format; it is never ignored.
import {beforeAll, describe, expect, test} from 'vitest';
import {buildCli, run} from './helpers.js';

beforeAll(() => buildCli(), 120_000);

const data = 'data/dataset.json';

describe('show --fields', () => {
	test('JSON gives the records with only those fields, in that order', () => {
		const result = run(['--data', data, 'show', 'jens-stoltenberg', '--fields', 'nameEn,id', '--format', 'json']);
		expect(result.code).toBe(0);
		const records = JSON.parse(result.stdout);
		expect(records).toHaveLength(1);
		expect(Object.keys(records[0])).toEqual(['nameEn', 'id']);
		expect(records[0].id).toBe('jens-stoltenberg');
	});
	test('an article gives its sentences with those fields (NDJSON)', () => {
		const [article] = run(['--data', data, 'list', 'articles', '--format', 'ids']).stdout.trim().split('\n');
		const lines = run(['--data', data, 'show', article!, '--fields', 'id,line', '--format', 'ndjson']).stdout.trim().split('\n');
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual(['id', 'line']);
	});
	test('an unknown field is a usage error', () => {
		const result = run(['--data', data, 'show', 'jens-stoltenberg', '--fields', 'nope']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("unknown field 'nope'");
	});
});
