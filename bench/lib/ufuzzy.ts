// uFuzzy (@leeoniya/ufuzzy), issue 21's second search peer: the fastest
// general fuzzy finder, set up for a non-Latin script as its documentation
// says (Unicode letter classes for splitting and in-word characters), over the
// same normalised text our index holds. Per keystroke: its filter, and its
// ranking of the matches when there are at most 1,000 of them (its default).
import uFuzzy from '@leeoniya/ufuzzy';
import {searchText} from '../../source/search/index.js';

export function ufuzzySearcher(texts: readonly string[]): (query: string) => number {
	const uf = new uFuzzy({
		unicode: true,
		interSplit: "[^\\p{L}\\d']+",
		intraSplit: '\\p{Ll}\\p{Lu}',
		intraBound: '\\p{Ll}\\p{Lu}',
		intraChars: "[\\p{L}\\d']",
		intraContr: "'\\p{L}{1,2}\\b",
	});
	const haystack = texts.map(searchText);
	const search = (query: string) => {
		const [idxs] = uf.search(haystack, searchText(query), 0, 1e3);
		return idxs?.length ?? 0;
	};
	// Its one-time work (compiling its functions) before timing, as our sessions get.
	search('ال');
	return search;
}
