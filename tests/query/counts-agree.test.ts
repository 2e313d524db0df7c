// One number per thing: for every facet value (day, actor, source, event) the
// count the explorer's tab shows, the count `list` and `show` print and the
// number of sentences `export` writes with that value as its filter are the
// same number, in both dataset layouts, on the bundled dataset and on a
// generated corpus of a thousand articles. The commands run in this process
// (their own functions, over one Query per dataset) so that the thousands of
// values take seconds, not a process each.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {runExport} from '../../source/commands/export.js';
import {runList} from '../../source/commands/list.js';
import {runShow} from '../../source/commands/show.js';
import type {Context, Flags} from '../../source/commands/context.js';
import {openDirectoryDataset} from '../../source/dataset/directory/open.js';
import {loadDataset} from '../../source/dataset/load.js';
import {ingestFolderToDirectory} from '../../source/ingest/directory.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';
import {buildDirectoryQuery} from '../../source/query/directory.js';
import {buildQuery} from '../../source/query/build.js';
import type {FacetKind, Query} from '../../source/query/types.js';
import type {Dataset} from '../../source/dataset/schema.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-counts-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

type Run = (ctx: Context) => Promise<number>;

/** Runs one command over `query` with `args` and `flags`, and returns what it wrote. */
async function command(run: Run, query: Query, args: string[], flags: Partial<Flags>): Promise<string> {
	let out = '';
	const stdout = {
		isTTY: false,
		write: (chunk: string | Uint8Array) => {
			out += String(chunk);
			return true;
		},
	} as unknown as NodeJS.WriteStream;
	const ctx: Context = {
		flags: {
			force: false,
			bom: false,
			shape: true,
			lexiconOnly: false,
			followLinks: false,
			color: false,
			conflicts: false,
			day: [],
			actor: [],
			source: [],
			event: [],
			article: [],
			query: [],
			ids: [],
			...flags,
		},
		args,
		io: {stdin: process.stdin, stdout, stderr: stdout, env: {}},
		dataPath: 'in-memory',
		bidi: 'off',
		query: async () => query,
	};
	expect(await run(ctx)).toBe(0);
	return out;
}

const FILTER: Record<FacetKind, 'day' | 'actor' | 'source' | 'event'> = {days: 'day', actors: 'actor', sources: 'source', events: 'event'};

type Counts = {expected: number; facet: number; list: number; show: number; showRecord: number; export: number};

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The definitions, written again here from the sentences themselves (not
 * through the code under test): facet kind → value → how many sentences
 * stand behind it.
 */
function expectedCounts(dataset: Dataset): Map<string, number> {
	const behind = new Map<string, Set<string>>();
	const put = (kind: FacetKind, id: string, sentence: string) => {
		const key = `${kind} ${id}`;
		if (!behind.has(key)) behind.set(key, new Set());
		behind.get(key)!.add(sentence);
	};
	for (const a of dataset.articles) {
		// An outlet stands behind every sentence of the articles it published.
		const outlet = dataset.sources.find(s => s.kind === 'outlet' && s.name === (a.outlet ?? `Unattributed (${/^\d+/.exec(a.id)?.[0] ?? a.id})`));
		for (const s of a.sentences) {
			for (const r of s.actors) put('actors', r.id, s.id);
			if (s.attribution?.speaker) put('actors', s.attribution.speaker.id, s.id);
			if (outlet) put('sources', outlet.id, s.id);
			for (const c of s.citedSources) if (!c.photo) put('sources', c.id, s.id);
			for (const e of s.events) put('events', e, s.id);
			if (a.published) put('days', a.published, s.id);
			for (const d of s.dates) {
				if (d.value?.length !== 10) continue;
				const last = d.rangeEnd && d.rangeEnd.length === 10 && d.rangeEnd > d.value ? d.rangeEnd : d.value;
				for (let day = d.value; day <= last; day = nextDay(day)) put('days', day, s.id);
			}
		}
	}
	return new Map([...behind].map(([key, set]) => [key, set.size]));
}

/** Every count of every facet value, as each surface reports it. */
async function countsOf(query: Query, expected: Map<string, number>): Promise<Map<string, Counts>> {
	const out = new Map<string, Counts>();
	for (const kind of ['days', 'actors', 'sources', 'events'] as const) {
		const listed = JSON.parse(await command(runList, query, [kind], {format: 'json'})) as Array<{id?: string; date?: string; mentions: number}>;
		const listCount = new Map(listed.map(r => [r.id ?? r.date!, r.mentions]));
		for (const value of query.facet(kind)) {
			// show's JSON is the dataset's record; its flat formats give the record `list` prints.
			const shown = JSON.parse(await command(runShow, query, [value.id], {format: 'json'})) as {mentions?: number; sentences?: string[]};
			const csv = await command(runShow, query, [value.id], {format: 'csv', fields: 'mentions'});
			const exported = (await command(runExport, query, [], {format: 'ids', [FILTER[kind]]: [value.id]})).split('\n').filter(Boolean).length;
			out.set(`${kind} ${value.id}`, {
				expected: expected.get(`${kind} ${value.id}`) ?? 0,
				facet: value.count,
				list: listCount.get(value.id) ?? -1,
				show: kind === 'sources' ? (shown.sentences?.length ?? -1) : (shown.mentions ?? -1),
				showRecord: Number(csv.split('\r\n')[1]),
				export: exported,
			});
		}
	}
	return out;
}

/** The values whose counts disagree, each with its counts (empty when all agree). */
function disagreements(counts: Map<string, Counts>): Record<string, Counts> {
	const out: Record<string, Counts> = {};
	for (const [key, c] of counts) if (new Set(Object.values(c)).size > 1) out[key] = c;
	return out;
}

type Layout = {query: () => Query; expected: () => Map<string, number>};
const layouts: Record<string, Layout> = {};
const measured = new Map<string, Promise<Map<string, Counts>>>();
/** A layout's counts, measured once (two tests read the bundled dataset's). */
const countsIn = (name: string) => {
	if (!measured.has(name)) measured.set(name, countsOf(layouts[name]!.query(), layouts[name]!.expected()));
	return measured.get(name)!;
};
beforeAll(async () => {
	const seeds = join(work, 'seeds.d');
	await ingestFolderToDirectory('data/raw', seeds, {manifestPath: 'data/raw/manifest.json', jobs: 1});
	const corpus = join(work, 'corpus');
	writeCorpus({articles: 1000, out: corpus, seed: 20220112});
	const manifestPath = join(corpus, 'manifest.json');
	const generatedJson = join(work, 'generated.json');
	const generatedDir = join(work, 'generated.d');
	writeFileSync(generatedJson, serializeDataset((await ingestFolder(corpus, {manifestPath, jobs: 1})).dataset));
	await ingestFolderToDirectory(corpus, generatedDir, {manifestPath, jobs: 1});
	const bundled = loadDataset('data/dataset.json');
	const generated = loadDataset(generatedJson);
	const bundledExpected = expectedCounts(bundled);
	const generatedExpected = expectedCounts(generated);
	layouts['bundled dataset.json'] = {query: () => buildQuery(bundled), expected: () => bundledExpected};
	layouts['bundled corpus as a directory'] = {query: () => buildDirectoryQuery(openDirectoryDataset(seeds)), expected: () => bundledExpected};
	layouts['generated 1k, JSON file'] = {query: () => buildQuery(generated), expected: () => generatedExpected};
	layouts['generated 1k, directory'] = {query: () => buildDirectoryQuery(openDirectoryDataset(generatedDir)), expected: () => generatedExpected};
}, 180_000);

describe('one number per facet value: tab, list, show and export agree', () => {
	for (const name of ['bundled dataset.json', 'bundled corpus as a directory', 'generated 1k, JSON file', 'generated 1k, directory']) {
		test(name, async () => {
			const layout = layouts[name]!;
			const counts = await countsIn(name);
			// Guard against a test that checks nothing: every kind has values, and the definitions' every value is a facet value.
			for (const kind of ['days', 'actors', 'sources', 'events'])
				expect(
					[...counts.keys()].some(k => k.startsWith(`${kind} `)),
					kind,
				).toBe(true);
			expect([...counts.values()].some(c => c.export > 1)).toBe(true);
			expect([...layout.expected().keys()].filter(k => !counts.has(k))).toEqual([]);
			expect(disagreements(counts)).toEqual({});
		}, 300_000);
	}

	test('the bundled dataset: 36 sentences behind 2022-01-12, 14 behind Stoltenberg', async () => {
		const counts = await countsIn('bundled dataset.json');
		expect(counts.get('days 2022-01-12')?.list).toBe(36);
		expect(counts.get('actors jens-stoltenberg')?.list).toBe(14);
		// `list days` also names the day's two parts: 11 sentences about it, and the one article published on it.
		const days = JSON.parse(await command(runList, layouts['bundled dataset.json']!.query(), ['days'], {format: 'json'})) as Array<{
			date: string;
			about: number;
			published: string[];
		}>;
		const day = days.find(d => d.date === '2022-01-12')!;
		expect([day.about, day.published.length]).toEqual([11, 1]);
	}, 120_000);
});
