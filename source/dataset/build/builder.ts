// The one accumulator behind both dataset layouts. Articles are added one at
// a time, in id order (a directory ingest streams them and keeps none); what
// stays in memory is compact: sentence and article numbers behind each value,
// counts, event mentions, the unresolved list. finish() links the events and
// returns everything a serialiser needs: to-json.ts turns it into the JSON
// dataset, to-directory.ts into the directory's meta.json and postings.
// What a count means is counts.ts's; this module only numbers and collects.
import type {Actor, Article, Dataset, Day, Entity, Event, Source} from '../schema.js';
import {U32List} from '../directory/postings.js';
import {copyWithout} from '../../util/copy-without.js';
import {createBehindIndex, type BehindIndex} from './behind.js';
import {byMentions, bySourceOrder, daysAbout, daysOf, eachNamed, type FacetArticle, type FacetKind, outletSource, valuesOf} from './counts.js';

export type ActorInfo = Omit<Actor, 'mentions' | 'articles'>;
export type EntityInfo = Omit<Entity, 'mentions' | 'articles'>;

/** What the builder needs from the lexicon and the event linker (ingest's), passed in so this folder does not depend on ingest. */
export type BuilderDeps<M extends {order: number}> = {
	actor(id: string): ActorInfo | undefined;
	organization(id: string): EntityInfo | undefined;
	place(id: string): EntityInfo | undefined;
	/** Arabic name of a cited agency, when the lexicon knows it. */
	agencyNameAr(id: string): string | undefined;
	/** Links the event mentions of the whole corpus (in sentence order) into events. */
	linkEvents(mentions: M[]): Event[];
};

/** An article without its sentences, numbered: where its sentences start in the global numbering. */
export type BuiltHead = Omit<Article, 'sentences' | 'boilerplate' | 'captions'> & {sentenceCount: number; firstSentence: number};

/** The name of the performance measure around event linking (`performance.getEntriesByName`). */
export const LINK_MEASURE = 'crisis-explorer:event-linking';

export type IngestSummary = {articles: number; sentences: number; actors: number; events: number; unresolvedDates: number; undatedArticles: number};

/**
 * An event's articles and sentences as the dataset's numbers (an article's
 * position; a sentence's global number), in the order of its `articles` and
 * `sentences`: how a directory ingest's link worker sends them, those two
 * lists of ids then empty (ingest/link-worker.ts sendBuilt).
 */
export type NumberedRefs = {articleNumbers: number[]; sentenceNumbers: number[]};
/** An event as linked, its references as ids or as numbers (NumberedRefs). */
export type NumberedEvent = Event & Partial<NumberedRefs>;

/** A record with the article numbers behind it (serialisers turn them into ids or postings). */
type WithArticles<T> = {record: T; articles: Uint32Array};

export type Built = {
	heads: BuiltHead[];
	sentenceCount: number;
	actors: Array<WithArticles<Omit<Actor, 'articles'>>>;
	organizations: Array<WithArticles<Omit<Entity, 'articles'>>>;
	places: Array<WithArticles<Omit<Entity, 'articles'>>>;
	sources: Array<WithArticles<Omit<Source, 'articles' | 'sentences'>>>;
	/**
	 * Events as linked, `mentions` counted as counts.ts says; `articles` numbers in the record's article order,
	 * `sentences` global numbers in its sentence order (the record's own lists are empty when they came as numbers).
	 */
	events: Array<WithArticles<Event> & {sentences: Uint32Array}>;
	/** `about`: sorted numbers of the sentences about the day; `published`: the articles published on it. */
	days: Array<WithArticles<Omit<Day, 'articles' | 'published' | 'sentences'>> & {published: Uint32Array; about: Uint32Array}>;
	/** The sentences behind every facet value (a source's `sentences`, every facet count). */
	behind: BehindIndex;
	/** Article number → its (sentence index, event number) pairs, by sentence then event order. */
	sentenceEvents: Map<number, number[]>;
	/** Each distinct way an actor is written in the text, with the sentences that write it so. */
	spellings: Array<{actor: string; text: string; sentences: Uint32Array}>;
	unresolved: Dataset['unresolved'];
	summary: IngestSummary;
	sentenceId(g: number): string;
	sentenceNumber(id: string): number;
};

const listIn = <K>(map: Map<K, U32List>, key: K) => {
	let l = map.get(key);
	if (!l) map.set(key, (l = new U32List()));
	return l;
};

export function createDatasetBuilder<M extends {order: number}>(deps: BuilderDeps<M>) {
	const heads: BuiltHead[] = [];
	const mentions: M[] = [];
	const behind = createBehindIndex();
	// Article numbers behind each value, as the sentences arrive.
	const articlesOf = {actors: new Map<string, U32List>(), sources: new Map<string, U32List>(), days: new Map<string, U32List>()};
	const named = {organizations: new Map<string, {mentions: number; articles: U32List}>(), places: new Map<string, {mentions: number; articles: U32List}>()};
	const sourceInfo = new Map<string, Omit<Source, 'articles' | 'sentences'>>();
	const about = new Map<string, U32List>();
	const published = new Map<string, U32List>();
	/** Actor id → the text as written → the sentences that write it so. */
	const spellings = new Map<string, Map<string, U32List>>();
	const unresolved: Dataset['unresolved'] = [];
	let sentenceCount = 0;

	const name = (map: Map<string, {mentions: number; articles: U32List}>, id: string, n: number) => {
		let c = map.get(id);
		if (!c) map.set(id, (c = {mentions: 0, articles: new U32List()}));
		c.mentions++;
		c.articles.pushOnce(n);
	};

	/**
	 * Adds one article (articles must come in id order) and its event mentions (`order`: the sentence's index in the article).
	 * What it reads of the article is a FacetArticle: an article, or what a directory ingest reads in its place (facet-article.ts).
	 */
	function add(article: FacetArticle, articleMentions: M[] = []): void {
		const n = heads.length;
		const first = sentenceCount;
		const {sentences} = article;
		// Not a spread: a hidden class for every head (util/copy-without.ts).
		heads.push(copyWithout(article, ['sentences', 'boilerplate', 'captions'], {sentenceCount: sentences.length, firstSentence: first}));
		sentenceCount += sentences.length;
		for (const m of articleMentions) {
			m.order += first;
			mentions.push(m);
		}

		if (!article.published)
			unresolved.push({
				article: article.id,
				line: article.titleLine ?? 1,
				text: article.title ?? '',
				reason: 'publication date not stated in the text or the manifest',
			});
		const outlet = outletSource(article);
		if (!sourceInfo.has(outlet.id)) sourceInfo.set(outlet.id, {id: outlet.id, name: outlet.name, nameAr: null, kind: 'outlet'});
		listIn(articlesOf.sources, outlet.id).pushOnce(n);
		if (article.published) {
			listIn(published, article.published).pushOnce(n);
			listIn(articlesOf.days, article.published).pushOnce(n);
		}
		// One closure per article, not per sentence; `g` is the sentence being counted.
		// Every sentence puts its article's outlet (unless it cites a source) and
		// publication day: those two sets and lists are found once for the
		// article, not by two map lookups for each sentence (their article lists
		// got the article above). 1k corpus, one process, old and new interleaved:
		// add 88-160 ms CPU before, 63-119 after (with the spellings below).
		let g = first;
		const outletSet = sentences.length > 0 ? behind.setOf('sources', outlet.id) : null;
		const daySet = sentences.length > 0 && article.published ? behind.setOf('days', article.published) : null;
		const put = (kind: FacetKind, id: string) => {
			if (kind === 'sources' && id === outlet.id) outletSet!.put(g);
			else if (kind === 'days' && id === article.published) daySet!.put(g);
			else {
				behind.put(kind, id, g);
				if (kind !== 'events') listIn(articlesOf[kind], id).pushOnce(n);
			}
		};
		const nameOrganization = (id: string) => name(named.organizations, id, n);
		const namePlace = (id: string) => name(named.places, id, n);
		const options = {events: false, outletId: outlet.id, about: [] as string[]};
		for (let i = 0; i < sentences.length; i++) {
			const s = sentences[i]!;
			g = first + i;
			// Found once: valuesOf counts the days, `about` keeps them.
			const days = daysAbout(s);
			options.about = days;
			// The counts: what counts.ts says this sentence stands behind (events come at finish).
			valuesOf(article, s, put, options);
			for (const day of days) listIn(about, day).pushOnce(g);
			// By actor, then text: no key string made (and hashed) for each mention.
			for (const r of s.actors) {
				let texts = spellings.get(r.id);
				if (!texts) spellings.set(r.id, (texts = new Map()));
				listIn(texts, r.text).pushOnce(g);
			}
			eachNamed(s.organizations, nameOrganization);
			eachNamed(s.places, namePlace);
			for (const c of s.citedSources) {
				if (!c.photo && !sourceInfo.has(c.id)) sourceInfo.set(c.id, {id: c.id, name: c.name, nameAr: deps.agencyNameAr(c.id) ?? null, kind: c.kind});
			}
			for (const ref of s.dates) {
				if (ref.resolution === 'unresolved')
					unresolved.push({article: article.id, line: s.line, text: ref.text, reason: 'relative date without a publication date'});
			}
		}
	}

	/**
	 * `linkedElsewhere`: the corpus's events when they were linked elsewhere (a directory ingest's link worker), the mentions then
	 * not added; their references may come as numbers (NumberedRefs), their lists of ids then empty, for the directory layout only.
	 */
	function finish(linkedElsewhere?: NumberedEvent[]): Built {
		// A named measure, no cost to speak of: the bench reads how linking grows with the corpus (issue 21).
		const linkStart = performance.now();
		const linked: NumberedEvent[] = linkedElsewhere ?? deps.linkEvents(mentions);
		if (!linkedElsewhere) performance.measure(LINK_MEASURE, {start: linkStart, end: performance.now()});
		mentions.length = 0;
		const articleNumber = new Map(heads.map((h, n) => [h.id, n]));
		const sentenceNumber = (id: string) => {
			const cut = id.lastIndexOf(':');
			return heads[articleNumber.get(id.slice(0, cut))!]!.firstSentence + Number(id.slice(cut + 1));
		};
		// The article holding global sentence g: heads are in sentence order, so the last whose first sentence is at or before it.
		// Searched in a flat array of the first sentences, not through the heads: a probe of a head was a likely cache miss,
		// and at 100k articles the search ran once for each of the events' 1.2M sentences (3.5 s of finish, a profile).
		const firsts = new Float64Array(heads.length);
		for (let n = 0; n < heads.length; n++) firsts[n] = heads[n]!.firstSentence;
		const articleOf = (g: number) => {
			let lo = 0;
			let hi = firsts.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (firsts[mid]! <= g) lo = mid;
				else hi = mid - 1;
			}
			return lo;
		};
		const sentenceId = (g: number) => {
			const n = articleOf(g);
			return `${heads[n]!.id}:${g - heads[n]!.firstSentence}`;
		};
		const eventDays = new Map<string, Set<string>>();
		const sentenceEvents = new Map<number, number[]>();
		// Each event's sentences as global numbers, in its order.
		const sentenceNumbers: Uint32Array[] = new Array(linked.length);
		linked.forEach((e, k) => {
			const numbered = e.sentenceNumbers;
			const count = numbered ? numbered.length : e.sentences.length;
			const globals = new Uint32Array(count);
			// Found once for the event, not by kind and id for each of its sentences.
			const behindEvent = count > 0 ? behind.setOf('events', e.id) : null;
			for (let i = 0; i < count; i++) {
				let n: number;
				let index: number;
				if (numbered) {
					n = articleOf(numbered[i]!);
					index = numbered[i]! - heads[n]!.firstSentence;
				} else {
					// sentenceNumber's work, done once for both uses of the id.
					const id = e.sentences[i]!;
					const cut = id.lastIndexOf(':');
					n = articleNumber.get(id.slice(0, cut))!;
					index = Number(id.slice(cut + 1));
				}
				globals[i] = heads[n]!.firstSentence + index;
				behindEvent!.put(globals[i]!);
				let pairs = sentenceEvents.get(n);
				if (!pairs) sentenceEvents.set(n, (pairs = []));
				pairs.push(index, k);
			}
			sentenceNumbers[k] = globals;
			for (const date of daysOf(e.date, e.end)) {
				if (!eventDays.has(date)) eventDays.set(date, new Set());
				eventDays.get(date)!.add(e.id);
			}
		});
		// Pairs by sentence, then event order (the order a sentence's `events` lists them in). Most articles' pairs are
		// in that order already (one event, or events found in sentence order): only the others are sorted and rebuilt.
		for (const [n, p] of sentenceEvents) {
			let sorted = true;
			// Ties keep the order they came in, so sentences in order are enough.
			for (let j = 2; j < p.length && sorted; j += 2) sorted = p[j - 2]! <= p[j]!;
			if (sorted) continue;
			const order = Array.from({length: p.length / 2}, (_, i) => i).sort((a, b) => p[2 * a]! - p[2 * b]! || a - b);
			sentenceEvents.set(
				n,
				order.flatMap(i => [p[2 * i]!, p[2 * i + 1]!]),
			);
		}
		const count = (kind: 'actors' | 'sources' | 'days' | 'events', id: string) => behind.numbers(kind, id).length;
		const articleList = (map: Map<string, U32List>, id: string) => map.get(id)?.view() ?? new Uint32Array(0);

		const actors: Built['actors'] = [];
		for (const id of behind.values('actors')) {
			const info = deps.actor(id);
			if (info) actors.push({record: {...info, mentions: count('actors', id)}, articles: articleList(articlesOf.actors, id)});
		}
		actors.sort((a, b) => byMentions(a.record, b.record));
		const entities = (map: Map<string, {mentions: number; articles: U32List}>, info: (id: string) => EntityInfo | undefined) => {
			const out: Built['organizations'] = [];
			for (const [id, c] of map) {
				const e = info(id);
				if (e) out.push({record: {...e, mentions: c.mentions}, articles: c.articles.view()});
			}
			return out.sort((a, b) => byMentions(a.record, b.record));
		};
		const sources: Built['sources'] = [...sourceInfo.values()]
			.map(record => ({record, articles: articleList(articlesOf.sources, record.id)}))
			.sort((a, b) => bySourceOrder({...a.record, count: count('sources', a.record.id)}, {...b.record, count: count('sources', b.record.id)}));
		const events: Built['events'] = linked.map(({articleNumbers, sentenceNumbers: _s, ...e}, k) => ({
			record: {...e, mentions: count('events', e.id)},
			articles: articleNumbers ? Uint32Array.from(articleNumbers) : Uint32Array.from(e.articles, id => articleNumber.get(id)!),
			sentences: sentenceNumbers[k]!,
		}));
		const dates = [...new Set([...articlesOf.days.keys(), ...eventDays.keys()])].sort();
		const days: Built['days'] = dates.map(date => ({
			record: {date, events: [...(eventDays.get(date) ?? [])].sort(), mentions: count('days', date)},
			articles: articleList(articlesOf.days, date),
			published: articleList(published, date),
			about: articleList(about, date),
		}));
		// Ordered as the key `${actor}\u0000${text}` orders them (keys made for each distinct spelling only).
		const spellingList = [...spellings]
			.flatMap(([actor, texts]) => [...texts].map(([text, l]) => ({key: `${actor}\u0000${text}`, l})))
			.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
			.map(({key, l}) => {
				const [actor, text] = key.split('\u0000') as [string, string];
				return {actor, text, sentences: l.view()};
			});
		return {
			heads,
			sentenceCount,
			actors,
			organizations: entities(named.organizations, deps.organization),
			places: entities(named.places, deps.place),
			sources,
			events,
			days,
			behind,
			sentenceEvents,
			spellings: spellingList,
			unresolved,
			summary: {
				articles: heads.length,
				sentences: sentenceCount,
				actors: actors.length,
				events: events.length,
				unresolvedDates: unresolved.filter(u => u.reason.startsWith('relative date')).length,
				undatedArticles: heads.filter(h => h.published === null).length,
			},
			sentenceId,
			sentenceNumber,
		};
	}

	return {
		add,
		finish,
		get articles() {
			return heads.length;
		},
	};
}

export type DatasetBuilder<M extends {order: number}> = ReturnType<typeof createDatasetBuilder<M>>;
