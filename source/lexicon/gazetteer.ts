// The world gazetteer (data/gazetteer/): countries, places and international
// organisations anywhere, read once per process and turned into lexicon-shaped
// entries that compileLexicon matches like the crisis lexicon's own. The crisis
// lexicon wins every clash: an entry that names the same place (or body) as a
// lexicon entry, by id or by a normalised Arabic name of a compatible kind,
// becomes extra spellings of the lexicon's entry and keeps its id (moscow,
// russia, nato), so the seeds' ids never change and nothing is listed twice.
//
// Countries' demonyms (مصري، سودانية) are not places: they are kept apart as
// adjectives, which tell a title's country (وزير الخارجية المصري: Egypt).
import {join} from 'node:path';
import {packageRoot} from '../dataset/paths.js';
import {hasArabic, normalise} from '../arabic/normalise.js';
import {readJson} from '../util/read-json.js';
import type {LexEntity, LexPlace} from './schema.js';

type GazCountry = {
	id: string;
	nameEn: string;
	nameAr: string;
	aliases: string[];
	adjectives: string[];
	ambiguousForms?: string[];
	capital: {id: string} | null;
};
type GazPlace = {
	id: string;
	nameEn: string;
	nameAr: string;
	aliases: string[];
	kind: string;
	country: string | null;
	ambiguous?: boolean;
	guardedAliases?: string[];
};
type GazOrg = {id: string; nameEn: string; nameAr: string; aliases: string[]; kind: string; parent?: string};

export type GazetteerFiles = {countries: GazCountry[]; places: GazPlace[]; organizations: GazOrg[]};

/** A country as the extractors need it: its place id (after the merge) and English name. */
export type CountryRef = {id: string; nameEn: string};

/** A gazetteer place after the merge, as a lexicon place plus what only the gazetteer knows. */
export type WorldPlace = LexPlace & {ambiguous?: boolean};

export type WorldEntries = {
	/** Places that are new to the lexicon (gazetteer ids, countries by English name). */
	places: WorldPlace[];
	organizations: LexEntity[];
	/** Extra Arabic spellings for lexicon entries the gazetteer also lists: id → aliases (guarded ones apart). */
	extraAliases: Map<string, {plain: string[]; guarded: string[]}>;
	/** Normalised demonym (مصري، مصرية، مصريون…; without the article) → its country. */
	adjectives: Map<string, CountryRef>;
	/** Normalised forms that are both a country's name and its demonym (سورية، السعودية): a place only where an adjective cannot stand. */
	ambiguousForms: Set<string>;
	/** Which ids came from the gazetteer (for Entity.source). */
	gazetteerIds: Set<string>;
	/** A capital's place id → its country: a capital that speaks is its country's government (قالت موسكو). */
	capitals: Map<string, CountryRef>;
};

export function defaultGazetteerDir(): string {
	return join(packageRoot() ?? process.cwd(), 'data', 'gazetteer');
}

const cache = new Map<string, GazetteerFiles>();

/** data/gazetteer's three entity files, read once per process and directory. */
export function loadGazetteer(dir: string = defaultGazetteerDir()): GazetteerFiles {
	let files = cache.get(dir);
	if (!files) {
		const read = <T>(name: string) => readJson<T>(join(dir, name), 'gazetteer file');
		files = {countries: read('countries.json'), places: read('places.json'), organizations: read('organizations.json')};
		cache.set(dir, files);
	}
	return files;
}

export const kebab = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** Matching key of an Arabic name: normalised, the article on the first word seen through. */
function nameKey(name: string): string {
	const key = normalise(name.trim()).replace(/\s+/g, ' ');
	// Only a written article: ألمانيا folds to المانيا, which has none.
	return /^ال\S{2}/.test(name.trim()) ? key.slice(2) : key;
}

/** Kinds that may be one place: a lexicon region may be a gazetteer region or feature (Crimea, the Black Sea). */
function compatible(lexKind: string, gazKind: string): boolean {
	if (lexKind === gazKind) return true;
	if (lexKind === 'region') return gazKind === 'region' || gazKind === 'feature' || gazKind === 'sea';
	return false;
}

/** Latin acronyms (UN, AU, UNSMIL) are matched as written; other Latin names are not matched in Arabic text. */
export const isAcronym = (alias: string) => /^[A-Z][A-Z0-9&-]{1,9}$/.test(alias);

type Named = {id: string; nameAr: string; aliases: string[]; kind?: string};

/**
 * Merge the gazetteer into the lexicon's places and organisations. Pure:
 * same inputs, same entries, in the gazetteer's (sorted) order.
 */
export function worldEntries(gaz: GazetteerFiles, lexPlaces: readonly LexPlace[], lexOrgs: readonly LexEntity[]): WorldEntries {
	const extraAliases = new Map<string, {plain: string[]; guarded: string[]}>();
	const gazetteerIds = new Set<string>();
	const taken = new Set<string>([...lexPlaces.map(p => p.id), ...lexOrgs.map(o => o.id)]);

	// Lexicon names by key, for merging; a key two lexicon entries share is not used.
	const index = (items: readonly Named[]) => {
		const byKey = new Map<string, Named | null>();
		for (const e of items) {
			for (const n of [e.nameAr, ...e.aliases].filter(hasArabic)) {
				const k = nameKey(n);
				const had = byKey.get(k);
				byKey.set(k, had === undefined || had?.id === e.id ? e : null);
			}
		}
		return byKey;
	};
	const placeKeys = index(lexPlaces);
	const orgKeys = index(lexOrgs);
	const lexPlaceById = new Map(lexPlaces.map(p => [p.id, p]));
	const lexOrgById = new Map(lexOrgs.map(o => [o.id, o]));
	const known = (e: Named) => new Set([e.nameAr, ...e.aliases].filter(hasArabic).map(nameKey));

	/** The lexicon entry this gazetteer entry is, or null. */
	const partner = (names: string[], kind: string, byId: Named | undefined, keys: Map<string, Named | null>, kindOf: (e: Named) => string | undefined) => {
		if (byId && (kindOf(byId) === undefined || compatible(kindOf(byId)!, kind))) return byId;
		for (const n of names) {
			const e = keys.get(nameKey(n));
			if (e && (kindOf(e) === undefined || compatible(kindOf(e)!, kind))) return e;
		}
		return null;
	};
	const addExtra = (target: Named, names: string[], guarded: Set<string>) => {
		const have = known(target);
		const entry = extraAliases.get(target.id) ?? {plain: [], guarded: []};
		for (const n of names) {
			if (!hasArabic(n) && !isAcronym(n)) continue;
			const k = hasArabic(n) ? nameKey(n) : n;
			if (have.has(k)) continue;
			have.add(k);
			(guarded.has(nameKey(n)) ? entry.guarded : entry.plain).push(n);
		}
		if (entry.plain.length || entry.guarded.length) extraAliases.set(target.id, entry);
	};
	// Names a lexicon entry already holds are its own; a gazetteer entry that is not merged drops them.
	const free = (names: string[], keys: Map<string, Named | null>) => names.filter(n => !hasArabic(n) || !keys.has(nameKey(n)));

	const places: WorldPlace[] = [];
	const gazPlaceIds = new Set(gaz.places.map(p => p.id));
	const countryId = new Map<string, string>();
	const countryRefs = new Map<string, CountryRef>();
	// Countries first: their place ids are needed for the places' `country`.
	for (const c of gaz.countries) {
		const names = [c.nameAr, ...c.aliases];
		const lex = partner(names, 'country', undefined, placeKeys, e => (e as LexPlace).kind);
		let id: string;
		if (lex) {
			id = lex.id;
			addExtra(lex, names, new Set());
		} else {
			id = kebab(c.nameEn);
			if (taken.has(id) || gazPlaceIds.has(id)) id = `${id}-${c.id.toLowerCase()}`;
			const own = free(names, placeKeys);
			if (own.length === 0) continue;
			taken.add(id);
			gazetteerIds.add(id);
			places.push({id, nameEn: c.nameEn, nameAr: own[0]!, aliases: own.slice(1), kind: 'country'});
		}
		countryId.set(c.id, id);
		countryRefs.set(c.id, {id, nameEn: lexPlaceById.get(id)?.nameEn ?? c.nameEn});
	}
	// The id each gazetteer place ends up under (a lexicon place it merges with keeps its own).
	const finalId = new Map<string, string>();
	for (const p of gaz.places) {
		const names = [p.nameAr, ...p.aliases];
		const guarded = new Set((p.guardedAliases ?? []).map(nameKey));
		const lex = partner(names, p.kind, lexPlaceById.get(p.id), placeKeys, e => (e as LexPlace).kind);
		if (lex) {
			addExtra(lex, [...names, ...(p.guardedAliases ?? [])], guarded);
			finalId.set(p.id, lex.id);
			continue;
		}
		finalId.set(p.id, p.id);
		const own = free(names, placeKeys);
		if (own.length === 0 || taken.has(p.id)) continue;
		taken.add(p.id);
		gazetteerIds.add(p.id);
		const guards = (p.guardedAliases ?? []).filter(g => !placeKeys.has(nameKey(g)));
		places.push({
			id: p.id,
			nameEn: p.nameEn,
			nameAr: own[0]!,
			aliases: own.slice(1),
			kind: p.kind as LexPlace['kind'],
			...(p.country && countryId.has(p.country) ? {country: countryId.get(p.country)!} : {}),
			...(guards.length ? {guardedAliases: guards} : {}),
			...(p.ambiguous ? {ambiguous: true} : {}),
		});
	}

	const organizations: LexEntity[] = [];
	for (const o of gaz.organizations) {
		const names = [o.nameAr, ...o.aliases];
		const lex = partner(names, 'org', lexOrgById.get(o.id), orgKeys, () => undefined);
		if (lex) {
			addExtra(lex, names, new Set());
			continue;
		}
		const own = free(names, orgKeys).filter(n => hasArabic(n) || isAcronym(n));
		const arabic = own.filter(hasArabic);
		if (arabic.length === 0 || taken.has(o.id)) continue;
		taken.add(o.id);
		gazetteerIds.add(o.id);
		organizations.push({id: o.id, nameEn: o.nameEn, nameAr: arabic[0]!, aliases: own.filter(n => n !== arabic[0])});
	}

	const adjectives = new Map<string, CountryRef>();
	const ambiguousForms = new Set<string>();
	for (const c of gaz.countries) {
		const ref = countryRefs.get(c.id);
		if (!ref) continue;
		for (const a of c.adjectives) if (!/\s/.test(a.trim())) adjectives.set(normalise(a), ref);
		for (const f of c.ambiguousForms ?? []) ambiguousForms.add(normalise(f));
	}
	const capitals = new Map<string, CountryRef>();
	for (const c of gaz.countries) {
		const ref = countryRefs.get(c.id);
		const at = c.capital ? (finalId.get(c.capital.id) ?? (lexPlaceById.has(c.capital.id) ? c.capital.id : undefined)) : undefined;
		if (ref && at) capitals.set(at, ref);
	}
	return {places, organizations, extraAliases, adjectives, ambiguousForms, gazetteerIds, capitals};
}
