// What the dataset builder reads of an article (counts.ts FacetArticle): its
// head, and of each sentence the values it stands behind. A directory
// ingest's parse worker writes it beside the article's line in its spill row
// (ingest/spill-files.ts), and the second pass parses it instead of the line:
// at 100k generated articles, decoding and parsing every line was ~25 s of
// that pass's ~62 s on the main thread (a profile), the ingest's path after
// the parse (issue 21). The sentences' texts, offsets and names are most of a
// line and the builder reads none of them.
import type {Article} from '../schema.js';
import {copyWithout} from '../../util/copy-without.js';
import type {FacetArticle, FacetSentence} from './counts.js';

/** The article as the builder reads it: its head's fields in their order, each sentence only what FacetSentence holds. */
export function facetArticle(a: Article): FacetArticle {
	return copyWithout(a, ['sentences', 'boilerplate', 'captions'], {sentences: a.sentences.map(facetSentence)});
}

function facetSentence(s: Article['sentences'][number]): FacetSentence {
	const speaker = s.attribution?.speaker;
	return {
		line: s.line,
		actors: s.actors.length === 0 ? NONE : s.actors.map(r => ({id: r.id, text: r.text})),
		attribution: s.attribution ? {speaker: speaker ? {id: speaker.id} : null} : null,
		dates: s.dates.length === 0 ? NONE : s.dates.map(d => ({text: d.text, value: d.value, rangeEnd: d.rangeEnd, resolution: d.resolution})),
		citedSources:
			s.citedSources.length === 0
				? NONE
				: s.citedSources.map(c => ({id: c.id, name: c.name, kind: c.kind, ...(c.photo === undefined ? {} : {photo: c.photo})})),
		organizations: s.organizations.length === 0 ? NONE : s.organizations.map(r => ({id: r.id})),
		places: s.places.length === 0 ? NONE : s.places.map(r => ({id: r.id})),
		events: s.events,
	};
}

/** The list a sentence with none of something holds (one for all, never written to). */
const NONE: readonly never[] = Object.freeze([]);
