// Issue 7, acceptance check 3 for the dataset directory: the search index
// stored at ingest returns every sentence (and event, and article) whose
// searchText contains the query's, and nothing else, checked against a
// brute-force scan of a generated corpus.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import type {PlantedTarget} from '../../bench/gen/targets.js';
import {mulberry32} from '../../bench/prng.js';
import {openDirectoryDataset, type DirectoryDataset} from '../../source/dataset/directory/open.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import type {Query} from '../../source/query/types.js';
import {buildDirectoryIndex, directSentences, type DirectorySearchIndex} from '../../source/search/directory.js';
import {searchQuery, searchText} from '../../source/search/normalise-text.js';
import {entityRecords} from '../../source/search/records.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-dir-index-'));
const corpus = join(work, 'corpus');
const out = join(work, 'corpus.d');
let dir: DirectoryDataset;
let index: DirectorySearchIndex;
let query: Query;
let targets: PlantedTarget[];
/** Every sentence, in reading order (global number = position). */
let sentences: Array<{id: string; norm: string; text: string}>;

beforeAll(async () => {
	targets = writeCorpus({articles: 150, out: corpus}).targets;
	await ingestFolderToDirectory(corpus, out, {manifestPath: join(corpus, 'manifest.json')});
	dir = openDirectoryDataset(out);
	index = buildDirectoryIndex(dir);
	query = buildDirectoryQuery(dir);
	sentences = dir.articles().flatMap(a => a.sentences.map(s => ({id: s.id, text: s.text, norm: searchText(s.text)})));
}, 180_000);
afterAll(() => rmSync(work, {recursive: true, force: true}));

const scan = (q: string) => sentences.filter(s => s.norm.includes(q)).map(s => s.id);
const sorted = (ids: string[]) => [...ids].sort();

/** Queries: planted targets, random substrings of random sentences (across words too), Latin and short ones. */
function queries(): string[] {
	const rng = mulberry32(7);
	const out = targets.map(t => t.query);
	for (let i = 0; i < 250; i++) {
		const s = sentences[rng.int(0, sentences.length - 1)]!.text;
		const from = rng.int(0, Math.max(0, s.length - 2));
		out.push(s.slice(from, from + rng.int(2, 30)));
	}
	const latin = new Set(sentences.flatMap(s => s.text.match(/[A-Za-z][A-Za-z .]{2,20}/g) ?? []));
	out.push(
		...[...latin].slice(0, 30),
		'Rob Bauer',
		'NATO',
		'al',
		'في',
		'ال',
		'في ال',
		'ة ا',
		'  الأجواء   المفتوحة ',
		'no such phrase anywhere',
		'ستولتنبرغ قال',
	);
	return out;
}

describe('stored directory search index against a brute-force scan', () => {
	test('the directory stores an index', () => {
		expect(index.stored).toBeDefined();
	});

	test("the forward index rebuilds every sentence's normalised text, one by one and in a scan", () => {
		const reader = index.stored!.sentences;
		sentences.forEach((s, g) => expect(reader.text(g)).toBe(s.norm.trim()));
		let n = 0;
		reader.scan((g, text) => {
			expect(text).toBe(sentences[g]!.norm.trim());
			n++;
			return true;
		});
		expect(n).toBe(sentences.length);
	});

	test('every sentence containing the query, and only those', () => {
		let nonEmpty = 0;
		for (const raw of queries()) {
			const q = searchQuery(raw);
			if (q.length < 2) continue;
			const expected = scan(q);
			if (expected.length > 0) nonEmpty++;
			const got = directSentences(dir, index.stored!, raw, undefined, new Set()).map(h => h.id);
			expect(sorted(got), `query ${JSON.stringify(raw)}`).toEqual(sorted(expected));
		}
		// The check means something only if most queries match.
		expect(nonEmpty).toBeGreaterThan(200);
	});

	test('with a limit, hits are true matches, as many as asked for when there are enough, best covered first', () => {
		for (const raw of queries().slice(0, 120)) {
			const q = searchQuery(raw);
			if (q.length < 2) continue;
			const expected = new Set(scan(q));
			const got = directSentences(dir, index.stored!, raw, 20, new Set());
			for (const h of got) {
				expect(expected.has(h.id), `${raw}: ${h.id}`).toBe(true);
				expect(h.spans.length).toBeGreaterThan(0);
				for (const [start, end] of h.spans) expect(searchText(h.text.slice(start, end))).toContain(q.split(' ')[0]!.slice(0, 1));
			}
			expect(got.length).toBe(Math.min(20, expected.size));
			for (let i = 1; i < got.length; i++) expect(got[i - 1]!.score).toBeGreaterThanOrEqual(got[i]!.score);
		}
	});

	test('events and articles: every record with a field containing the query, and only those', () => {
		const records = entityRecords({actors: dir.actors, sources: dir.sources, events: dir.events(), articles: dir.articles()});
		const words = [...new Set(records.article.flatMap(r => r.fields.flatMap(f => f.split(/\s+/))))];
		const rng = mulberry32(11);
		const picks = [
			...Array.from({length: 60}, () => words[rng.int(0, words.length - 1)]!),
			...records.event.slice(0, 20).map(r => r.fields[0]!.slice(2, 12)),
			'zz',
			'في ال',
		];
		for (const raw of picks) {
			const q = searchQuery(raw);
			if (q.length < 2) continue;
			for (const kind of ['event', 'article'] as const) {
				const expected = records[kind].filter(r => r.fields.some(f => searchText(f).includes(q))).map(r => r.id);
				const got = query.search(raw, {type: kind, limit: 100_000}).map(h => h.id);
				expect(sorted(got), `${kind} ${JSON.stringify(raw)}`).toEqual(sorted(expected));
			}
		}
	});

	test('a session as the explorer runs it finds every planted target in the first three sentences', () => {
		for (const t of targets.filter(x => x.files.length > 0)) {
			const session = query.searchSession!({perKind: 100});
			let hits: ReturnType<typeof session.update> = [];
			for (let i = 1; i <= t.query.length; i++) hits = session.update(t.query.slice(0, i));
			const files = new Set(t.files.map(f => f.replace(/\.txt$/, '')));
			const top = hits.filter(h => h.kind === 'sentence').slice(0, 3);
			expect(
				top.some(h => files.has(h.id.slice(0, h.id.lastIndexOf(':'))) && h.text.includes(t.planted)),
				t.name,
			).toBe(true);
		}
	});
});
