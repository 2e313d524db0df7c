// Organisations and places from the shared entity gazetteer. One trie holds
// actor names, organisations, places and agencies so the longest name wins
// across kinds: "منظمة الأمن والتعاون في أوروبا" is the OSCE, not Europe, and
// "مجلس الناتو وروسيا" is the council, not Russia.
//
// Place conventions (following the annotated seeds):
// - A place named inside an organisation's name is not a place mention.
// - Russia and the United States (`locativeOnly` in places.json) are mostly
//   parties to the crisis, not locations: "روسيا تلقت اقتراحا" is an actor.
//   They count as places only in a locative context: after في / إلى / من /
//   داخل / قرب…, with the ب proclitic (بروسيا), or coordinated with a place
//   that was locative (من ألمانيا وروسيا).
// - Guarded aliases are also common words: كيف is "how" far more often than
//   Kyiv, so it counts only with a ل/ب proclitic (لكيف، بكيف) or after a
//   locative preposition (في كيف). وكيف and a bare كيف never do.
import type {EntityRef} from '../../dataset/schema.js';
import {lightNormalise, normalise} from '../../arabic/normalise.js';
import type {EntityTarget, Lexicon} from '../../lexicon/load.js';
import {scan, withoutConjunction, type Match, type Token} from '../../arabic/gazetteer.js';

export type EntityMatch = Match<EntityTarget>;

const LOCATIVE = new Set(['في', 'فى', 'الى', 'إلى', 'من', 'داخل', 'قرب', 'عبر', 'نحو', 'حدود', 'عاصمة', 'العاصمة', 'لدى', 'أراضي'].map(normalise));
// من is too often agentive with the principal parties (المدعومين من روسيا، رد
// من الولايات المتحدة) to make them places on its own.
const AGENTIVE = new Set(['من'].map(normalise));
// بالإضافة إلى / إضافة إلى is "in addition to", not "to".
const NOT_LOCATIVE_BEFORE = new Set(['بالاضافه', 'اضافه', 'وبالاضافه', 'بالاضافة'].map(normalise));

const MINISTER = new Set(['وزير', 'وزيرة', 'ووزير', 'ووزيرة'].map(normalise));

function hasPreposition(prefix: string, which: RegExp): boolean {
	return which.test(prefix.replace(/^[وف]/, '').replace(/ال$/, ''));
}

function afterLocative(tokens: Token[], m: EntityMatch, strict = false): boolean {
	const before = tokens[m.from - 1];
	if (!before || /[.,،:;؛]/.test(tokens[m.from]!.gap)) return false;
	if (tokens[m.from - 2] && NOT_LOCATIVE_BEFORE.has(tokens[m.from - 2]!.norm)) return false;
	return withoutConjunction(before.norm).some(n => LOCATIVE.has(n) && !(strict && AGENTIVE.has(n)));
}

/** All entity-gazetteer matches of a sentence (non-overlapping, longest first). */
export function matchEntities(tokens: Token[], text: string, lexicon: Lexicon): EntityMatch[] {
	const out: EntityMatch[] = [];
	for (const m of scan(tokens, lexicon.entityTrie, text)) {
		// A short alias must show its hamza as written (تراس is Truss, ترأس "presided").
		const written = lightNormalise(m.text);
		const targets = m.targets.filter(t => !t.spellings || t.spellings.some(s => written.endsWith(s)));
		if (targets.length > 0) out.push(targets.length === m.targets.length ? m : {...m, targets});
	}
	return out;
}

export function extractOrgsAndPlaces(tokens: Token[], matches: EntityMatch[], lexicon: Lexicon): {organizations: EntityRef[]; places: EntityRef[]} {
	const organizations: EntityRef[] = [];
	const places: EntityRef[] = [];
	let lastPlace: {to: number; locative: boolean} | null = null;
	for (const m of matches) {
		const ref = (id: string, nameEn: string): EntityRef => ({id, nameEn, text: m.text, start: m.start, end: m.end});
		for (const t of m.targets) {
			if (t.kind === 'org') {
				// وزير الخارجية الأمريكية is the minister's title, not a mention of the ministry.
				const before = tokens[m.from - 1];
				if (before && m.prefix === '' && MINISTER.has(before.norm)) continue;
				const o = lexicon.organizations.get(t.id)!;
				organizations.push(ref(o.id, o.nameEn));
			} else if (t.kind === 'place') {
				const p = lexicon.places.get(t.id)!;
				const locative: boolean =
					hasPreposition(m.prefix, /^ب/) ||
					afterLocative(tokens, m, p.locativeOnly === true) ||
					(/^[وف]/.test(m.prefix) && lastPlace !== null && lastPlace.to === m.from && lastPlace.locative);
				if (t.guarded && !(hasPreposition(m.prefix, /^[بل]/) || afterLocative(tokens, m))) continue;
				lastPlace = {to: m.to, locative};
				if (p.locativeOnly && !locative) continue;
				places.push(ref(p.id, p.nameEn));
			}
		}
	}
	return {organizations, places};
}
