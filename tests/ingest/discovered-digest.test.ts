// A spill row carries its article's discoveredDigest, and the link worker
// reads it in the article's place (link-worker.ts): for the corpus's
// collector of discovered people, bodies and places, and to ask whether the
// corpus's merges rename anyone in it. Over every fixture article with
// something discovered, the digest must answer both as the article does.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/dataset/schema.js';
import {
	discoveredCollector,
	discoveredDigest,
	type Merges,
	peopleCollector,
	renameDiscovered,
	renamesAnyone,
} from '../../source/ingest/extract/discover/corpus.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import {readArticle} from '../../source/ingest/read.js';
import {listArticleFiles} from '../../source/ingest/run.js';

const lex = loadLexicons();
const FOLDERS = [
	'data/raw',
	'tests/fixtures/pages',
	'tests/fixtures/shapes',
	'tests/fixtures/discover',
	'tests/fixtures/discover2',
	'tests/fixtures/discover3',
	'tests/fixtures/crisis2',
];
const articles: Article[] = FOLDERS.flatMap(folder =>
	listArticleFiles(folder).flatMap(file => {
		const read = readArticle(join(folder, file), file);
		return read.ok ? [parseArticle(read.article, {}, lex)] : [];
	}),
);
const discoveredIds = (a: Article, kind: 'actors' | 'organizations' | 'places') =>
	a.sentences.flatMap(s => (s[kind] as Array<{id: string; source?: string}>).filter(r => r.source === 'discovered').map(r => r.id));

describe('the digest of what an article has discovered', () => {
	it('is null exactly when nothing in the article is discovered', () => {
		let some = 0;
		for (const a of articles) {
			const any = ['actors', 'organizations', 'places'].some(k => discoveredIds(a, k as 'actors').length > 0);
			expect(discoveredDigest(a) !== null, a.id).toBe(any);
			if (any) some++;
		}
		// The fixtures exercise it: people, bodies and places found by context.
		expect(some).toBeGreaterThan(10);
		for (const kind of ['actors', 'organizations', 'places'] as const)
			expect(
				articles.some(a => discoveredIds(a, kind).length > 0),
				kind,
			).toBe(true);
	});

	it("gives the corpus's collector what the articles give it", () => {
		const fromArticles = discoveredCollector();
		const fromDigests = discoveredCollector();
		for (const a of articles) {
			fromArticles.add(a);
			const digest = discoveredDigest(a);
			if (digest) fromDigests.add(digest);
		}
		for (const a of articles) {
			for (const id of discoveredIds(a, 'actors')) expect(fromDigests.actor(id)).toEqual(fromArticles.actor(id));
			for (const id of discoveredIds(a, 'organizations')) {
				expect(fromDigests.organization(id)).toEqual(fromArticles.organization(id));
				expect(fromDigests.parentOf?.(id)).toEqual(fromArticles.parentOf?.(id));
			}
			for (const id of discoveredIds(a, 'places')) expect(fromDigests.place?.(id)).toEqual(fromArticles.place?.(id));
		}
	});

	it("says the corpus's merges rename someone exactly when they rename the article", () => {
		const people = peopleCollector();
		for (const a of articles) people.add(a);
		const corpus = people.merges();
		// Every discovered person under another name, and under the names the articles give them.
		const others: Merges = {into: new Map(), canonical: new Map()};
		const same: Merges = {into: new Map(), canonical: new Map()};
		for (const a of articles)
			for (const s of a.sentences)
				for (const r of s.actors) {
					if (r.source !== 'discovered') continue;
					others.canonical.set(r.id, {nameEn: `${r.nameEn} (renamed)`, nameAr: r.nameAr});
					if (!same.canonical.has(r.id)) same.canonical.set(r.id, {nameEn: r.nameEn, nameAr: r.nameAr});
				}
		const seen = {renamed: 0, kept: 0};
		for (const merges of [corpus, others, same])
			for (const a of articles) {
				const digest = discoveredDigest(a);
				const renamed = renameDiscovered(a, merges) !== a;
				expect(digest ? renamesAnyone(digest, merges) : false, a.id).toBe(renamed);
				seen[renamed ? 'renamed' : 'kept']++;
			}
		expect(seen.renamed).toBeGreaterThan(10);
		expect(seen.kept).toBeGreaterThan(10);
	});

	it('says so too when only a speaker would be renamed (their name written otherwise than their mention)', () => {
		let speakers = 0;
		for (const a of articles)
			a.sentences.forEach((s, i) => {
				const speaker = s.attribution?.speaker;
				const actor = speaker && s.actors.find(r => r.source === 'discovered' && r.id === speaker.id);
				if (!actor) return;
				speakers++;
				// The person's names as this mention gives them: no mention of them is renamed, only the speaker's name.
				const merges: Merges = {into: new Map(), canonical: new Map([[actor.id, {nameEn: actor.nameEn, nameAr: actor.nameAr}]])};
				const sentences = a.sentences.map((x, k) =>
					k === i
						? {...x, actors: x.actors.filter(r => r.id === actor.id), attribution: {...x.attribution!, speaker: {id: actor.id, nameEn: 'Someone Else'}}}
						: {...x, actors: x.actors.filter(r => r.source !== 'discovered')},
				);
				const variant: Article = {...a, sentences};
				expect(renameDiscovered(variant, merges)).not.toBe(variant);
				expect(renamesAnyone(discoveredDigest(variant)!, merges)).toBe(true);
			});
		expect(speakers).toBeGreaterThan(3);
	});
});
