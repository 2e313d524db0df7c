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
// - A name several places share (طرابلس: Libya's and Lebanon's) is the one
//   whose country the article names elsewhere, and no place when it names
//   none or both; a name shared by a country and a city of it (تونس) is the
//   country.
// - A country's name that is also its demonym (سورية، السعودية) is the
//   adjective after a definite noun (الحكومة السورية، الخارجية السعودية) and
//   in its indefinite form after any word (مصادر سورية), unless a
//   preposition or a conjunction comes first (في سورية، ومصر وسورية).
// - The article's own names (discovered people and organisations, see
//   discover/article.ts) are matched with the lexicon's: the longest wins,
//   the lexicon on a tie.
import type {EntityRef} from '../../dataset/schema.js';
import {lightNormalise, normalise} from '../../arabic/normalise.js';
import type {EntityTarget, KnownPlace, Lexicon} from '../../lexicon/load.js';
import {matchAt, scan, startsIn, strippedConjunction, type Match, type Token} from '../../arabic/gazetteer.js';

export type EntityMatch = Match<EntityTarget>;

const LOCATIVE = new Set(['في', 'فى', 'الى', 'إلى', 'من', 'داخل', 'قرب', 'عبر', 'نحو', 'حدود', 'عاصمة', 'العاصمة', 'لدى', 'أراضي'].map(normalise));
// من is too often agentive with the principal parties (المدعومين من روسيا، رد
// من الولايات المتحدة) to make them places on its own.
const AGENTIVE = new Set(['من'].map(normalise));
// بالإضافة إلى / إضافة إلى is "in addition to", not "to".
const NOT_LOCATIVE_BEFORE = new Set(['بالاضافه', 'اضافه', 'وبالاضافه', 'بالاضافة'].map(normalise));

const MINISTER = new Set(['وزير', 'وزيرة', 'ووزير', 'ووزيرة'].map(normalise));

function hasPreposition(prefix: string, which: RegExp): boolean {
	// Most matches carry no proclitic: nothing to strip or test (the patterns all need a letter).
	if (prefix === '') return false;
	return which.test(prefix.replace(/^[وف]/, '').replace(/ال$/, ''));
}

function afterLocative(tokens: Token[], m: EntityMatch, strict = false): boolean {
	const before = tokens[m.from - 1];
	if (!before || /[.,،:;؛]/.test(tokens[m.from]!.gap)) return false;
	if (tokens[m.from - 2] && NOT_LOCATIVE_BEFORE.has(tokens[m.from - 2]!.norm)) return false;
	// withoutConjunction's two readings, without its array (asked of every place of every sentence).
	const norm = before.norm;
	const locative = (n: string) => LOCATIVE.has(n) && !(strict && AGENTIVE.has(n));
	if (locative(norm)) return true;
	const bare = strippedConjunction(norm);
	return bare !== null && locative(bare);
}

const HAMZA_ALEF = new Set(['أ', 'إ', 'آ']);
const YA = new Set(['ي', 'ى']);

/** Is `text` (a token as written) `alias` as written: same letters, but a bare alef for a hamza and ى/ي alike? */
function asWritten(text: string, alias: string): boolean {
	const t = text.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
	if (t.length < alias.length) return false;
	const tail = t.slice(t.length - alias.length);
	for (let i = 0; i < alias.length; i++) {
		const a = alias[i]!;
		const c = tail[i]!;
		if (a === c || (HAMZA_ALEF.has(a) && c === 'ا') || (YA.has(a) && YA.has(c))) continue;
		return false;
	}
	return true;
}

/** Does a target ask how the match is written (an acronym's capitals, a short alias's hamza)? */
function spellingAsked(targets: readonly EntityTarget[]): boolean {
	for (let k = 0; k < targets.length; k++) if (targets[k]!.spellings || targets[k]!.exact) return true;
	return false;
}

function written(matches: EntityMatch[]): EntityMatch[] {
	// Most sentences have no match whose target asks how it is written: the scan's own list, not a copy of it.
	let asked = false;
	for (let k = 0; k < matches.length && !asked; k++) asked = spellingAsked(matches[k]!.targets);
	if (!asked) return matches;
	const out: EntityMatch[] = [];
	for (const m of matches) {
		// Most targets ask nothing of the spelling: such a match is kept as it is, without normalising its text
		// (lightNormalise per match was ~25% of matchEntities in a 1k-article profile).
		if (!spellingAsked(m.targets)) {
			out.push(m);
			continue;
		}
		// A short alias must show its hamza as written (تراس is Truss, ترأس "presided"), an acronym its capitals.
		const written = lightNormalise(m.text);
		const targets = m.targets.filter(t => (!t.spellings || t.spellings.some(s => written.endsWith(s))) && (!t.exact || asWritten(m.text, t.exact)));
		if (targets.length > 0) out.push(targets.length === m.targets.length ? m : {...m, targets});
	}
	return out;
}

/**
 * All entity matches of a sentence (non-overlapping, longest first): the
 * lexicon's and the gazetteer's (`known`, when already computed for this
 * sentence), and the article's own names when the lexicon carries them.
 */
export function matchEntities(tokens: Token[], text: string, lexicon: Lexicon, known?: EntityMatch[]): EntityMatch[] {
	const global = known ?? written(scan(tokens, lexicon.entityTrie, text));
	const layer = lexicon.article?.trie;
	if (!layer || layer.children.size === 0) return global;
	// A match needs a token that starts one of the article's names; most sentences have none. Each word form
	// remembers its answer for the article's trie (gazetteer.ts, Readings.volatileSlot), so this asks the root
	// once per distinct word of the article, not per token.
	let may = false;
	for (let i = 0; i < tokens.length && !may; i++) may = startsIn(layer, tokens[i]!);
	if (!may) return global;
	const local = written(scan(tokens, layer, text));
	if (local.length === 0) return global;
	// An acronym the article ties to a body it names ("قوات الدعم السريع (RSF)") is that body, whatever else the gazetteer calls RSF.
	const all = [...global.map(m => ({m, known: 0})), ...local.map(m => ({m, known: m.targets.some(t => t.spellings) ? -1 : 1}))];
	all.sort((a, b) => b.m.to - b.m.from - (a.m.to - a.m.from) || a.known - b.known || a.m.from - b.m.from);
	const taken = new Uint8Array(tokens.length);
	const out: EntityMatch[] = [];
	for (const {m} of all) {
		let free = true;
		for (let k = m.from; k < m.to && free; k++) if (taken[k]) free = false;
		if (!free) continue;
		for (let k = m.from; k < m.to; k++) taken[k] = 1;
		out.push(m);
	}
	return out.sort((a, b) => a.from - b.from);
}

const CITY_WORDS = new Set(['العاصمة', 'عاصمة', 'مدينة', 'المدينة', 'بمدينة', 'لمدينة', 'ومدينة'].map(normalise));

/** Of several places sharing a name, the one the article's context picks, or null. */
function choosePlace(targets: EntityTarget[], lexicon: Lexicon, before: Token | undefined): EntityTarget | null {
	if (targets.length === 1) return targets[0]!;
	const places = targets.map(t => ({t, p: lexicon.places.get(t.id)})).filter((x): x is {t: EntityTarget; p: KnownPlace} => x.p !== undefined);
	const country = places.find(x => x.p.kind === 'country');
	// A country and its own city of one name: the country, but the city after العاصمة or مدينة (العاصمة تونس).
	if (country && places.every(x => x === country || x.p.country === country.p.id)) {
		const city = before && CITY_WORDS.has(before.norm) ? places.find(x => x !== country) : undefined;
		return (city ?? country).t;
	}
	const named = lexicon.article?.countries;
	if (!named) return null;
	const fit = places.filter(x => named.has(x.p.kind === 'country' ? x.p.id : (x.p.country ?? '')));
	return fit.length === 1 ? fit[0]!.t : null;
}

/** Is this country name the demonym spelled alike (الحكومة السورية), not the country? Not when a place joined by و follows (مالي وبوركينا فاسو). */
function adjectival(tokens: Token[], m: EntityMatch, lexicon: Lexicon, next: EntityMatch | undefined): boolean {
	if (m.to - m.from !== 1 || lexicon.ambiguousForms.size === 0) return false;
	const tok = tokens[m.from]!;
	const stem = tok.norm.slice(m.prefix.length);
	const bare = m.prefix.endsWith('ال') ? stem : stem.replace(/^ال/, '');
	if (!lexicon.ambiguousForms.has(bare)) return false;
	const before = tokens[m.from - 1];
	if (!before || /[.,،:;؛!?؟()"“”«»\n-]/.test(tok.gap) || afterLocative(tokens, m)) return false;
	const definite = m.prefix.endsWith('ال') || stem.startsWith('ال');
	const conj = m.prefix.replace(/ال$/, '');
	if (conj !== '') return false;
	if (next && next.from === m.to && /^[وف]/.test(next.prefix) && next.targets.some(t => t.kind === 'place')) return false;
	return definite ? /^(?:[وفبل]?ال|لل)/.test(before.norm) : true;
}

/**
 * Is this guarded alias (a name that is also a common word) the place? Only
 * in a locative context, and not where the word reads as the common noun:
 * - with an article the name does not have (السيول "the torrents", not سيول Seoul);
 * - ب or ل before a name that has its article reads "with the…" (محملة بالخيام:
 *   loaded with tents), so only a preposition counts there (في الخيام);
 * - a known place right after a name without its article makes it a noun in
 *   construct (من سيول حضرموت: from Hadramout's floods).
 */
function guardedPlace(tokens: Token[], m: EntityMatch, next: EntityMatch | undefined): boolean {
	if (m.prefix.endsWith('ال')) return false;
	const withArticle = tokens[m.from]!.norm.slice(m.prefix.length).startsWith('ال');
	// Only an indefinite word heads a construct (الخيام جنوب لبنان is Khiam, in south Lebanon).
	if (!withArticle && next && next.from === m.to && /^\s+$/.test(tokens[next.from]!.gap) && next.targets.some(t => t.kind === 'place')) return false;
	return (!withArticle && hasPreposition(m.prefix, /^[بل]/)) || afterLocative(tokens, m);
}

/** An entity's mention at match m (a function, not a closure made per match). */
function ref(id: string, nameEn: string, m: EntityMatch): EntityRef {
	return {id, nameEn, text: m.text, start: m.start, end: m.end};
}

export function extractOrgsAndPlaces(tokens: Token[], matches: EntityMatch[], lexicon: Lexicon): {organizations: EntityRef[]; places: EntityRef[]} {
	const organizations: EntityRef[] = [];
	const places: EntityRef[] = [];
	let lastPlace: {to: number; locative: boolean} | null = null;
	for (let mi = 0; mi < matches.length; mi++) {
		const m = matches[mi]!;
		for (const t of m.targets) {
			if (t.kind === 'org') {
				// وزير الخارجية الأمريكية is the minister's title, not a mention of the ministry.
				const before = tokens[m.from - 1];
				if (before && m.prefix === '' && MINISTER.has(before.norm)) continue;
				const o = lexicon.organizations.get(t.id)!;
				organizations.push(o.source === 'discovered' ? {...ref(o.id, o.nameEn, m), source: 'discovered', nameAr: o.nameAr} : ref(o.id, o.nameEn, m));
				// An organ names its body too (مفوضية إيكواس is a mention of ECOWAS).
				const parent = (o as {parent?: string}).parent;
				const body = parent ? lexicon.organizations.get(parent) : undefined;
				if (body && body.source !== 'discovered') organizations.push(ref(body.id, body.nameEn, m));
			} else if (t.kind === 'place') {
				// Places sharing the name are decided once, by the first of them.
				// A lone target (most matches) is its own list: no filter to copy it.
				const shared =
					m.targets.length === 1
						? m.targets
						: m.targets.filter((x, i, all) => x.kind === 'place' && all.findIndex(y => y.kind === 'place' && y.id === x.id) === i);
				if (t !== shared[0]) continue;
				const chosen = shared.length > 1 ? choosePlace(shared, lexicon, /^[\s]*$/.test(tokens[m.from]!.gap) ? tokens[m.from - 1] : undefined) : t;
				if (!chosen) continue;
				const p = lexicon.places.get(chosen.id)!;
				// The lexicon's own entry of another kind wins over a gazetteer place of the same name ((قنا) is QNA, not Qena).
				if (p.source === 'gazetteer' && m.targets.some(x => x.kind !== 'place' && (x.kind !== 'org' || lexicon.organizations.get(x.id)?.source === undefined)))
					continue;
				// Nor is a gazetteer town named like an office (السفيرة "the ambassador" is not Safira).
				if (p.source === 'gazetteer' && m.to - m.from === 1 && matchAt(tokens, m.from, lexicon.discovery.titleTrie, '')) continue;
				if (p.kind === 'country' && adjectival(tokens, m, lexicon, matches[mi + 1])) continue;
				const locative: boolean =
					hasPreposition(m.prefix, /^ب/) ||
					afterLocative(tokens, m, p.locativeOnly === true) ||
					(/^[وف]/.test(m.prefix) && lastPlace !== null && lastPlace.to === m.from && lastPlace.locative);
				if (chosen.guarded && !guardedPlace(tokens, m, matches[mi + 1])) continue;
				lastPlace = {to: m.to, locative};
				if (p.locativeOnly && !locative) continue;
				places.push(p.source === 'discovered' ? {...ref(p.id, p.nameEn, m), source: 'discovered', nameAr: p.nameAr} : ref(p.id, p.nameEn, m));
				// A place named after a known one names it too (معبر أدري is at Adré), as an organ names its body.
				const within = (p as {within?: string}).within;
				const town = within ? lexicon.places.get(within) : undefined;
				if (town) places.push(ref(town.id, town.nameEn, m));
			}
		}
	}
	return {organizations, places};
}
