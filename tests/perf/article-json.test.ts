// An article's JSON written where it was parsed (source/dataset/build/article-json.ts),
// its linked events spliced in at the end, must be byte for byte what the old
// serializer (serialise-reference.ts) writes for the linked article: on the
// seeds, on a generated corpus ingested with parse workers (the path the CLI
// takes), and on random articles whose sentences carry keys and strings made to
// look like `"events":[]` (those must be refused, never spliced wrongly).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {articleBytes, articleText, bytesWithEvents, withEvents} from '../../source/dataset/build/article-json.js';
import type {Article, Dataset} from '../../source/dataset/schema.js';
import {ingestFolder, serializeDataset} from '../../source/ingest/run.js';
import {serializeDatasetReference} from './serialise-reference.js';

/** The old serializer's bytes for one article: its line in a dataset holding it alone. */
const reference = (a: unknown) => {
	const whole = serializeDatasetReference({articles: [a]});
	return whole.slice('{"articles":['.length, -']}\n'.length);
};

/** The article as parsed: every sentence's events empty. */
const unlinked = (a: Article): Article => ({...a, sentences: a.sentences.map(s => ({...s, events: []}))});

describe('article JSON written at parse time', () => {
	it('on the seeds: every article gets a text, and with its events spliced in it is the old bytes', async () => {
		const {dataset} = await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json', jobs: 1});
		expect(dataset.articles.length).toBeGreaterThanOrEqual(5);
		let spliced = 0;
		for (const a of dataset.articles) {
			const t = articleText(unlinked(a));
			expect(t).not.toBeNull();
			expect(t!.events.length).toBe(a.sentences.length);
			spliced += a.sentences.filter(s => s.events.length > 0).length;
			expect(withEvents(t!, a.sentences)).toBe(reference(a));
			// And in UTF-8, as a worker sends it: offsets in bytes, the pieces written one after another.
			const b = articleBytes(t!);
			expect(b).not.toBeNull();
			expect(Buffer.concat(bytesWithEvents(b!, a.sentences).map(p => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8')).toBe(reference(a));
		}
		// The seeds link events: the splice is exercised, not only the empty case.
		expect(spliced).toBeGreaterThan(0);
	}, 120_000);

	describe('on a generated corpus ingested with parse workers', () => {
		let dir: string;
		beforeAll(() => {
			dir = mkdtempSync(join(tmpdir(), 'ce-article-json-'));
			writeCorpus({articles: 300, out: dir});
		});
		afterAll(() => rmSync(dir, {recursive: true, force: true}));
		it('the dataset the CLI writes is the old serializer’s, and the workers’ texts were used', async () => {
			const result = await ingestFolder(dir, {manifestPath: join(dir, 'manifest.json'), jobs: 2});
			const {dataset, texts} = result;
			expect(dataset.articles.length).toBe(300);
			expect(texts).toBeDefined();
			const used = dataset.articles.filter(a => texts!.has(a)).length;
			expect(used).toBeGreaterThan(250);
			expect(serializeDataset(dataset, texts)).toBe(serializeDatasetReference(dataset));
			// And the same bytes as parsing in this thread, which writes no texts.
			const one = await ingestFolder(dir, {manifestPath: join(dir, 'manifest.json'), jobs: 1});
			expect(one.texts).toBeUndefined();
			expect(serializeDataset(dataset, texts)).toBe(serializeDataset(one.dataset));
		}, 600_000);
	});

	// Sentences with what could be mistaken for their events: a key spelt `x"events`
	// holding [], an object under an extra key with its own events, text quoting
	// `"events":[]`, keys set to undefined, sentences without events or with some.
	const tricky = fc.constantFrom('"events":[]', 'x"events', '\\"events\\":[]', 'events', '"', '\\', 'نص', '\u2028', '\ud800');
	const text = fc.array(fc.oneof(tricky, fc.string({maxLength: 4})), {maxLength: 4}).map(parts => parts.join(''));
	const sentence = fc.record(
		{
			id: text,
			index: fc.nat(50),
			text,
			events: fc.oneof({weight: 8, arbitrary: fc.constant([] as string[])}, {weight: 1, arbitrary: fc.array(text, {maxLength: 2})}),
			extraKey: fc.oneof(tricky, fc.string({maxLength: 3})),
			extraValue: fc.oneof(fc.constant([]), fc.constant({events: []}), fc.constant(undefined), text),
			withExtra: fc.boolean(),
			withoutEvents: fc.boolean(),
		},
		{requiredKeys: ['id', 'index', 'text', 'events', 'extraKey', 'extraValue', 'withExtra', 'withoutEvents']},
	);
	const article = fc.record({
		id: text,
		title: fc.option(text, {nil: null}),
		sentences: fc.array(sentence, {maxLength: 5}),
		linked: fc.array(fc.array(text, {maxLength: 2}), {maxLength: 5}),
	});

	it('on random articles: a text is the old bytes once linked, or there is none', () => {
		let written = 0;
		fc.assert(
			fc.property(article, ({id, title, sentences, linked}) => {
				const a = {
					id,
					title,
					sentences: sentences.map(s => {
						const o: Record<string, unknown> = {id: s.id, index: s.index, text: s.text};
						if (!s.withoutEvents) o.events = s.events;
						if (s.withExtra && s.extraKey !== '__proto__') o[s.extraKey] = s.extraValue;
						return o;
					}),
				} as unknown as Article;
				const t = articleText(a);
				if (!t) return;
				written++;
				const after = {...a, sentences: a.sentences.map((s, i) => ({...s, events: linked[i] ?? []}))};
				expect(withEvents(t, after.sentences)).toBe(reference(after));
				const b = articleBytes(t);
				expect(b).not.toBeNull();
				const pieces = bytesWithEvents(b!, after.sentences).map(p => (typeof p === 'string' ? Buffer.from(p) : p));
				expect(Buffer.concat(pieces).toString('utf8')).toBe(reference(after));
			}),
			{numRuns: 1000},
		);
		expect(written).toBeGreaterThan(100);
	});

	it('refuses a sentence whose key is spelt to end in "events" with an empty list (the count gives it away)', () => {
		const a = {id: 'a', sentences: [{id: 'a:0', events: [], 'x"events': []}]} as unknown as Article;
		expect(articleText(a)).toBeNull();
		const b = {id: 'b', sentences: [{id: 'b:0', events: []}]} as unknown as Article;
		expect(articleText(b)).not.toBeNull();
		expect(withEvents(articleText(b)!, [{events: ['e1', 'e2']}])).toBe(reference({id: 'b', sentences: [{id: 'b:0', events: ['e1', 'e2']}]}));
	});

	it('a dataset whose articles have no texts is written as before', () => {
		const d = {version: 1, articles: [{id: 'x', sentences: []}], unresolved: []} as unknown as Dataset;
		expect(serializeDataset(d, new WeakMap())).toBe(serializeDatasetReference(d));
	});
});
