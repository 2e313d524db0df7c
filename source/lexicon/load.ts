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
import {readJson} from '../util/read-json.js';
import {hasArabic, lightNormalise, normalise} from '../arabic/normalise.js';
import {aliasTokens, newTrie, trieInsert, type TrieNode} from '../arabic/gazetteer.js';
import {LEXICON_FILES, LexiconFiles, type LexActor, type LexEntity, type LexPlace, type LexRole, type LexVerb, type LexSources} from './schema.js';

export type EntityKind = 'actor' | 'org' | 'place' | 'agency';
/**
 * What an entity alias points to; `guarded` marks aliases that are also common
 * words; `spellings`, on short one-word aliases, the forms the text must show
 * with its hamza as written (see lightNormalise).
 */
export type EntityTarget = {kind: EntityKind; id: string; guarded: boolean; spellings?: string[]};

/** One-word aliases this short collide with ordinary words once hamza is folded. */
const SHORT_ALIAS = 5;
export type RoleTarget = {actorId: string; role: LexRole};
export type AnonHead = LexSources['heads'][number];
export type AnonQualifier = LexSources['qualifiers'][number];

export type Lexicon = {
	files: LexiconFiles;
	actors: Map<string, LexActor>;
	organizations: Map<string, LexEntity>;
	places: Map<string, LexPlace>;
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

/** Build the alias indexes. Pure: same files, same lexicon. */
export function compileLexicon(files: LexiconFiles): Lexicon {
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
		}
	};
	addEntities('org', files.organizations);
	addEntities('place', files.places);
	addEntities('agency', files.agencies);

	const anonHeads = new Map<string, AnonHead>();
	for (const h of files.sources.heads) for (const f of h.ar) anonHeads.set(normalise(f), h);
	const qualifierTrie = newTrie<AnonQualifier>();
	for (const q of files.sources.qualifiers) for (const p of q.ar) insertAll(qualifierTrie, p, q);
	const verbTrie = newTrie<LexVerb>();
	for (const v of files.verbs) for (const f of v.forms) insertAll(verbTrie, f, v);
	const normSet = (xs: string[]) => new Set(xs.map(normalise));

	return {
		files,
		actors: byId(files.actors),
		organizations: byId(files.organizations),
		places: byId(files.places),
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

/** Read data/lexicon-style folder, validate every file and compile it. */
export function loadLexicon(dir: string): Lexicon {
	const files = {} as Record<keyof LexiconFiles, unknown>;
	for (const key of Object.keys(LEXICON_FILES) as Array<keyof LexiconFiles>) {
		const file = join(dir, LEXICON_FILES[key]);
		files[key] = validateLexiconFile(key, readJson(file, 'lexicon file'), file);
	}
	// The wire agencies outlets.json lists are agencies a text may cite.
	if (existsSync(join(dir, 'outlets.json')))
		files.agencies = mergeOutletAgencies(
			files.agencies as LexEntity[],
			(readJson(join(dir, 'outlets.json'), 'lexicon file') as {outlets: OutletAgency[]}).outlets,
		);
	return compileLexicon(files as LexiconFiles);
}
