// What each count means. A facet value (a day, an actor, a source, an event)
// stands for a set of sentences, and every number shown for it — its count in
// the explorer's tab, `mentions` in `list` and `show`, the sentences `export`
// writes with it as a filter — is the size of that one set. The sets are
// defined here, once; the dataset builder (both layouts) and the Query over a
// JSON dataset both ask this module, so they cannot drift apart.
//
//   actor   the sentences that mention the actor, or whose attributed speaker
//           the actor is (a quote is about its speaker even when the sentence
//           names them only through the verb: "وأضاف").
//   day     the sentences about the day (a resolved date claim on it; a range
//           covers each of its days) and every sentence of the articles
//           published on it: a day stands for what was said about it and
//           what was published on it.
//   source  an outlet: every sentence of the articles it published; a cited
//           agency or anonymous source: the sentences that cite it (a photo
//           credit in a caption is not a citation: the agency took the picture).
//   event   the sentences linked to the event.
//
// Organisations and places are not facets; their `mentions` is the number of
// sentences that name them (a sentence naming NATO twice counts once).
import type {ActorRef, Article, DateRef, Sentence, SourceRef} from '../schema.js';
import {slug} from '../ids.js';

/**
 * What the counts and the dataset builder read of a sentence: a sentence is
 * one, and so is what a directory ingest's second pass reads in its place
 * (facet-article.ts), so that it need not parse the whole article.
 */
export type FacetSentence = Pick<Sentence, 'line' | 'events'> & {
	actors: ReadonlyArray<Pick<ActorRef, 'id' | 'text'>>;
	attribution: {speaker: Pick<NonNullable<NonNullable<Sentence['attribution']>['speaker']>, 'id'> | null} | null;
	dates: ReadonlyArray<Pick<DateRef, 'text' | 'value' | 'rangeEnd' | 'resolution'>>;
	citedSources: ReadonlyArray<Pick<SourceRef, 'id' | 'name' | 'kind' | 'photo'>>;
	organizations: ReadonlyArray<{id: string}>;
	places: ReadonlyArray<{id: string}>;
};

/** An article as the dataset builder reads it: its head (every field but its texts), its sentences as FacetSentence. */
export type FacetArticle = Omit<Article, 'sentences' | 'boilerplate' | 'captions'> & {
	sentences: readonly FacetSentence[];
	boilerplate?: Article['boilerplate'];
	captions?: Article['captions'];
};

export type FacetKind = 'days' | 'actors' | 'sources' | 'events';
export const FACET_KINDS: readonly FacetKind[] = ['days', 'actors', 'sources', 'events'];

/** The outlet source of an article. An article whose page does not name its outlet is shown as such, never guessed. */
export function outletSource(article: Pick<Article, 'id' | 'outlet'>): {id: string; name: string} {
	if (article.outlet) return {id: slug(article.outlet), name: article.outlet};
	const n = /^\d+/.exec(article.id)?.[0] ?? article.id;
	return {id: `unattributed-${slug(n)}`, name: `Unattributed (${n})`};
}

/** The ISO days a date value covers: one day, each day of a range, none for a month or a year. */
export function daysOf(value: string | null, end: string | null): string[] {
	if (value?.length !== 10) return [];
	if (end?.length !== 10 || end <= value) return [value];
	const out: string[] = [];
	const d = new Date(`${value}T00:00:00Z`);
	const last = new Date(`${end}T00:00:00Z`);
	// Ranges in news text are days long; cap to keep a malformed range harmless.
	for (let i = 0; d <= last && i < 62; i++) {
		out.push(d.toISOString().slice(0, 10));
		d.setUTCDate(d.getUTCDate() + 1);
	}
	return out;
}

const unique = (values: string[]): string[] => (values.length < 2 ? values : [...new Set(values)]);

/** Actors a sentence stands behind: those it mentions and its attributed speaker. */
export function actorsOf(sentence: FacetSentence): string[] {
	// Most sentences name no one: no list to build (valuesOf runs for each of the corpus's sentences).
	if (sentence.actors.length === 0 && !sentence.attribution?.speaker) return [];
	const ids = sentence.actors.map(r => r.id);
	if (sentence.attribution?.speaker) ids.push(sentence.attribution.speaker.id);
	return unique(ids);
}

/** Days a sentence is about: every day its resolved date claims cover. */
export function daysAbout(sentence: FacetSentence): string[] {
	const {dates} = sentence;
	if (dates.length === 0) return [];
	if (dates.length === 1) return daysOf(dates[0]!.value, dates[0]!.rangeEnd);
	return unique(dates.flatMap(d => daysOf(d.value, d.rangeEnd)));
}

/** Days a sentence stands behind: those it is about and the day its article was published. */
export function daysOfSentence(article: Pick<Article, 'published'>, sentence: FacetSentence, about = daysAbout(sentence)): string[] {
	return article.published && !about.includes(article.published) ? [...about, article.published] : about;
}

/** Sources a sentence stands behind: its article's outlet (by id) and the sources it cites (photo credits are not citations). */
export function sourcesOf(outletId: string, sentence: FacetSentence): string[] {
	if (sentence.citedSources.length === 0) return [outletId];
	return unique([outletId, ...sentence.citedSources.filter(c => !c.photo).map(c => c.id)]);
}

/** Events a sentence stands behind: the events it is linked to. */
export function eventsOf(sentence: FacetSentence): string[] {
	return unique(sentence.events);
}

/** Every facet value one sentence stands behind, events included when `events` (they are linked after the sentences are read); `about`: its daysAbout, when the caller has it. */
export function valuesOf(
	article: Pick<Article, 'id' | 'outlet' | 'published'>,
	sentence: FacetSentence,
	put: (kind: FacetKind, id: string) => void,
	options: {events: boolean; outletId?: string; about?: string[]},
): void {
	for (const id of actorsOf(sentence)) put('actors', id);
	// daysOfSentence and sourcesOf, without a list made for each sentence (this runs for every sentence of the corpus).
	const about = options.about ?? daysAbout(sentence);
	for (const id of about) put('days', id);
	if (article.published && !about.includes(article.published)) put('days', article.published);
	const outletId = options.outletId ?? outletSource(article).id;
	if (sentence.citedSources.length === 0) put('sources', outletId);
	else for (const id of sourcesOf(outletId, sentence)) put('sources', id);
	if (options.events) for (const id of eventsOf(sentence)) put('events', id);
}

/** Ids that name an entity of a kind in a sentence, each once (organisations' and places' `mentions` count sentences). */
export function namedIn(refs: Array<{id: string}>): string[] {
	return unique(refs.map(r => r.id));
}

/** namedIn's ids in its order, without its list (the builder runs it for every sentence): an id is passed on where it first occurs. */
export function eachNamed(refs: ReadonlyArray<{id: string}>, f: (id: string) => void): void {
	for (let i = 0; i < refs.length; i++) {
		const id = refs[i]!.id;
		let seen = false;
		for (let j = 0; j < i && !seen; j++) seen = refs[j]!.id === id;
		if (!seen) f(id);
	}
}

// The order of the dataset's lists.

const SOURCE_KIND_RANK = {outlet: 0, agency: 1, anonymous: 2} as const;

/** Outlets first, then agencies, then anonymous sources; more sentences first; then by id. */
export function bySourceOrder(
	a: {kind: keyof typeof SOURCE_KIND_RANK; count: number; id: string},
	b: {kind: keyof typeof SOURCE_KIND_RANK; count: number; id: string},
): number {
	return SOURCE_KIND_RANK[a.kind] - SOURCE_KIND_RANK[b.kind] || b.count - a.count || a.id.localeCompare(b.id);
}

/** Actors, organisations and places: more sentences first, then by id. */
export function byMentions<T extends {mentions: number; id: string}>(a: T, b: T): number {
	return b.mentions - a.mentions || a.id.localeCompare(b.id);
}
