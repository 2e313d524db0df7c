// Test-only oracle: a copy of this file as it was on main at c220436, before the
// clean/sentence fast paths. tests/perf/clean.test.ts checks the new code against it.
// The wire agency whose copy an article is, from the dateline that opens its
// lede, matched against data/lexicon/agencies.json. Initials are compared
// without their spaces and dots, so أ ش أ، أ.ش.أ and /أ ش أ/ are one agency.
import {normalise} from '../../../../source/arabic/normalise.js';
import type {LexEntity} from '../../../../source/lexicon/schema.js';
import type {CleanLine} from '../../../../source/ingest/types.js';
import {parseDateline, type Dateline} from './dateline.js';

export type Wire = {id: string; name: string; place: string | null; line: number};
export type AgencyTable = Map<string, {id: string; name: string}>;

/** A credit's comparison form: folded, without spaces, dots, dashes or a leading وكالة. */
export function creditKey(text: string): string {
	return normalise(text)
		.replace(/[\s.\-–—_'"«»()]/gu, '')
		.replace(/^وكاله(?:انباء)?/u, '');
}

const tables = new WeakMap<Map<string, LexEntity>, AgencyTable>();

/** Every name of every agency → the agency (built once per lexicon). */
export function agencyTable(agencies: Map<string, LexEntity>): AgencyTable {
	let table = tables.get(agencies);
	if (table) return table;
	table = new Map();
	for (const a of agencies.values()) {
		for (const name of [a.nameAr, a.nameEn, ...a.aliases]) {
			const key = creditKey(name);
			if (key && !table.has(key)) table.set(key, {id: a.id, name: a.nameEn});
		}
	}
	tables.set(agencies, table);
	return table;
}

export function agencyOf(d: Dateline, table: AgencyTable | undefined): {id: string; name: string} | null {
	return table?.get(creditKey(d.credit)) ?? null;
}

/**
 * The first lines of the story (after the title, or from the top when there is
 * none) that may open with the dateline: a dateline on its own line counts,
 * with the lede under it.
 */
export function findWire(lede: CleanLine[], table: AgencyTable | undefined): Wire | null {
	if (!table) return null;
	for (const l of lede) {
		const d = parseDateline(l.text);
		if (!d) continue;
		const agency = agencyOf(d, table);
		if (agency) return {...agency, place: d.place, line: l.line};
	}
	return null;
}

/** A credit line ("المصدر: وكالة نوفوستي الروسية، وكالة إنترفاكس") that names a known agency. */
export function creditsAgency(text: string, table: AgencyTable | undefined): boolean {
	if (!table) return false;
	const colon = text.search(/[:：]/);
	const names = (colon >= 0 ? text.slice(colon + 1) : text).split(/[،,+&]/u);
	return names.some(n => {
		const key = creditKey(n);
		if (table.has(key) || (key.startsWith('و') && table.has(key.slice(1)))) return true;
		// "وكالة نوفوستي الروسية": the agency's name with a nationality after it.
		const ws = n.trim().split(/\s+/);
		return ws.length > 1 && table.has(creditKey(ws.slice(0, -1).join(' ')));
	});
}
