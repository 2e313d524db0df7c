// Entity extraction for one sentence: actors, role-only mentions,
// organisations, places, cited sources and the attribution. Pure: the same
// text, date and lexicon give the same result. Spans are UTF-16 offsets into
// the given text. Dates and numbers are extracted elsewhere.
//
// An article is read in two passes (discover/article.ts): the first finds the
// people and organisations no lexicon lists and lays their names over the
// lexicon, the second extracts each sentence with them. `prepareArticle`
// runs the first; give its lexicon and each sentence's `prepared` parts to
// extractEntities. Called without them, extractEntities treats the sentence
// as an article of one.
import type {Extracted} from '../types.js';
import type {Lexicon} from '../../lexicon/load.js';
import {discoveredRoles, extractActors, findRoles, type RoleMention} from './actors.js';
import {discoverArticle, type ArticleDiscovery, type PreparedSentence} from './discover/article.js';
import {extractOrgsAndPlaces, matchEntities} from './entities.js';
import {type AnonMention, anonymousSources, creditedAgencies, findAnonymous} from './sources.js';
import {type ArticleMemory, extractAttribution, type PreviousVoice, type Speaker} from './attribution.js';

export type ExtractContext = {
	/** The article's publication date (YYYY-MM-DD), used to resolve role phrases; null if unknown. */
	date: string | null;
	lexicon: Lexicon;
	/** Speaker of the previous sentence, for sentences that continue it (وأضاف: …). */
	previousSpeaker: PreviousVoice | Speaker | null;
	/** A caption's agency credit is the photo's, not a citation. */
	kind?: 'title' | 'body' | 'caption';
	/** The sentence as the article's first pass left it (with `lexicon` from prepareArticle). */
	prepared?: PreparedSentence;
};

/** The article's first pass: its sentences' tokens and matches, and its own names over the lexicon. */
export function prepareArticle(texts: readonly string[], lexicon: Lexicon): ArticleDiscovery {
	return discoverArticle(texts, lexicon);
}

export type ExtractedEntities = Pick<Extracted, 'actors' | 'roles' | 'organizations' | 'places' | 'citedSources' | 'attribution'>;

export function extractEntities(text: string, ctx: ExtractContext): ExtractedEntities {
	let {lexicon, prepared} = ctx;
	if (!prepared) {
		const one = discoverArticle([text], lexicon);
		lexicon = one.lexicon;
		prepared = one.sentences[0]!;
	}
	const {date} = ctx;
	const {tokens} = prepared;
	const entities = matchEntities(tokens, text, lexicon, prepared.entities);
	const roles = discoveredRoles(entities, findRoles(tokens, text, date, lexicon, entities), prepared.roles, lexicon);
	const {actors, roles: roleRefs} = extractActors(entities, roles, lexicon, prepared.roles);
	const {organizations, places} = extractOrgsAndPlaces(tokens, entities, lexicon);
	const anonymous = findAnonymous(tokens, text, lexicon, roles.length ? roles.map(r => r.match) : NO_SPANS, prepared.words);
	const citedSources = citedInOrder(creditedAgencies(tokens, text, entities, lexicon, ctx.kind), anonymous);
	const memory = prepared.memory;
	const attribution = extractAttribution(tokens, text, lexicon, {entities, roles, anonymous, verbs: prepared.verbs}, ctx.previousSpeaker, memory);
	if (memory) remember(memory, {organizations, actors, roles, anonymous, attribution}, prepared, lexicon);
	return {actors, roles: roleRefs, organizations, places, citedSources, attribution};
}

const NO_SPANS: ReadonlyArray<{from: number; to: number}> = [];
const byStart = (a: {start: number}, b: {start: number}) => a.start - b.start;

/**
 * The agencies credited and the anonymous sources cited, by start (a stable sort). Most sentences cite
 * neither kind: no copy of the two lists is made then, nor when only one has any.
 */
function citedInOrder(agencies: ExtractedEntities['citedSources'], anonymous: AnonMention[]): ExtractedEntities['citedSources'] {
	let cited = false;
	for (const a of anonymous) if (a.cited) cited = true;
	if (!cited) return agencies.sort(byStart);
	const sources = anonymousSources(anonymous);
	return agencies.length === 0 ? sources.sort(byStart) : [...agencies, ...sources].sort(byStart);
}

/** What this sentence adds to the article's memory (attribution.ts, ArticleMemory): its bodies, its titled people, the body that spoke. */
function remember(
	memory: ArticleMemory,
	found: {
		organizations: ExtractedEntities['organizations'];
		actors: ExtractedEntities['actors'];
		roles: RoleMention[];
		anonymous: AnonMention[];
		attribution: ExtractedEntities['attribution'];
	},
	prepared: PreparedSentence,
	lexicon: Lexicon,
): void {
	// An office named without its holder (لمتحدث باسم الاتحاد الأوروبي) is the latest of its kind: a bare title after it is not someone named earlier.
	// Texts as written: normalised only when a sentence points back (rare), not for every sentence.
	for (const a of found.anonymous) memory.people.push({id: null, nameEn: a.name, titles: [a.text]});
	for (const r of found.roles) if (!r.actor) memory.people.push({id: null, nameEn: r.roleEn, titles: [r.match.text]});
	for (const o of found.organizations) memory.orgs.push({id: o.id, nameEn: o.nameEn, head: o.nameAr ?? lexicon.organizations.get(o.id)?.nameAr ?? o.text});
	for (const a of found.actors) {
		const titles: string[] = [];
		if (a.roleAr) titles.push(a.roleAr);
		for (const r of found.roles) if (r.actor?.id === a.id) titles.push(r.match.text);
		for (const role of prepared.roles.values()) if (role.title.end <= a.start && a.start - role.title.end <= 2) titles.push(role.title.text);
		if (titles.length) memory.people.push({id: a.id, nameEn: a.nameEn, titles});
	}
	const v = found.attribution?.voice;
	if (v && (v.kind === 'institution' || v.kind === 'government')) memory.body = v;
}

export type {PreviousVoice, Speaker} from './attribution.js';
