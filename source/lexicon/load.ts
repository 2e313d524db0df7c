// Loading and compiling the lexicon. loadLexicon is the only I/O; compileLexicon
// is pure and turns the plain files into normalised alias tries the extractors
// share, so matching never re-normalises lexicon entries per sentence.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {mergeOutletAgencies, type OutletAgency} from './outlet-agencies.js';
import type * as z from 'zod';
import {DataError} from '../errors.js';
import {byId} from '../util/by-id.js';
import {jsonPath} from '../util/json-path.js';
import {hasArabic, lightNormalise, normalise} from '../arabic/normalise.js';
import {aliasTokens, newTrie, trieInsert, type TrieNode} from '../arabic/gazetteer.js';
import {
	LEXICON_FILES,
	LexiconFiles,
	OPTIONAL_LEXICON_FILES,
	type LexActor,
	type LexEntity,
	type LexPlace,
	type LexRole,
	type LexVerb,
	type LexSources,
} from './schema.js';
import {isAcronym, loadGazetteer, worldEntries, type CountryRef, type GazetteerFiles, type WorldPlace} from './gazetteer.js';
import {loadNameTables, type NameLexicon} from './names.js';
import {compileDiscovery, type DiscoveryLexicon} from './discovery.js';
import {readLexiconJson, type LexiconSource} from './merge.js';

export type EntityKind = 'actor' | 'org' | 'place' | 'agency';
/**
 * What an entity alias points to; `guarded` marks aliases that are also common
 * words; `spellings`, on short one-word aliases, the forms the text must show
 * with its hamza as written (see lightNormalise).
 */
export type EntityTarget = {
	kind: EntityKind;
	id: string;
	guarded: boolean;
	spellings?: string[];
	/**
	 * A one-word gazetteer name as written (harakat out): the text must not
	 * show another hamza or ه for ة (إطار is not the town أطار, عنه "about
	 * him" not عنة); a bare alef and ى/ي are accepted.
	 */
	exact?: string;
};

/** Where an entity came from: the crisis lexicon, the world gazetteer, or discovery in the text. */
export type EntitySource = 'lexicon' | 'gazetteer' | 'discovered';
/** A place or organisation as the extractors see it; `source` absent: the lexicon. */
export type KnownPlace = WorldPlace & {source?: EntitySource};
export type KnownEntity = LexEntity & {source?: EntitySource};

/** One-word aliases this short collide with ordinary words once hamza is folded. */
const SHORT_ALIAS = 5;
export type RoleTarget = {actorId: string; role: LexRole};
export type AnonHead = LexSources['heads'][number];
export type AnonQualifier = LexSources['qualifiers'][number];

export type Lexicon = {
	/** The lexicon's own files (the world gazetteer is not in them). */
	files: LexiconFiles;
	actors: Map<string, LexActor>;
	/** The lexicon's organisations, then the gazetteer's that it does not already list. */
	organizations: Map<string, KnownEntity>;
	/** The lexicon's places, then the gazetteer's (countries, cities, regions, seas, rivers, features). */
	places: Map<string, KnownPlace>;
	agencies: Map<string, LexEntity>;
	/** Names of actors, organisations, places and agencies: one trie so longest match decides between them. */
	entityTrie: TrieNode<EntityTarget>;
	/** Role phrases of every actor; a phrase may point to several holders. */
	roleTrie: TrieNode<RoleTarget>;
	/** Normalised role phrase (tokens joined by one space) → holders. */
	rolesByPhrase: Map<string, RoleTarget[]>;
	anonHeads: Map<string, AnonHead>;
	qualifierTrie: TrieNode<AnonQualifier>;
	modifiers: Set<string>;
	citationCues: Set<string>;
	interviewCues: Set<string>;
	verbTrie: TrieNode<LexVerb>;
	/** Normalised demonym (مصري، سودانية…) → its country: not a place, but a title's country. */
	adjectives: Map<string, CountryRef>;
	/** A capital's place id → its country (see WorldEntries.capitals). */
	capitals: Map<string, CountryRef>;
	/** Normalised forms that are a country's name and also its demonym (سورية، سعودية). */
	ambiguousForms: Set<string>;
	/** Given names, surnames and particles with their English spellings (data/gazetteer). */
	names: NameLexicon;
	/** Titles, organisation heads and the rest of what finds unlisted names. */
	discovery: DiscoveryLexicon;
	/** What one article adds (discover/article.ts): its people and organisations, the countries it names. */
	article?: ArticleLayer;
};

/** An article's own names, laid over the lexicon while its sentences are extracted. */
export type ArticleLayer = {
	/** Names of the article's discovered people and organisations (matched with the entity trie, longest wins). */
	trie: TrieNode<EntityTarget>;
	/** Country place ids the article names (or whose demonyms it uses), to choose between places of one name. */
	countries: Set<string>;
};

export type CompileOptions = {
	/** The world gazetteer (default: data/gazetteer/, read once per process); null leaves it out. */
	gazetteer?: GazetteerFiles | null;
	names?: NameLexicon;
};

/**
 * Spelling variants generated for every alias, because the press writes them
 * both ways and normalise() cannot fold them: أمريكي / أميركي.
 */
function variants(alias: string): string[] {
	const n = normalise(alias);
	const out = new Set([n]);
	if (n.includes('امريك')) out.add(n.replaceAll('امريك', 'اميرك'));
	if (n.includes('اميرك')) out.add(n.replaceAll('اميرك', 'امريك'));
	return [...out];
}

function insertAll<T>(trie: TrieNode<T>, alias: string, target: T): void {
	for (const v of variants(alias)) trieInsert(trie, aliasTokens(v), target);
}

/** Build the alias indexes. Pure but for reading the gazetteer once per process: same files, same lexicon. */
export function compileLexicon(files: LexiconFiles, opts: CompileOptions = {}): Lexicon {
	const gazetteer = opts.gazetteer === undefined ? loadGazetteer() : opts.gazetteer;
	const world = gazetteer ? worldEntries(gazetteer, files.places, files.organizations) : null;
	const entityTrie = newTrie<EntityTarget>();
	const roleTrie = newTrie<RoleTarget>();
	const rolesByPhrase = new Map<string, RoleTarget[]>();

	for (const a of files.actors) {
		const target: EntityTarget = {kind: 'actor', id: a.id, guarded: false};
		for (const alias of new Set([a.nameAr, a.nameEn, ...a.aliases])) {
			const short = !/\s/.test(alias.trim()) && normalise(alias).length <= SHORT_ALIAS && hasArabic(alias);
			insertAll(entityTrie, alias, short ? {...target, spellings: [lightNormalise(alias)]} : target);
		}
		for (const role of a.roles) {
			const target = {actorId: a.id, role};
			for (const phrase of role.titleAr) {
				insertAll(roleTrie, phrase, target);
				for (const v of variants(phrase)) {
					const key = aliasTokens(v).join(' ');
					const list = rolesByPhrase.get(key) ?? [];
					if (!list.includes(target)) list.push(target);
					rolesByPhrase.set(key, list);
				}
			}
		}
	}
	const addEntities = (kind: EntityKind, items: Array<LexEntity | LexPlace>) => {
		for (const e of items) {
			const guarded = new Set(('guardedAliases' in e ? e.guardedAliases : undefined)?.map(normalise) ?? []);
			const plain: EntityTarget = {kind, id: e.id, guarded: false};
			const guard: EntityTarget = {kind, id: e.id, guarded: true};
			for (const alias of new Set([e.nameAr, e.nameEn, ...e.aliases, ...guarded])) insertAll(entityTrie, alias, guarded.has(normalise(alias)) ? guard : plain);
			const extra = world?.extraAliases.get(e.id);
			if (extra) addWorldAliases(kind, e.id, extra.plain, extra.guarded);
		}
	};
	// Gazetteer names: Arabic ones as usual; Latin ones only if acronyms, matched as written (UN, not French "un").
	const addWorldAliases = (kind: EntityKind, id: string, plain: string[], guarded: string[]) => {
		const plainTarget: EntityTarget = {kind, id, guarded: false};
		const guardTarget: EntityTarget = {kind, id, guarded: true};
		const guards = new Set(guarded.map(normalise));
		const asWritten = (alias: string, target: EntityTarget): EntityTarget =>
			/\s/.test(alias.trim()) ? target : {...target, exact: alias.trim().replace(/[\u064B-\u0652\u0670\u0640]/g, '')};
		for (const alias of plain) {
			if (guards.has(normalise(alias))) continue;
			if (hasArabic(alias)) insertAll(entityTrie, alias, asWritten(alias, plainTarget));
			else if (isAcronym(alias)) trieInsert(entityTrie, aliasTokens(alias), {...plainTarget, spellings: [alias]});
		}
		for (const alias of guarded) if (hasArabic(alias)) insertAll(entityTrie, alias, asWritten(alias, guardTarget));
	};
	addEntities('org', files.organizations);
	addEntities('place', files.places);
	addEntities('agency', files.agencies);
	for (const p of world?.places ?? []) {
		const guarded = new Set(p.guardedAliases ?? []);
		addWorldAliases('place', p.id, [p.nameAr, ...p.aliases], [...guarded]);
	}
	for (const o of world?.organizations ?? []) addWorldAliases('org', o.id, [o.nameAr, ...o.aliases], []);

	const anonHeads = new Map<string, AnonHead>();
	for (const h of files.sources.heads) for (const f of h.ar) anonHeads.set(normalise(f), h);
	const qualifierTrie = newTrie<AnonQualifier>();
	for (const q of files.sources.qualifiers) for (const p of q.ar) insertAll(qualifierTrie, p, q);
	const verbTrie = newTrie<LexVerb>();
	for (const v of files.verbs) for (const f of v.forms) insertAll(verbTrie, f, v);
	const normSet = (xs: string[]) => new Set(xs.map(normalise));

	const organizations = new Map<string, KnownEntity>(byId(files.organizations));
	for (const o of world?.organizations ?? []) organizations.set(o.id, {...o, source: 'gazetteer'});
	const places = new Map<string, KnownPlace>(byId(files.places));
	for (const p of world?.places ?? []) places.set(p.id, {...p, source: 'gazetteer'});

	return {
		files,
		actors: byId(files.actors),
		organizations,
		places,
		agencies: byId(files.agencies),
		entityTrie,
		roleTrie,
		rolesByPhrase,
		anonHeads,
		qualifierTrie,
		modifiers: normSet(files.sources.modifiers),
		citationCues: normSet(files.sources.citationCues),
		interviewCues: normSet(files.sources.interviewCues),
		verbTrie,
		adjectives: world?.adjectives ?? new Map(),
		capitals: world?.capitals ?? new Map(),
		ambiguousForms: world?.ambiguousForms ?? new Set(),
		names: opts.names ?? loadNameTables(),
		discovery: compileDiscovery(files.titles, files.organizationHeads),
	};
}

/** Validate one file's content against its schema, failing with file and JSON path in one line. */
export function validateLexiconFile<K extends keyof LexiconFiles>(key: K, value: unknown, file: string = LEXICON_FILES[key]): LexiconFiles[K] {
	const schema = LexiconFiles.shape[key] as unknown as z.ZodType<LexiconFiles[K]>;
	const result = schema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new DataError(`${file} at ${jsonPath(issue.path)}: ${issue.message}`);
	}
	if (Array.isArray(result.data)) {
		const seen = new Map<string, number>();
		(result.data as Array<{id?: string}>).forEach((item, i) => {
			if (item.id === undefined) return;
			if (seen.has(item.id)) throw new DataError(`${file} at ${jsonPath([i, 'id'])}: duplicate id "${item.id}" (first at ${jsonPath([seen.get(item.id)!])})`);
			seen.set(item.id, i);
		});
	}
	return result.data;
}

/**
 * Read a data/lexicon-style folder (or the built-in folder with a user's added,
 * see merge.ts), validate every file and compile it. Files that came later
 * (titles.json, organization-heads.json) may be missing from a folder.
 */
/** `outlets`: outlets.json's entries when the caller has read them already (ingest reads the file once for both uses). */
export function loadLexicon(dir: string | LexiconSource, opts: CompileOptions & {outlets?: OutletAgency[]} = {}): Lexicon {
	const source: LexiconSource = typeof dir === 'string' ? {builtIn: dir} : dir;
	const files = {} as Record<keyof LexiconFiles, unknown>;
	for (const key of Object.keys(LEXICON_FILES) as Array<keyof LexiconFiles>) {
		const name = LEXICON_FILES[key];
		const shown =
			source.user && existsSync(join(source.user, name)) ? join(source.user, name) : join(source.only && source.user ? source.user : source.builtIn, name);
		files[key] = validateLexiconFile(key, readLexiconJson(source, name, OPTIONAL_LEXICON_FILES[key]), shown);
	}
	// The wire agencies outlets.json lists are agencies a text may cite (outlets.json read like the others: a user's entries merge in).
	const outlets = opts.outlets ?? readLexiconJson<{outlets: OutletAgency[]}>(source, 'outlets.json', {outlets: []}).outlets;
	if (outlets.length) files.agencies = mergeOutletAgencies(files.agencies as LexEntity[], outlets);
	return compileLexicon(files as LexiconFiles, opts);
}
