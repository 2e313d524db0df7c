// Builds data/gazetteer/*.json from the hand-written sources beside this file
// and the ISO 3166 names in i18n-iso-countries, checking them on the way (ids,
// shared names, capitals, codes). Run from the repository root:
//
//   node scripts/gazetteer/build-world.mjs          write the files, print counts
//   node scripts/gazetteer/build-world.mjs --check  exit 1 if a file is out of step
//
// buildWorld() is pure apart from reading the sources, so the test runs it and
// compares its output with the committed files.
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {buildCountries, isoCodes} from './countries.mjs';
import {SourceError} from './lines.mjs';
import {buildGivenNames, buildNameParticles} from './names.mjs';
import {buildOrganizations} from './organizations.mjs';
import {checkPlaces, readPlaces} from './places.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const OUT_DIR = 'data/gazetteer';

/** One element per line: thousands of entries stay greppable and diff line by line. */
function jsonLines(value) {
	if (Array.isArray(value)) return '[\n' + value.map(v => '\t' + JSON.stringify(v)).join(',\n') + '\n]\n';
	const entries = Object.entries(value).map(([k, v]) => {
		const inner = Array.isArray(v) ? '[\n' + v.map(x => '\t\t' + JSON.stringify(x)).join(',\n') + '\n\t]' : JSON.stringify(v);
		return `\t${JSON.stringify(k)}: ${inner}`;
	});
	return '{\n' + entries.join(',\n') + '\n}\n';
}

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function count(list, key) {
	const out = {};
	for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
	return Object.fromEntries(Object.entries(out).sort());
}

/** File name (under data/gazetteer) → content, plus counts for the report. */
export function buildWorld(sources = here) {
	const codes = isoCodes();
	const placeItems = readPlaces(join(sources, 'places'), codes);
	const places = new Map(placeItems.map(it => [it.place.id, it.place]));
	const extra = JSON.parse(readFileSync(join(sources, 'countries-extra.json'), 'utf8'));
	const {countries, forms} = buildCountries(extra, places);
	checkPlaces(placeItems, forms);
	const organizations = buildOrganizations(join(sources, 'organizations.txt'));
	const orgIds = new Set(organizations.map(o => o.id));
	for (const [group, {organization}] of Object.entries(extra.groups)) {
		if (!orgIds.has(organization))
			throw new SourceError(`scripts/gazetteer/countries-extra.json: groups.${group}.organization ${organization} is not in organizations.txt`);
	}
	const given = buildGivenNames(join(sources, 'names'));
	const particles = buildNameParticles(join(sources, 'particles.json'), join(sources, 'surnames.txt'));

	const placeList = placeItems.map(it => it.place).sort(byId);
	const files = {
		'countries.json': jsonLines(countries),
		'places.json': jsonLines(placeList),
		'organizations.json': jsonLines(organizations),
		'given-names.json': jsonLines(given.names),
		'name-particles.json': jsonLines(particles),
	};
	const stats = {
		countries: {total: countries.length, byContinent: count(countries, c => c.continent), byUn: count(countries, c => c.un ?? 'none')},
		places: {total: placeList.length, byKind: count(placeList, p => p.kind), byRegion: count(placeItems, it => it.region)},
		organizations: {total: organizations.length, byKind: count(organizations, o => o.kind)},
		givenNames: {
			total: given.names.length,
			byOrigin: count(given.names, n => n.origin),
			byGender: count(given.names, n => n.gender ?? 'null'),
			byFile: count(given.files, f => f),
		},
		surnames: {total: particles.surnames.length},
	};
	return {files, stats};
}

function main() {
	const check = process.argv.includes('--check');
	let built;
	try {
		built = buildWorld();
	} catch (error) {
		if (error instanceof SourceError) {
			console.error(error.message);
			process.exit(1);
		}
		throw error;
	}
	let stale = 0;
	for (const [name, content] of Object.entries(built.files)) {
		const path = join(ROOT, OUT_DIR, name);
		let current = null;
		try {
			current = readFileSync(path, 'utf8');
		} catch {}
		if (current === content) continue;
		stale++;
		if (check) console.error(`${OUT_DIR}/${name} is out of step with scripts/gazetteer/`);
		else writeFileSync(path, content);
	}
	console.log(JSON.stringify(built.stats, null, 2));
	if (check && stale) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
