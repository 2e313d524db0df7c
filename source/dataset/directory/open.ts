// Opens a dataset directory without reading articles.ndjson: meta.json gives
// the facets, heads.bin/heads.json the article heads in columns (heads.ts);
// the article records and the event list are made when first asked for,
// which at 100k articles is after the first frame. An article's sentences are read with one
// positioned read of its line when first asked for (a small LRU keeps the
// recent ones), and id lists come from postings.bin on demand. Its records
// have the schema's shape; only the Query (query/directory.ts) reads them,
// and it never walks every article's sentences unless asked to.
import {fstatSync, lstatSync, openSync, readSync} from 'node:fs';
import {join} from 'node:path';
import type {Article, Dataset, Day, Entity, Event, Sentence, Source, Actor} from '../schema.js';
import type {FacetKind} from '../build/counts.js';
import {Actor as ActorSchema, DATASET_VERSION, Day as DaySchema, Entity as EntitySchema, Event as EventSchema, Source as SourceSchema} from '../schema.js';
import {DataError} from '../../errors.js';
import {readJson, readJsonAndBytes} from '../../util/read-json.js';
import {
	ARTICLES_FILE,
	EVENT_FIELDS,
	EVENT_IDS_FILE,
	EVENT_LIST_FILE,
	type EventField,
	type EventHeads,
	EVENTS_FILE,
	LAYOUT_VERSION,
	META_FILE,
	OLDEST_LAYOUT,
	POSTINGS_FILE,
	postingKey,
	type ArticleHead,
	type DirectoryMeta,
	type EventClaims,
	type MetaEvent,
} from './layout.js';
import {checkHeads, headAt, headsFromList, readHeads, type HeadColumns} from './heads.js';
import {fileVerifier, metaSealHolds, type FileSums, type Verifier} from './checksum.js';
import {readPostings} from './postings.js';

export type FacetList = FacetKind;

export type DirectoryDataset = {
	dir: string;
	meta: DirectoryMeta;
	actors: Actor[];
	organizations: Entity[];
	places: Entity[];
	sources: Source[];
	days: Day[];
	unresolved: Dataset['unresolved'];
	/** Every article record (made on first use; their sentences are read only when asked for). */
	articles(): Article[];
	/** Every event record (the event list is read on first use). */
	events(): Event[];
	/** Article number of an article id, or undefined when there is no such article. */
	numberOfArticle(id: string): number | undefined;
	/** Article heads in columns (numbers without parsing the text fields). */
	heads: HeadColumns;
	/** The article record of an article number (made on first use). */
	article(n: number): Article;
	/** Sorted global sentence numbers behind a facet value (what Query.sentencesFor answers). */
	behind(kind: FacetList, id: string): Uint32Array;
	/** Sentence numbers written with meta.spellings[i]. */
	spelling(i: number): Uint32Array;
	sentenceId(g: number): string;
	/** Global number of a sentence id, or undefined when there is no such sentence. */
	sentenceNumber(id: string): number | undefined;
	/** The full article (sentences with their events) of an article number. */
	loadArticle(n: number): Article;
	/** The event of an id, made alone (the same object events() holds). */
	event(id: string): Event | undefined;
	/** An event's id, label and place from event-ids.json (the event list when the directory has no such file). */
	eventHead(id: string): Pick<Event, 'id' | 'label' | 'place'> | undefined;
	/** Sentences behind a facet value (meta.json's `behind`; an event's in event-ids.json from layout 4). */
	behindCount(kind: keyof DirectoryMeta['behind'], id: string): number;
	/** How many events, from meta.json when it says. */
	eventCount(): number;
	/** Checks a file against meta.json's checksum (once; a DataError when damaged). */
	verify: Verifier;
};

const CACHE_ARTICLES = 256;

function openFile(path: string): number {
	try {
		return openSync(path, 'r');
	} catch (error) {
		throw new DataError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}

/** `length` bytes at `offset` of a file of `size` bytes, or a DataError naming the damage (`label`: the file). */
function readSlice(fd: number, offset: number, length: number, size: number, label: string): string {
	if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > size)
		throw new DataError(
			`${label}: a record at byte ${String(offset)} (${String(length)} bytes) lies outside the file (${size} bytes); the dataset directory is damaged (ingest it again)`,
		);
	const bytes = Buffer.alloc(length);
	const read = readSync(fd, bytes, 0, length, offset);
	if (read !== length) throw new DataError(`${label}: ${read} of ${length} bytes read at byte ${offset}; the dataset directory is damaged (ingest it again)`);
	return bytes.toString('utf8');
}

const damaged = (path: string, what: string) => new DataError(`${path}: ${what}; the dataset directory is damaged (ingest it again)`);

/** meta.json's shape, as far as opening relies on it (the records inside are checked as they are read). */
function checkMeta(meta: DirectoryMeta, path: string, bytes: Uint8Array): void {
	const version = meta.layoutVersion;
	if (!Number.isInteger(version) || version < OLDEST_LAYOUT || version > LAYOUT_VERSION)
		throw new DataError(
			`${path}: dataset directory layout ${JSON.stringify(version) ?? 'missing'}, this tool reads layouts ${OLDEST_LAYOUT} to ${LAYOUT_VERSION} (ingest it again with this version)`,
		);
	if (!metaSealHolds(meta, bytes)) throw damaged(path, 'its checksum (metaCrc32) does not match its contents');
	for (const key of ['actors', 'organizations', 'places', 'sources', 'days'] as const)
		if (!Array.isArray(meta[key])) throw damaged(path, `'${key}' is not a list`);
	if (!meta.postings || typeof meta.postings !== 'object') throw damaged(path, "'postings' is not an object");
	if (!Number.isSafeInteger(meta.sentences) || meta.sentences < 0) throw damaged(path, "'sentences' is not a count");
	if (!Array.isArray(meta.articles) && (!Number.isSafeInteger(meta.articleCount) || meta.articleCount! < 0))
		throw damaged(path, "'articleCount' is not a count");
	if (version >= 3 && (!meta.files || typeof meta.files !== 'object')) throw damaged(path, "no 'files' checksums (layout 3 has them)");
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

function checkSizes(dir: string, sums: FileSums): void {
	for (const file of Object.keys(sums)) {
		const path = join(dir, file);
		let size: number;
		try {
			const st = lstatSync(path);
			if (!st.isFile()) throw new DataError(`${path}: not a regular file; the dataset directory is damaged (ingest it again)`);
			size = st.size;
		} catch (error) {
			if (error instanceof DataError) throw error;
			throw new DataError(
				`${path}: missing or unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'}); the dataset directory is damaged (ingest it again)`,
			);
		}
		const want = sums[file]!.size;
		if (size !== want) throw new DataError(`${path}: ${size} bytes where meta.json says ${want}; the dataset directory is damaged (ingest it again)`);
	}
}

export function openDirectoryDataset(dir: string): DirectoryDataset {
	const {value: meta, bytes: metaBytes} = readJsonAndBytes<DirectoryMeta>(join(dir, META_FILE), 'the dataset directory');
	if (meta?.layout !== 'directory') throw new DataError(`${join(dir, META_FILE)}: not a crisis-explorer dataset directory (no layout: "directory")`);
	if (meta.version !== DATASET_VERSION)
		throw new DataError(`${join(dir, META_FILE)}: dataset schema version ${String(meta.version)}, this tool reads version ${DATASET_VERSION}`);
	checkMeta(meta, join(dir, META_FILE), metaBytes);
	// Each file is checked against its checksum when first read (layout 3 on), not here:
	// the first frame needs meta.json and the heads, not 100 MB of articles.
	const verify = fileVerifier(dir, meta.layoutVersion >= 3 ? meta.files : undefined);
	// Sizes are checked here, for every file, by one stat each: a truncated or emptied file the
	// command would never read (events.ndjson for `list articles`) is still a damaged dataset.
	if (meta.layoutVersion >= 3 && meta.files) checkSizes(dir, meta.files);
	const articlesPath = join(dir, ARTICLES_FILE);
	const postingsPath = join(dir, POSTINGS_FILE);
	const articlesFd = openFile(articlesPath);
	const postingsFd = openFile(postingsPath);
	const articlesSize = fstatSync(articlesFd).size;
	const postingsSize = fstatSync(postingsFd).size;
	let eventsFd: number | undefined;
	let eventsSize = 0;
	// Layout 1 holds heads and events in meta.json; layout 2 apart, read lazily.
	const heads = Array.isArray(meta.articles) ? headsFromList(meta.articles) : readHeads(dir, meta.articleCount ?? 0, verify);
	checkHeads(heads, meta.sentences, articlesSize, postingsSize, dir);
	let headList: ArticleHead[] | undefined = Array.isArray(meta.articles) ? meta.articles : undefined;
	Object.defineProperty(meta, 'articles', {
		get: () => (headList ??= Array.from({length: heads.count}, (_, n) => headAt(heads, n))),
		enumerable: true,
		configurable: true,
	});
	let eventList: MetaEvent[] | undefined = Array.isArray(meta.events) ? meta.events : undefined;
	Object.defineProperty(meta, 'events', {
		get: () => (eventList ??= readEventList()),
		enumerable: true,
		configurable: true,
	});
	function readEventList(): MetaEvent[] {
		verify(EVENT_LIST_FILE);
		const list = readJson<MetaEvent[]>(join(dir, EVENT_LIST_FILE), 'the event list');
		if (!Array.isArray(list)) throw damaged(join(dir, EVENT_LIST_FILE), 'not a list of events');
		return list;
	}
	// The events' ids, labels and places alone: what the first frame needs of
	// them (an article's sentences name their events by id, the detail pane and
	// the English gist by label). Reading the whole event list for them made a
	// 100k directory's first frame 14.6 s and 1.5 GB (the list is 305 MB).
	let eventHeads: EventHeads | undefined;
	const eventHeadsOf = (): EventHeads => (eventHeads ??= readEventHeads());
	// Event ids as loadArticle resolved them from numbers, by id: the detail pane asks the number of an id the article it
	// shows has just been given, and a map of every id (121k at 100k articles, 42 ms of the first frame) is made only for
	// an id not resolved so (a command given an event id).
	const resolved = new Map<string, number>();
	const eventId = (k: number): string | undefined => {
		const id = eventHeadsOf().ids[k];
		if (id !== undefined) resolved.set(id, k);
		return id;
	};
	// Layout 4 keeps the events' postings spans and counts there too, not in meta.json.
	const spansApart = meta.layoutVersion >= 4;
	function readEventHeads(): EventHeads {
		const path = join(dir, EVENT_IDS_FILE);
		// A directory written before the file (its sums do not list it) reads them from the list.
		const listed = meta.files !== undefined && Object.hasOwn(meta.files, EVENT_IDS_FILE);
		if (spansApart && !listed) throw damaged(join(dir, META_FILE), `layout 4 lists ${EVENT_IDS_FILE}, this one does not`);
		if (!spansApart && (eventList !== undefined || !listed)) {
			const list = meta.events;
			return {ids: list.map(e => e.id), labels: list.map(e => e.label), places: list.map(e => e.place)};
		}
		verify(EVENT_IDS_FILE);
		const read = readJson<Partial<EventHeads> | null>(path, 'the event ids');
		const n = read && Array.isArray(read.ids) ? read.ids.length : -1;
		const column = (c: unknown, length: number, ok: (x: unknown) => boolean) => Array.isArray(c) && c.length === length && c.every(ok);
		const text = (x: unknown) => typeof x === 'string';
		const count = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
		const whole =
			read &&
			(meta.eventCount === undefined || n === meta.eventCount) &&
			column(read.ids, n, text) &&
			column(read.labels, n, text) &&
			column(read.places, n, x => x === null || text(x)) &&
			(!spansApart || (column(read.behind, n, count) && !!read.spans && EVENT_FIELDS.every(f => column(read.spans![f], 2 * n, count))));
		if (!whole) throw damaged(path, 'not the ids, labels, places and postings of the events');
		return read as EventHeads;
	}
	let headNumber: Map<string, number> | undefined;
	const eventNumberOf = (id: string) => resolved.get(id) ?? (headNumber ??= new Map(eventHeadsOf().ids.map((x, n) => [x, n]))).get(id);
	/** An event's postings span for a field (layout 4), or undefined. */
	const eventSpan = (id: string, field: string): [number, number] | undefined => {
		const n = eventNumberOf(id);
		const column = eventHeadsOf().spans?.[field as EventField];
		return n === undefined || !column ? undefined : [column[2 * n]!, column[2 * n + 1]!];
	};
	const ids = heads.field('id') as string[];
	if (ids.some(id => typeof id !== 'string')) throw damaged(join(dir, 'heads.json'), 'an article id is not text');
	// Every article id → its number, made when an id not named by sentenceId is looked up (a command given an
	// article id): the first frame looks up only the articles of the sentences it lists, which sentenceId has named
	// (`named`), and a map of every id was ~20 ms of it at 100k articles.
	let articleNumberMap: Map<string, number> | undefined;
	const articleNumberOf = () => (articleNumberMap ??= new Map(ids.map((id, n) => [id, n])));
	const named = new Map<string, number>();
	let lastNamed = -1;
	const numberOfArticle = (id: string): number | undefined => named.get(id) ?? articleNumberOf().get(id);
	const postings = (span: [number, number] | null | undefined, bound: number) => {
		// The blocks the list lies in (bytes; an empty list checks the file's size only).
		verify(POSTINGS_FILE, postingsFd, span ? [span[0] * 4, span[1] * 4] : [0, 0]);
		const values = readPostings(postingsFd, span, postingsSize, postingsPath);
		// Article numbers below the article count, sentence numbers below the sentence count.
		for (const v of values) if (v >= bound) throw damaged(postingsPath, `a list holds ${v}, past the last of ${bound}`);
		return values;
	};
	const list = (kind: string, id: string, field: string) => {
		const key = postingKey(kind, id, field);
		const span = kind === 'events' && spansApart ? eventSpan(id, field) : Object.hasOwn(meta.postings, key) ? meta.postings[key] : undefined;
		return postings(span, field === 'articles' || field === 'published' ? heads.count : meta.sentences);
	};
	const articleIds = (numbers: Uint32Array) => Array.from(numbers, n => ids[n]!).sort();

	/** Article number holding global sentence g (binary search over firstSentence). */
	const articleOf = (g: number) => {
		let lo = 0;
		let hi = heads.count - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (heads.firstSentence(mid) <= g) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	const sentenceId = (g: number) => {
		const n = articleOf(g);
		// Sentences come in order, mostly several an article: one entry an article.
		if (n !== lastNamed) {
			named.set(ids[n]!, n);
			lastNamed = n;
		}
		return `${ids[n]!}:${g - heads.firstSentence(n)}`;
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
		const offset = heads.offset(n);
		verify(ARTICLES_FILE, articlesFd, [offset, heads.length(n)]);
		const line = readSlice(articlesFd, offset, heads.length(n), articlesSize, articlesPath);
		let article: Article;
		try {
			article = JSON.parse(line) as Article;
		} catch (error) {
			throw new DataError(`${articlesPath}: article ${ids[n]!} at byte ${offset} is not valid JSON (${(error as Error).message})`);
		}
		if (!article || !Array.isArray(article.sentences) || article.sentences.length !== heads.sentenceCount(n) || article.id !== ids[n])
			throw damaged(articlesPath, `the line at byte ${offset} is not article ${ids[n]!} with its ${heads.sentenceCount(n)} sentences`);
		const pairs = postings(heads.events(n), Number.MAX_SAFE_INTEGER);
		for (let i = 0; i < pairs.length; i += 2) {
			const sentence = article.sentences[pairs[i]!];
			const event = eventId(pairs[i + 1]!);
			if (!sentence || event === undefined || !Array.isArray(sentence.events))
				throw damaged(postingsPath, `article ${ids[n]!} links a sentence or an event that does not exist`);
			sentence.events.push(event);
		}
		cache.set(n, article);
		if (cache.size > CACHE_ARTICLES) cache.delete(cache.keys().next().value!);
		return article;
	};

	// Made on first use, one by one or all at once: an object literal with accessors
	// is several times faster than defining properties one by one, and keeps the schema's key order.
	const made: Array<Article | undefined> = [];
	const article = (n: number): Article => {
		const hit = made[n];
		if (hit) return hit;
		const f = (key: string) => heads.field(key)[n] as never;
		// Each text field is its own column of heads, parsed whole on first use: a
		// detail pane that shows a title need not parse 100k file names and URLs.
		const a: Article = {
			id: ids[n]!,
			get file() {
				return f('file');
			},
			get outlet() {
				return f('outlet');
			},
			get outletFrom() {
				return f('outletFrom');
			},
			get wire() {
				return f('wire');
			},
			get title() {
				return f('title');
			},
			get titleLine() {
				return f('titleLine');
			},
			get published() {
				return f('published');
			},
			get publishedFrom() {
				return f('publishedFrom');
			},
			get url() {
				return f('url');
			},
			get language() {
				return f('language');
			},
			get sentences() {
				return loadArticle(n).sentences;
			},
			get boilerplate() {
				return loadArticle(n).boilerplate;
			},
			get captions() {
				return loadArticle(n).captions;
			},
		};
		made[n] = a;
		return a;
	};
	let articles: Article[] | undefined;
	const actors: Actor[] = meta.actors.map(({articleCount: _a, ...a}) =>
		lazy<Actor>(a, {articles: () => articleIds(list('actors', a.id, 'articles'))}, ORDER.actor),
	);
	const entities = (kind: 'organizations' | 'places') =>
		meta[kind].map(({articleCount: _a, ...e}) => lazy<Entity>(e, {articles: () => articleIds(list(kind, e.id, 'articles'))}, ORDER.entity));
	const sources: Source[] = meta.sources.map(({articleCount: _a, sentenceCount: _s, ...s}) =>
		lazy<Source>(
			s,
			{articles: () => articleIds(list('sources', s.id, 'articles')), sentences: () => sentenceIds(list('sources', s.id, 'sentences'))},
			ORDER.source,
		),
	);
	const claims = (offset: number, length: number): EventClaims => {
		const path = join(dir, EVENTS_FILE);
		if (eventsFd === undefined) {
			eventsFd = openFile(path);
			eventsSize = fstatSync(eventsFd).size;
		}
		verify(EVENTS_FILE, eventsFd, [offset, length]);
		const text = readSlice(eventsFd, offset, length, eventsSize, path);
		try {
			return JSON.parse(text) as EventClaims;
		} catch (error) {
			throw damaged(path, `the line at byte ${offset} is not valid JSON (${(error as Error).message})`);
		}
	};
	// One event is made when asked for (a sentence's detail names its events): the
	// list at 100k is 20k records, made only for the Events tab or a walk over all.
	const madeEvents: Array<Event | undefined> = [];
	const eventAt = (n: number): Event => {
		const hit = madeEvents[n];
		if (hit) return hit;
		const {articleCount: _a, sentenceCount: _s, offset, length, ...e} = meta.events[n]!;
		const made = lazy<Event>(
			e,
			{
				articles: () => articleIds(list('events', e.id, 'articles')),
				sentences: () => sentenceIds(list('events', e.id, 'sentences')),
				dateClaims: () => claims(offset, length).dateClaims,
				statusClaims: () => claims(offset, length).statusClaims,
			},
			ORDER.event,
		);
		madeEvents[n] = made;
		return made;
	};
	let eventNumber: Map<string, number> | undefined;
	const event = (id: string): Event | undefined => {
		eventNumber ??= new Map(meta.events.map((e, n) => [e.id, n]));
		const n = eventNumber.get(id);
		return n === undefined ? undefined : eventAt(n);
	};
	const eventHead = (id: string) => {
		if (eventList !== undefined) return event(id);
		const h = eventHeadsOf();
		const n = eventNumberOf(id);
		return n === undefined ? undefined : {id, label: h.labels[n]!, place: h.places[n]!};
	};
	const behindCount = (kind: keyof DirectoryMeta['behind'], id: string): number => {
		if (kind !== 'events' || !spansApart) return meta.behind[kind][id] ?? 0;
		const n = eventNumberOf(id);
		return n === undefined ? 0 : eventHeadsOf().behind![n]!;
	};
	const makeEvents = (): Event[] => meta.events.map((_, n) => eventAt(n));
	let events: Event[] | undefined;
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
	return {
		dir,
		meta,
		actors,
		organizations: entities('organizations'),
		places: entities('places'),
		sources,
		days,
		unresolved: meta.unresolved,
		// What the first frame draws needs neither of these.
		articles: () => (articles ??= Array.from({length: heads.count}, (_, n) => article(n))),
		events: () => (events ??= makeEvents()),
		eventHead,
		behindCount,
		numberOfArticle,
		heads,
		article,
		behind: (kind, id) => list(kind, id, 'behind'),
		spelling: i => list('spellings', String(i), 'behind'),
		sentenceId,
		sentenceNumber: id => {
			const cut = id.lastIndexOf(':');
			const n = cut > 0 ? numberOfArticle(id.slice(0, cut)) : undefined;
			if (n === undefined) return undefined;
			const index = id.slice(cut + 1);
			if (!/^\d+$/.test(index) || Number(index) >= heads.sentenceCount(n)) return undefined;
			return heads.firstSentence(n) + Number(index);
		},
		loadArticle,
		event,
		eventCount: () => meta.eventCount ?? meta.events.length,
		verify,
	};
}

export type {ArticleHead, Sentence};
