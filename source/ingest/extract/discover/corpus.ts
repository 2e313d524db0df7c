// Discovered people and organisations across articles. Each article names
// its people on its own (discover/article.ts); here the corpus makes them one:
// a person one article calls only by the surname (حفتر) or by first and last
// name joins the one another article names in full (خليفة بلقاسم حفتر), when
// exactly one person in the corpus fits. The fullest Arabic form names the
// person and gives the English name and the id, whatever the order of the
// articles. Then the facet records (what the lexicon gives its own actors)
// are made from what the mentions say. Pure.
import type {Actor, Article, Entity, Role, Sentence} from '../../../dataset/schema.js';
import {normalise} from '../../../arabic/normalise.js';
import type {EventWorld} from '../../events/types.js';
import {reduces} from './name-forms.js';

type Person = {id: string; nameEn: string; nameAr: string; words: string[]; mentions: number};

const words = (nameAr: string) => normalise(nameAr).split(/\s+/).filter(Boolean);

/** Fuller before shorter, then more mentioned, then by id: the same order whatever the articles' order. */
const fuller = (a: Person, b: Person) => b.words.length - a.words.length || b.mentions - a.mentions || a.id.localeCompare(b.id);

/** What merging needs of the corpus's discovered people, gathered one article at a time (a directory ingest streams them). */
export type Merges = {
	/** id → the person it merges into, for discovered people named more fully elsewhere in the corpus. */
	into: Map<string, Person>;
	/** The name each id is shown with: the fullest form seen in the corpus (on a tie, the first in Arabic order). */
	canonical: Map<string, {nameEn: string; nameAr: string}>;
};

/** What merging reads of a discovered person's mention: its id and names as the article wrote them. */
export type PersonRef = {id: string; nameEn: string; nameAr: string};

/**
 * What the corpus's collectors and renameDiscovered read of an article's
 * sentences: an article is one, and so is its digest (discoveredDigest).
 */
export type DiscoveredView = {sentences: ReadonlyArray<Pick<Sentence, 'actors' | 'organizations' | 'places' | 'attribution'>>};

/**
 * The part of an article that discoveredCollector and renameDiscovered read,
 * or null when it has nothing discovered: each sentence with something
 * discovered in it, with its discovered people and places, its discovered
 * bodies and the known ones on the same words (the body a discovered organ
 * belongs to), and its attribution when it names a discovered person. Read
 * in their place, they give what the article gives. A spill row carries it
 * (spill-files.ts), so the link worker need not parse the article of one
 * whose people the corpus's merges leave as they are: all 2,195 such rows at
 * 10k generated articles, ~6 s of the link worker at 100k (a profile).
 */
export function discoveredDigest(a: DiscoveredView): DiscoveredView | null {
	const sentences: Array<DiscoveredView['sentences'][number]> = [];
	for (const s of a.sentences) {
		const actors = s.actors.filter(r => r.source === 'discovered');
		const discoveredOrgs = s.organizations.filter(r => r.source === 'discovered');
		const places = s.places.filter(r => r.source === 'discovered');
		if (actors.length === 0 && discoveredOrgs.length === 0 && places.length === 0) continue;
		// The known bodies on a discovered organ's words, in their order (discoveredCollector takes the first).
		const organizations = s.organizations.filter(o => o.source === 'discovered' || discoveredOrgs.some(r => r.start === o.start && r.end === o.end));
		const speaker = s.attribution?.speaker;
		const attribution = speaker && actors.some(r => r.id === speaker.id) ? s.attribution : null;
		sentences.push({actors, organizations, places, attribution});
	}
	return sentences.length > 0 ? {sentences} : null;
}

/**
 * The discovered people an article mentions, in sentence order, one entry a
 * mention: what peopleCollector reads of it. A directory ingest's workers
 * send this instead of the parsed article, which the main thread then does
 * not parse until its second pass (directory.ts).
 */
export function discoveredRefs(a: Article): PersonRef[] {
	const out: PersonRef[] = [];
	for (const s of a.sentences) for (const r of s.actors) if (r.source === 'discovered') out.push({id: r.id, nameEn: r.nameEn, nameAr: r.nameAr});
	return out;
}

/** Discovered people, article by article (or their refs); `merges()` once all are in. */
export function peopleCollector(): {add: (article: Article) => void; addRefs: (refs: readonly PersonRef[]) => void; merges: () => Merges} {
	const people = new Map<string, Person>();
	const best = new Map<string, {nameEn: string; nameAr: string; words: number}>();
	const addRef = (r: PersonRef) => {
		const w = words(r.nameAr);
		const p = people.get(r.id);
		if (p) {
			p.mentions++;
			if (w.length > p.words.length) Object.assign(p, {nameAr: r.nameAr, nameEn: r.nameEn, words: w});
		} else people.set(r.id, {id: r.id, nameEn: r.nameEn, nameAr: r.nameAr, words: w, mentions: 1});
		const b = best.get(r.id);
		if (!b || w.length > b.words || (w.length === b.words && r.nameAr < b.nameAr)) best.set(r.id, {nameEn: r.nameEn, nameAr: r.nameAr, words: w.length});
	};
	return {
		add(a) {
			for (const r of discoveredRefs(a)) addRef(r);
		},
		addRefs(refs) {
			for (const r of refs) addRef(r);
		},
		merges() {
			const sorted = [...people.values()].sort(fuller);
			// A shorter form ends with the full name's last word (reduces), so each
			// person is compared only with those sharing its last word, in sorted
			// order: comparing every pair was quadratic in the corpus's people.
			const byLast = new Map<string, Person[]>();
			for (const q of sorted) {
				const last = q.words.at(-1);
				if (last === undefined) continue;
				const list = byLast.get(last);
				if (list) list.push(q);
				else byLast.set(last, [q]);
			}
			const into = new Map<string, Person>();
			for (const p of sorted) {
				const last = p.words.at(-1);
				const same = last === undefined ? undefined : byLast.get(last);
				if (!same) continue;
				const fits = same.filter(q => q !== p && !into.has(q.id) && reduces(p.words, q.words));
				if (fits.length === 1) into.set(p.id, fits[0]!);
			}
			// A chain (حفتر → خليفة حفتر → خليفة بلقاسم حفتر) ends at the fullest.
			for (const [id, p] of into) {
				let q = p;
				while (into.has(q.id)) q = into.get(q.id)!;
				into.set(id, q);
			}
			// A merged person is shown by the fullest form of the one it joins; that one by its own fullest.
			const canonical = new Map<string, {nameEn: string; nameAr: string}>();
			for (const id of people.keys()) {
				const to = into.get(id)?.id ?? id;
				const b = best.get(to)!;
				canonical.set(to, {nameEn: b.nameEn, nameAr: b.nameAr});
			}
			return {into, canonical};
		},
	};
}

/** id → the id it merges into, for discovered people named more fully elsewhere in the corpus. */
export function corpusMerges(articles: readonly Article[]): Map<string, Person> {
	const c = peopleCollector();
	for (const a of articles) c.add(a);
	return c.merges().into;
}

/** The articles with every discovered person under their corpus-wide id and name. */
export function mergeDiscovered(articles: Article[]): Article[] {
	const c = peopleCollector();
	for (const a of articles) c.add(a);
	const merges = c.merges();
	if (merges.canonical.size === 0) return articles;
	return articles.map(a => renameDiscovered(a, merges));
}

/**
 * One article with its discovered people under their corpus-wide ids and
 * names (see Merges). The article itself when that changes nothing in it:
 * a directory ingest prepares a renamed article again (its line, its
 * mentions), in its second pass and in the link worker, and at 10k generated
 * articles none of the 2,195 with a discovered person was changed by it.
 */
export function renameDiscovered(a: Article, merges: Merges): Article {
	return renamesAnyone(a, merges) ? renameEveryDiscovered(a, merges) : a;
}

/** Would renameDiscovered change the article (or what its digest says of it, discoveredDigest)? */
export function renamesAnyone(a: DiscoveredView, merges: Merges): boolean {
	if (!a.sentences.some(s => s.actors.some(r => r.source === 'discovered'))) return false;
	const rename = renamer(merges);
	return a.sentences.some(s => renamesIn(s, rename));
}

/** A discovered person's id → the corpus-wide id and names it goes under. */
function renamer({into, canonical}: Merges): (id: string) => {id: string; nameEn: string; nameAr: string} {
	return id => {
		const to = into.get(id)?.id ?? id;
		return {id: to, ...(canonical.get(to) ?? {nameEn: '', nameAr: ''})};
	};
}

/**
 * The rename itself, a new article whenever it has a discovered person (even
 * one the merge leaves as it is): renameDiscovered's work once it knows there
 * is some, and its tests' reference.
 */
export function renameEveryDiscovered(a: Article, merges: Merges): Article {
	if (!a.sentences.some(s => s.actors.some(r => r.source === 'discovered'))) return a;
	const rename = renamer(merges);
	return {
		...a,
		sentences: a.sentences.map(s => {
			if (!s.actors.some(r => r.source === 'discovered')) return s;
			const ids = new Set(s.actors.filter(r => r.source === 'discovered').map(r => r.id));
			const speaker = s.attribution?.speaker;
			const voice = s.attribution?.voice;
			// The voice names the speaker too: under the corpus-wide id, or it points at no actor of the dataset.
			return {
				...s,
				actors: s.actors.map(r => (r.source === 'discovered' ? {...r, ...rename(r.id)} : r)),
				attribution:
					s.attribution && speaker && ids.has(speaker.id)
						? {
								...s.attribution,
								speaker: {id: rename(speaker.id).id, nameEn: rename(speaker.id).nameEn},
								...(voice?.kind === 'person' && voice.id === speaker.id ? {voice: {...voice, id: rename(speaker.id).id, name: rename(speaker.id).nameEn}} : {}),
							}
						: s.attribution,
			};
		}),
	};
}

/** Would renameDiscovered change anything in the sentence: a discovered person's id or names, or the speaker and voice that name one? */
function renamesIn(s: DiscoveredView['sentences'][number], rename: (id: string) => {id: string; nameEn: string; nameAr: string}): boolean {
	let any = false;
	for (const r of s.actors) {
		if (r.source !== 'discovered') continue;
		any = true;
		const to = rename(r.id);
		if (to.id !== r.id || to.nameEn !== r.nameEn || to.nameAr !== r.nameAr) return true;
	}
	const speaker = s.attribution?.speaker;
	if (!any || !speaker || !s.actors.some(r => r.source === 'discovered' && r.id === speaker.id)) return false;
	// The speaker is written anew as {id, nameEn}, the voice that names them with the same.
	const to = rename(speaker.id);
	if (to.id !== speaker.id || to.nameEn !== speaker.nameEn || Object.keys(speaker).length !== 2) return true;
	const voice = s.attribution?.voice;
	return voice?.kind === 'person' && voice.id === speaker.id && voice.name !== to.nameEn;
}

type ActorInfo = Omit<Actor, 'mentions' | 'articles'>;
type EntityInfo = Omit<Entity, 'mentions' | 'articles'>;

/**
 * Facet records of the discovered people and organisations, from their
 * mentions: the Arabic name as written (fullest form), the spellings seen,
 * the roles written beside them, the country a title names (else other).
 */
export function discoveredInfo(articles: readonly Article[]): DiscoveredInfo {
	const collector = discoveredCollector();
	for (const a of articles) collector.add(a);
	return collector;
}

export type DiscoveredInfo = {
	actor: (id: string) => ActorInfo | undefined;
	organization: (id: string) => EntityInfo | undefined;
	/** The known body a discovered organ belongs to (مفوضية إيكواس: ECOWAS), or undefined. */
	parentOf?: (id: string) => string | undefined;
	/** A place found in the text (discover/places.ts), not in the gazetteer. */
	place?: (id: string) => EntityInfo | undefined;
};

/** discoveredInfo, fed one article at a time (a dataset directory is written article by article). */
export function discoveredCollector(): DiscoveredInfo & {add: (article: DiscoveredView) => void} {
	const actors = new Map<string, {info: ActorInfo; spellings: Set<string>; countries: Map<string, number>}>();
	const orgs = new Map<string, {info: EntityInfo; spellings: Set<string>}>();
	const parents = new Map<string, string>();
	const places = new Map<string, {info: EntityInfo; spellings: Set<string>}>();
	const add = (a: DiscoveredView) => {
		for (const s of a.sentences) {
			for (const r of s.actors) {
				if (r.source !== 'discovered') continue;
				let e = actors.get(r.id);
				if (!e) {
					e = {
						info: {id: r.id, nameEn: r.nameEn, nameAr: r.nameAr, aliases: [], roles: [], affiliation: 'other', source: 'discovered'},
						spellings: new Set(),
						countries: new Map(),
					};
					actors.set(r.id, e);
				}
				if (normalise(r.text) !== normalise(r.nameAr)) e.spellings.add(r.text);
				if (r.roleEn && !e.info.roles.some(x => x.titleEn === r.roleEn)) e.info.roles.push(role(r.roleEn, r.roleAr ?? ''));
				else if (r.roleEn && r.roleAr) {
					const x = e.info.roles.find(y => y.titleEn === r.roleEn)!;
					if (!x.titleAr.includes(r.roleAr)) x.titleAr.push(r.roleAr);
				}
				if (r.affiliation) e.countries.set(r.affiliation, (e.countries.get(r.affiliation) ?? 0) + 1);
			}
			for (const r of s.organizations) {
				if (r.source !== 'discovered') continue;
				// An organ's mention carries its body's beside it, on the same words (extract/entities.ts).
				const body = s.organizations.find(o => o !== r && o.source !== 'discovered' && o.start === r.start && o.end === r.end);
				if (body && !parents.has(r.id)) parents.set(r.id, body.id);
				let e = orgs.get(r.id);
				if (!e) {
					e = {info: {id: r.id, nameEn: r.nameEn, nameAr: r.nameAr ?? r.text, aliases: [], source: 'discovered'}, spellings: new Set()};
					orgs.set(r.id, e);
				}
				if (r.nameAr && normalise(r.nameAr).split(' ').length > normalise(e.info.nameAr).split(' ').length) e.info.nameAr = r.nameAr;
				e.spellings.add(r.text);
			}
			for (const r of s.places) {
				if (r.source !== 'discovered') continue;
				let e = places.get(r.id);
				if (!e) {
					e = {info: {id: r.id, nameEn: r.nameEn, nameAr: r.nameAr ?? r.text, aliases: [], source: 'discovered'}, spellings: new Set()};
					places.set(r.id, e);
				}
				e.spellings.add(r.text);
			}
		}
	};
	const dedupe = (xs: Set<string>, name: string) => {
		const seen = new Set([normalise(name)]);
		return [...xs].sort().filter(x => !seen.has(normalise(x)) && seen.add(normalise(x)));
	};
	return {
		add,
		actor: id => {
			const e = actors.get(id);
			if (!e) return undefined;
			const top = [...e.countries].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
			return {
				...e.info,
				aliases: dedupe(e.spellings, e.info.nameAr),
				roles: [...e.info.roles].sort((x, y) => x.titleEn.localeCompare(y.titleEn)),
				affiliation: top?.[0] ?? 'other',
			};
		},
		organization: id => {
			const e = orgs.get(id);
			return e ? {...e.info, aliases: dedupe(e.spellings, e.info.nameAr)} : undefined;
		},
		parentOf: id => parents.get(id),
		place: id => {
			const e = places.get(id);
			return e ? {...e.info, aliases: dedupe(e.spellings, e.info.nameAr)} : undefined;
		},
	};
}

function role(titleEn: string, titleAr: string): Role {
	return {titleEn, titleAr: titleAr ? [titleAr] : [], org: null, from: null, to: null};
}

/** The events' world, naming discovered people and bodies by their names (not their ids) in event labels. */
export function withDiscoveredNames(world: EventWorld, found: DiscoveredInfo): EventWorld {
	return {
		...world,
		actorName: id => found.actor(id)?.nameEn ?? world.actorName(id),
		actorNameAr: id => found.actor(id)?.nameAr ?? world.actorNameAr(id),
		orgName: id => found.organization(id)?.nameEn ?? world.orgName(id),
		// A discovered organ links with its body's events as the lexicon's organs do (cluster.ts).
		parentOf: id => found.parentOf?.(id) ?? world.parentOf(id),
		orgNameAr: id => found.organization(id)?.nameAr ?? world.orgNameAr(id),
	};
}
