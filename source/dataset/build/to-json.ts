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
	// Heads come in the pipeline's order (localeCompare); where that is also code-unit order, as for
	// the usual ids, an ascending list of article numbers is already the sorted list of their ids.
	let inOrder = true;
	for (let n = 1; n < heads.length && inOrder; n++) inOrder = heads[n - 1]!.id < heads[n]!.id;
	const articleIds = (numbers: Uint32Array) => {
		const ids = new Array<string>(numbers.length);
		let ascending = true;
		for (let i = 0; i < numbers.length; i++) {
			ids[i] = heads[numbers[i]!]!.id;
			if (i > 0 && numbers[i]! <= numbers[i - 1]!) ascending = false;
		}
		return inOrder && ascending ? ids : ids.sort();
	};
	// 1k corpus, one process, old and new interleaved: toJsonDataset 38-73 ms CPU before, 12-39 after.
	// Sentence numbers come sorted: the article holding each is found by walking on, not by a search
	// for each (an outlet's list is every sentence of its articles); each id is made once.
	const made = new Array<string | undefined>(built.sentenceCount);
	const sentenceIds = (numbers: Uint32Array) => {
		const ids = new Array<string>(numbers.length);
		let n = 0;
		for (let i = 0; i < numbers.length; i++) {
			const g = numbers[i]!;
			let id = made[g];
			if (id === undefined) {
				if (i === 0 || g < numbers[i - 1]!) n = 0;
				while (n + 1 < heads.length && heads[n + 1]!.firstSentence <= g) n++;
				id = made[g] =
					heads[n]!.firstSentence <= g && g < heads[n]!.firstSentence + heads[n]!.sentenceCount
						? `${heads[n]!.id}:${g - heads[n]!.firstSentence}`
						: built.sentenceId(g);
			}
			ids[i] = id;
		}
		return ids;
	};
	const linked = articles.map((a, n): Article => {
		const pairs = built.sentenceEvents.get(n);
		let events: Map<number, string[]> | undefined;
		for (let i = 0; pairs && i < pairs.length; i += 2) {
			const index = pairs[i]!;
			events ??= new Map();
			const ids = events.get(index);
			const id = built.events[pairs[i + 1]!]!.record.id;
			if (ids) ids.push(id);
			else events.set(index, [id]);
		}
		// A sentence no event names is the article's own when its events are already empty (most are: 120k
		// sentence copies at 5k articles were a tenth of this function and their garbage).
		const copy = {
			...a,
			sentences: a.sentences.map((s, i) => {
				const ids = events?.get(i);
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
