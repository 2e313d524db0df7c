// Places no gazetteer lists, found by the word before them or by the place
// they are coordinated with. A crisis happens in neighbourhoods, villages,
// wadis and camps that no world list names: حي فوة، وادي المكلا، مخيم
// جباليا، "في المكلا والشحر".
// - A place head (placeHeads in titles.json) without the article, then the
//   name in construct: a definite word (حي الزيتون، محافظة الجوف), a known
//   place (وادي المكلا), or, after heads whose name may be indefinite (حي،
//   قرية، بلدة، مدينة، ضاحية), an indefinite word that does not read as an
//   adjective (قرية صغيرة، حي سكني are descriptions, not names). A
//   two-word name starts with a toponym word (عين الحلوة، دير ياسين).
// - A head that is part of the name (وادي، مخيم، مطار…) makes a place of
//   head and name (Wadi al-Mukalla); any other makes a place of the name
//   alone (حي فوة is Fuwwah), and nothing new when the name is known.
// - A definite word joined by و to a known place after a locative
//   preposition, at the end of the phrase: في المكلا والشحر. Only where the
//   list ends (punctuation, the end of the sentence, or another place):
//   "في المكلا والمناطق المجاورة" is a description.
// Never a word that is a function word, a title, a demonym, a known
// organisation's or person's name, a sound plural (اللاجئين) or a nisba
// adjective (الشرقية، السكني).
import type {Lexicon} from '../../../source/lexicon/load.js';
import type {PlaceHead} from '../../../source/lexicon/discovery.js';
import {kebab} from '../../../source/lexicon/gazetteer.js';
import {transliterateName} from '../../../source/arabic/translit.js';
import {hasArabic} from '../../../source/arabic/normalise.js';
import type {Token} from '../../../source/arabic/gazetteer.js';
import {HARD, type SentenceParts} from '../../../source/ingest/extract/discover/sentence.js';

export type PlaceMention = {
	sentence: number;
	/** Tokens of the place's name (the head's included when it is part of the name). */
	from: number;
	to: number;
	/** Offsets of the name in the sentence (proclitics on the first word left outside). */
	start: number;
	end: number;
	/** The name as written, without proclitics on its first word. */
	nameAr: string;
	/** Normalised words of the name, the merging key and the article trie's path. */
	norms: string[];
	/** Normalised words the article's later mentions are matched by: the head's stem and the name (حي فوة → حي فوه). */
	path: string[];
	en: string;
	id: string;
	/** The known place the name holds (وادي المكلا: Mukalla), also named by it. */
	within?: string;
};

// Not بين: "بين موسكو والحلف" joins parties, not places.
const LOCATIVE = new Set(['في', 'الى', 'من', 'داخل', 'قرب', 'نحو']);
const HEAD_PREFIXES = new Set(['', 'و', 'ف', 'ب', 'وب', 'فب', 'ل', 'ول', 'فل']);
const joined = (tokens: Token[], k: number) => k < tokens.length && /^\s+$/.test(tokens[k]!.gap);

/** The token as written without the proclitic `prefix` (normalised), harakat and tatweel out. */
function writtenStem(tok: Token, prefix: string): string {
	const bare = tok.text.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
	return prefix ? bare.slice(prefix.length) : bare;
}

/** A stem that reads as an adjective or a plural, not a name: a nisba (سكني، الشرقية), a sound plural (اللاجئين). */
function descriptive(stem: string): boolean {
	const bare = stem.replace(/^ال/, '');
	// Short words only look like it (عين "spring", not a plural).
	return (bare.length >= 4 && /(?:ي|يه)$/.test(bare)) || (bare.length >= 5 && /(?:ين|ون|ات)$/.test(bare));
}

/** May this token be (the first word of) a place's name? */
function nameWord(tok: Token, parts: SentenceParts, lexicon: Lexicon): boolean {
	const d = lexicon.discovery;
	const n = tok.norm;
	if (!hasArabic(n) || /\d/.test(tok.text) || n.length < 2) return false;
	if (d.notNames.has(n) || d.titleWords.has(n) || d.notPlaceNames.has(n) || d.placeHeads.has(n.replace(/^ال/, ''))) return false;
	if (lexicon.adjectives.has(n) || lexicon.adjectives.has(n.replace(/^ال/, ''))) return false;
	const e = parts.entityAt[tok.index];
	if (e && !e.targets.some(t => t.kind === 'place')) return false;
	return true;
}

/** The head this token is, with its proclitic, or null. */
function headAt(tok: Token, lexicon: Lexicon): {head: PlaceHead; prefix: string} | null {
	for (const {stem, prefix} of tok.readings.proclitic) {
		if (!HEAD_PREFIXES.has(prefix)) continue;
		const head = lexicon.discovery.placeHeads.get(stem);
		if (head) return {head, prefix};
	}
	return null;
}

const knownPlace = (parts: SentenceParts, k: number) => {
	const e = parts.entityAt[k];
	return e && e.from === k && e.targets.some(t => t.kind === 'place') ? e : undefined;
};

export function findPlaces(parts: SentenceParts, lexicon: Lexicon): PlaceMention[] {
	const {tokens, text} = parts;
	const d = lexicon.discovery;
	const out: PlaceMention[] = [];
	if (d.placeHeads.size === 0) return out;
	const make = (from: number, to: number, prefix: string, path: string[], en: string, within?: string): void => {
		const first = tokens[from]!;
		const start = first.start + (prefix ? (first.map[prefix.length] ?? 0) : 0);
		const id = kebab(en);
		if (!id) return;
		out.push({
			sentence: parts.index,
			from,
			to,
			start,
			end: tokens[to - 1]!.end,
			nameAr: text.slice(start, tokens[to - 1]!.end).replace(/[\u064B-\u0652\u0670\u0640]/g, ''),
			norms: [first.norm.slice(prefix.length), ...tokens.slice(from + 1, to).map(t => t.norm)],
			path,
			en,
			id,
			...(within ? {within} : {}),
		});
	};
	for (let k = 0; k < tokens.length - 1; k++) {
		const tok = tokens[k]!;
		// A head inside a known name (وادي حضرموت in the gazetteer) is that name.
		if (parts.entityAt[k]) continue;
		const h = headAt(tok, lexicon);
		if (!h || !joined(tokens, k + 1)) continue;
		const j = k + 1;
		const next = tokens[j]!;
		const known = knownPlace(parts, j);
		let to: number;
		let nameEn: string;
		let within: string | undefined;
		if (known) {
			if (!h.head.part) continue;
			to = known.to;
			const place = lexicon.places.get(known.targets.find(t => t.kind === 'place')!.id);
			// A river or a wadi is named after a town or a region, not after a sea or a mountain range (نهر الأورال is the range's river, not a place of its name).
			if (place && place.kind !== 'city' && place.kind !== 'region' && place.kind !== 'country') continue;
			within = place?.id;
			nameEn = place?.nameEn ?? transliterateName([writtenStem(next, '')], lexicon.names);
		} else {
			if (!nameWord(next, parts, lexicon) || descriptive(next.norm)) continue;
			const definite = next.norm.startsWith('ال');
			// A two-word name's first word (عين الصفصاف، دير ياسين) is in construct with the second.
			const two = d.toponymStarters.has(next.norm) && joined(tokens, j + 1) && nameWord(tokens[j + 1]!, parts, lexicon) && !descriptive(tokens[j + 1]!.norm);
			// An indefinite word after a head is mostly its adjective (قرية صغيرة، منطقة واسعة): a name only after heads whose names often are, and short.
			if (!definite && !two && (!h.head.indefinite || (/ه$/.test(next.norm) && next.norm.length >= 5))) continue;
			to = two ? j + 2 : j + 1;
			// The name runs into a known name (عين + a place): not ours to cut.
			if (parts.entityAt[to - 1] && !knownPlace(parts, to - 1)) continue;
			nameEn = transliterateName(
				tokens.slice(j, to).map(t => writtenStem(t, '')),
				lexicon.names,
			);
		}
		const path = [tok.norm.slice(h.prefix.length), ...tokens.slice(j, to).map(t => t.norm)];
		if (h.head.part) make(k, to, h.prefix, path, h.head.en.replace('{x}', nameEn), within);
		else make(j, to, '', path, h.head.en.replace('{x}', nameEn));
		k = to - 1;
	}
	// Coordination: في المكلا والشحر.
	for (let k = 1; k < tokens.length; k++) {
		const tok = tokens[k]!;
		if (!/^[وف]ال/.test(tok.norm) || !joined(tokens, k) || parts.entityAt[k]) continue;
		const prev = parts.entityAt[k - 1];
		if (!prev || prev.to !== k || !prev.targets.some(t => t.kind === 'place')) continue;
		const before = tokens[prev.from - 1];
		if (!before || !LOCATIVE.has(before.norm) || HARD.test(tokens[prev.from]!.gap)) continue;
		const stem = tok.norm.slice(1);
		if (stem.length < 4 || descriptive(stem) || d.notNames.has(stem) || d.notPlaceNames.has(stem) || d.titleWords.has(stem)) continue;
		// Nor a body's head noun (والحلف، والجيش): bodies are coordinated with places as parties.
		if (lexicon.adjectives.has(stem) || lexicon.adjectives.has(stem.slice(2)) || d.placeHeads.has(stem.slice(2)) || d.heads.has(stem.slice(2))) continue;
		// The list ends here: punctuation, the sentence's end, or another known place joined by و.
		const after = tokens[k + 1];
		const ends = after ? HARD.test(after.gap) || (/^[وف]/.test(after.norm) && knownPlace(parts, k + 1) !== undefined) : !/\p{L}/u.test(text.slice(tok.end));
		if (!ends) continue;
		make(k, k + 1, tok.norm[0]!, [stem], transliterateName([writtenStem(tok, tok.norm[0]!)], lexicon.names));
	}
	return out;
}
