// Entity extraction for a sentence in Latin script (an English or French
// article, or an English sentence inside an Arabic one): the actors, places,
// organisations and agencies whose Latin names the lexicon knows, the agencies
// a sentence credits, and who said it when a reporting verb names a known
// speaker ("Stoltenberg said", "said Jens Stoltenberg", "told Reuters").
// Returns the same shape as the Arabic extractor, so everything downstream
// (days, sources, search, the comparison) treats both alike.
import type {Lexicon} from '../../../lexicon/load.js';
import type {ExtractContext, ExtractedEntities} from '../index.js';
import {findLatinNames, type LatinMention} from './names.js';

/** Reporting verbs, English then French, in the forms news copy uses. */
const VERBS =
	/(?<![\p{L}])(said|says|told|added|warned|stressed|stated|announced|noted|explained|insisted|argued|claimed|confirmed|denied|urged|acknowledged|according to|a déclaré|a dit|a affirmé|a ajouté|a souligné|a averti|selon)(?![\p{L}])/giu;

/** A preposition of place right before a name (in Russia, to the United States, en Russie). */
const LOCATIVE = /(?:^|\s)(?:in|into|inside|to|from|across|near|at|towards?|en|au|aux|dans|vers)\s+(?:the\s+)?$/iu;

/** A credit for an agency: "(Reuters)", "Reuters reported", "told Reuters", "according to AFP". */
function credited(text: string, m: LatinMention): boolean {
	const before = text.slice(Math.max(0, m.start - 24), m.start);
	const after = text.slice(m.end, m.end + 24);
	if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
	if (/(?:told|according to|cited by|quoted by|reported by|via|selon|a indiqué à|a déclaré à)\s+(?:the\s+)?$/iu.test(before)) return true;
	return /^(?:'s)?\s+(?:news agency\s+)?(?:reported|said|says|quoted|cited|learned|rapporte|indique)/iu.test(after);
}

export function extractLatinEntities(text: string, ctx: ExtractContext): ExtractedEntities {
	const lexicon: Lexicon = ctx.lexicon;
	const mentions = findLatinNames(text, lexicon);
	const actors: ExtractedEntities['actors'] = [];
	const organizations: ExtractedEntities['organizations'] = [];
	const places: ExtractedEntities['places'] = [];
	const citedSources: ExtractedEntities['citedSources'] = [];
	for (const m of mentions) {
		const span = {text: m.text, start: m.start, end: m.end};
		if (m.kind === 'actor') {
			const a = lexicon.actors.get(m.id)!;
			actors.push({id: a.id, nameEn: a.nameEn, nameAr: a.nameAr, ...span});
		} else if (m.kind === 'org') organizations.push({id: m.id, nameEn: lexicon.organizations.get(m.id)!.nameEn, ...span});
		else if (m.kind === 'place') {
			const place = lexicon.places.get(m.id)!;
			// Russia, the United States: parties more than places, counted as places only where the text puts something in them.
			if (place.locativeOnly && !LOCATIVE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
			places.push({id: m.id, nameEn: place.nameEn, ...span});
		} else if (credited(text, m)) citedSources.push({id: `agency:${m.id}`, name: lexicon.agencies.get(m.id)!.nameEn, kind: 'agency', ...span});
	}
	return {actors, roles: [], organizations, places, citedSources, attribution: attribution(text, actors)};
}

/**
 * The speaker of a sentence: the known actor nearest a reporting verb, on
 * either side of it ("Stoltenberg said", "said Jens Stoltenberg"); none when
 * the verb names no one the lexicon knows (the statement said).
 */
function attribution(text: string, actors: ExtractedEntities['actors']): ExtractedEntities['attribution'] {
	if (actors.length === 0) return null;
	for (const v of text.matchAll(VERBS)) {
		const start = v.index!;
		const end = start + v[0].length;
		// Within a few words of the verb, and not across a sentence's inner stop.
		const near = actors
			.map(a => ({a, gap: a.end <= start ? text.slice(a.end, start) : a.start >= end ? text.slice(end, a.start) : ''}))
			.filter(({gap}) => gap.length <= 40 && !/[.;:?!]/.test(gap))
			.sort((x, y) => x.gap.length - y.gap.length)[0];
		if (near) return {speaker: {id: near.a.id, nameEn: near.a.nameEn}, role: null, verb: v[0], start, end};
	}
	return null;
}
