// The lookups behind finding people and organisations no lexicon lists
// (source/ingest/extract/discover/), compiled once from titles.json and
// organization-heads.json: tries for the phrases, sets for the single words.
import {lightNormalise, normalise} from '../arabic/normalise.js';
import {aliasTokens, newTrie, trieInsert, type TrieNode} from '../arabic/gazetteer.js';
import type {LexOrganizationHeads, LexTitles} from './schema.js';

export type TitleTarget = {en: string; honorific: boolean};
/** A word before a place's name (placeHeads in titles.json). */
export type PlaceHead = {en: string; part: boolean; indefinite: boolean};
/** `named`: a body only with a name of its own after it (قوات الدعم السريع), not a demonym alone (القوات الروسية). */
export type OrgHead = {en: string; ministry: boolean; named: boolean; state: boolean; office: boolean; organ: boolean};
export type Portfolio = {ministry: string; minister: string};
export type ComplementWord = {en: string; pos: 'noun' | 'adj'};
export type OrgName = {en: string; ar: string; short: string[]; national: boolean};

export type DiscoveryLexicon = {
	titleTrie: TrieNode<TitleTarget>;
	/** Normalised modifier → English (الخاص → Special). */
	modifiers: Map<string, string>;
	/** Normalised words after which a name is a building's or a place's (جامعة، شارع…), with or without the article. */
	namedAfter: Set<string>;
	/** Normalised first word of a nickname cue (المعروف، الملقب…). */
	nicknameCues: Set<string>;
	notNames: Set<string>;
	/** notNames as written (hamza and madda kept): آبي (Abiy) is not أبي "my father". */
	notNamesWritten: Set<string>;
	commonNames: Set<string>;
	/** Normalised head noun without the article (وزاره، قوات…) → its English pattern. */
	heads: Map<string, OrgHead>;
	portfolioTrie: TrieNode<Portfolio>;
	wordTrie: TrieNode<ComplementWord>;
	nameTrie: TrieNode<OrgName>;
	/** Conventional names by their normalised tokens joined by a space. */
	names: Map<string, OrgName>;
	acronymStops: Set<string>;
	/** Normalised one-word titles (الرئيس، وزير، الفريق): never part of a name or a body's name. */
	titleWords: Set<string>;
	/** Normalised place head without the article (حي، وادي) → its pattern (discover/places.ts). */
	placeHeads: Map<string, PlaceHead>;
	/** Normalised first words of two-word place names (عين، دير). */
	toponymStarters: Set<string>;
	/** Normalised common nouns that never name a place after a head (اللاجئين). */
	notPlaceNames: Set<string>;
};

export function compileDiscovery(titles: LexTitles, heads: LexOrganizationHeads): DiscoveryLexicon {
	const titleTrie = newTrie<TitleTarget>();
	const titleWords = new Set<string>();
	for (const t of titles.titles) {
		const target = {en: t.en, honorific: t.honorific === true};
		for (const form of t.ar) {
			const toks = aliasTokens(form);
			trieInsert(titleTrie, toks, target);
			if (toks.length === 1 && !target.honorific) titleWords.add(toks[0]!);
		}
	}
	const modifiers = new Map<string, string>();
	for (const m of titles.modifiers) for (const f of m.ar) modifiers.set(normalise(f), m.en);
	const nicknameCues = new Set(titles.nicknameCues.map(c => aliasTokens(c)[0]!).filter(Boolean));
	const orgHeads = new Map<string, OrgHead>();
	for (const h of heads.heads)
		for (const f of h.ar)
			orgHeads.set(normalise(f).replace(/^ال/, ''), {
				en: h.en,
				ministry: h.kind === 'ministry',
				named: h.named === true,
				state: h.kind === 'state' || h.kind === 'office',
				office: h.kind === 'office',
				organ: h.kind === 'organ',
			});
	const portfolioTrie = newTrie<Portfolio>();
	for (const p of heads.portfolios) for (const f of p.ar) trieInsert(portfolioTrie, aliasTokens(f), {ministry: p.ministry, minister: p.minister});
	const wordTrie = newTrie<ComplementWord>();
	for (const w of heads.words) for (const f of w.ar) trieInsert(wordTrie, aliasTokens(f), {en: w.en, pos: w.pos});
	const nameTrie = newTrie<OrgName>();
	const names = new Map<string, OrgName>();
	for (const n of heads.names) {
		const target = {en: n.en, ar: n.ar, short: n.short ?? [], national: n.national === true};
		trieInsert(nameTrie, aliasTokens(n.ar), target);
		names.set(aliasTokens(n.ar).join(' '), target);
	}
	return {
		titleTrie,
		modifiers,
		nicknameCues,
		namedAfter: new Set((titles.namedAfter ?? []).flatMap(w => [normalise(w), `ال${normalise(w)}`])),
		notNames: new Set(titles.notNames.map(w => normalise(w))),
		notNamesWritten: new Set(titles.notNames.map(w => lightNormalise(w))),
		commonNames: new Set(titles.commonNames.map(w => normalise(w))),
		heads: orgHeads,
		portfolioTrie,
		wordTrie,
		nameTrie,
		names,
		acronymStops: new Set(heads.acronymStops),
		titleWords,
		placeHeads: new Map(
			(titles.placeHeads ?? []).flatMap(h =>
				h.ar.map(f => [normalise(f).replace(/^ال/, ''), {en: h.en, part: h.part === true, indefinite: h.indefinite === true}] as const),
			),
		),
		toponymStarters: new Set((titles.toponymStarters ?? []).map(w => normalise(w))),
		notPlaceNames: new Set((titles.notPlaceNames ?? []).map(w => normalise(w))),
	};
}
