// An English name's id (lexicon/gazetteer.ts's kebab), remembered: discovery
// makes one for every body, place and person it finds, most of them found again
// in every article (Ministry of Foreign Affairs (Egypt)), and kebab's NFKD
// normalisation and four regex passes were ~60% of orgAt in a 1k-article
// profile. kebab is pure, so a remembered id is the id. Bounded like the other
// per-word memos.
import {kebab} from '../../../lexicon/gazetteer.js';

const ids = new Map<string, string>();
const MAX = 50_000;

export function idOf(nameEn: string): string {
	let id = ids.get(nameEn);
	if (id === undefined) {
		id = kebab(nameEn);
		if (ids.size >= MAX) ids.clear();
		ids.set(nameEn, id);
	}
	return id;
}
