// One article's first pass: every sentence is tokenised and matched against
// the lexicon once, the people and organisations no lexicon lists are found
// (people.ts, organizations.ts), mentions of one person are merged, and the
// article's names are laid over the lexicon for the second pass (extraction),
// so that every later mention is found too, cue or not: "حفتر" alone, "وحفتر".
//
// Merging within the article: the fullest form names the person; a shorter
// form joins it when its words are the full name's first and last words or
// its last word alone (the surname), and only when exactly one person fits.
// A nickname the text ties to a name (المعروف بـ…) becomes that person's.
// The surname alone is matched later in the article only when one person
// bears it and it is not also a demonym, a given name or a common word.
import {hasArabic} from '../../../arabic/normalise.js';
import {aliasTokens, newVolatileTrie, trieInsert, type Token, type TrieNode} from '../../../arabic/gazetteer.js';
import {transliterateName} from '../../../arabic/translit.js';
import {idOf} from './ids.js';
import type {EntityTarget, KnownEntity, KnownPlace, Lexicon} from '../../../lexicon/load.js';
import type {LexActor} from '../../../lexicon/schema.js';
import type {EntityMatch} from '../entities.js';
import {reduces} from './name-forms.js';
import {findOrganizations, type OrgMention} from './organizations.js';
import {findPeople, type PersonMention} from './people.js';
import {findPlaces, type PlaceMention} from './places.js';
import {sentenceParts, type SentenceParts} from './sentence.js';
import type {WordFacts} from './words.js';
import {type ArticleMemory, newMemory} from '../attribution.js';

/** A person found in the text, shaped like a lexicon actor so every extractor can read it. */
export type DiscoveredActor = LexActor & {discovered: true};
/** `parent`: the known body an organ belongs to (مفوضية إيكواس names ECOWAS too). */
export type DiscoveredOrg = KnownEntity & {source: 'discovered'; parent?: string};
/** A place found in the text (discover/places.ts). */
export type DiscoveredPlace = KnownPlace & {source: 'discovered'; within?: string};

/** The role written beside one mention (by sentence and first token), and the title phrase's span before the name. */
export type MentionRole = {
	roleEn: string;
	roleAr: string;
	affiliation: string | null;
	title: {from: number; to: number; start: number; end: number; text: string};
};

/**
 * `memory`: one per article, shared by its sentences, filled as they are extracted in order (attribution.ts).
 * `words`: what discovery read of each token's word (words.ts: name classes, demonym, head noun), for the second
 * pass to read instead of asking again (adjectiveAt(tokens[k]) is words[k].adjective).
 */
export type PreparedSentence = {
	tokens: Token[];
	entities: EntityMatch[];
	roles: Map<number, MentionRole>;
	memory?: ArticleMemory;
	words?: WordFacts[];
	/** The reporting verbs of the first pass, read again by attribution. */
	verbs?: SentenceParts['verbs'];
};

export type ArticleDiscovery = {
	/** The lexicon with the article's names laid over it (the input lexicon when the article adds none). */
	lexicon: Lexicon;
	sentences: PreparedSentence[];
	people: DiscoveredActor[];
	organizations: DiscoveredOrg[];
	places: DiscoveredPlace[];
};

type Person = {mentions: PersonMention[]; full: PersonMention; nicknames: string[][]};

const keyOf = (norms: readonly string[]) => norms.join(' ');

function clusterPeople(mentions: PersonMention[]): Person[] {
	const people: Person[] = [];
	// Longest first, then in reading order: the full name is met before its parts.
	const sorted = [...mentions].sort((a, b) => b.norms.length - a.norms.length || a.sentence - b.sentence || a.from - b.from);
	for (const m of sorted) {
		const same = people.filter(p => keyOf(p.full.norms) === keyOf(m.norms));
		if (same.length > 0) {
			same[0]!.mentions.push(m);
			same[0]!.nicknames.push(...m.nicknames);
			continue;
		}
		const fits = people.filter(p => reduces(m.norms, p.full.norms));
		if (fits.length === 1) {
			fits[0]!.mentions.push(m);
			fits[0]!.nicknames.push(...m.nicknames);
		} else if (fits.length === 0) people.push({mentions: [m], full: m, nicknames: [...m.nicknames]});
		// Two people fit (two Haftars): the short form names neither.
	}
	// A name found on its own that the text ties to someone as a nickname (أبو مازن) is that person.
	const owner = new Map<string, Person>();
	for (const p of people) for (const n of p.nicknames) owner.set(keyOf(n.map(w => aliasTokens(w).join(' '))), p);
	return people.filter(q => {
		const p = owner.get(keyOf(q.full.norms));
		if (!p || p === q) return true;
		p.mentions.push(...q.mentions);
		return false;
	});
}

/**
 * What the first pass gathers from an article's sentences (discoverArticle): the mentions found, and the
 * countries named, by how many sentences name each (the article's own country is the one named most;
 * sentences, not mentions: a dateline's city is named twice in one line, نواكشوط - موقع نواكشوط اليوم).
 */
type Gathered = {
	orgs: OrgMention[];
	people: PersonMention[];
	places: PlaceMention[];
	countries: Set<string>;
	named: Map<string, number>;
	/** The last sentence that counted each country (one map for the article, not a set per sentence). */
	countedIn: Map<string, number>;
};

function count(g: Gathered, id: string, sentence: number): void {
	g.countries.add(id);
	if (g.countedIn.get(id) === sentence) return;
	g.countedIn.set(id, sentence);
	g.named.set(id, (g.named.get(id) ?? 0) + 1);
}

/**
 * One sentence of the first pass, in a function of its own with indexed loops: discoverArticle runs once
 * per article and stays in V8's slower tiers for much of an ingest, where its for…of loops over every
 * sentence's mentions, matches and words allocated an iterator result per step (a heap profile of the 1k
 * corpus put ~15 MB a pass on them); a function run per sentence is optimised early.
 */
function gather(g: Gathered, p: SentenceParts, lexicon: Lexicon, countryIn: (id: string) => string | null): void {
	const orgs = findOrganizations(p, lexicon);
	for (let k = 0; k < orgs.length; k++) g.orgs.push(orgs[k]!);
	const people = findPeople(p, lexicon, orgs);
	for (let k = 0; k < people.length; k++) g.people.push(people[k]!);
	const places = findPlaces(p, lexicon);
	for (let k = 0; k < places.length; k++) g.places.push(places[k]!);
	const entities = p.entities;
	for (let k = 0; k < entities.length; k++) {
		const targets = entities[k]!.targets;
		if (targets.length !== 1 || targets[0]!.kind !== 'place' || targets[0]!.guarded) continue;
		const id = countryIn(targets[0]!.id);
		if (id !== null) count(g, id, p.index);
	}
	if (p.demonym) {
		const words = p.words;
		for (let k = 0; k < words.length; k++) if (words[k]!.adjective) count(g, words[k]!.adjective!.id, p.index);
	}
}

/** Role maps of sentences with no role written beside a mention: one shared empty map, never written (roleIn makes a sentence's own). */
const NO_ROLES: Map<number, MentionRole> = new Map();

function roleIn(roles: Array<Map<number, MentionRole>>, sentence: number): Map<number, MentionRole> {
	let map = roles[sentence]!;
	if (map === NO_ROLES) {
		map = new Map();
		roles[sentence] = map;
	}
	return map;
}

export function discoverArticle(texts: readonly string[], lexicon: Lexicon): ArticleDiscovery {
	const parts: SentenceParts[] = new Array(texts.length);
	for (let i = 0; i < texts.length; i++) parts[i] = sentenceParts(i, texts[i]!, lexicon);
	const g: Gathered = {orgs: [], people: [], places: [], countries: new Set(), named: new Map(), countedIn: new Map()};
	const countryIn = countryOfPlace(lexicon);
	for (let i = 0; i < parts.length; i++) gather(g, parts[i]!, lexicon, countryIn);
	const {orgs: orgMentions, people: personMentions, places: placeMentions, countries, named} = g;
	const home = homeCountry(named, lexicon);

	const trie = newVolatileTrie<EntityTarget>();
	// Most sentences have no role beside a mention: they share one empty map.
	const roles: Array<Map<number, MentionRole>> = new Array(parts.length).fill(NO_ROLES);
	const people: DiscoveredActor[] = [];
	const actorIds = new Set<string>();
	const surnames = new Map<string, number>();
	const clusters = clusterPeople(personMentions);
	for (const p of clusters) if (p.full.norms.length > 1) surnames.set(p.full.norms.at(-1)!, (surnames.get(p.full.norms.at(-1)!) ?? 0) + 1);
	for (const p of clusters) {
		const nameEn = transliterateName(p.full.words, lexicon.names);
		let id = idOf(nameEn);
		if (!id) continue;
		// The same English name as a lexicon actor: that actor (its spelling here was missing from the lexicon).
		const known = lexicon.actors.get(id);
		if (known && !(known as Partial<DiscoveredActor>).discovered) id = known.id;
		const target: EntityTarget = {kind: 'actor', id, guarded: false};
		const forms = new Map<string, string[]>();
		for (const m of p.mentions) forms.set(keyOf(m.norms), m.words);
		for (const n of p.nicknames) forms.set(keyOf(n.map(w => aliasTokens(w)[0] ?? w)), n);
		for (const words of forms.values()) trieInsert(trie, aliasTokens(words.join(' ')), target);
		const last = p.full.norms.at(-1)!;
		if (p.full.norms.length > 1 && surnames.get(last) === 1 && surnameAlone(p.full, lexicon)) trieInsert(trie, [last], target);
		for (const m of p.mentions) {
			const t = m.title;
			if (t?.en)
				roleIn(roles, m.sentence).set(m.from, {
					roleEn: t.en,
					roleAr: t.text,
					affiliation: t.country?.nameEn ?? null,
					title: {from: t.from, to: t.to, start: t.start, end: t.end, text: parts[m.sentence]!.text.slice(t.start, t.end)},
				});
		}
		if (known && id === known.id) continue;
		if (actorIds.has(id)) continue;
		actorIds.add(id);
		const affiliation = p.mentions.find(m => m.title?.country)?.title?.country?.nameEn ?? 'other';
		const aliases = [...forms.values()].map(w => w.join(' ')).filter(a => a !== p.full.words.join(' '));
		people.push({id, nameEn, nameAr: p.full.words.join(' '), aliases, affiliation, roles: [], discovered: true});
	}

	const organizations: DiscoveredOrg[] = [];
	const orgById = new Map<string, DiscoveredOrg>();
	// Read only for a generic name, and most articles have none: built on the first (nothing it reads changes below).
	let fullNames: Array<{norms: string[]; id: string}> | null = null;
	const namesInFull = () =>
		(fullNames ??= orgNames(
			parts,
			orgMentions.filter(o => !o.generic),
		));
	// One target per body, however many mentions insert it (a sentence lists each body once).
	const orgTargets = new Map<string, EntityTarget>();
	for (const o of [...orgMentions].sort((a, b) => b.norms.length - a.norms.length || a.sentence - b.sentence || a.from - b.from)) {
		if (!o.id) continue;
		// A generic name (وزارة الخارجية، الجيش) stands for the one body the article names in full that starts with it,
		// else for the body of that name of the article's own country (الجيش in a story on Sudan is Sudan's army).
		let id = o.generic ? standsFor(o.norms, namesInFull()) : o.id;
		let en = o.en;
		if (!id && o.generic && home) {
			en = `${o.en} (${home.nameEn})`;
			id = idOf(en);
		}
		if (!id) continue;
		const known = lexicon.organizations.get(id);
		let target = orgTargets.get(id);
		if (!target) {
			target = {kind: 'org', id, guarded: false};
			orgTargets.set(id, target);
		}
		trieInsert(trie, o.norms, target);
		// A construct name's complement is its short name once named (شبكة أطباء السودان → أطباء السودان، وزارة الخارجية السودانية → الخارجية السودانية).
		if (!o.generic && o.norms.length >= 3 && !o.norms[0]!.startsWith('ال') && o.to - o.from === o.norms.length) trieInsert(trie, o.norms.slice(1), target);
		for (const s of o.short)
			trieInsert(
				trie,
				s.flatMap(w => aliasTokens(w)),
				target,
			);
		if (o.acronym) trieInsert(trie, aliasTokens(o.acronym), {...target, spellings: [o.acronym]});
		if (known) continue;
		let org = orgById.get(id);
		if (!org) {
			org = {id, nameEn: en, nameAr: o.nameAr, aliases: [], source: 'discovered', ...(o.parent ? {parent: o.parent} : {})};
			orgById.set(id, org);
			organizations.push(org);
		} else if (o.nameAr !== org.nameAr && !org.aliases.includes(o.nameAr)) org.aliases.push(o.nameAr);
		if (o.acronym && !org.aliases.includes(o.acronym)) org.aliases.push(o.acronym);
	}

	const places = discoveredPlaces(placeMentions, lexicon, trie);

	const memory = newMemory();
	const sentences: PreparedSentence[] = new Array(parts.length);
	for (let i = 0; i < parts.length; i++) {
		const p = parts[i]!;
		sentences[i] = {tokens: p.tokens, entities: p.entities, roles: roles[i]!, memory, words: p.words, verbs: p.verbs};
	}
	if (people.length === 0 && organizations.length === 0 && trie.children.size === 0 && countries.size === 0)
		return {lexicon, sentences, people, organizations, places};
	const actors = people.length ? overlay(lexicon.actors, people) : lexicon.actors;
	const orgMap = organizations.length ? overlay<KnownEntity>(lexicon.organizations, organizations) : lexicon.organizations;
	const placeMap = places.length ? overlay<KnownPlace>(lexicon.places, places) : lexicon.places;
	return {lexicon: {...lexicon, actors, organizations: orgMap, places: placeMap, article: {trie, countries}}, sentences, people, organizations, places};
}

// Per places map: a known place's id → the country it names (itself, or the one it is in), or null.
const countryMemos = new WeakMap<Map<string, KnownPlace>, Map<string, string | null>>();

/**
 * The country a known place names, remembered per places map: every article
 * asks it of every place it names, and a small map of the places seen is read
 * faster than the gazetteer's large one (a 1k-article profile put ~20% of
 * discoverArticle's own time on that lookup).
 */
function countryOfPlace(lexicon: Lexicon): (id: string) => string | null {
	let memo = countryMemos.get(lexicon.places);
	if (!memo) {
		memo = new Map();
		countryMemos.set(lexicon.places, memo);
	}
	const places = lexicon.places;
	const known = memo;
	return id => {
		let c = known.get(id);
		if (c === undefined) {
			const place = places.get(id);
			c = place?.kind === 'country' ? place.id : place?.country ? place.country : null;
			known.set(id, c);
		}
		return c;
	};
}

/**
 * A lexicon map with an article's entries laid over it, without copying the
 * lexicon's (it may be large). One class for every article: a class made per
 * call gave each article's maps their own shape, and every lookup site in
 * extraction that reads lexicon.actors or lexicon.organizations saw a new one.
 */
class Overlay<V> extends Map<string, V> {
	constructor(
		private readonly base: Map<string, V>,
		private readonly local: Map<string, V>,
	) {
		super();
	}
	override get(id: string) {
		return this.local.get(id) ?? this.base.get(id);
	}
	override has(id: string) {
		return this.local.has(id) || this.base.has(id);
	}
	override get size() {
		return this.base.size + [...this.local.keys()].filter(k => !this.base.has(k)).length;
	}
	override *entries(): MapIterator<[string, V]> {
		for (const [k, v] of this.base) if (!this.local.has(k)) yield [k, v];
		yield* this.local.entries();
	}
	override [Symbol.iterator]() {
		return this.entries();
	}
	override *keys(): MapIterator<string> {
		for (const [k] of this.entries()) yield k;
	}
	override *values(): MapIterator<V> {
		for (const [, v] of this.entries()) yield v;
	}
	override forEach(fn: (value: V, key: string, map: Map<string, V>) => void) {
		for (const [k, v] of this.entries()) fn(v, k, this);
	}
}

function overlay<V extends {id: string}>(base: Map<string, V>, own: V[]): Map<string, V> {
	return new Overlay(base, new Map(own.map(v => [v.id, v])));
}

/** Every organisation the article names in full (the lexicon's, the gazetteer's, discovered): its words, article on the first kept. */
function orgNames(parts: SentenceParts[], found: OrgMention[]): Array<{norms: string[]; id: string}> {
	const out: Array<{norms: string[]; id: string}> = found.map(o => ({norms: o.norms, id: o.id}));
	for (const p of parts) {
		for (const e of p.entities) {
			const t = e.targets.find(x => x.kind === 'org');
			if (!t || e.targets.length > 1) continue;
			const first = p.tokens[e.from]!.norm.slice(e.prefix.replace(/(?:ال|لل)$/, '').length);
			const head = e.prefix.endsWith('لل') ? `ال${first.replace(/^ل/, '')}` : first;
			out.push({norms: [head, ...p.tokens.slice(e.from + 1, e.to).map(x => x.norm)], id: t.id});
		}
	}
	return out;
}

/**
 * The country the article is about: named at least three times and at least
 * twice as often as any other. A generic body's name (الجيش، الحرس الرئاسي)
 * with no country of its own is that country's.
 */
function homeCountry(named: Map<string, number>, lexicon: Lexicon): {id: string; nameEn: string} | null {
	// The two most named, in one pass (ties to the smaller id, whatever the order they were met in).
	let top: [string, number] | undefined;
	let second: [string, number] | undefined;
	for (const e of named) {
		if (!top || e[1] > top[1] || (e[1] === top[1] && e[0] < top[0])) {
			second = top;
			top = e;
		} else if (!second || e[1] > second[1]) second = e;
	}
	if (!top || top[1] < 3 || (second && top[1] < 2 * second[1])) return null;
	const place = lexicon.places.get(top[0]);
	return place ? {id: place.id, nameEn: place.nameEn} : null;
}

/**
 * The article's places no gazetteer lists, laid into its trie with the head
 * they were found after (حي فوة, not فوة alone: a name found after a head may
 * be a common word elsewhere, حي الزيتون and الزيتون "the olives").
 */
function discoveredPlaces(mentions: PlaceMention[], lexicon: Lexicon, trie: TrieNode<EntityTarget>): DiscoveredPlace[] {
	const out: DiscoveredPlace[] = [];
	const byId = new Map<string, DiscoveredPlace>();
	const targets = new Map<string, EntityTarget>();
	for (const m of mentions) {
		const known = lexicon.places.get(m.id);
		let target = targets.get(m.id);
		if (!target) {
			target = {kind: 'place', id: m.id, guarded: false};
			targets.set(m.id, target);
		}
		trieInsert(trie, m.path, target);
		if (known) continue;
		let place = byId.get(m.id);
		if (!place) {
			place = {id: m.id, nameEn: m.en, nameAr: m.nameAr, aliases: [], kind: 'feature', source: 'discovered', ...(m.within ? {within: m.within} : {})};
			byId.set(m.id, place);
			out.push(place);
		} else if (m.nameAr !== place.nameAr && !place.aliases.includes(m.nameAr)) place.aliases.push(m.nameAr);
	}
	return out;
}

/** The one body whose full name starts with these words, or null (none, or several). */
function standsFor(norms: readonly string[], names: Array<{norms: string[]; id: string}>): string | null {
	const ids = new Set(names.filter(n => n.norms.length > norms.length && norms.every((w, i) => n.norms[i] === w)).map(n => n.id));
	return ids.size === 1 ? [...ids][0]! : null;
}

/** May the surname stand for the person alone? Not a demonym (السوداني), a given name or a common word. */
function surnameAlone(full: PersonMention, lexicon: Lexicon): boolean {
	const last = full.norms.at(-1)!;
	const names = lexicon.names;
	const d = lexicon.discovery;
	if (last.length < 3 || !hasArabic(last) || d.notNames.has(last) || d.commonNames.has(last)) return false;
	if (names.given.has(last) && !names.surnames.has(last)) return false;
	if (lexicon.adjectives.has(last) || lexicon.adjectives.has(last.replace(/^ال/, ''))) return false;
	return true;
}
