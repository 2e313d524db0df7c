// Every lexicon file the pipeline reads, loaded once and compiled into the
// plain lookups each stage takes. Users extend data/lexicon/, or pass
// --lexicon DIR: DIR's files are added to the built-in ones (lexicon/merge.ts
// says how), and with --lexicon-only they replace them. Code holds no names.
import {join} from 'node:path';
import type {Actor, Entity} from '../dataset/schema.js';
import {packageRoot} from '../dataset/paths.js';
import {cacheKey, readCache, writeCache} from '../lexicon/cache.js';
import {defaultGazetteerDir} from '../lexicon/gazetteer.js';
import {loadLexicon, type Lexicon} from '../lexicon/load.js';
import {validateEventLexicon} from '../lexicon/events.js';
import {readLexiconJson, type LexiconSource} from '../lexicon/merge.js';
import {roleOn} from '../lexicon/roles.js';
import {loadCalendar, type CalendarJson} from './calendar.js';
import {loadBoilerplate, type BoilerplateJson} from './clean.js';
import type {EventLexicon, EventWorld} from './events/types.js';
import {buildOutletTable, type OutletsJson} from './input/outlet-by-domain.js';
import type {Lexicons} from './pipeline.js';

/** data/lexicon/world.json: how bodies, seats and cities relate (for events). */
export type WorldJson = {
	organizations: Record<string, {body?: boolean; parent?: string; seat?: string}>;
	/** City id → country id. */
	cities: Record<string, string>;
	/** Actor affiliation (schema Affiliation) → place id of that country. */
	affiliations: Record<string, string>;
	/** Country id → capital city id. */
	capitals: Record<string, string>;
};

export function defaultLexiconDir(): string {
	return join(packageRoot() ?? process.cwd(), 'data', 'lexicon');
}

/**
 * Which lexicon to read: nothing (the built-in data/lexicon/), a folder added
 * to the built-in one (--lexicon DIR), or a folder alone (--lexicon-only).
 */
export type LexiconChoice = string | {dir: string; only: true};

export function lexiconSource(choice?: LexiconChoice): LexiconSource {
	const builtIn = defaultLexiconDir();
	if (choice === undefined) return {builtIn};
	if (typeof choice === 'string') return {builtIn, user: choice};
	return {builtIn, user: choice.dir, only: true};
}

export function buildWorld(lex: Lexicon, world: WorldJson): EventWorld {
	const org = (id: string) => world.organizations[id] ?? {};
	const parents = new Set(
		Object.values(world.organizations)
			.map(o => o.parent)
			.filter((p): p is string => Boolean(p)),
	);
	const capitalOf = new Map(Object.entries(world.capitals).map(([country, city]) => [city, country]));
	const country = (place: string): string | null => {
		const p = lex.places.get(place);
		if (p?.kind === 'country') return place;
		return world.cities[place] ?? null;
	};
	return {
		placeKind: id => lex.places.get(id)?.kind ?? null,
		placeName: id => lex.places.get(id)?.nameEn ?? id,
		placeNameAr: id => lex.places.get(id)?.nameAr ?? id,
		countryOf: country,
		isBody: id => org(id).body === true,
		parentOf: id => org(id).parent ?? null,
		isGeneric: id => parents.has(id),
		orgName: id => lex.organizations.get(id)?.nameEn ?? id,
		orgNameAr: id => lex.organizations.get(id)?.nameAr ?? id,
		seatOf: id => org(id).seat ?? null,
		actorName: id => lex.actors.get(id)?.nameEn ?? id,
		actorNameAr: id => lex.actors.get(id)?.nameAr ?? id,
		actorSeat: (id, date) => {
			const actor = lex.actors.get(id);
			if (!actor) return null;
			const role = roleOn(actor.roles, date);
			const seat = role?.org ? org(role.org).seat : undefined;
			if (seat) return seat;
			const home = world.affiliations[actor.affiliation];
			return home ? (world.capitals[home] ?? null) : null;
		},
		actorCountry: id => {
			const actor = lex.actors.get(id);
			return actor ? (world.affiliations[actor.affiliation] ?? null) : null;
		},
		stateNames: () =>
			lex.files.places
				.filter(p => p.kind === 'country' || capitalOf.has(p.id))
				.map(p => ({id: p.id, names: [p.nameAr, ...p.aliases.filter(a => !p.guardedAliases?.includes(a))]})),
		capitalOf: id => capitalOf.get(id) ?? null,
	};
}

/** Everything loadLexicons gives but the world's closures, which are made from it (buildWorld): what the compiled cache holds. */
export type LexiconData = Omit<Lexicons, 'world'> & {worldJson: WorldJson};

/** Read, validate and compile the lexicon files (and the gazetteer) of `source`. */
export function compileLexicons(source: LexiconSource): LexiconData {
	const file = <T>(name: string, fallback?: T) => readLexiconJson<T>(source, name, fallback);
	// No outlets.json anywhere: no table, and outlets stay as the pages give them. Read once: its agencies are cited sources too.
	const outlets = file<OutletsJson>('outlets.json', {outlets: []});
	const entities = loadLexicon(source, {outlets: outlets.outlets});
	return {
		entities,
		calendar: loadCalendar(file<CalendarJson>('calendar.json')),
		boilerplate: loadBoilerplate(file<BoilerplateJson>('boilerplate.json')),
		events: validateEventLexicon(file<unknown>('events.json'), 'events.json') as EventLexicon,
		worldJson: file<WorldJson>('world.json'),
		outlets: buildOutletTable(outlets),
	};
}

function withWorld({worldJson, ...data}: LexiconData): Lexicons {
	return {...data, world: buildWorld(data.entities, worldJson)};
}

// The bundle's code key (scripts/build.mjs: the hash of the inputs it was built
// from), undefined when running from source: only the bundle built together
// with dist/lexicon.cache may read it.
declare const __CE_CODE_KEY__: string | undefined;
const bundledCodeKey = typeof __CE_CODE_KEY__ === 'undefined' ? undefined : __CE_CODE_KEY__;

/** Where the build writes the compiled built-in lexicon. */
export function builtInCachePath(root: string | null = packageRoot()): string | null {
	return root === null ? null : join(root, 'dist', 'lexicon.cache');
}

/** The data folders a compile of the built-in lexicon reads: their files key the cache. */
export function builtInDataDirs(): string[] {
	return [defaultLexiconDir(), defaultGazetteerDir()];
}

/**
 * The built-in lexicon compiled into `path` under `codeKey` (scripts/build.mjs).
 * A compile that fails (a lexicon file edited into an invalid state) writes
 * nothing: ingest then reports the error itself.
 */
export function writeLexiconCache(path: string, codeKey: string, dirs: readonly string[] = builtInDataDirs()): void {
	const data = compileLexicons(lexiconSource());
	writeCache(path, cacheKey(codeKey, dirs), data);
}

/**
 * The compiled built-in lexicon from `path`, or null when it is missing,
 * damaged or not of this code and these files. A data folder that cannot be
 * read is null too: the compile then reports it as it always did.
 */
export function readLexiconCache(path: string, codeKey: string, dirs: readonly string[] = builtInDataDirs()): LexiconData | null {
	try {
		return readCache<LexiconData>(path, cacheKey(codeKey, dirs));
	} catch {
		return null;
	}
}

/**
 * The lexicons an ingest (and each parse worker) runs with. The built-in
 * lexicon comes from the build's compiled cache when it is current (see
 * lexicon/cache.ts); a user's folder (--lexicon, --lexicon-only) is compiled
 * as always. `codeKey`: the build whose cache may be read, the bundle's own by
 * default (from source there is none; the bench's ingest task passes the key
 * of the build it has just made, dist/.inputs, to time what the CLI does).
 */
export function loadLexicons(choice?: LexiconChoice, codeKey: string | undefined = bundledCodeKey): Lexicons {
	if (choice === undefined && codeKey !== undefined) {
		const path = builtInCachePath();
		const cached = path === null ? null : readLexiconCache(path, codeKey);
		if (cached) return withWorld(cached);
	}
	return withWorld(compileLexicons(lexiconSource(choice)));
}

/** The facet record of an actor, from the lexicon (counts are added by facets.ts). */
export function actorInfo(lex: Lexicon, id: string): Omit<Actor, 'mentions' | 'articles'> | undefined {
	const a = lex.actors.get(id);
	if (!a) return undefined;
	return {id: a.id, nameEn: a.nameEn, nameAr: a.nameAr, aliases: a.aliases, roles: a.roles, affiliation: a.affiliation, source: 'lexicon'};
}

export function entityInfo(
	map: Map<string, {id: string; nameEn: string; nameAr: string; aliases: string[]; source?: Entity['source']}>,
	id: string,
): Omit<Entity, 'mentions' | 'articles'> | undefined {
	const e = map.get(id);
	return e ? {id: e.id, nameEn: e.nameEn, nameAr: e.nameAr, aliases: e.aliases, source: e.source ?? 'lexicon'} : undefined;
}
