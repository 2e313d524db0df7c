// A sentence's English, as every reader shows it: the machine translation
// when `translate` has given one, else the gist (gist.ts), marked as such.
import type {Article, Sentence} from '../dataset/schema.js';
import {gistOf, type GistFacts} from './gist.js';

export type EnglishKind = 'translation' | 'gist';
export type English = {text: string; kind: EnglishKind};

export function englishOf(sentence: Sentence, article: Pick<Article, 'published'>, facts: GistFacts): English {
	const t = sentence.translation;
	if (t?.text && !t.error) return {text: t.text, kind: 'translation'};
	return {text: gistOf(sentence, article, facts), kind: 'gist'};
}

/** A per-query memo of englishOf: the explorer draws the same rows on every frame. */
export function englishCache(facts: GistFacts, lookup: (id: string) => {sentence: Sentence; article: Article} | undefined) {
	const memo = new Map<string, English>();
	return (id: string): English | undefined => {
		let e = memo.get(id);
		if (e) return e;
		const hit = lookup(id);
		if (!hit) return undefined;
		e = englishOf(hit.sentence, hit.article, facts);
		if (memo.size >= 10_000) memo.clear();
		memo.set(id, e);
		return e;
	};
}
