// Words of a sentence for event matching: the sentence is normalised once and
// split into runs of letters and digits, each with its proclitic readings and
// its span in the original text. Lighter than the gazetteer's tokens (which
// normalise word by word and keep per-trie caches): this runs on every
// sentence of the corpus, and most have no event word at all.
import {isLetterCode} from '../../arabic/chars.js';
import {normaliseWithMap} from '../../arabic/normalise.js';

export type EventToken = {
	/** Normalised word. */
	norm: string;
	/** UTF-16 offsets in the original text (end exclusive). */
	start: number;
	end: number;
	/** Where the word starts in the normalised text. */
	at: number;
};

export type Words = {text: string; tokens: EventToken[] /** normalised index → original index */; map: number[]};

/** Original text between word i - 1 (or the start) and word i. */
export function gapBefore(words: Words, i: number): string {
	const tok = words.tokens[i];
	if (!tok) return '';
	return words.text.slice(i > 0 ? words.tokens[i - 1]!.end : 0, tok.start);
}

function isWordCode(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c < 0xd800 || c > 0xdfff ? isLetterCode(c) : false);
}

export function eventWords(text: string): Words {
	const {text: n, map} = normaliseWithMap(text);
	const tokens: EventToken[] = [];
	for (let i = 0; i < n.length; ) {
		if (!isWordCode(n.charCodeAt(i))) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n.length && isWordCode(n.charCodeAt(j))) j++;
		tokens.push({norm: n.slice(i, j), start: map[i]!, end: map[j - 1]! + 1, at: i});
		i = j;
	}
	return {text, tokens, map};
}

/** Where a word's stem starts in the original text, after `skip` normalised characters of proclitics. */
export function stemStart(words: Words, tok: EventToken, skip: number): number {
	return words.map[tok.at + skip] ?? tok.start;
}
