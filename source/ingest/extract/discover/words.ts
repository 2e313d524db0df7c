// What discovery asks of a single word, asked once per distinct word. Every
// rule of people.ts, organizations.ts and titles.ts starts by asking each
// token of every sentence the same questions (a given name? a surname? does a
// title, a body's name or a verb start here? a demonym? a head noun?), and
// each question was a Map lookup or a trie step of its own, repeated in
// several loops. The answers depend on the normalised word alone (its
// proclitic readings are a function of it), so they are computed once per
// word and lexicon, kept as bits and two references, and a sentence holds one
// shared facts object per token: one lookup per token instead of ~10.
// Measured on the 1k benchmark (CPU profile, one thread): discovery's own
// work (discoverArticle without tokenising and matching the lexicon) went
// from ~300 ms to ~90 ms with this table and the gates it allows.
import type {Token, TrieNode} from '../../../arabic/gazetteer.js';
import type {CountryRef} from '../../../lexicon/gazetteer.js';
import type {OrgHead, PlaceHead} from '../../../lexicon/discovery.js';
import type {Lexicon} from '../../../lexicon/load.js';
import type {Stem} from '../../../arabic/normalise.js';

// Bits of WordFacts.flags.
export const GIVEN = 1;
export const SURNAME = 2;
export const LINKING = 4;
export const MULTI_FIRST = 8;
export const COMMON_NAME = 16;
export const NOT_NAME = 32;
export const TITLE_WORD = 64;
/** The bare word is a head noun (d.heads.has(norm)). */
export const HEAD_WORD = 128;
/** Some reading of the word starts an entry of the trie (matchAt may find one; without the bit it finds none). */
export const TITLE_START = 256;
export const NAME_START = 512;
export const PORTFOLIO_START = 1024;
export const WORD_START = 2048;
export const VERB_START = 4096;
/** Written with an article, maybe after و/ف and ب/ل (a portfolio named without its ministry starts so). */
export const DEFINITE_START = 8192;
/** A word after which a name is a building's or a place's (جامعة، بشارع), read off its proclitics. */
export const NAMES_PLACE = 16384;
/** Written و or ف, then the article (والشحر): a place coordinated with the one before may start here (places.ts). */
export const AND_DEFINITE = 32768;
/** Starts a name a verb or a colon introduces: a given name, a particle, a surname, a compound's first word. */
export const MAY_START = GIVEN | LINKING | SURNAME | MULTI_FIRST;

/** The head noun a word is, its proclitics read off (وزارة، للقوات، والجيش). */
export type HeadReading = {head: OrgHead; definite: boolean; prefix: string; key: string};

/** The place head a word is (حي، وادي، بمخيم) and the proclitic before it (places.ts). */
export type PlaceHeadReading = {head: PlaceHead; prefix: string};

/**
 * One shape for every word (one hidden class at every read site). `anon`: the
 * reading whose stem is an anonymous source's head (مصدر، ومسؤول), read by
 * extraction's findAnonymous (sources.ts) instead of a map of every word seen.
 */
export type WordFacts = {flags: number; adjective: CountryRef | null; head: HeadReading | null; place: PlaceHeadReading | null; anon: Stem | null};

const DEFINITE = /^(?:[وف]?[بل]?ال|[وف]?لل)/;
/** Proclitics a head may carry: و/ف, then ب/ل, then the article (ل + ال written لل). */
const HEAD_PREFIX = /^(?:[وف]?[بل]?(?:ال)?|[وف]?لل)$/;
/** Proclitics a place head may carry (places.ts): و/ف, then ب/ل, no article. */
const PLACE_HEAD_PREFIXES = new Set(['', 'و', 'ف', 'ب', 'وب', 'فب', 'ل', 'ول', 'فل']);
const AND_DEFINITE_RE = /^[وف]ال/;
const MEMO_MAX = 50_000;

type Table = {lexicon: Lexicon; words: Map<string, WordFacts>};
// Per lexicon (its discovery tables, names, demonyms and verbs): a lexicon laid over for one article shares them and the table.
const tables = new WeakMap<Lexicon['discovery'], Table[]>();

function tableOf(lexicon: Lexicon): Table {
	let list = tables.get(lexicon.discovery);
	if (!list) {
		list = [];
		tables.set(lexicon.discovery, list);
	}
	for (const t of list) {
		const l = t.lexicon;
		if (l.names === lexicon.names && l.adjectives === lexicon.adjectives && l.verbTrie === lexicon.verbTrie && l.anonHeads === lexicon.anonHeads) return t;
	}
	const t: Table = {lexicon, words: new Map()};
	list.push(t);
	return t;
}

const startsIn = (trie: TrieNode<unknown>, stems: readonly Stem[]) => {
	for (const s of stems) if (trie.children.has(s.stem)) return true;
	return false;
};

/** The token's stem read without an article (and without و/ف before it), and whether it had one (sentence.ts's bareStem, without the object). */
function articleStem(tok: Token): string | null {
	for (const {stem, prefix} of tok.readings.proclitic) if (prefix === 'ال' || prefix === 'وال' || prefix === 'فال') return stem;
	return null;
}

function factsOf(tok: Token, lexicon: Lexicon): WordFacts {
	const n = tok.norm;
	const names = lexicon.names;
	const d = lexicon.discovery;
	let flags = 0;
	if (names.given.has(n)) flags |= GIVEN;
	if (names.surnames.has(n)) flags |= SURNAME;
	if (names.linking.has(n)) flags |= LINKING;
	if (names.multiFirst.has(n)) flags |= MULTI_FIRST;
	if (d.commonNames.has(n)) flags |= COMMON_NAME;
	if (d.notNames.has(n)) flags |= NOT_NAME;
	if (d.titleWords.has(n)) flags |= TITLE_WORD;
	if (d.heads.has(n)) flags |= HEAD_WORD;
	const stems = tok.readings.stems;
	if (startsIn(d.titleTrie, stems)) flags |= TITLE_START;
	if (startsIn(d.nameTrie, stems)) flags |= NAME_START;
	if (startsIn(d.portfolioTrie, stems)) flags |= PORTFOLIO_START;
	if (startsIn(d.wordTrie, stems)) flags |= WORD_START;
	if (startsIn(lexicon.verbTrie, stems)) flags |= VERB_START;
	if (DEFINITE.test(n)) flags |= DEFINITE_START;
	for (const {stem} of tok.readings.proclitic) if (d.namedAfter.has(stem)) flags |= NAMES_PLACE;
	// A demonym (المصري، السودانية): the word itself, else its stem after the article.
	let adjective = lexicon.adjectives.get(n) ?? null;
	if (!adjective) {
		const stem = articleStem(tok);
		adjective = stem === null ? null : (lexicon.adjectives.get(stem) ?? null);
	}
	let head: HeadReading | null = null;
	for (const {stem, prefix} of tok.readings.proclitic) {
		const h = d.heads.get(stem);
		if (!h || !HEAD_PREFIX.test(prefix)) continue;
		const definite = /(?:ال|لل)$/.test(prefix);
		head = {head: h, definite, prefix: prefix.replace(/ال$/, '').replace(/لل$/, 'ل'), key: definite ? `ال${stem}` : stem};
		break;
	}
	let place: PlaceHeadReading | null = null;
	for (const {stem, prefix} of tok.readings.proclitic) {
		if (!PLACE_HEAD_PREFIXES.has(prefix)) continue;
		const h = d.placeHeads.get(stem);
		if (h) {
			place = {head: h, prefix};
			break;
		}
	}
	if (AND_DEFINITE_RE.test(n)) flags |= AND_DEFINITE;
	const anon = tok.readings.proclitic.find(s => lexicon.anonHeads.has(s.stem)) ?? null;
	return {flags, adjective, head, place, anon};
}

/** What discovery asks of this token, from the lexicon's table (filled on first sight of the word). */
export function wordFacts(tok: Token, lexicon: Lexicon): WordFacts {
	return factsIn(tableOf(lexicon), tok);
}

/**
 * The word's facts in this table. The last answer is kept on the token's
 * readings (shared by every token of the word) with its table, so a sentence
 * reads each token's facts with a compare instead of a Map lookup by the word:
 * in a 1k-article profile the lookups were ~15% of the article's first pass
 * outside tokenising and matching. Two tables in turn (a test's lexicon beside
 * the bundled one) only take the lookup again.
 */
function factsIn(table: Table, tok: Token): WordFacts {
	const r = tok.readings;
	if (r.factsTable === table) return r.facts as WordFacts;
	let f = table.words.get(tok.norm);
	if (f === undefined) {
		f = factsOf(tok, table.lexicon);
		if (table.words.size >= MEMO_MAX) table.words.clear();
		table.words.set(tok.norm, f);
	}
	r.factsTable = table;
	r.facts = f;
	return f;
}

/**
 * Facts of every token of a sentence, in token order, whether some word is a
 * demonym (the article counts the countries they name), and whether a token
 * starts with a Latin capital (an acronym may stand there: organizations.ts
 * looks for one only then; a regex over the sentence cost more than this).
 */
export function sentenceWords(tokens: readonly Token[], lexicon: Lexicon): {words: WordFacts[]; capital: boolean; demonym: boolean} {
	const table = tableOf(lexicon);
	const words: WordFacts[] = new Array(tokens.length);
	let capital = false;
	let demonym = false;
	for (let k = 0; k < tokens.length; k++) {
		const tok = tokens[k]!;
		const f = factsIn(table, tok);
		words[k] = f;
		if (f.adjective !== null) demonym = true;
		if (!capital) {
			const c = tok.text.charCodeAt(0);
			capital = c >= 0x41 && c <= 0x5a;
		}
	}
	return {words, capital, demonym};
}
