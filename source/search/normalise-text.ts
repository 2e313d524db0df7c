// The one text form the search index, the brute-force scan and queries share:
// Arabic normalisation plus collapsed whitespace, so a query typed with a double
// space or a line break still meets the text it was copied from.
import {normalise, normaliseWithMap} from '../arabic/normalise.js';

const SPACE = /\s/;

/** Normalised text with every whitespace run folded to one space. */
export function searchText(text: string): string {
	return searchTextOf(normalise(text));
}

/** searchText of a text from its normalised form (normalise's, or normaliseWithMap's text: the same), for a caller that has it. */
export function searchTextOf(normalised: string): string {
	// Most texts (a sentence) are words between single spaces, which the
	// replace would copy unchanged: one test says so without the copy (the
	// replace was ~1% of a parse worker's time, a profile).
	return FOLDS.test(normalised) ? normalised.replace(/\s+/g, ' ') : normalised;
}

/** What the replace changes: a whitespace character other than the space, or two spaces. */
const FOLDS = /[^\S ]| {2}/;

/** searchText plus, for every output character, its offset in the original. */
export function searchTextWithMap(text: string): {text: string; map: number[]} {
	const n = normaliseWithMap(text);
	let out = '';
	const map: number[] = [];
	for (let i = 0; i < n.text.length; i++) {
		const ch = n.text[i]!;
		if (SPACE.test(ch)) {
			if (out.endsWith(' ')) continue;
			out += ' ';
		} else out += ch;
		map.push(n.map[i]!);
	}
	map.push(n.map[n.map.length - 1]!);
	return {text: out, map};
}

/** A typed query in the index's form; leading and trailing spaces dropped. */
export function searchQuery(query: string): string {
	return searchText(query).trim();
}
