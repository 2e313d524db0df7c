// The outlet-agency merge as it was before start-up work (source/lexicon/outlet-agencies.ts
// at 69ac9a4), kept verbatim as the oracle of tests/perf/outlet-agencies.test.ts: it
// rebuilt every agency's name set for every outlet.
import {normalise} from '../../source/arabic/normalise.js';
import type {OutletAgency} from '../../source/lexicon/outlet-agencies.js';
import type {LexEntity} from '../../source/lexicon/schema.js';

/** A Latin initialism (MENA, SPA) as an id, else the domain's first label (ami.mr → ami). */
function idOf(o: OutletAgency): string {
	const latin = o.initials?.find(i => /^[A-Za-z]{2,}$/.test(i));
	return (latin ?? o.domain.replace(/^(ar|arabic)\./, '').split('.')[0]!).toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export function mergeOutletAgencies(agencies: LexEntity[], outlets: OutletAgency[]): LexEntity[] {
	const out = agencies.map(a => ({...a, aliases: [...a.aliases]}));
	const namesOf = (a: LexEntity) => new Set([a.id, a.nameEn, a.nameAr, ...a.aliases].map(n => normalise(n.toLowerCase())));
	for (const o of outlets) {
		if (o.kind !== 'agency') continue;
		const id = idOf(o);
		// An Arabic "initial" that is an adjective (وطنية، العمانية) would make the word everywhere an agency's name.
		const names = [o.nameAr, o.nameEn, ...(o.initials ?? []).filter(i => !/ية$/.test(i))];
		const keys = names.map(n => normalise(n.toLowerCase()));
		const same = out.find(a => a.id === id) ?? out.find(a => keys.some(k => namesOf(a).has(k)));
		if (same) {
			const have = namesOf(same);
			for (const n of names) if (!have.has(normalise(n.toLowerCase()))) same.aliases.push(n);
			continue;
		}
		if (!/وكالة|الوكالة/.test(o.nameAr) && !o.initials?.length) continue;
		out.push({id, nameEn: o.nameEn, nameAr: o.nameAr, aliases: [...new Set(names.slice(1))]});
	}
	return out;
}
