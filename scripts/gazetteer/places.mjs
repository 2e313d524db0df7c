// places/<region>.txt → the entries of data/gazetteer/places.json.
//
//   @country EG            ISO 3166 alpha-2 for the lines below; '-' for none (seas, cross-border regions)
//   @kind city             city | region | sea | river | feature
//   nameEn | nameAr | aliases | options
//
//   @admin محافظة Governorate   the unit named after a city: see the admin option
//
// Options: id=… (when the English name is not a unique id: tripoli-ly),
// kind=…, country=…, ambiguous (another entry or a country has the same
// name: طرابلس), disputed (sovereignty contested: the country is the one the
// UN recognises, or '-'), guard=صور (a form that is also a common word, to be
// matched only in a locative context; '_' for a space: guard=دار_السلام,
// matched only in a locative context, like guardedAliases in data/lexicon),
// admin (the line's city also names the province around it, as in most Arab
// states, Turkey and Iran: a region entry "محافظة حلب" / "Aleppo Governorate"
// is added from the @admin directive, whose Arabic words are comma-separated
// when the press uses several: "@admin منطقة,مقاطعة Oblast").
import {readdirSync} from 'node:fs';
import {basename, join} from 'node:path';
import {ARABIC_ANY, ARABIC_LETTER, formKey, kebab} from './fold.mjs';
import {parseOptions, readLineFile, SourceError, splitList} from './lines.mjs';

export const PLACE_KINDS = ['city', 'region', 'sea', 'river', 'feature'];
const OPTIONS = new Set(['id', 'kind', 'country', 'ambiguous', 'disputed', 'guard', 'admin']);

/** Every place of every file in dir, in file order, with the file's name as its region. */
export function readPlaces(dir, isoCodes) {
	const out = [];
	const problems = [];
	for (const file of readdirSync(dir)
		.filter(f => f.endsWith('.txt'))
		.sort()) {
		for (const rec of readLineFile(join(dir, file))) {
			// Report every bad line at once: a data file is fixed in one pass, not one error per run.
			try {
				const item = placeOf(rec, basename(file, '.txt'), isoCodes);
				out.push(item);
				if (item.admin) out.push(adminOf(item, rec));
			} catch (error) {
				if (!(error instanceof SourceError)) throw error;
				problems.push(error.message);
			}
		}
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
	return out;
}

function placeOf({where, fields, directives}, region, isoCodes) {
	if (fields.length < 2 || fields.length > 4) throw new SourceError(`${where}: expected nameEn | nameAr | aliases | options`);
	const [nameEn, nameAr, aliasField = '', optField = ''] = fields;
	const opts = parseOptions(optField, where);
	for (const key of Object.keys(opts)) if (!OPTIONS.has(key)) throw new SourceError(`${where}: unknown option ${key}`);
	const kind = opts.kind ?? directives.kind;
	if (!PLACE_KINDS.includes(kind)) throw new SourceError(`${where}: kind must be one of ${PLACE_KINDS.join(', ')} (got ${kind})`);
	const countryField = opts.country ?? directives.country;
	if (countryField === undefined) throw new SourceError(`${where}: no @country in force`);
	const country = countryField === '-' ? null : countryField;
	if (country !== null && !isoCodes.has(country)) throw new SourceError(`${where}: unknown country code ${country}`);
	if (!nameEn || ARABIC_ANY.test(nameEn)) throw new SourceError(`${where}: nameEn must be Latin text`);
	const id = opts.id ?? kebab(nameEn);
	if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new SourceError(`${where}: bad id ${id}`);
	const aliases = splitList(aliasField);
	for (const form of [nameAr, ...aliases]) {
		if (!ARABIC_LETTER.test(form) || /[a-z]/i.test(form)) throw new SourceError(`${where}: Arabic form expected, got "${form}"`);
	}
	const keys = new Map();
	for (const form of [nameAr, ...aliases]) {
		const k = formKey(form);
		if (keys.has(k)) throw new SourceError(`${where}: "${form}" is the same as "${keys.get(k)}" to the matcher; keep one`);
		keys.set(k, form);
	}
	// A guarded form may be one of the names above or an extra spelling that is a common word (كيف for Kyiv).
	const guarded = opts.guard === undefined ? [] : splitList(opts.guard.replaceAll('_', ' '));
	for (const g of guarded) {
		if (!ARABIC_LETTER.test(g)) throw new SourceError(`${where}: guard=${g} is not Arabic`);
		keys.set(formKey(g), g);
	}
	const place = {id, nameEn, nameAr, aliases, kind, country};
	if (opts.ambiguous) place.ambiguous = true;
	if (opts.disputed) place.disputed = true;
	if (guarded.length) place.guardedAliases = guarded;
	return {place, where, region, admin: Boolean(opts.admin)};
}

/** The province a city names (the admin option). */
function adminOf({place, where, region}, {directives}) {
	const m = /^(\S+)\s+(.+)$/.exec(directives.admin ?? '');
	if (!m) throw new SourceError(`${where}: the admin option needs an @admin directive (@admin محافظة Governorate)`);
	const words = splitList(m[1]);
	const forms = [place.nameAr, ...place.aliases].flatMap(name => words.map(w => `${w} ${name}`));
	return {
		place: {
			id: `${place.id}-${kebab(m[2])}`,
			nameEn: `${place.nameEn.replace(/\s*\(.*\)$/, '')} ${m[2]}`,
			nameAr: forms[0],
			aliases: forms.slice(1),
			kind: 'region',
			country: place.country,
		},
		where,
		region,
		admin: false,
	};
}

/** Every Arabic form an entry answers to. */
export function placeForms(place) {
	return [place.nameAr, ...place.aliases, ...(place.guardedAliases ?? [])];
}

/**
 * Ids unique; a form two entries share must be marked ambiguous on both, and
 * an ambiguous mark must name a real ambiguity (with another place or with a
 * country's forms, given as key → country id).
 */
export function checkPlaces(items, countryForms) {
	const problems = [];
	const fail = message => problems.push(message);
	const byId = new Map();
	for (const it of items) {
		const prev = byId.get(it.place.id);
		if (prev) fail(`${it.where}: duplicate id ${it.place.id} (first at ${prev.where}); give one an explicit id=`);
		byId.set(it.place.id, it);
	}
	const byKey = new Map();
	for (const it of items) {
		for (const k of new Set(placeForms(it.place).map(formKey))) {
			const list = byKey.get(k) ?? [];
			list.push(it);
			byKey.set(k, list);
		}
	}
	const shared = new Set();
	for (const [k, list] of byKey) {
		if (list.length > 1) {
			const unmarked = list.filter(it => !it.place.ambiguous);
			if (unmarked.length)
				fail(
					`${unmarked[0].where}: "${k}" is also a name of ${list
						.filter(it => it !== unmarked[0])
						.map(it => it.place.id)
						.join(', ')}: mark every such entry ambiguous (or drop the form)`,
				);
			for (const it of list) shared.add(it);
		}
		if (countryForms.has(k)) {
			for (const it of list) {
				if (!it.place.ambiguous) fail(`${it.where}: "${k}" is also the country ${countryForms.get(k)}: mark ${it.place.id} ambiguous`);
				shared.add(it);
			}
		}
	}
	for (const it of items)
		if (it.place.ambiguous && !shared.has(it)) fail(`${it.where}: ${it.place.id} is marked ambiguous but shares no form with another place or a country`);
	if (problems.length) throw new SourceError(problems.join('\n'));
}
