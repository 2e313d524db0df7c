// The facets other parts browse by: actors, organisations, places, sources and
// days, each linked back to the articles and sentences behind it. Pure.
import type {Actor, Article, Day, Entity, Event, Source} from '../dataset/schema.js';
import {slug} from './events/link.js';

type Lookup<T> = (id: string) => T | undefined;

type ActorInfo = Omit<Actor, 'mentions' | 'articles'>;
type EntityInfo = Omit<Entity, 'mentions' | 'articles'>;

function countBy(articles: Article[], pick: (s: Article['sentences'][number]) => Array<{id: string}>) {
	const counts = new Map<string, {mentions: number; articles: Set<string>}>();
	for (const a of articles) {
		for (const s of a.sentences) {
			for (const {id} of pick(s)) {
				const c = counts.get(id) ?? {mentions: 0, articles: new Set<string>()};
				c.mentions++;
				c.articles.add(a.id);
				counts.set(id, c);
			}
		}
	}
	return counts;
}

function byMentions<T extends {mentions: number; id: string}>(a: T, b: T): number {
	return b.mentions - a.mentions || a.id.localeCompare(b.id);
}

export function actorFacet(articles: Article[], info: Lookup<ActorInfo>): Actor[] {
	const counts = countBy(articles, s => s.actors);
	const out: Actor[] = [];
	for (const [id, c] of counts) {
		const a = info(id);
		if (!a) continue;
		out.push({...a, mentions: c.mentions, articles: [...c.articles].sort()});
	}
	return out.sort(byMentions);
}

export function entityFacet(articles: Article[], pick: (s: Article['sentences'][number]) => Array<{id: string}>, info: Lookup<EntityInfo>): Entity[] {
	const out: Entity[] = [];
	for (const [id, c] of countBy(articles, pick)) {
		const e = info(id);
		if (!e) continue;
		out.push({...e, mentions: c.mentions, articles: [...c.articles].sort()});
	}
	return out.sort(byMentions);
}

/** An article whose page does not name its outlet is shown as such, never guessed. */
export function outletSource(article: Article): {id: string; name: string} {
	if (article.outlet) return {id: slug(article.outlet), name: article.outlet};
	const n = /^\d+/.exec(article.id)?.[0] ?? article.id;
	return {id: `unattributed-${slug(n)}`, name: `Unattributed (${n})`};
}

export function sourceFacet(articles: Article[], agencyNameAr: Lookup<string>): Source[] {
	const sources = new Map<string, Source>();
	const get = (id: string, init: () => Source) => {
		let s = sources.get(id);
		if (!s) {
			s = init();
			sources.set(id, s);
		}
		return s;
	};
	for (const a of articles) {
		const o = outletSource(a);
		const outlet = get(o.id, () => ({id: o.id, name: o.name, nameAr: null, kind: 'outlet', articles: [], sentences: []}));
		if (!outlet.articles.includes(a.id)) outlet.articles.push(a.id);
		for (const s of a.sentences) {
			outlet.sentences.push(s.id);
			for (const c of s.citedSources) {
				const src = get(c.id, () => ({id: c.id, name: c.name, nameAr: agencyNameAr(c.id) ?? null, kind: c.kind, articles: [], sentences: []}));
				if (!src.articles.includes(a.id)) src.articles.push(a.id);
				if (src.sentences.at(-1) !== s.id) src.sentences.push(s.id);
			}
		}
	}
	const kindRank = {outlet: 0, agency: 1, anonymous: 2} as const;
	return [...sources.values()]
		.map(s => ({...s, articles: s.articles.sort()}))
		.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || b.sentences.length - a.sentences.length || a.id.localeCompare(b.id));
}

export function daysOf(value: string | null, end: string | null): string[] {
	if (!value || value.length !== 10) return [];
	if (!end || end.length !== 10 || end <= value) return [value];
	const out: string[] = [];
	const d = new Date(`${value}T00:00:00Z`);
	const last = new Date(`${end}T00:00:00Z`);
	// Ranges in news text are days long; cap to keep a malformed range harmless.
	for (let i = 0; d <= last && i < 62; i++) {
		out.push(d.toISOString().slice(0, 10));
		d.setUTCDate(d.getUTCDate() + 1);
	}
	return out;
}

export function dayFacet(articles: Article[], events: Event[]): Day[] {
	const days = new Map<string, {events: Set<string>; articles: Set<string>; published: Set<string>; sentences: string[]; mentions: number}>();
	const get = (date: string) => {
		let d = days.get(date);
		if (!d) {
			d = {events: new Set(), articles: new Set(), published: new Set(), sentences: [], mentions: 0};
			days.set(date, d);
		}
		return d;
	};
	for (const a of articles) {
		if (a.published) {
			const d = get(a.published);
			d.published.add(a.id);
			d.articles.add(a.id);
		}
		for (const s of a.sentences) {
			for (const ref of s.dates) {
				for (const date of daysOf(ref.value, ref.rangeEnd)) {
					const d = get(date);
					d.mentions++;
					d.articles.add(a.id);
					if (d.sentences.at(-1) !== s.id) d.sentences.push(s.id);
				}
			}
		}
	}
	for (const e of events) {
		for (const date of daysOf(e.date, e.end)) get(date).events.add(e.id);
	}
	return [...days.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([date, d]) => ({
			date,
			events: [...d.events].sort(),
			articles: [...d.articles].sort(),
			published: [...d.published].sort(),
			sentences: d.sentences,
			mentions: d.mentions,
		}));
}
