// ISO 3166 (i18n-iso-countries: codes, English and Arabic names) merged with
// countries-extra.json (the forms the Arabic press uses, demonyms, capitals,
// memberships) → the entries of data/gazetteer/countries.json.
import {createRequire} from 'node:module';
import {ARABIC_LETTER, formKey} from './fold.mjs';
import {SourceError} from './lines.mjs';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
iso.registerLocale(require('i18n-iso-countries/langs/ar.json'));

export const CONTINENTS = ['africa', 'asia', 'europe', 'north-america', 'south-america', 'oceania', 'antarctica'];

/** Every alpha-2 code the package knows (ISO 3166-1 plus the user-assigned XK, Kosovo). */
export function isoCodes() {
	return new Set(Object.keys(iso.getAlpha2Codes()));
}

/**
 * The forms of a demonym from its masculine singular nisba (مصري): feminine
 * مصرية, sound plurals مصريون / مصريين / مصريات, plus `forms` as written:
 * the broken plurals the press uses (روس، أتراك، مغاربة) and multiword
 * demonyms (كوري شمالي). `sound: false` drops the masculine sound plural
 * where it is not used (روسيون).
 */
export function adjectiveForms(c, where) {
	const out = [];
	for (const base of c.adjectives ?? []) {
		if (!base.endsWith('ي')) throw new SourceError(`${where}: adjective ${base} should be a masculine nisba ending in ي`);
		out.push(base, base + 'ة', base + 'ات');
		if (c.sound !== false) out.push(base + 'ون', base + 'ين');
	}
	out.push(...(c.forms ?? []));
	return [...new Set(out)];
}

function capitalOf(id, places, code, where) {
	const p = places.get(id);
	if (!p) throw new SourceError(`${where}: capital ${id} is not in places/`);
	if (p.country !== code && !(p.country === null && p.disputed)) throw new SourceError(`${where}: capital ${id} is in ${p.country}, not ${code}`);
	return {id: p.id, nameEn: p.nameEn, nameAr: p.nameAr, aliases: p.aliases};
}

const WHERE = 'scripts/gazetteer/countries-extra.json';

export function buildCountries(extra, places) {
	const codes = isoCodes();
	const where = WHERE;
	const continentOf = new Map();
	for (const [continent, list] of Object.entries(extra.continents)) {
		if (!CONTINENTS.includes(continent)) throw new SourceError(`${where}: unknown continent ${continent}`);
		for (const code of list) {
			if (!codes.has(code)) throw new SourceError(`${where}: continents.${continent}: unknown code ${code}`);
			if (continentOf.has(code)) throw new SourceError(`${where}: ${code} is in ${continentOf.get(code)} and ${continent}`);
			continentOf.set(code, continent);
		}
	}
	const groupsOf = new Map();
	for (const [group, {members}] of Object.entries(extra.groups)) {
		for (const code of members) {
			if (!codes.has(code)) throw new SourceError(`${where}: groups.${group}: unknown code ${code}`);
			groupsOf.set(code, [...(groupsOf.get(code) ?? []), group]);
		}
	}
	const un = new Map([...extra.unMembers.map(c => [c, 'member']), ...extra.unObservers.map(c => [c, 'observer'])]);
	if (extra.unMembers.length !== 193 || new Set(extra.unMembers).size !== 193)
		throw new SourceError(`${where}: unMembers must list the 193 member states once each`);
	for (const code of un.keys()) if (!codes.has(code)) throw new SourceError(`${where}: unknown UN code ${code}`);
	for (const code of Object.keys(extra.countries)) if (!codes.has(code)) throw new SourceError(`${where}: countries.${code}: unknown code`);

	const out = [];
	const problems = [];
	for (const code of [...codes].sort()) {
		try {
			out.push(countryOf(code, extra.countries[code], {continentOf, groupsOf, un, places}));
		} catch (error) {
			if (!(error instanceof SourceError)) throw error;
			problems.push(error.message);
		}
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
	// Two countries may not share a name form (النيجر / نيجيريا are different words).
	const owner = new Map();
	for (const c of out) {
		for (const form of [c.nameAr, ...c.aliases]) {
			const k = formKey(form);
			if (owner.has(k) && owner.get(k) !== c.id) throw new SourceError(`${WHERE}: "${form}" names both ${owner.get(k)} and ${c.id}`);
			owner.set(k, c.id);
		}
	}
	return {countries: out, forms: owner};
}

/** One country's entry: ISO names with the extra file's forms, capital and memberships. */
function countryOf(code, extra, {continentOf, groupsOf, un, places}) {
	const c = extra ?? {};
	const at = `${WHERE} countries.${code}`;
	if (!continentOf.has(code)) throw new SourceError(`${WHERE}: ${code} has no continent`);
	if (un.has(code) && !extra) throw new SourceError(`${at}: every UN member and observer needs an entry`);
	const isoAr = iso.getName(code, 'ar');
	const nameAr = c.nameAr ?? isoAr;
	const namesEn = [...new Set([c.nameEn, ...iso.getNames('en', {select: 'all'})[code]].filter(Boolean))];
	const aliases = [...new Set([...(nameAr === isoAr ? [] : [isoAr]), ...(c.aliases ?? [])])];
	const adjectives = adjectiveForms(c, at);
	for (const form of [nameAr, ...aliases, ...adjectives]) if (!ARABIC_LETTER.test(form)) throw new SourceError(`${at}: Arabic form expected, got "${form}"`);
	const nameKeys = new Map();
	for (const form of [nameAr, ...aliases]) {
		const k = formKey(form);
		if (nameKeys.has(k)) throw new SourceError(`${at}: "${form}" is the same as "${nameKeys.get(k)}" to the matcher; keep one`);
		nameKeys.set(k, form);
	}
	// A demonym that is also the country's name (جيبوتي، مالي، السعودية / سعودية) cannot be told apart by spelling.
	const ambiguousForms = adjectives.filter(a => nameKeys.has(formKey(a)));
	const entry = {
		id: code,
		iso3: iso.alpha2ToAlpha3(code),
		nameEn: namesEn[0],
		nameAr,
		aliases,
		namesEn,
		adjectives,
		capital: c.capital ? capitalOf(c.capital, places, code, at) : null,
		continent: continentOf.get(code),
		un: un.get(code) ?? null,
		groups: (groupsOf.get(code) ?? []).sort(),
	};
	if (ambiguousForms.length) entry.ambiguousForms = ambiguousForms;
	if (c.seat) entry.seat = capitalOf(c.seat, places, code, at);
	if (c.note) entry.note = c.note;
	return entry;
}
