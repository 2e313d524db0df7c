// Opens a dataset directory without reading articles.ndjson: meta.json gives
// the facets and article heads; an article's sentences are read with one
// positioned read of its line when first asked for (a small LRU keeps the
// recent ones), and id lists come from postings.bin on demand. The Dataset it
// exposes has the schema's shape, so callers that walk `dataset.articles`
// keep working, but walking every article's sentences reads the whole file.
import {openSync, readFileSync, readSync} from 'node:fs';
import {join} from 'node:path';
import type {Article, Dataset, Day, Entity, Event, Sentence, Source, Actor} from '../schema.js';
import {Actor as ActorSchema, DATASET_VERSION, Day as DaySchema, Entity as EntitySchema, Event as EventSchema, Source as SourceSchema} from '../schema.js';
import {DataError} from '../../errors.js';
import {ARTICLES_FILE, EVENTS_FILE, META_FILE, POSTINGS_FILE, postingKey, type ArticleHead, type DirectoryMeta, type EventClaims, type Span} from './layout.js';
import {readPostings} from './postings.js';
import {markLazy} from './lazy.js';

export type FacetList = 'days' | 'actors' | 'sources' | 'events';

export type DirectoryDataset = {
	dir: string;
	meta: DirectoryMeta;
	dataset: Dataset;
	/** Article number of an article id. */
	articleNumber: Map<string, number>;
	/** Sorted global sentence numbers behind a facet value (what Query.sentencesFor answers). */
	behind(kind: FacetList, id: string): Uint32Array;
	/** Sentence numbers written with meta.spellings[i]. */
	spelling(i: number): Uint32Array;
	sentenceId(g: number): string;
	/** Global number of a sentence id, or undefined when there is no such sentence. */
	sentenceNumber(id: string): number | undefined;
	/** The full article (sentences with their events) of an article number. */
	loadArticle(n: number): Article;
};

const CACHE_ARTICLES = 256;

function readJson<T>(path: string, what: string): T {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new DataError(`${path}: cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
	try {
		return JSON.parse(text) as T;
	} catch (error) {
		throw new DataError(`${path}: not valid JSON (${(error as Error).message})`);
	}
}

function openFile(path: string): number {
	try {
		return openSync(path, 'r');
	} catch (error) {
		throw new DataError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}

function readSlice(fd: number, offset: number, length: number): string {
	const bytes = Buffer.alloc(length);
	readSync(fd, bytes, 0, length, offset);
	return bytes.toString('utf8');
}

/**
 * A record whose list fields are enumerable getters, with the keys in the
 * schema's order (as a validated JSON dataset has them), so spreading or
 * serialising it gives the same output as the JSON dataset's record.
 */
function lazy<T extends object>(fields: object, getters: Record<string, () => unknown>, order: string[]): T {
	const out = {} as Record<string, unknown>;
	for (const key of order) {
		const get = getters[key] as (() => unknown) | undefined;
		if (get) Object.defineProperty(out, key, {get, enumerable: true, configurable: true});
		else if (key in fields) out[key] = (fields as Record<string, unknown>)[key];
	}
	return out as T;
}

const ORDER = {
	actor: Object.keys(ActorSchema.shape),
	entity: Object.keys(EntitySchema.shape),
	source: Object.keys(SourceSchema.shape),
	event: Object.keys(EventSchema.shape),
	day: Object.keys(DaySchema.shape),
};

export function openDirectoryDataset(dir: string): DirectoryDataset {
	const meta = readJson<DirectoryMeta>(join(dir, META_FILE), 'the dataset directory');
	if (meta?.layout !== 'directory') throw new DataError(`${join(dir, META_FILE)}: not a crisis-explorer dataset directory (no layout: "directory")`);
	if (meta.version !== DATASET_VERSION) throw new DataError(`${join(dir, META_FILE)}: dataset schema version ${String(meta.version)}, this tool reads version ${DATASET_VERSION}`);
	const articlesFd = openFile(join(dir, ARTICLES_FILE));
	const postingsFd = openFile(join(dir, POSTINGS_FILE));
	let eventsFd: number | undefined;
	const heads = meta.articles;
	const articleNumber = new Map(heads.map((h, n) => [h.id, n]));
	const list = (kind: string, id: string, field: string) => readPostings(postingsFd, meta.postings[postingKey(kind, id, field)]);
	const articleIds = (numbers: Uint32Array) => Array.from(numbers, n => heads[n]!.id).sort();

	/** Article number holding global sentence g (binary search over firstSentence). */
	const articleOf = (g: number) => {
		let lo = 0;
		let hi = heads.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (heads[mid]!.firstSentence <= g) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	const sentenceId = (g: number) => {
		const h = heads[articleOf(g)]!;
		return `${h.id}:${g - h.firstSentence}`;
	};
	const sentenceIds = (numbers: Uint32Array) => Array.from(numbers, sentenceId);

	const cache = new Map<number, Article>();
	const loadArticle = (n: number): Article => {
		const hit = cache.get(n);
		if (hit) {
			cache.delete(n);
			cache.set(n, hit);
			return hit;
		}
		const h = heads[n]!;
		let article: Article;
		try {
			article = JSON.parse(readSlice(articlesFd, h.offset, h.length)) as Article;
		} catch (error) {
			throw new DataError(`${join(dir, ARTICLES_FILE)}: article ${h.id} at byte ${h.offset} is not valid JSON (${(error as Error).message})`);
		}
		const pairs = readPostings(postingsFd, h.events as Span | null);
		for (let i = 0; i < pairs.length; i += 2) article.sentences[pairs[i]!]?.events.push(meta.events[pairs[i + 1]!]!.id);
		cache.set(n, article);
		if (cache.size > CACHE_ARTICLES) cache.delete(cache.keys().next().value!);
		return article;
	};

	// 100k of these are made at open: an object literal with accessors is several
	// times faster than defining properties one by one, and keeps the schema's key order.
	const articles: Article[] = heads.map((h, n) => ({
		id: h.id,
		file: h.file,
		outlet: h.outlet,
		title: h.title,
		titleLine: h.titleLine,
		published: h.published,
		publishedFrom: h.publishedFrom,
		url: h.url,
		language: h.language,
		get sentences() {
			return loadArticle(n).sentences;
		},
		get boilerplate() {
			return loadArticle(n).boilerplate;
		},
		get captions() {
			return loadArticle(n).captions;
		},
	}));
	const actors: Actor[] = meta.actors.map(({articleCount: _a, ...a}) => lazy<Actor>(a, {articles: () => articleIds(list('actors', a.id, 'articles'))}, ORDER.actor));
	const entities = (kind: 'organizations' | 'places') =>
		meta[kind].map(({articleCount: _a, ...e}) => lazy<Entity>(e, {articles: () => articleIds(list(kind, e.id, 'articles'))}, ORDER.entity));
	const sources: Source[] = meta.sources.map(({articleCount: _a, sentenceCount: _s, ...s}) =>
		lazy<Source>(s, {articles: () => articleIds(list('sources', s.id, 'articles')), sentences: () => sentenceIds(list('sources', s.id, 'sentences'))}, ORDER.source),
	);
	const claims = (offset: number, length: number): EventClaims => {
		eventsFd ??= openFile(join(dir, EVENTS_FILE));
		return JSON.parse(readSlice(eventsFd, offset, length)) as EventClaims;
	};
	const events: Event[] = meta.events.map(({articleCount: _a, sentenceCount: _s, offset, length, ...e}) =>
		lazy<Event>(
			e,
			{
				articles: () => articleIds(list('events', e.id, 'articles')),
				sentences: () => sentenceIds(list('events', e.id, 'sentences')),
				dateClaims: () => claims(offset, length).dateClaims,
				statusClaims: () => claims(offset, length).statusClaims,
			},
			ORDER.event,
		),
	);
	const days: Day[] = meta.days.map(({articleCount: _a, publishedCount: _p, sentenceCount: _s, readCount: _r, ...d}) =>
		lazy<Day>(
			d,
			{
				articles: () => articleIds(list('days', d.date, 'articles')),
				published: () => articleIds(list('days', d.date, 'published')),
				sentences: () => sentenceIds(list('days', d.date, 'sentences')),
			},
			ORDER.day,
		),
	);
	const dataset: Dataset = markLazy({
		version: DATASET_VERSION,
		articles,
		actors,
		organizations: entities('organizations'),
		places: entities('places'),
		sources,
		events,
		days,
		unresolved: meta.unresolved,
	});
	return {
		dir,
		meta,
		dataset,
		articleNumber,
		behind: (kind, id) => list(kind, id, 'behind'),
		spelling: i => list('spellings', String(i), 'behind'),
		sentenceId,
		sentenceNumber: id => {
			const cut = id.lastIndexOf(':');
			const n = cut > 0 ? articleNumber.get(id.slice(0, cut)) : undefined;
			if (n === undefined) return undefined;
			const index = id.slice(cut + 1);
			if (!/^\d+$/.test(index) || Number(index) >= heads[n]!.sentenceCount) return undefined;
			return heads[n]!.firstSentence + Number(index);
		},
		loadArticle,
	};
}

export type {ArticleHead, Sentence};
