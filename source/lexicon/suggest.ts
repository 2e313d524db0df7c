// `lexicon suggest`: the people and organisations a dataset discovered,
// written as entries of data/lexicon/actors.json and organizations.json, for
// a user to review, correct (an English name, a role's dates) and keep: a
// folder holding them, passed to ingest with --lexicon, makes them lexicon
// entries. Each entry also carries `mentions` and a `context` line (and the
// sentence id it comes from) to review it by; the loader ignores them.
//
// A role is kept with its Arabic phrase only when the phrase names a country
// or a body (وزير الخارجية المصري): kept in the lexicon, a phrase resolves to
// its one holder, and a bare title (الرئيس، المشير) would name this person in
// every article. Its dates are unknown (null: held at any date) until the
// user writes them.
import type {Actor, Entity, Role} from '../dataset/schema.js';
import type {LexActor, LexEntity} from './schema.js';

export type Suggested<T> = T & {mentions: number; context: string; sentence: string};
export type Suggestions = {actors: Array<Suggested<LexActor>>; organizations: Array<Suggested<LexEntity>>};

/** A sentence to show beside a suggestion: its id and text. */
export type Context = {id: string; text: string};

const specific = (role: Role) => / \(|\bof\b|\bto\b|\bin\b/.test(role.titleEn);

function actorEntry(a: Actor): LexActor {
	return {
		id: a.id,
		nameEn: a.nameEn,
		nameAr: a.nameAr,
		aliases: [...a.aliases],
		affiliation: a.affiliation,
		roles: a.roles.map(r => ({titleEn: r.titleEn, titleAr: specific(r) ? r.titleAr.filter(t => /\s/.test(t.trim())) : [], org: r.org, from: null, to: null})),
	};
}

/** Discovered actors and organisations as lexicon entries, most mentioned first. Pure. */
export function suggestEntries(
	actors: readonly Actor[],
	organizations: readonly Entity[],
	contextOf: (kind: 'actor' | 'organization', id: string) => Context | null,
): Suggestions {
	const order = <T extends {mentions: number; id: string}>(a: T, b: T) => b.mentions - a.mentions || a.id.localeCompare(b.id);
	const withContext = <T extends object>(entry: T, kind: 'actor' | 'organization', id: string, mentions: number): Suggested<T> => {
		const c = contextOf(kind, id);
		return {...entry, mentions, context: c?.text ?? '', sentence: c?.id ?? ''};
	};
	return {
		actors: actors
			.filter(a => a.source === 'discovered')
			.sort(order)
			.map(a => withContext(actorEntry(a), 'actor', a.id, a.mentions)),
		organizations: organizations
			.filter(o => o.source === 'discovered')
			.sort(order)
			.map(o => withContext({id: o.id, nameEn: o.nameEn, nameAr: o.nameAr, aliases: [...o.aliases]}, 'organization', o.id, o.mentions)),
	};
}
