// A directory ingest's spill: each parsing thread writes its own file
// (spill-files.ts), and the rows are read back in the dataset's order by
// merging the files along `owners`. These tests write rows of real articles
// (the seeds) into several files, read them back, and parse a folder in two
// workers and in this thread: the rows must come back the same, in order.
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {articleMentions, parseArticle} from '../../source/ingest/pipeline.js';
import {readArticle} from '../../source/ingest/read.js';
import {listArticleFiles, readManifest} from '../../source/ingest/run.js';
import {prepareDirectoryArticle, spilledArticle, spilledRow, spillRow} from '../../source/ingest/directory-prepare.js';
import {facetArticle} from '../../source/dataset/build/facet-article.js';
import {discoveredDigest} from '../../source/ingest/extract/discover/corpus.js';
import {readSpillRows, removeSpills, SpillWriter, spillPath} from '../../source/ingest/spill-files.js';
import {parseFiles} from '../../source/ingest/parallel.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-spill-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

const lex = loadLexicons();
const SEEDS = 'data/raw';
const manifest = readManifest(join(SEEDS, 'manifest.json'));
const prepared = listArticleFiles(SEEDS)
	.filter(f => f.endsWith('.txt'))
	.map(file => {
		const read = readArticle(join(SEEDS, file), file);
		if (!read.ok) throw new Error(file);
		const article = parseArticle(read.article, manifest, lex);
		return prepareDirectoryArticle(article, lex, articleMentions(article, lex));
	});

/** Writes the seeds `rounds` times over, article i to file owners[i]; returns owners. */
function spill(dir: string, pattern: number[], rounds: number): number[] {
	const writers = new Map<number, SpillWriter>();
	const owners: number[] = [];
	for (let r = 0; r < rounds; r++) {
		prepared.forEach((p, i) => {
			const k = pattern[(r * prepared.length + i) % pattern.length]!;
			let w = writers.get(k);
			if (!w) writers.set(k, (w = new SpillWriter(dir, k)));
			expect(w.write(p).file).toBe(k);
			owners.push(k);
		});
	}
	for (const w of writers.values()) w.close();
	return owners;
}

describe('spill files', () => {
	it('gives the rows back in the order the articles came, whichever file holds each', () => {
		const dir = mkdtempSync(join(work, 'rows-'));
		const owners = spill(dir, [2, 0, 0, 1, 2, 2, 1], 3);
		const lines: string[] = [];
		const counts: number[] = [];
		let i = 0;
		for (const row of readSpillRows(dir, owners)) {
			const back = spilledArticle(row, {into: new Map(), canonical: new Map()}, lex);
			lines.push(back.line);
			const head = spillRow(row.buf, row.start, row.end);
			counts.push(head.sentences);
			const want = prepared[i++ % prepared.length]!;
			expect(back.mentions).toEqual(want.mentions);
			expect([head.article, head.published]).toEqual([want.article.id, want.article.published]);
			expect(head.discovered).toEqual(discoveredDigest(want.article));
			// The second pass's read of it: the line's bytes as written, what the builder reads in the article's place.
			const second = spilledRow(row, {into: new Map(), canonical: new Map()}, lex);
			expect(Buffer.from(second.lineBytes).toString('utf8')).toBe(want.line);
			expect(second.article).toEqual(JSON.parse(JSON.stringify(facetArticle(want.article))));
			expect([second.norms, second.mentions, second.discovered]).toEqual([want.norms, want.mentions, discoveredDigest(want.article)]);
		}
		const expected = [0, 1, 2].flatMap(() => prepared.map(p => p.line));
		expect(lines).toEqual(expected);
		expect(counts).toEqual([0, 1, 2].flatMap(() => prepared.map(p => p.article.sentences.length)));
	});

	it('fails when a file holds fewer rows, or more, than the articles given to it', () => {
		const dir = mkdtempSync(join(work, 'short-'));
		const owners = spill(dir, [0, 1], 1);
		const drain = (o: number[]) => {
			for (const _ of readSpillRows(dir, o));
		};
		expect(() => drain([...owners, 1])).toThrow(/ends before/);
		expect(() => drain(owners.slice(0, -1))).toThrow(/more rows/);
	});

	it('removes every spill file and nothing else', () => {
		const dir = mkdtempSync(join(work, 'rm-'));
		spill(dir, [0, 3], 1);
		writeFileSync(join(dir, 'articles.ndjson'), '');
		removeSpills(dir);
		expect(readdirSync(dir)).toEqual(['articles.ndjson']);
	});

	it('never writes over a spill file already there', () => {
		const dir = mkdtempSync(join(work, 'wx-'));
		writeFileSync(spillPath(dir, 1), 'x');
		expect(() => new SpillWriter(dir, 1)).toThrow(/EEXIST/);
	});
});

describe('the search text of a prepared article', () => {
	it('is the same made from the normalised sentences the parse gives as from the sentences themselves', () => {
		for (const folder of [SEEDS, 'tests/fixtures/pages', 'tests/fixtures/shapes']) {
			for (const file of listArticleFiles(folder)) {
				const read = readArticle(join(folder, file), file);
				if (!read.ok) continue;
				const normalised: string[] = [];
				const article = parseArticle(read.article, {}, lex, normalised);
				const mentions = articleMentions(article, lex);
				expect(prepareDirectoryArticle(article, lex, mentions, normalised).norms, file).toEqual(prepareDirectoryArticle(article, lex, mentions).norms);
				expect(() => prepareDirectoryArticle(article, lex, mentions, normalised.slice(1))).toThrow(/normalised texts/);
			}
		}
	});
});

describe('parsing into spill files', () => {
	const FOLDER = 'tests/fixtures/pages';
	const files = listArticleFiles(FOLDER);
	const lines = async (jobs: number) => {
		const dir = mkdtempSync(join(work, `jobs${jobs}-`));
		const owners: number[] = [];
		for await (const outcome of parseFiles(FOLDER, files, {manifest: {}, jobs, prepare: 'directory', spillDir: dir}))
			if (outcome.ok) owners.push(outcome.spilled.file);
		// Each row decoded as it comes: its bytes are valid until its file's next row is read.
		const lines: string[] = [];
		for (const row of readSpillRows(dir, owners)) lines.push(row.buf.toString('utf8', row.start, row.end));
		return {owners, lines};
	};

	it('writes each worker its own file, and the rows come back in file order as one thread gives them', async () => {
		const one = await lines(1);
		const two = await lines(2);
		expect(one.owners.every(k => k === 0)).toBe(true);
		// Both workers took files: the merge is exercised, not one file read straight through.
		expect(new Set(two.owners)).toEqual(new Set([1, 2]));
		expect(two.lines).toEqual(one.lines);
		expect(one.lines.length).toBeGreaterThan(10);
	}, 60_000);
});
