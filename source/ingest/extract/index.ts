// Entity extraction for one sentence: actors, role-only mentions,
// organisations, places, cited sources and the attribution. Pure: the same
// text, date and lexicon give the same result. Spans are UTF-16 offsets into
// the given text. Dates and numbers are extracted elsewhere.
import type {Extracted} from '../types.js';
import type {Lexicon} from '../../lexicon/load.js';
import {tokenize} from '../../arabic/gazetteer.js';
import {extractActors, findRoles} from './actors.js';
import {extractOrgsAndPlaces, matchEntities} from './entities.js';
import {anonymousSources, creditedAgencies, findAnonymous} from './sources.js';
import {extractAttribution, type PreviousVoice, type Speaker} from './attribution.js';

export type ExtractContext = {
	/** The article's publication date (YYYY-MM-DD), used to resolve role phrases; null if unknown. */
	date: string | null;
	lexicon: Lexicon;
	/** Speaker of the previous sentence, for sentences that continue it (وأضاف: …). */
	previousSpeaker: PreviousVoice | Speaker | null;
	/** A caption's agency credit is the photo's, not a citation. */
	kind?: 'title' | 'body' | 'caption';
};

export type ExtractedEntities = Pick<Extracted, 'actors' | 'roles' | 'organizations' | 'places' | 'citedSources' | 'attribution'>;

export function extractEntities(text: string, ctx: ExtractContext): ExtractedEntities {
	const {lexicon, date} = ctx;
	const tokens = tokenize(text);
	const entities = matchEntities(tokens, text, lexicon);
	const roles = findRoles(tokens, text, date, lexicon, entities);
	const {actors, roles: roleRefs} = extractActors(entities, roles, lexicon);
	const {organizations, places} = extractOrgsAndPlaces(tokens, entities, lexicon);
	const anonymous = findAnonymous(
		tokens,
		text,
		lexicon,
		roles.map(r => r.match),
	);
	const citedSources = [...creditedAgencies(tokens, text, entities, lexicon, ctx.kind), ...anonymousSources(anonymous)].sort((a, b) => a.start - b.start);
	const attribution = extractAttribution(tokens, text, lexicon, {entities, roles, anonymous}, ctx.previousSpeaker);
	return {actors, roles: roleRefs, organizations, places, citedSources, attribution};
}

export type {PreviousVoice, Speaker} from './attribution.js';
