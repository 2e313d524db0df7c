import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileSink} from '../../source/export/sink.js';
import {writeRecords} from '../../source/export/write.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-sink-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('file sink', () => {
	it('writes through a temporary file and leaves only the target', async () => {
		const sink = fileSink(join(dir, 'a.txt'), {force: false});
		await sink.write('hello');
		expect(readdirSync(dir)).toHaveLength(1); // only the temp file so far
		expect(readdirSync(dir)[0]).not.toBe('a.txt');
		await sink.end();
		expect(readdirSync(dir)).toEqual(['a.txt']);
		expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hello');
	});
	it('refuses an existing file without force and keeps it', () => {
		writeFileSync(join(dir, 'a.txt'), 'first');
		expect(() => fileSink(join(dir, 'a.txt'), {force: false})).toThrow(/already exists; use --force/);
		expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('first');
	});
	it('overwrites with force', async () => {
		writeFileSync(join(dir, 'a.txt'), 'first');
		const sink = fileSink(join(dir, 'a.txt'), {force: true});
		await sink.write('second');
		await sink.end();
		expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('second');
	});
	it('a missing directory is one clear error', () => {
		expect(() => fileSink(join(dir, 'nope', 'a.txt'), {force: false})).toThrow(/directory '.*nope' does not exist/);
	});
	it('a full disk removes the temporary file and writes nothing', async () => {
		const full = () => {
			const error = new Error('ENOSPC: no space left on device') as NodeJS.ErrnoException;
			error.code = 'ENOSPC';
			throw error;
		};
		const sink = fileSink(join(dir, 'a.txt'), {force: false, writeSync: full});
		await sink.write('x'.repeat(10));
		await expect(sink.end()).rejects.toThrow(/no space left on device; nothing written/);
		expect(readdirSync(dir)).toEqual([]);
	});
});

describe('writeRecords', () => {
	const collect = () => {
		let out = '';
		return {
			sink: {isTTY: false, columns: null, write: async (s: string) => void (out += s), end: async () => {}, abort: () => {}},
			text: () => out,
		};
	};
	const table = {width: null};
	const records = [
		{id: 'a', n: 1, list: ['x', 'y']},
		{id: 'b', n: 2, list: []},
	];
	it.each([true, false])('json (pretty=%s) parses back to the picked records', async pretty => {
		const {sink, text} = collect();
		await writeRecords(records, sink, {format: 'json', fields: ['list', 'id'], pretty, bom: false, kind: 'sentence', table});
		expect(JSON.parse(text())).toEqual([
			{list: ['x', 'y'], id: 'a'},
			{list: [], id: 'b'},
		]);
		expect(Object.keys(JSON.parse(text())[0])).toEqual(['list', 'id']);
	});
	it('json of nothing is an empty array', async () => {
		const {sink, text} = collect();
		await writeRecords([], sink, {format: 'json', fields: ['id'], pretty: true, bom: false, kind: 'sentence', table});
		expect(JSON.parse(text())).toEqual([]);
	});
	it('csv has a header, CRLF and an optional BOM', async () => {
		const {sink, text} = collect();
		await writeRecords(records, sink, {format: 'csv', fields: ['id', 'list'], pretty: false, bom: true, kind: 'sentence', table});
		expect(text()).toBe('\uFEFFid,list\r\na,x;y\r\nb,\r\n');
	});
	it('ids prints one id a line', async () => {
		const {sink, text} = collect();
		await writeRecords(records, sink, {format: 'ids', fields: ['id'], pretty: false, bom: false, kind: 'sentence', table});
		expect(text()).toBe('a\nb\n');
	});
});
