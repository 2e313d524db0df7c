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
	// replace would copy unchanged: a look at each code unit says so without
	// the copy (the replace was ~1% of a parse worker's time, a profile).
	return singleSpaced(normalised) ? normalised : normalised.replace(/\s+/g, ' ');
}

/** Is every whitespace character of text (as /\s/ reads it) a space with none beside it? */
function singleSpaced(text: string): boolean {
	let after = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x20) {
			if (after) return false;
			after = true;
		} else if (isSpaceCode(c)) return false;
		else after = false;
	}
	return true;
}

/** The code units /\s/ matches other than the space: tab to carriage return, and the Unicode spaces and line ends. */
function isSpaceCode(c: number): boolean {
	if (c < 0xa0) return c >= 0x09 && c <= 0x0d;
	return (
		c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
	);
}

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
