// Streaming ingest into the dataset directory (see dataset/directory/layout.ts):
// articles are parsed one at a time and written out as they come; only compact
// per-value lists (article and sentence numbers), event mentions and counts stay
// in memory. Events are linked at the end from the mentions, and a sentence's
// `events` goes into postings.bin (patched in when its article is read back),
// because the article's line was already written when its events became known.
import {closeSync, mkdirSync, openSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import type {Dataset, Event, Source} from '../dataset/schema.js';
import {DATASET_VERSION} from '../dataset/schema.js';
import {writeHeads} from '../dataset/directory/heads.js';
import {ARTICLES_FILE, EVENT_LIST_FILE, EVENTS_FILE, LAYOUT_VERSION, META_FILE, POSTINGS_FILE, postingKey, type ArticleHead, type DirectoryMeta, type MetaDay, type Span} from '../dataset/directory/layout.js';
import {sortedUnique, U32List} from '../dataset/directory/postings.js';
import {createSearchIndexBuilder} from '../search/stored-index.js';
import {linkMentions} from './events/link.js';
import type {Mention} from './events/mentions.js';
import {prepareDirectoryArticle, type PreparedArticle} from './directory-prepare.js';
import {daysOf, outletSource} from './facets.js';
import {actorInfo, entityInfo, loadLexicons} from './lexicons.js';
import {discoveredCollector, withDiscoveredNames} from './extract/discover/corpus.js';
import {type Lexicons} from './pipeline.js';
import {parseFiles} from './parallel.js';
import {inputFiles, readManifest, type IngestFolderOptions, type IngestResult} from './run.js';
import type {Manifest} from './types.js';
import {assignIds, idSortKey} from './input/ids.js';

export type DirectoryIngestResult = Omit<IngestResult, 'dataset'> & {out: string};

type SearchIndexBuilder = ReturnType<typeof createSearchIndexBuilder>;
type Counted = {mentions: number; articles: U32List};
type DayAcc = {events: Set<string>; articles: U32List; published: U32List; sentences: U32List; mentions: number; behind: U32List};
type SourceAcc = Omit<Source, 'articles' | 'sentences'> & {articles: U32List; sentences: U32List};

const listOf = <K>(map: Map<K, U32List>, key: K) => {
	let l = map.get(key);
	if (!l) map.set(key, (l = new U32List()));
	return l;
};

/** The accumulators a streaming ingest keeps: everything but the articles. */
export function createDirectoryBuilder(lex: Lexicons) {
	const heads: ArticleHead[] = [];
	const mentions: Mention[] = [];
	const actors = new Map<string, Counted>();
	const orgs = new Map<string, Counted>();
	const places = new Map<string, Counted>();
	const actorBehind = new Map<string, U32List>();
	const spellings = new Map<string, U32List>();
	const sources = new Map<string, SourceAcc>();
	const days = new Map<string, DayAcc>();
	const unresolved: Dataset['unresolved'] = [];
	// The stored search index grows with the articles (words → sentence lists, encoded as they come).
	const search = createSearchIndexBuilder();
	// Facet records of the people and bodies found by context (no lexicon entry to read them from).
	const discovered = discoveredCollector();
	let sentenceCount = 0;
	let bytes = 0;

	const count = (map: Map<string, Counted>, id: string, n: number) => {
		let c = map.get(id);
		if (!c) map.set(id, (c = {mentions: 0, articles: new U32List()}));
		c.mentions++;
		c.articles.pushOnce(n);
	};
	const day = (date: string) => {
		let d = days.get(date);
		if (!d) days.set(date, (d = {events: new Set(), articles: new U32List(), published: new U32List(), sentences: new U32List(), mentions: 0, behind: new U32List()}));
		return d;
	};
	const source = (id: string, init: () => Omit<Source, 'articles' | 'sentences'>) => {
		let s = sources.get(id);
		if (!s) sources.set(id, (s = {...init(), articles: new U32List(), sentences: new U32List()}));
		return s;
	};

	/** Adds one prepared article (articles must come in id order); returns its ndjson line. */
	function add(prepared: PreparedArticle): string {
		const {article, line} = prepared;
		const n = heads.length;
		const first = sentenceCount;
		const length = Buffer.byteLength(line);
		const {sentences, boilerplate: _b, captions: _c, ...head} = article;
		heads.push({...head, sentenceCount: sentences.length, firstSentence: first, offset: bytes, length, events: null});
		bytes += length;
		sentenceCount += sentences.length;
		search.addArticle(article);
		discovered.add(article);
		for (const norm of prepared.norms) search.addSentenceNorm(norm);
		for (const m of prepared.mentions) {
			m.order += first;
			mentions.push(m);
		}

		if (!article.published) unresolved.push({article: article.id, line: article.titleLine ?? 1, text: article.title, reason: 'publication date not stated in the text or the manifest'});
		const o = outletSource(article);
		const outlet = source(o.id, () => ({id: o.id, name: o.name, nameAr: null, kind: 'outlet'}));
		outlet.articles.pushOnce(n);
		if (article.published) {
			const d = day(article.published);
			d.published.pushOnce(n);
			d.articles.pushOnce(n);
		}
		sentences.forEach((s, i) => {
			const g = first + i;
			for (const r of s.actors) {
				count(actors, r.id, n);
				listOf(actorBehind, r.id).pushOnce(g);
				listOf(spellings, `${r.id}\u0000${r.text}`).pushOnce(g);
			}
			if (s.attribution?.speaker) listOf(actorBehind, s.attribution.speaker.id).pushOnce(g);
			for (const r of s.organizations) count(orgs, r.id, n);
			for (const r of s.places) count(places, r.id, n);
			outlet.sentences.push(g);
			for (const c of s.citedSources) {
				const src = source(c.id, () => ({id: c.id, name: c.name, nameAr: lex.entities.agencies.get(c.id)?.nameAr ?? null, kind: c.kind}));
				src.articles.pushOnce(n);
				src.sentences.pushOnce(g);
			}
			for (const ref of s.dates) {
				if (ref.resolution === 'unresolved') unresolved.push({article: article.id, line: s.line, text: ref.text, reason: 'relative date without a publication date'});
				if (ref.value && ref.value.length === 10) day(ref.value).behind.push(g);
				for (const date of daysOf(ref.value, ref.rangeEnd)) {
					const d = day(date);
					d.mentions++;
					d.articles.pushOnce(n);
					d.sentences.pushOnce(g);
				}
			}
		});
		if (article.published) {
			const d = day(article.published);
			for (let g = first; g < sentenceCount; g++) d.behind.push(g);
		}
		return line;
	}

	/** Links events and returns meta.json (without postings spans), the lists to write and the search index. */
	function finish(): {meta: DirectoryMeta; lists: Array<[string, Uint32Array]>; eventLines: string[]; summary: IngestResult['summary']; search: SearchIndexBuilder} {
		const {events} = linkMentions(mentions, lex.events, withDiscoveredNames(lex.world, discovered));
		mentions.length = 0;
		const articleNumber = new Map(heads.map((h, n) => [h.id, n]));
		const sentenceNumber = (id: string) => {
			const cut = id.lastIndexOf(':');
			const h = heads[articleNumber.get(id.slice(0, cut))!]!;
			return h.firstSentence + Number(id.slice(cut + 1));
		};
		const lists: Array<[string, Uint32Array]> = [];
		const behind: DirectoryMeta['behind'] = {days: {}, actors: {}, sources: {}, events: {}};
		const put = (list: string, id: string, field: string, values: Uint32Array) => lists.push([postingKey(list, id, field), values]);

		// Sentence events, per article: (index, event number) pairs in event order, as assembleDataset gives them.
		const pairs = new Map<number, number[]>();
		events.forEach((e, k) => {
			for (const id of e.sentences) {
				const cut = id.lastIndexOf(':');
				const n = articleNumber.get(id.slice(0, cut))!;
				let p = pairs.get(n);
				if (!p) pairs.set(n, (p = []));
				p.push(Number(id.slice(cut + 1)), k);
			}
			for (const date of daysOf(e.date, e.end)) day(date).events.add(e.id);
		});
		for (const [n, p] of pairs) {
			const order = Array.from({length: p.length / 2}, (_, i) => i).sort((a, b) => p[2 * a]! - p[2 * b]! || a - b);
			put('article-events', heads[n]!.id, 'pairs', Uint32Array.from(order.flatMap(i => [p[2 * i]!, p[2 * i + 1]!])));
		}

		const byMentions = <T extends {mentions: number; id: string}>(a: T, b: T) => b.mentions - a.mentions || a.id.localeCompare(b.id);
		const e = lex.entities;
		const metaActors: DirectoryMeta['actors'] = [];
		for (const [id, c] of actors) {
			const info = actorInfo(e, id) ?? discovered.actor(id);
			if (!info) continue;
			metaActors.push({...info, mentions: c.mentions, articleCount: c.articles.length});
			put('actors', id, 'articles', c.articles.view());
		}
		for (const [id, l] of actorBehind) {
			const ids = sortedUnique(l.view());
			behind.actors[id] = ids.length;
			put('actors', id, 'behind', ids);
		}
		const metaSpellings: NonNullable<DirectoryMeta['spellings']> = [];
		for (const [key, l] of [...spellings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
			const [actor, text] = key.split('\u0000') as [string, string];
			put('spellings', String(metaSpellings.length), 'behind', l.view());
			metaSpellings.push({actor, text, count: l.length});
		}
		const entityList = (list: 'organizations' | 'places', map: Map<string, Counted>, lookup: Map<string, {id: string; nameEn: string; nameAr: string; aliases: string[]}>) => {
			const out: DirectoryMeta['organizations'] = [];
			for (const [id, c] of map) {
				const info = entityInfo(lookup, id) ?? (list === 'organizations' ? discovered.organization(id) : undefined);
				if (!info) continue;
				out.push({...info, mentions: c.mentions, articleCount: c.articles.length});
				put(list, id, 'articles', c.articles.view());
			}
			return out.sort(byMentions);
		};
		const kindRank = {outlet: 0, agency: 1, anonymous: 2} as const;
		const metaSources: DirectoryMeta['sources'] = [...sources.values()]
			.map(({articles, sentences, ...rest}) => {
				put('sources', rest.id, 'articles', articles.view());
				put('sources', rest.id, 'sentences', sentences.view());
				const sorted = sortedUnique(sentences.view());
				behind.sources[rest.id] = sorted.length;
				put('sources', rest.id, 'behind', sorted);
				return {...rest, articleCount: articles.length, sentenceCount: sentences.length};
			})
			.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || b.sentenceCount - a.sentenceCount || a.id.localeCompare(b.id));
		let eventBytes = 0;
		const eventLines: string[] = [];
		const metaEvents: DirectoryMeta['events'] = events.map(({articles, sentences, dateClaims, statusClaims, ...rest}: Event) => {
			const line = `${JSON.stringify({dateClaims, statusClaims})}\n`;
			const length = Buffer.byteLength(line);
			eventLines.push(line);
			eventBytes += length;
			put('events', rest.id, 'articles', Uint32Array.from(articles, id => articleNumber.get(id)!));
			const numbers = Uint32Array.from(sentences, sentenceNumber);
			put('events', rest.id, 'sentences', numbers);
			const sorted = sortedUnique(numbers);
			behind.events[rest.id] = sorted.length;
			put('events', rest.id, 'behind', sorted);
			return {...rest, articleCount: articles.length, sentenceCount: sentences.length, offset: eventBytes - length, length};
		});
		const metaDays: MetaDay[] = [...days.entries()]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([date, d]) => {
				put('days', date, 'articles', d.articles.view());
				put('days', date, 'published', d.published.view());
				put('days', date, 'sentences', d.sentences.view());
				const all = new Uint32Array(d.behind.length + d.sentences.length);
				all.set(d.behind.view());
				all.set(d.sentences.view(), d.behind.length);
				const sorted = sortedUnique(all);
				behind.days[date] = sorted.length;
				put('days', date, 'behind', sorted);
				const read = sortedUnique(Uint32Array.from([...d.articles.view(), ...d.published.view()])).length;
				return {date, events: [...d.events].sort(), mentions: d.mentions, articleCount: d.articles.length, publishedCount: d.published.length, sentenceCount: d.sentences.length, readCount: read};
			});
		const meta: DirectoryMeta = {
			version: DATASET_VERSION,
			layout: 'directory',
			layoutVersion: LAYOUT_VERSION,
			sentences: sentenceCount,
			articles: heads,
			actors: metaActors.sort(byMentions),
			organizations: entityList('organizations', orgs, e.organizations),
			places: entityList('places', places, e.places),
			sources: metaSources,
			events: metaEvents,
			days: metaDays,
			unresolved,
			spellings: metaSpellings,
			postings: {},
			behind,
		};
		const summary = {
			articles: heads.length,
			sentences: sentenceCount,
			actors: metaActors.length,
			events: events.length,
			unresolvedDates: unresolved.filter(u => u.reason.startsWith('relative date')).length,
			undatedArticles: heads.filter(h => h.published === null).length,
		};
		return {meta, lists, eventLines, summary, search};
	}

	return {add, finish, get articles() {
		return heads.length;
	}};
}

/** Writes postings.bin, the search index and meta.json (with the postings table) into `out`. */
export function writeDirectoryIndex(out: string, meta: DirectoryMeta, lists: Array<[string, Uint32Array]>, eventLines: string[], search: SearchIndexBuilder): void {
	writeFileSync(join(out, EVENTS_FILE), eventLines.join(''));
	search.write(out, meta.events);
	const fd = openSync(join(out, POSTINGS_FILE), 'w');
	try {
		let offset = 0;
		for (const [key, values] of lists) {
			meta.postings[key] = [offset, values.length] as Span;
			if (values.length > 0) writeSync(fd, Buffer.from(values.buffer, values.byteOffset, values.byteLength));
			offset += values.length;
		}
		// Each article's event pairs are found through its head, not the table (100k keys otherwise).
		for (const h of meta.articles) {
			const key = postingKey('article-events', h.id, 'pairs');
			h.events = meta.postings[key] ?? null;
			delete meta.postings[key];
		}
	} finally {
		closeSync(fd);
	}
	// meta.json keeps only what the first frame needs; heads and events are read apart.
	const {articles, events, ...rest} = meta;
	writeHeads(out, articles);
	writeFileSync(join(out, EVENT_LIST_FILE), `${JSON.stringify(events)}\n`);
	writeFileSync(join(out, META_FILE), `${JSON.stringify({...rest, articleCount: articles.length, eventCount: events.length})}\n`);
}

/** Article files in the order the dataset keeps articles: by id (a record file's records follow in id order). */
function inIdOrder(files: string[]): string[] {
	const ids = assignIds(files);
	const key = (f: string) => idSortKey(f, ids.get(f) ?? f);
	return [...files].sort((a, b) => key(a).localeCompare(key(b)));
}

/** `ingest DIR --out OUTDIR` for the directory layout: streaming, bounded memory, parsed over every core. */
export async function ingestFolderToDirectory(dir: string, out: string, opts: IngestFolderOptions = {}): Promise<DirectoryIngestResult> {
	const manifest: Manifest = opts.manifestPath ? readManifest(opts.manifestPath) : {};
	const lex = loadLexicons(opts.lexiconDir);
	const input = inputFiles(dir);
	const files = inIdOrder(input.files);
	const {columns, stdin, onProgress} = opts;
	const skipped: IngestResult['skipped'] = [];
	const repaired: IngestResult['repaired'] = [];
	mkdirSync(out, {recursive: true});
	const builder = createDirectoryBuilder(lex);
	const fd = openSync(join(out, ARTICLES_FILE), 'w');
	try {
		// Workers parse; this thread only accumulates and writes, in file order.
		for await (const outcome of parseFiles(input.dir, files, {manifest, lexiconDir: opts.lexiconDir, jobs: opts.jobs, lexicons: lex, prepare: 'directory', columns, stdin, onProgress})) {
			if (!outcome.ok) {
				skipped.push({file: outcome.file, reason: outcome.reason});
				continue;
			}
			if (outcome.repairs.length > 0) repaired.push({file: outcome.file, reason: outcome.repairs.join('; ')});
			writeSync(fd, builder.add(outcome.prepared ?? prepareDirectoryArticle(outcome.article, lex)));
		}
	} finally {
		closeSync(fd);
	}
	const {meta, lists, eventLines, summary, search} = builder.finish();
	if (summary.articles > 0) writeDirectoryIndex(out, meta, lists, eventLines, search);
	return {out, skipped, repaired, summary};
}
