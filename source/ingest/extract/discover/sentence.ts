// What discovery reads of one sentence: its tokens, the lexicon's and the
// gazetteer's matches on them, and the reporting verbs. Computed once per
// sentence in the article's first pass and handed to the second (extraction)
// so no sentence is tokenised or matched against the lexicon twice.
import type {Lexicon} from '../../../lexicon/load.js';
import type {LexVerb} from '../../../lexicon/schema.js';
import {CONJUNCTION_ONLY, matchAt, tokenize, type Match, type Token} from '../../../arabic/gazetteer.js';
import {matchEntities, type EntityMatch} from '../entities.js';
import {sentenceWords, VERB_START, type WordFacts} from './words.js';

export type SentenceParts = {
	/** Position of the sentence in its article. */
	index: number;
	text: string;
	tokens: Token[];
	/** Lexicon and gazetteer matches (no discovered names yet). */
	entities: EntityMatch[];
	verbs: Array<Match<LexVerb>>;
	/** Entity match covering each token, if any. */
	entityAt: Array<EntityMatch | undefined>;
	/** What discovery asks of each token's word (words.ts), by token. */
	words: WordFacts[];
	/** Some token starts with a Latin capital (A–Z). */
	capital: boolean;
	/** Some word is a demonym (its WordFacts.adjective is set). */
	demonym: boolean;
};

/** Punctuation between two words that ends a name or a phrase. */
export const HARD = /[.,،:;؛!?؟\n()[\]{}«»"“”/|–—-]/;

export function sentenceParts(index: number, text: string, lexicon: Lexicon): SentenceParts {
	const tokens = tokenize(text);
	const entities = matchEntities(tokens, text, lexicon);
	const entityAt: Array<EntityMatch | undefined> = new Array(tokens.length);
	for (const e of entities) for (let k = e.from; k < e.to; k++) entityAt[k] = e;
	const {words, capital, demonym} = sentenceWords(tokens, lexicon);
	return {index, text, tokens, entities, verbs: verbsIn(tokens, words, lexicon, text), entityAt, words, capital, demonym};
}

/** scan(tokens, verbTrie) with the trie asked only where a verb can start (most words start none). */
function verbsIn(tokens: Token[], words: readonly WordFacts[], lexicon: Lexicon, text: string): Array<Match<LexVerb>> {
	const out: Array<Match<LexVerb>> = [];
	for (let i = 0; i < tokens.length; ) {
		const m = words[i]!.flags & VERB_START ? matchAt(tokens, i, lexicon.verbTrie, text, CONJUNCTION_ONLY) : null;
		if (m) {
			out.push(m);
			i = m.to;
		} else i++;
	}
	return out;
}

/** The token's stem read without an article (and without و/ف before it), and whether it had one. */
export function bareStem(tok: Token): {stem: string; definite: boolean; prefix: string} {
	for (const {stem, prefix} of tok.readings.proclitic) {
		if (prefix === 'ال' || prefix === 'وال' || prefix === 'فال') return {stem, definite: true, prefix};
	}
	return {stem: tok.norm, definite: false, prefix: ''};
}
