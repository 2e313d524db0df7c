// The dataset directory against the JSON dataset on the seeds: a directory
// ingest of data/raw, read back, must give the same articles, facets and
// query answers as the in-memory ingest, without reading articles.ndjson at open.
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {ARTICLES_FILE, isDirectoryDataset, META_FILE, wantsDirectory} from '../../source/dataset/directory/layout.js';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {sealedMetaText} from '../../source/dataset/directory/checksum.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {buildQuery} from '../../source/query/build.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import type {Query} from '../../source/query/types.js';
import {compareEvent} from '../../source/compare/compare.js';
import {writeCorpus} from '../../bench/corpus.js';
import {buildCli, run} from '../cli/helpers.js';

const raw = 'data/raw';
const manifestPath = 'data/raw/manifest.json';
const work = mkdtempSync(join(tmpdir(), 'crisis-dir-'));
const out = join(work, 'seeds');
let json: Dataset;
let direct: Query;
let fromDir: Query;

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

beforeAll(async () => {
	json = (await ingestFolder(raw, {manifestPath})).dataset;
	const result = await ingestFolderToDirectory(raw, out, {manifestPath});
	expect(result.summary.articles).toBe(json.articles.length);
	direct = buildQuery(json);
	fromDir = buildDirectoryQuery(openDirectoryDataset(out));
}, 60_000);
afterAll(() => rmSync(work, {recursive: true, force: true}));

describe('dataset directory: layout', () => {
	test('an --out without .json asks for a directory; an existing directory with meta.json is one', () => {
		expect(wantsDirectory('corpus.d')).toBe(true);
		expect(wantsDirectory('dataset.json')).toBe(false);
		expect(wantsDirectory('-')).toBe(false);
		expect(isDirectoryDataset(out)).toBe(true);
		expect(isDirectoryDataset(join(out, META_FILE))).toBe(false);
	});

	test('meta.json holds counts, not sentence id lists', () => {
		const meta = JSON.parse(readFileSync(join(out, META_FILE), 'utf8')) as Record<string, Array<Record<string, unknown>>>;
		const events = JSON.parse(readFileSync(join(out, 'event-list.json'), 'utf8')) as Array<Record<string, unknown>>;
		for (const list of ['actors', 'sources', 'days']) for (const record of meta[list]!) expect(record.sentences).toBeUndefined();
		for (const record of events) expect(record.sentences).toBeUndefined();
		// Heads and events live apart (read lazily); meta.json only counts the articles.
		expect(meta.articles).toBeUndefined();
		expect(meta.events).toBeUndefined();
		expect(meta.articleCount).toBe(json.articles.length);
	});

	test('opening reads neither the article records nor the event list until asked', () => {
		const dir = openDirectoryDataset(out);
		// The event list and the article heads are getters on meta, read on first use.
		expect(typeof Object.getOwnPropertyDescriptor(dir.meta, 'events')!.get).toBe('function');
		expect(typeof Object.getOwnPropertyDescriptor(dir.meta, 'articles')!.get).toBe('function');
		expect(dir.heads.count).toBe(json.articles.length);
		json.articles.forEach((a, n) => {
			expect(dir.heads.sentenceCount(n)).toBe(a.sentences.length);
			expect(dir.article(n).title).toBe(a.title);
		});
		expect(dir.meta.events.map(e => e.id)).toEqual(json.events.map(e => e.id));
	});

	test('one event is made alone, the same object the event list holds; the count comes from meta.json', () => {
		const dir = openDirectoryDataset(out);
		expect(dir.eventCount()).toBe(json.events.length);
		const first = json.events[0]!;
		const alone = dir.event(first.id)!;
		expect(plain(alone)).toEqual(plain(first));
		expect(dir.event('no-such-event')).toBeUndefined();
		expect(dir.events()[0]).toBe(alone);
		for (const e of json.events) expect(plain(dir.event(e.id))).toEqual(plain(e));
	});
});

describe('dataset directory: an article’s events by id', () => {
	// The first frame draws an article's sentences; their events are named by id
	// from event-ids.json. Reading the whole event list for them made a 100k
	// directory's first frame 14.6 s and 1.5 GB.
	test('come from event-ids.json: the event list is never read (here it is damaged, and reading it would throw)', () => {
		const copy = join(work, 'ids-only');
		cpSync(out, copy, {recursive: true});
		const listPath = join(copy, 'event-list.json');
		const list = readFileSync(listPath);
		list[2] = list[2] === 0x41 ? 0x42 : 0x41;
		writeFileSync(listPath, list);
		const dir = openDirectoryDataset(copy);
		let withEvents = 0;
		json.articles.forEach((a, n) => {
			const got = dir.article(n).sentences.map(s => s.events);
			expect(got).toEqual(a.sentences.map(s => s.events));
			withEvents += got.filter(e => e.length > 0).length;
		});
		expect(withEvents).toBeGreaterThan(0);
		// And what a sentence's line shows of them: the label and the place.
		for (const e of json.events) expect(dir.eventHead(e.id)).toEqual({id: e.id, label: e.label, place: e.place});
		expect(dir.eventHead('no-such-event')).toBeUndefined();
		expect(() => dir.meta.events).toThrow(/event-list\.json: checksum mismatch/);
	});

	test('a layout-3 directory (the events in meta.json, no event-ids.json) reads the same from meta.json and the list', () => {
		// Made from this one as layout 3 wrote it: the events' spans and counts in meta.json.
		const copy = join(work, 'layout-3');
		cpSync(out, copy, {recursive: true});
		const heads = JSON.parse(readFileSync(join(copy, 'event-ids.json'), 'utf8')) as {ids: string[]; spans: Record<string, number[]>; behind: number[]};
		rmSync(join(copy, 'event-ids.json'));
		const {metaCrc32: _seal, ...meta} = JSON.parse(readFileSync(join(copy, META_FILE), 'utf8')) as {
			metaCrc32: number;
			layoutVersion: number;
			files: Record<string, unknown>;
			postings: Record<string, [number, number]>;
			behind: {events: Record<string, number>};
		};
		heads.ids.forEach((id, n) => {
			for (const field of ['articles', 'sentences', 'behind'])
				meta.postings[`events\t${id}\t${field}`] = [heads.spans[field]![2 * n]!, heads.spans[field]![2 * n + 1]!];
			meta.behind.events[id] = heads.behind[n]!;
		});
		delete meta.files['event-ids.json'];
		meta.layoutVersion = 3;
		writeFileSync(join(copy, META_FILE), sealedMetaText(meta));
		const dir = openDirectoryDataset(copy);
		json.articles.forEach((a, n) => {
			expect(dir.article(n).sentences.map(s => s.events)).toEqual(a.sentences.map(s => s.events));
		});
		for (const e of json.events) expect(plain(dir.eventHead(e.id))).toMatchObject({id: e.id, label: e.label, place: e.place});
		const old = buildDirectoryQuery(dir);
		expect(plain(old.facet('events'))).toEqual(plain(direct.facet('events')));
		for (const e of json.events) expect(old.sentencesFor('events', e.id)).toEqual(direct.sentencesFor('events', e.id));
		// A layout-4 directory without the file is damaged, not read the old way.
		writeFileSync(join(copy, META_FILE), sealedMetaText({...meta, layoutVersion: 4}));
		expect(() => openDirectoryDataset(copy).article(json.articles.findIndex(a => a.sentences.some(s => s.events.length > 0))).sentences).toThrow(
			/meta\.json: layout 4 lists event-ids\.json, this one does not; the dataset directory is damaged/,
		);
	});

	test('meta.json keeps no event postings: they are in event-ids.json, one span per event and field', () => {
		const meta = JSON.parse(readFileSync(join(out, META_FILE), 'utf8')) as {layoutVersion: number; postings: Record<string, unknown>; behind: {events: object}};
		expect(meta.layoutVersion).toBe(4);
		expect(Object.keys(meta.postings).filter(k => k.startsWith('events\t'))).toEqual([]);
		expect(meta.behind.events).toEqual({});
		const heads = JSON.parse(readFileSync(join(out, 'event-ids.json'), 'utf8')) as {ids: string[]; spans: Record<string, number[]>; behind: number[]};
		expect(heads.ids).toEqual(json.events.map(e => e.id));
		for (const f of ['articles', 'sentences', 'behind']) expect(heads.spans[f]).toHaveLength(2 * json.events.length);
		expect(heads.behind).toEqual(json.events.map(e => direct.sentencesFor('events', e.id).length));
	});

	test('a damaged or missing event-ids.json is a one-line DataError', () => {
		const copy = join(work, 'bad-ids');
		cpSync(out, copy, {recursive: true});
		rmSync(join(copy, 'event-ids.json'));
		expect(() => openDirectoryDataset(copy)).toThrow(/event-ids\.json: missing or unreadable \(ENOENT\); the dataset directory is damaged/);
		// Damaged: the same size, another byte: found when the first article's events are read.
		cpSync(join(out, 'event-ids.json'), join(copy, 'event-ids.json'));
		const ids = readFileSync(join(copy, 'event-ids.json'));
		ids[3] = ids[3] === 0x61 ? 0x62 : 0x61;
		writeFileSync(join(copy, 'event-ids.json'), ids);
		const dir = openDirectoryDataset(copy);
		const n = json.articles.findIndex(a => a.sentences.some(s => s.events.length > 0));
		expect(() => dir.article(n).sentences).toThrow(/event-ids\.json: checksum mismatch/);
	});
});

describe('dataset directory: ids to numbers without a map of every id', () => {
	// The first frame looks up the articles and events of the sentences it lists; a map of every
	// article id and of every event id (100k and 121k at 100k articles) is made only for an id not
	// named so. Both paths must give the same numbers.
	test('an article by id: before any sentence named it, after, and no such article', () => {
		const dir = openDirectoryDataset(out);
		const ids = json.articles.map(a => a.id);
		// Not named yet: the map of every id answers.
		expect(dir.numberOfArticle(ids.at(-1)!)).toBe(ids.length - 1);
		const fresh = openDirectoryDataset(out);
		// Named by listing its sentences first: the same numbers.
		for (let g = 0; g < fresh.meta.sentences; g++) fresh.sentenceId(g);
		for (const [n, id] of ids.entries()) expect(fresh.numberOfArticle(id)).toBe(n);
		expect(fresh.numberOfArticle('no-such-article')).toBeUndefined();
		expect(fresh.sentenceNumber(`${ids[1]}:0`)).toBe(fresh.heads.firstSentence(1));
	});

	test("an event's head by id: before its article is read and after", () => {
		const before = openDirectoryDataset(out);
		for (const e of json.events) expect(before.eventHead(e.id)).toEqual({id: e.id, label: e.label, place: e.place});
		const after = openDirectoryDataset(out);
		// Each article's sentences read, as the first frame reads those it shows: their events are named so.
		for (let n = 0; n < json.articles.length; n++) expect(after.article(n).sentences.length).toBe(json.articles[n]!.sentences.length);
		for (const e of json.events) expect(after.eventHead(e.id)).toEqual({id: e.id, label: e.label, place: e.place});
		expect(after.eventHead('no-such-event')).toBeUndefined();
	});
});

describe('dataset directory: read back equals the JSON dataset', () => {
	for (const key of ['articles', 'actors', 'organizations', 'places', 'sources', 'events', 'days'] as const) {
		test(key, () => {
			expect(plain(fromDir.list(key))).toEqual(plain(json[key]));
		});
	}
	test('unresolved', () => {
		expect(plain(openDirectoryDataset(out).unresolved)).toEqual(plain(json.unresolved));
	});

	test('facets and the sentences behind every facet value', () => {
		for (const kind of ['days', 'actors', 'sources', 'events'] as const) {
			expect(fromDir.facet(kind)).toEqual(direct.facet(kind));
			expect([fromDir.facetSize(kind), direct.facetSize(kind)]).toEqual([direct.facet(kind).length, direct.facet(kind).length]);
			for (const v of direct.facet(kind)) expect(fromDir.sentencesFor(kind, v.id), `${kind} ${v.id}`).toEqual(direct.sentencesFor(kind, v.id));
		}
	});

	test('sentence and article lookups, including unknown ids', () => {
		for (const a of json.articles) {
			for (const s of a.sentences) expect(plain(fromDir.sentence(s.id)?.sentence)).toEqual(plain(s));
		}
		expect(fromDir.sentence('nope:1')).toBeUndefined();
		expect(fromDir.sentence(`${json.articles[0]!.id}:9999`)).toBeUndefined();
		expect(fromDir.article('nope')).toBeUndefined();
	});

	test('filters by day, actor, source, event and article', () => {
		const actor = direct.facet('actors')[0]!.id;
		const day = direct.facet('days')[0]!.id;
		const article = json.articles[1]!.id;
		for (const filters of [{actor: [actor]}, {day: [day]}, {actor: [actor], day: [day]}, {article: [article]}, {event: [json.events[0]!.id]}, {}]) {
			expect(fromDir.filter(filters), JSON.stringify(filters)).toEqual(direct.filter(filters));
		}
	});

	test('comparing an event reads only its articles and gives the same comparison', () => {
		for (const e of json.events)
			expect(plain(compareEvent(fromDir.comparisonInputs(e.id)!)), e.id).toEqual(plain(compareEvent(direct.comparisonInputs(e.id)!)));
	});

	test('search: actors and the sentences that mention them', () => {
		const hits = fromDir.search('ستولتنبرج');
		expect(hits[0]?.kind).toBe('actor');
		const sentences = hits.filter(h => h.kind === 'sentence');
		expect(sentences.length).toBeGreaterThan(0);
		// Every linked sentence really mentions the actor found, at the highlighted span.
		for (const h of sentences) {
			const s = direct.sentence(h.id)!.sentence;
			expect(s.actors.some(r => r.id === hits[0]!.id) || s.attribution?.speaker?.id === hits[0]!.id).toBe(true);
			for (const [start, end] of h.spans) expect(s.text.slice(start, end).length).toBe(end - start);
		}
		// The same actor as the in-memory search, and every sentence it links is one the in-memory search finds.
		const all = new Set(direct.search('ستولتنبرج', {limit: 10_000}).map(h => h.id));
		expect(direct.search('ستولتنبرج')[0]?.id).toBe(hits[0]!.id);
		for (const h of sentences) expect(all.has(h.id)).toBe(true);
	});
});

describe('dataset directory: damage is a one-line DataError', () => {
	test('a meta.json that is not JSON, and one of another layout', async () => {
		const broken = join(work, 'broken');
		await ingestFolderToDirectory(raw, broken, {manifestPath});
		writeFileSync(join(broken, META_FILE), '{"version": 1');
		expect(() => openDirectoryDataset(broken)).toThrow(/meta\.json: not valid JSON/);
		writeFileSync(join(broken, META_FILE), '{"version": 1}');
		expect(() => openDirectoryDataset(broken)).toThrow(/not a crisis-explorer dataset directory/);
	});

	test('a missing articles.ndjson', async () => {
		const gone = join(work, 'gone');
		await ingestFolderToDirectory(raw, gone, {manifestPath});
		rmSync(join(gone, ARTICLES_FILE));
		expect(() => openDirectoryDataset(gone)).toThrow(/articles\.ndjson: (cannot read|missing or unreadable)/);
	});
});

describe('dataset directory: the CLI', () => {
	beforeAll(() => buildCli(), 120_000);

	test('ingest --out without .json writes a directory, and --data DIR answers as --data FILE does', () => {
		const cliDir = join(work, 'cli.d');
		const cliJson = join(work, 'cli.json');
		const made = run(['ingest', raw, '--manifest', manifestPath, '--out', cliDir]);
		expect(made.code, made.stderr).toBe(0);
		expect(made.stderr).toMatch(/ingested 5 articles .* into the directory/);
		expect(isDirectoryDataset(cliDir)).toBe(true);
		// A second run refuses to overwrite it without --force.
		expect(run(['ingest', raw, '--manifest', manifestPath, '--out', cliDir]).code).toBe(1);
		expect(run(['ingest', raw, '--manifest', manifestPath, '--out', cliJson]).code).toBe(0);
		const sentence = `${json.articles[2]!.id}:3`;
		for (const args of [
			['list', 'events'],
			['list', 'actors'],
			['list', 'articles'],
			['list', 'days'],
			['show', sentence],
			['show', json.articles[1]!.id],
			['show', json.events[0]!.id],
			['export', '--actor', 'jens-stoltenberg'],
		]) {
			const a = run(['--data', cliDir, ...args, '--format', 'json']);
			const b = run(['--data', cliJson, ...args, '--format', 'json']);
			expect(a.code, a.stderr).toBe(0);
			expect(a.stdout, args.join(' ')).toBe(b.stdout);
		}
		// Twenty CLI runs: on a loaded two-core machine that is more than the default 30 s.
	}, 180_000);
});

describe('dataset directory: parsing in workers', () => {
	test('two workers (and the link worker) write the same files, byte for byte, as one thread', async () => {
		const corpus = join(work, 'gen');
		writeCorpus({articles: 60, out: corpus, seed: 11});
		const one = join(work, 'one.d');
		const two = join(work, 'two.d');
		await ingestFolderToDirectory(corpus, one, {manifestPath: join(corpus, 'manifest.json'), jobs: 1});
		await ingestFolderToDirectory(corpus, two, {manifestPath: join(corpus, 'manifest.json'), jobs: 2, linkWorker: true});
		const files = readdirSync(one).sort();
		expect(readdirSync(two).sort()).toEqual(files);
		expect(files).toContain(ARTICLES_FILE);
		for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
	}, 120_000);
});
