// The JSON layout of a built dataset: one document, the schema's records with
// their id lists. The articles themselves were kept by the caller (a JSON
// dataset holds them all); their sentences get the events linked at finish
// (a sentence without events is shared with the caller's article, not copied).
import type {Article, Dataset} from '../schema.js';
import {DATASET_VERSION} from '../schema.js';
import type {ArticleBytes} from './article-json.js';
import type {Built} from './builder.js';
import type {ArticleTexts} from './sorted-json.js';

/**
 * `articles` are those added to the builder, in the same order. `texts`: the
 * JSON already written for some of them (article-json.ts); each linked copy
 * differs from its article in its sentences' events alone, so `texts.linked`
 * gets it under the copy, for sortedJson.
 */
export function toJsonDataset(built: Built, articles: Article[], texts?: {written: ReadonlyMap<Article, ArticleBytes>; linked: ArticleTexts}): Dataset {
	const {heads} = built;
	const articleIds = (numbers: Uint32Array) => Array.from(numbers, n => heads[n]!.id).sort();
	const sentenceIds = (numbers: Uint32Array) => Array.from(numbers, built.sentenceId);
	const linked = articles.map((a, n): Article => {
		const pairs = built.sentenceEvents.get(n);
		const events = new Map<number, string[]>();
		for (let i = 0; pairs && i < pairs.length; i += 2) {
			const index = pairs[i]!;
			events.set(index, [...(events.get(index) ?? []), built.events[pairs[i + 1]!]!.record.id]);
		}
		// A sentence no event names is the article's own when its events are already empty (most are: 120k
		// sentence copies at 5k articles were a tenth of this function and their garbage).
		const copy = {
			...a,
			sentences: a.sentences.map((s, i) => {
				const ids = events.get(i);
				return ids ? {...s, events: ids} : s.events.length === 0 ? s : {...s, events: []};
			}),
		};
		const t = texts?.written.get(a);
		if (t) texts!.linked.set(copy, t);
		return copy;
	});
	return {
		version: DATASET_VERSION,
		articles: linked,
		actors: built.actors.map(a => ({...a.record, articles: articleIds(a.articles)})),
		organizations: built.organizations.map(e => ({...e.record, articles: articleIds(e.articles)})),
		places: built.places.map(e => ({...e.record, articles: articleIds(e.articles)})),
		sources: built.sources.map(s => ({...s.record, articles: articleIds(s.articles), sentences: sentenceIds(built.behind.numbers('sources', s.record.id))})),
		events: built.events.map(e => e.record),
		days: built.days.map(d => ({
			...d.record,
			articles: articleIds(d.articles),
			published: articleIds(d.published),
			sentences: sentenceIds(d.about),
		})),
		unresolved: built.unresolved,
	};
}
