// Words only one outlet uses about a party: word bigrams and trigrams in
// sentences that mention an actor, place or organisation, whose every content
// word appears in no other compared outlet's article. Names are left out
// (spelling variants of a name are not wording), and so are function words.
// Listed, not judged: the reader decides what a phrase says.
import type {Article, Sentence} from '../dataset/schema.js';
import {isContent, tokenize, type Token} from './tokens.js';
import type {DistinctivePhrase} from './types.js';

/** At most this many phrases per outlet, in article order: a list a reader can scan. */
export const MAX_PHRASES = 12;

function nameSpans(s: Sentence): Array<{start: number; end: number; name: string}> {
	return [...s.actors, ...s.places, ...s.organizations].map(e => ({start: e.start, end: e.end, name: e.nameEn}));
}

/** Spans that are names, titles, dates, credits or the reporting verb: extracted facts, not wording. */
function factSpans(s: Sentence): Array<{start: number; end: number}> {
	return [...s.actors, ...s.places, ...s.organizations, ...s.roles, ...s.dates, ...s.citedSources, ...s.numbers, ...(s.attribution ? [s.attribution] : [])];
}

function articleVocabulary(a: Article): Set<string> {
	const v = new Set<string>();
	for (const s of a.sentences) for (const t of tokenize(s.text)) v.add(t.key);
	return v;
}

export function distinctivePhrases(articles: Article[]): Record<string, DistinctivePhrase[]> {
	const vocab = new Map(articles.map(a => [a.id, articleVocabulary(a)]));
	const usedElsewhere = (article: string, key: string) => articles.some(a => a.id !== article && vocab.get(a.id)!.has(key));
	const out: Record<string, DistinctivePhrase[]> = {};
	for (const a of articles) {
		const list: DistinctivePhrase[] = [];
		const seen = new Set<string>();
		for (const s of a.sentences) {
			if (list.length >= MAX_PHRASES) break;
			const names = nameSpans(s);
			if (names.length === 0) continue;
			const spans = factSpans(s);
			const inName = (t: Token) => spans.some(n => t.start < n.end && n.start < t.end);
			const tokens = tokenize(s.text);
			const ok = tokens.map(t => isContent(t) && !inName(t) && !usedElsewhere(a.id, t.key));
			// Longest first, so a trigram hides the bigrams inside it.
			const taken = new Set<number>();
			const found: Array<{at: number; phrase: DistinctivePhrase}> = [];
			for (const n of [3, 2]) {
				for (let i = 0; i + n <= tokens.length; i++) {
					const idx = Array.from({length: n}, (_, k) => i + k);
					if (!idx.every(k => ok[k]) || idx.some(k => taken.has(k))) continue;
					const first = tokens[i]!;
					const last = tokens[i + n - 1]!;
					const key = idx.map(k => tokens[k]!.key).join(' ');
					if (seen.has(key)) continue;
					seen.add(key);
					for (const k of idx) taken.add(k);
					const near = [...names].sort((x, y) => dist(x, first.start, last.end) - dist(y, first.start, last.end))[0];
					found.push({at: i, phrase: {phrase: s.text.slice(first.start, last.end), ...(near ? {about: near.name} : {}), sentence: s.id}});
				}
			}
			list.push(...found.sort((x, y) => x.at - y.at).map(f => f.phrase));
		}
		out[a.id] = list.slice(0, MAX_PHRASES);
	}
	return out;
}

function dist(span: {start: number; end: number}, start: number, end: number): number {
	return span.end <= start ? start - span.end : span.start >= end ? span.start - end : 0;
}
