// Parsing in worker threads must change nothing but the time: the same results
// in the same order as parsing in this thread, bad files skipped the same way,
// and a worker that cannot start reported as one line.
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CliError} from '../../source/errors.js';
import {BATCH_TEXT, batchesOf, manifestFor, parseFiles, type ParseRequest, type ParsedFile} from '../../source/ingest/parallel.js';
import type {Manifest} from '../../source/ingest/types.js';
import {bytesWithEvents} from '../../source/dataset/build/article-json.js';
import {withSortedKeys} from '../../source/dataset/build/sorted-json.js';
import {ingestFolder, listArticleFiles, readManifest, serializeDataset} from '../../source/ingest/run.js';
import {lexiconDir} from './helpers.js';

let dir: string;
const raw = join(lexiconDir, '../raw');

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ce-parallel-'));
	const seeds = readdirSync(raw).filter(f => f.endsWith('.txt'));
	// Copies under other names, so each worker gets several files and order matters.
	for (let k = 0; k < 3; k++) for (const f of seeds) copyFileSync(join(raw, f), join(dir, `${k}-${f}`));
	copyFileSync(join(raw, 'manifest.json'), join(dir, 'manifest.json'));
	writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7]));
	writeFileSync(join(dir, 'empty.txt'), '');
	mkdirSync(join(dir, 'folder.txt'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function all(files: string[], jobs: number, lexicon = lexiconDir, manifest = readManifest(join(raw, 'manifest.json'))): Promise<ParsedFile[]> {
	const out: ParsedFile[] = [];
	for await (const r of parseFiles(dir, files, {manifest, lexiconDir: lexicon, jobs})) out.push(r);
	return out;
}

describe('manifestFor', () => {
	const manifest = JSON.parse(
		'{"a.txt":{"outlet":"A"},"a":{"outlet":"A by id"},"b.txt":{"outlet":"B"},"__proto__":{"outlet":"P"},"r.csv#2":{"outlet":"R"},"rec-1":{"published":"2022-01-05"}}',
	) as Manifest;

	it('gives a unit the entries its article is looked up by (its file, then its id), and no others', () => {
		expect(manifestFor(manifest, {kind: 'file', file: 'a.txt', id: 'a'})).toEqual({'a.txt': {outlet: 'A'}, a: {outlet: 'A by id'}});
		expect(manifestFor(manifest, {kind: 'file', file: 'c.txt', id: 'c'})).toEqual({});
		expect(manifestFor(manifest, {kind: 'record', record: {id: 'rec-1', file: 'r.csv#2', text: 'x'}})).toEqual({
			'r.csv#2': {outlet: 'R'},
			'rec-1': {published: '2022-01-05'},
		});
		expect(manifestFor(manifest, {kind: 'skip', file: 'a.txt', reason: 'empty'})).toEqual({});
	});

	it('keeps a file named __proto__ a key of its own, not the prototype', () => {
		const slice = manifestFor(manifest, {kind: 'file', file: '__proto__', id: '__proto__'});
		expect(Object.hasOwn(slice, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(slice)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(slice, '__proto__')?.value).toEqual({outlet: 'P'});
	});
});

describe('batchesOf', () => {
	const file = (seq: number): ParseRequest => ({seq, unit: {kind: 'file', file: `${seq}.txt`, id: String(seq)}, manifest: {}});
	const record = (seq: number, chars: number): ParseRequest => ({
		seq,
		unit: {kind: 'record', record: {id: String(seq), file: `r.ndjson#${seq + 1}`, text: 'x'.repeat(chars)}},
		manifest: {},
	});
	const seqs = (batches: ParseRequest[][]) => batches.map(b => b.map(r => r.seq));

	it('cuts files into batches of the size given, in order', () => {
		expect(seqs(batchesOf([0, 1, 2, 3, 4].map(file), 2))).toEqual([[0, 1], [2, 3], [4]]);
		expect(seqs(batchesOf([], 16))).toEqual([]);
	});

	it('ends a batch of records at BATCH_TEXT of text, and sends a larger record alone', () => {
		const third = Math.floor(BATCH_TEXT / 3);
		const requests = [record(0, third), record(1, third), record(2, third), record(3, third), record(4, 2 * BATCH_TEXT), record(5, 10), file(6)];
		expect(seqs(batchesOf(requests, 16))).toEqual([[0, 1, 2], [3], [4], [5, 6]]);
	});
});

describe('parseFiles', () => {
	it('yields in workers exactly what it yields in this thread, in file order, bad files skipped alike', async () => {
		const files = listArticleFiles(dir);
		const sequential = await all(files, 1);
		const parallel = await all(files, 2);
		expect(parallel.map(r => r.file)).toEqual(files);
		expect(sequential.filter(r => !r.ok).map(r => r.file)).toEqual(['binary.txt', 'empty.txt', 'folder.txt']);
		// A worker's article comes parsed from the JSON text it wrote (keys in sorted order) with that text beside it.
		const withoutText = (r: ParsedFile) => (r.ok ? {...r, text: undefined} : r);
		expect(parallel.map(withoutText)).toEqual(sequential.map(withoutText));
		for (const r of parallel) {
			if (!r.ok) continue;
			expect(r.text).toBeDefined();
			const pieces = bytesWithEvents(r.text!, r.article.sentences).map(p => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8')));
			expect(pieces.join('')).toBe(JSON.stringify(withSortedKeys(r.article)));
		}
		expect(sequential.some(r => r.ok && r.text)).toBe(false);
	}, 60_000);

	it("gives a worker each file's manifest entry (the workers are not sent the whole manifest)", async () => {
		const files = listArticleFiles(dir).filter(f => f.endsWith('.txt') && f.startsWith('1-'));
		const manifest: Manifest = Object.fromEntries(files.map((f, k) => [f, {outlet: `Outlet ${k}`, published: `2022-01-${String(k + 10)}`}]));
		const parallel = await all(files, 2, lexiconDir, manifest);
		expect(parallel.map(r => r.ok && [r.article.outlet, r.article.published])).toEqual(files.map((_, k) => [`Outlet ${k}`, `2022-01-${k + 10}`]));
		const withoutText = (r: ParsedFile) => (r.ok ? {...r, text: undefined} : r);
		expect(parallel.map(withoutText)).toEqual((await all(files, 1, lexiconDir, manifest)).map(withoutText));
	}, 60_000);

	it('writes a byte-identical dataset with --jobs 2 and --jobs 1', async () => {
		const one = await ingestFolder(dir, {manifestPath: join(raw, 'manifest.json'), lexiconDir, jobs: 1});
		const two = await ingestFolder(dir, {manifestPath: join(raw, 'manifest.json'), lexiconDir, jobs: 2});
		expect(one.summary.articles).toBe(15);
		expect(two.skipped).toEqual(one.skipped);
		expect(serializeDataset(two.dataset, two.texts)).toBe(serializeDataset(one.dataset));
		expect(serializeDataset(two.dataset)).toBe(serializeDataset(one.dataset));
	}, 60_000);

	it('stops the workers when the reader stops early', async () => {
		const files = listArticleFiles(dir);
		const seen: string[] = [];
		for await (const r of parseFiles(dir, files, {manifest: {}, lexiconDir, jobs: 2})) {
			seen.push(r.file);
			if (seen.length === 2) break;
		}
		expect(seen).toEqual(files.slice(0, 2));
	}, 60_000);

	it('reports a worker that cannot start as one line, not a stack trace', async () => {
		const error = await all(listArticleFiles(dir), 2, join(dir, 'no-lexicon')).catch(e => e);
		expect(error).toBeInstanceOf(CliError);
		expect(error.message).toMatch(/no-lexicon.*cannot read lexicon file/);
		expect(error.message).not.toMatch(/\n/);
	}, 60_000);
});
