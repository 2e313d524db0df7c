// Keep the fast linker honest (issue 21): the rewritten clusterMentions and
// linkMentions must give exactly the clusters and events of the old, simple
// code kept in link-reference.ts, on the seeds, the fixture corpora, a
// generated corpus of a few thousand mentions, and shuffled subsets of them
// (another order of founding, other lists filled to their bound). Any drift
// of the fast path (a candidate missed, a score read from the wrong set, a
// tie broken otherwise) changes an event here.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/corpus.js';
import {clusterMentions} from '../../source/ingest/events/cluster.js';
import {linkMentions} from '../../source/ingest/events/link.js';
import {type Mention, sentenceMentions} from '../../source/ingest/events/mentions.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import {readManifest} from '../../source/ingest/run.js';
import * as reference from './link-reference.js';
import {mention, world as randomWorld} from './link-random.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lex = loadLexicons(join(root, 'data/lexicon'));
const work = mkdtempSync(join(tmpdir(), 'crisis-link-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** The event mentions of a folder of articles, in corpus order, as the pipeline makes them. */
function mentionsOf(dir: string): Mention[] {
	const manifestPath = join(dir, 'manifest.json');
	const manifest = existsSync(manifestPath) ? readManifest(manifestPath) : {};
	const files = readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort();
	const mentions: Mention[] = [];
	let order = 0;
	for (const file of files) {
		const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
		const a = parseArticle({id: file.replace(/\.txt$/, ''), file, text}, manifest, lex);
		for (const s of a.sentences) mentions.push(...sentenceMentions(s, {article: a.id, order: order++, published: a.published}, lex.events, lex.world));
	}
	return mentions;
}

/** Clusters as comparable data: the mentions of each, by corpus position, in founding order. */
function shape(clusters: Array<{mentions: Mention[]}>): string[][] {
	return clusters.map(c => c.mentions.map(m => `${m.article}:${m.order}:${m.at}:${m.type}`));
}

function expectSameLinks(mentions: Mention[]): void {
	expect(shape(clusterMentions(mentions, lex.world))).toEqual(shape(reference.clusterMentions(mentions, lex.world)));
	const fast = linkMentions(mentions, lex.events, lex.world, lex.calendar);
	const old = reference.linkMentions(mentions, lex.events, lex.world, lex.calendar);
	expect(JSON.stringify(fast.events)).toBe(JSON.stringify(old.events));
	expect([...fast.sentenceEvents]).toEqual([...old.sentenceEvents]);
}

const fixtures = ['crisis', 'crisis-b', 'crisis2', 'events', 'heldout', 'heldout2'].filter(d => existsSync(join(root, 'tests/fixtures', d)));

describe('fast linker = reference linker', () => {
	it('on the seeds', () => {
		const mentions = mentionsOf(join(root, 'data/raw'));
		expect(mentions.length).toBeGreaterThan(20);
		expectSameLinks(mentions);
	});

	it.each(fixtures)('on the fixture corpus %s', dir => {
		expectSameLinks(mentionsOf(join(root, 'tests/fixtures', dir)));
	});

	// A generated corpus dense enough that lists reach their bound (PER_LIST),
	// and shuffled subsets of it: the lists then fill in other orders.
	const generated = (() => {
		let cached: Mention[] | null = null;
		return () => {
			if (!cached) {
				const out = join(work, 'gen');
				writeCorpus({articles: 250, out});
				cached = mentionsOf(out);
			}
			return cached;
		};
	})();

	it('on a generated corpus of a few thousand mentions', () => {
		const mentions = generated();
		expect(mentions.length).toBeGreaterThan(2000);
		expectSameLinks(mentions);
		// With a small bound per list every lookup is cut short: the bounded paths are compared too.
		for (const perList of [1, 3]) {
			expect(shape(clusterMentions(mentions, lex.world, perList))).toEqual(shape(reference.clusterMentions(mentions, lex.world, perList)));
		}
	}, 120_000);

	it('on shuffled subsets of the generated corpus', () => {
		const all = generated();
		fc.assert(
			fc.property(fc.integer({min: 1, max: 2 ** 31 - 1}), fc.integer({min: 50, max: 600}), fc.integer({min: 1, max: 16}), (seed, size, perList) => {
				let a = seed;
				const random = () => {
					a = (a + 0x6d2b79f5) | 0;
					let t = Math.imul(a ^ (a >>> 15), 1 | a);
					t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
					return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
				};
				const picked = all.filter(() => random() < size / all.length);
				// Another corpus order: order breaks ties of founding and of candidates.
				const shuffled = picked.map((m, k) => ({m, key: random(), k})).sort((x, y) => x.key - y.key || x.k - y.k);
				const mentions = shuffled.map(({m}, k) => ({...m, order: k}));
				expect(shape(clusterMentions(mentions, lex.world, perList))).toEqual(shape(reference.clusterMentions(mentions, lex.world, perList)));
			}),
			{numRuns: 25},
		);
	}, 120_000);

	// Mentions that reach every rule, malformed and reversed dates among them:
	// the bound (score-bound.ts) skips exact scores and reads the tie-breaks
	// from its records, and must leave every link as the old linker makes it.
	it('on random mentions that reach every rule of the score', () => {
		fc.assert(
			fc.property(fc.array(mention, {minLength: 1, maxLength: 120}), fc.integer({min: 1, max: 16}), (mentions, perList) => {
				expect(shape(clusterMentions(mentions, randomWorld, perList))).toEqual(shape(reference.clusterMentions(mentions, randomWorld, perList)));
			}),
			{numRuns: 200},
		);
	}, 120_000);
});
