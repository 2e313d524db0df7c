// renameDiscovered gives the article itself when the corpus's merge changes
// nothing in it (a directory ingest then keeps its spilled line and mentions
// instead of preparing it again). Checked against the rename done in full
// (renameEveryDiscovered, the rule before, unchanged): on the crisis fixture's articles (people named in full in
// one article and by surname in another), under the corpus's own merge and
// under random merges and names, the answer is the full rename's, and it is
// the same object exactly when the full rename changes nothing.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/dataset/schema.js';
import {type Merges, peopleCollector, renameDiscovered, renameEveryDiscovered} from '../../source/ingest/extract/discover/corpus.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import {readArticle} from '../../source/ingest/read.js';
import {readManifest} from '../../source/ingest/run.js';

type Person = Merges['into'] extends Map<string, infer P> ? P : never;

const DIR = 'tests/fixtures/crisis';
const lex = loadLexicons('data/lexicon');
const manifest = readManifest(join(DIR, 'manifest.json'));
const articles: Article[] = readdirSync(DIR)
	.filter(f => f.endsWith('.txt'))
	.sort()
	.flatMap(f => {
		const read = readArticle(join(DIR, f), f);
		return read.ok ? [parseArticle(read.article, manifest, lex)] : [];
	});

function agrees(merges: Merges): void {
	for (const a of articles) {
		const fast = renameDiscovered(a, merges);
		const full = JSON.stringify(renameEveryDiscovered(a, merges));
		expect(JSON.stringify(fast)).toBe(full);
		expect(fast === a).toBe(full === JSON.stringify(a));
	}
}

const people = peopleCollector();
for (const a of articles) people.add(a);
const corpus = people.merges();
const ids = [...new Set(articles.flatMap(a => a.sentences.flatMap(s => s.actors.filter(r => r.source === 'discovered'))).map(r => r.id))];
const named = new Map(articles.flatMap(a => a.sentences.flatMap(s => s.actors.filter(r => r.source === 'discovered').map(r => [r.id, r] as const))));

describe('renameDiscovered', () => {
	it('has discovered people, some renamed by the corpus merge, in the fixture', () => {
		expect(ids.length).toBeGreaterThan(3);
		expect(articles.filter(a => renameDiscovered(a, corpus) !== a).length).toBeGreaterThan(0);
		expect(
			articles.filter(a => a.sentences.some(s => s.actors.some(r => r.source === 'discovered')) && renameDiscovered(a, corpus) === a).length,
		).toBeGreaterThan(0);
	});

	it('renames as the full rename does under the corpus merge', () => agrees(corpus));

	it('renames as the full rename does under random merges and names (the same object when nothing changes)', () => {
		const merge = fc.record({
			// Some ids merge into another person; most keep their name as written, or get another.
			into: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), {maxLength: 3}),
			names: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom('same', 'other-en', 'other-ar', 'missing')), {maxLength: ids.length}),
		});
		fc.assert(
			fc.property(merge, ({into, names}) => {
				const canonical = new Map(ids.map(id => [id, {nameEn: named.get(id)!.nameEn, nameAr: named.get(id)!.nameAr}]));
				for (const [id, how] of names) {
					const n = canonical.get(id);
					if (!n) continue;
					if (how === 'other-en') canonical.set(id, {...n, nameEn: `${n.nameEn} Jr`});
					else if (how === 'other-ar') canonical.set(id, {...n, nameAr: `${n.nameAr} بن`});
					else if (how === 'missing') canonical.delete(id);
				}
				const intoMap = new Map<string, Person>();
				for (const [from, to] of into) if (from !== to) intoMap.set(from, {id: to} as Person);
				agrees({into: intoMap, canonical});
			}),
			{numRuns: 150},
		);
	}, 60_000);
});
