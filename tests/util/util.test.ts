// The small shared rules of source/util: each has one home, so each is tested once here.
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {byId} from '../../source/util/by-id.js';
import {jsonPath} from '../../source/util/json-path.js';
import {readJson} from '../../source/util/read-json.js';
import {DataError} from '../../source/errors.js';

describe('jsonPath', () => {
	it('writes a zod issue path as the README documents it', () => {
		expect(jsonPath(['events', 3, 'date'])).toBe('events[3].date');
		expect(jsonPath([2, 'roles', 0, 'from'])).toBe('[2].roles[0].from');
		expect(jsonPath([])).toBe('(root)');
	});
});

describe('readJson', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ce-json-'));
	it('parses a file, skipping a byte-order mark', () => {
		writeFileSync(join(dir, 'bom.json'), '\uFEFF{"a": 1}');
		expect(readJson(join(dir, 'bom.json'), 'test file')).toEqual({a: 1});
	});
	it('names the file, what it is and why in one line', () => {
		expect(() => readJson(join(dir, 'nope.json'), 'lexicon file')).toThrow(/nope\.json: cannot read lexicon file: no such file$/);
		mkdirSync(join(dir, 'folder.json'));
		expect(() => readJson(join(dir, 'folder.json'), 'lexicon file')).toThrow(/folder\.json: cannot read lexicon file: is a directory$/);
		writeFileSync(join(dir, 'bad.json'), '[{');
		expect(() => readJson(join(dir, 'bad.json'), 'lexicon file')).toThrow(/bad\.json: not valid JSON \(/);
		expect(() => readJson(join(dir, 'bad.json'), 'lexicon file')).toThrow(DataError);
	});
});

describe('byId', () => {
	it('maps each id to its item', () => {
		const a = {id: 'a', n: 1};
		const b = {id: 'b', n: 2};
		const map = byId([a, b]);
		expect(map.get('b')).toBe(b);
		expect([...map.keys()]).toEqual(['a', 'b']);
	});
});
