// News agencies from data/lexicon/outlets.json (kind "agency"), merged into
// the agencies of agencies.json, so one list of the Arab states' wire
// agencies serves both naming an article's outlet from its URL and finding
// the agencies a text cites. An outlet joins the agency it shares a name or
// initials with (its names become aliases); one with no match becomes an
// agency of its own when it names itself one (وكالة…) or has initials: a
// site called "Baghdad Today" would otherwise make every "بغداد اليوم" an
// agency's name.
import {normalise} from '../arabic/normalise.js';
import type {LexEntity} from './schema.js';

/** One entry of data/lexicon/outlets.json (the table ingest names outlets by, from their domain). */
export type OutletEntry = {
	domain: string;
	aliases?: string[];
	path?: string;
	nameEn: string;
	nameAr: string;
	country?: string;
	kind?: string;
	/** An agency's dateline initials, Arabic and Latin (واس، SPA). */
	initials?: string[];
};
export type OutletAgency = OutletEntry;

/** A Latin initialism (MENA, SPA) as an id, else the domain's first label (ami.mr → ami). */
function idOf(o: OutletAgency): string {
	const latin = o.initials?.find(i => /^[A-Za-z]{2,}$/.test(i));
	return (latin ?? o.domain.replace(/^(ar|arabic)\./, '').split('.')[0]!).toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export function mergeOutletAgencies(agencies: LexEntity[], outlets: OutletAgency[]): LexEntity[] {
	const out = agencies.map(a => ({...a, aliases: [...a.aliases]}));
	const key = (n: string) => normalise(n.toLowerCase());
	// Each agency's normalised names, kept beside `out` and grown with its
	// aliases: rebuilding them for every agency at every outlet was a quarter of
	// a cold lexicon compile (~40 ms of ~175, every ingest and every worker).
	const namesOf = (a: LexEntity) => new Set([a.id, a.nameEn, a.nameAr, ...a.aliases].map(key));
	const nameSets = out.map(namesOf);
	for (const o of outlets) {
		if (o.kind !== 'agency') continue;
		const id = idOf(o);
		// An Arabic "initial" that is an adjective (وطنية، العمانية) would make the word everywhere an agency's name.
		const names = [o.nameAr, o.nameEn, ...(o.initials ?? []).filter(i => !/ية$/.test(i))];
		const keys = names.map(key);
		let at = out.findIndex(a => a.id === id);
		if (at < 0) at = nameSets.findIndex(have => keys.some(k => have.has(k)));
		if (at >= 0) {
			const same = out[at]!;
			const have = nameSets[at]!;
			// Names are checked against the set as it was before this outlet (a name twice in `names` is added twice, as before).
			const added = names.filter((_, i) => !have.has(keys[i]!));
			for (const n of added) same.aliases.push(n);
			for (const n of added) have.add(key(n));
			continue;
		}
		if (!/وكالة|الوكالة/.test(o.nameAr) && !o.initials?.length) continue;
		const entry = {id, nameEn: o.nameEn, nameAr: o.nameAr, aliases: [...new Set(names.slice(1))]};
		out.push(entry);
		nameSets.push(namesOf(entry));
	}
	return out;
}
