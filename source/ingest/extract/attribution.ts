// Who says what: a reporting verb (verbs.json) and the subject right after it,
// Arabic being verb-first in news prose (وقال ستولتنبرغ، أكدت المتحدثة باسم…).
// The subject may be a name, a role phrase with or without a name, an
// anonymous source, or an institution. A sentence that opens with a verb and
// no subject (وأضاف: …، وأشار أن…) continues the previous sentence's speaker.
import type {Attribution} from '../../dataset/schema.js';
import {normalise} from '../arabic/normalise.js';
import type {Lexicon} from '../../lexicon/load.js';
import {scan, type Token} from './gazetteer.js';
import type {RoleMention} from './actors.js';
import type {EntityMatch} from './entities.js';
import type {AnonMention} from './sources.js';

export type Speaker = {id: string; nameEn: string};

const HARD = /[.,،:;؛!?؟\n]/;
/** Words that may stand between verb and subject (في وقت قال فيه مصدر…). */
const SKIP = new Set(['فيه', 'فيها', 'أيضا', 'ايضا', 'كذلك', 'بدوره', 'بدورها'].map(normalise));
/** Sentence openers that still leave the verb "first" (كما أكد…، وقد حذر…). */
const OPENERS = new Set(['كما', 'وكما', 'ثم', 'وقد', 'قد', 'و', 'ف'].map(normalise));
/** What follows a subjectless verb: a complementiser or a preposition leading to the content. */
const COMPLEMENTS = new Set(['أن', 'إن', 'انه', 'انها', 'انهم', 'بأن', 'بانه', 'بانها', 'إلى', 'على', 'بالقول', 'قائلا', 'قائلة', 'مؤكدا', 'مؤكدة'].map(normalise));

type Parts = {entities: EntityMatch[]; roles: RoleMention[]; anonymous: AnonMention[]};

function subjectAt(j: number, parts: Parts, lexicon: Lexicon): {speaker: Speaker | null; role: string | null} | null {
	const role = parts.roles.find(r => r.match.from === j);
	if (role) return role.actor ? {speaker: {id: role.actor.id, nameEn: role.actor.nameEn}, role: null} : {speaker: null, role: role.roleEn};
	const anon = parts.anonymous.find(a => a.from === j);
	if (anon) return {speaker: null, role: anon.name};
	const ent = parts.entities.find(e => e.from === j);
	if (!ent) return null;
	const actor = ent.targets.find(t => t.kind === 'actor');
	if (actor) {
		const a = lexicon.actors.get(actor.id)!;
		return {speaker: {id: a.id, nameEn: a.nameEn}, role: null};
	}
	// An institution speaking (وقالت وزارة الخارجية الروسية، نقلت تاس): no person, its name as the role.
	const t = ent.targets[0]!;
	const e = t.kind === 'org' ? lexicon.organizations.get(t.id) : t.kind === 'place' ? lexicon.places.get(t.id) : lexicon.agencies.get(t.id);
	return e ? {speaker: null, role: e.nameEn} : null;
}

export function extractAttribution(
	tokens: Token[],
	text: string,
	lexicon: Lexicon,
	parts: Parts,
	previousSpeaker: Speaker | null,
): Attribution | null {
	const verbs = scan(tokens, lexicon.verbTrie, text, {allowPrefix: p => p === 'و' || p === 'ف'});
	for (const v of verbs) {
		let j = v.to;
		while (j < tokens.length && SKIP.has(tokens[j]!.norm) && !HARD.test(tokens[j]!.gap)) j++;
		const found = j < tokens.length && !HARD.test(tokens[j]!.gap) ? subjectAt(j, parts, lexicon) : null;
		if (found) return {...found, verb: v.text, start: v.start, end: v.end};
		const opensSentence = tokens.slice(0, v.from).every(t => OPENERS.has(t.norm));
		if (!opensSentence || !previousSpeaker) continue;
		const next = tokens[v.to];
		const continues = !next || /[:"“”«]/.test(next.gap) || COMPLEMENTS.has(next.norm);
		if (continues) return {speaker: previousSpeaker, role: null, verb: v.text, start: v.start, end: v.end};
	}
	return null;
}
