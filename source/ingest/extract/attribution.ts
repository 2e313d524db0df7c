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

/** Particles between a fronted subject and its verb (وكان مسؤول … قد قال). */
const BEFORE_VERB = new Set(['قد', 'لقد'].map(normalise));

/**
 * A subject written before the verb: "غير أن المتحدث … بيسكوف قال"، "وكان
 * مسؤول أوروبي قد قال"، "أما الرئيس زيلينسكي، فقال". The subject must end
 * right before the verb (or its قد), in the same clause unless the verb
 * carries the ف that answers أما.
 */
function subjectBefore(verbFrom: number, tokens: Token[], parts: Parts, lexicon: Lexicon) {
	let k = verbFrom;
	while (k > 0 && BEFORE_VERB.has(tokens[k - 1]!.norm)) k--;
	// An adjective trailing an anonymous source (مسؤول أوروبي رفيع قد قال).
	const adjEnd = k;
	while (k > 0 && lexicon.modifiers.has(tokens[k - 1]!.norm) && k > adjEnd - 2) k--;
	if (k !== adjEnd && !parts.anonymous.some(a => a.to === k)) k = adjEnd;
	if (HARD.test(tokens[k]!.gap) && !(tokens[verbFrom]!.norm.startsWith('ف') && /^[\s،,]+$/.test(tokens[k]!.gap))) return null;
	const ends = [
		...parts.roles.map(r => ({from: r.match.from, to: r.match.to})),
		...parts.anonymous.map(a => ({from: a.from, to: a.to})),
		...parts.entities.map(e => ({from: e.from, to: e.to})),
	].filter(x => x.to === k);
	// The closest complete phrase: a name after its role phrase wins over the role.
	ends.sort((a, b) => b.from - a.from);
	for (const x of ends) {
		const found = subjectAt(x.from, parts, lexicon);
		if (found && (found.speaker || parts.anonymous.some(a => a.from === x.from) || parts.roles.some(r => r.match.from === x.from))) return found;
	}
	return null;
}

/** نقل عن: the one quoted is after عن, not the agency that relays (نقلت تاس عن لافروف قوله). */
function relayedFrom(at: number, tokens: Token[], parts: Parts, lexicon: Lexicon) {
	if (at >= tokens.length || tokens[at]!.norm !== 'عن' || HARD.test(tokens[at]!.gap)) return null;
	if (at + 1 >= tokens.length || HARD.test(tokens[at + 1]!.gap)) return null;
	return subjectAt(at + 1, parts, lexicon);
}

/** Where the subject phrase that starts at j ends (the longest one found there). */
function subjectEnd(j: number, parts: Parts): number {
	const tos = [
		...parts.roles.filter(r => r.match.from === j).map(r => r.match.to),
		...parts.anonymous.filter(a => a.from === j).map(a => a.to),
		...parts.entities.filter(e => e.from === j).map(e => e.to),
	];
	return tos.length ? Math.max(...tos) : j + 1;
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
		const relays = v.targets.some(t => normalise(t.lemma) === normalise('نقل'));
		if (relays) {
			const after = found ? subjectEnd(j, parts) : v.to;
			const quoted = relayedFrom(after, tokens, parts, lexicon);
			if (quoted) return {...quoted, verb: v.text, start: v.start, end: v.end};
		}
		if (found) return {...found, verb: v.text, start: v.start, end: v.end};
		const fronted = subjectBefore(v.from, tokens, parts, lexicon);
		if (fronted) return {...fronted, verb: v.text, start: v.start, end: v.end};
		const opensSentence = tokens.slice(0, v.from).every(t => OPENERS.has(t.norm));
		if (!opensSentence || !previousSpeaker) continue;
		const next = tokens[v.to];
		const continues = !next || /[:"“”«]/.test(next.gap) || COMPLEMENTS.has(next.norm);
		if (continues) return {speaker: previousSpeaker, role: null, verb: v.text, start: v.start, end: v.end};
	}
	return null;
}
