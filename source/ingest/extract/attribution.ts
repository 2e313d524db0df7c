// Who says what: a reporting verb (verbs.json) and the subject right after it,
// Arabic being verb-first in news prose (وقال ستولتنبرغ، أكدت المتحدثة باسم…).
// The subject may be a name, a role phrase with or without a name, an
// anonymous source, or an institution. A sentence that opens with a verb and
// no subject (وأضاف: …، وأشار أن…) continues the previous sentence's speaker.
import type {Attribution} from '../../dataset/schema.js';
import {normalise} from '../../arabic/normalise.js';
import type {Lexicon} from '../../lexicon/load.js';
import {CONJUNCTION_ONLY, matchAt, scan, type Token} from '../../arabic/gazetteer.js';
import type {RoleMention} from './actors.js';
import type {EntityMatch} from './entities.js';
import type {AnonMention} from './sources.js';

export type Speaker = {id: string; nameEn: string};

const HARD = /[.,،:;؛!?؟\n]/;
/** Words that may stand between verb and subject (في وقت قال فيه مصدر…). */
const SKIP = new Set(['فيه', 'فيها', 'أيضا', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'لي', 'لنا', 'له', 'لها', 'لهم'].map(normalise));
/** Sentence openers that still leave the verb "first" (كما أكد…، وقد حذر…). */
const OPENERS = new Set(['كما', 'وكما', 'ثم', 'وقد', 'قد', 'و', 'ف'].map(normalise));
/** What follows a subjectless verb: a complementiser or a preposition leading to the content. */
const COMPLEMENTS = new Set(
	['أن', 'إن', 'انه', 'انها', 'انهم', 'بأن', 'بانه', 'بانها', 'إلى', 'على', 'بالقول', 'قائلا', 'قائلة', 'مؤكدا', 'مؤكدة'].map(normalise),
);

/** The verb whose subject relays rather than speaks (نقلت تاس عن…). */
const RELAY = normalise('نقل');

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

/** How many unlisted title words may stand between a verb and the name they introduce. */
const TITLE_SPAN = 5;
/** Prepositions that start a complement, not a title (مسؤول في إدارة بايدن is not Biden). */
const TITLE_STOPS = new Set(['في', 'من', 'عن', 'مع', 'إلى', 'على', 'عقب', 'بعد', 'خلال', 'أمام', 'حول'].map(normalise));

/**
 * A person named after a title the lexicon does not list ("قالت مساعدة وزير
 * الخارجية الأمريكي فيكتوريا نولاند"، "قال الرئيس بايدن"): the first actor
 * within a few words of the verb, in the same clause, with nothing between
 * but words that cannot start the reported content (no complementiser, no
 * verb, no other entity).
 */
function titledName(j: number, tokens: Token[], parts: Parts, lexicon: Lexicon): {speaker: Speaker; role: null} | null {
	for (let k = j; k < Math.min(tokens.length, j + TITLE_SPAN + 1); k++) {
		if (k > j && HARD.test(tokens[k]!.gap)) return null;
		const ent = parts.entities.find(e => e.from === k);
		const actor = ent?.targets.find(t => t.kind === 'actor');
		if (actor) {
			const a = lexicon.actors.get(actor.id)!;
			return {speaker: {id: a.id, nameEn: a.nameEn}, role: null};
		}
		// A role phrase or an anonymous source there would have been the subject itself.
		if (k > j && (parts.roles.some(r => r.match.from === k) || parts.anonymous.some(a => a.from === k))) return null;
		const t = tokens[k]!;
		if (COMPLEMENTS.has(t.norm) || TITLE_STOPS.has(t.norm) || /^[0-9]/.test(t.norm) || matchAt(tokens, k, lexicon.verbTrie, '', CONJUNCTION_ONLY)) return null;
	}
	return null;
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

export function extractAttribution(tokens: Token[], text: string, lexicon: Lexicon, parts: Parts, previousSpeaker: Speaker | null): Attribution | null {
	const verbs = scan(tokens, lexicon.verbTrie, text, CONJUNCTION_ONLY);
	for (const v of verbs) {
		let j = v.to;
		while (j < tokens.length && SKIP.has(tokens[j]!.norm) && !HARD.test(tokens[j]!.gap)) j++;
		const found = j < tokens.length && !HARD.test(tokens[j]!.gap) ? (subjectAt(j, parts, lexicon) ?? titledName(j, tokens, parts, lexicon)) : null;
		const relays = v.targets.some(t => normalise(t.lemma) === RELAY);
		if (relays) {
			const after = found ? subjectEnd(j, parts) : v.to;
			const quoted = relayedFrom(after, tokens, parts, lexicon);
			if (quoted) return {...quoted, verb: v.text, start: v.start, end: v.end};
		}
		if (found && !found.speaker) {
			// An unnamed office followed by its holder's name (المتحدث باسم الأمين العام ستيفان دوجاريك): the name wins.
			const named = titledName(subjectEnd(j, parts), tokens, parts, lexicon);
			if (named) return {...named, verb: v.text, start: v.start, end: v.end};
		}
		if (found) return {...found, verb: v.text, start: v.start, end: v.end};
		const fronted = subjectBefore(v.from, tokens, parts, lexicon);
		if (fronted) return {...fronted, verb: v.text, start: v.start, end: v.end};
		const opensSentence = tokens.slice(0, v.from).every(t => OPENERS.has(t.norm));
		if (!opensSentence || !previousSpeaker) continue;
		// A bare definite title standing for the speaker just named (وأضافت الوزيرة البريطانية أن…).
		let n = v.to;
		while (
			n < v.to + 3 &&
			n < tokens.length &&
			!HARD.test(tokens[n]!.gap) &&
			tokens[n]!.norm.startsWith('ال') &&
			!parts.entities.some(e => e.from <= n && n < e.to)
		)
			n++;
		const next = tokens[n];
		const continues =
			n === v.to ? !next || /[:"“”«]/.test(next.gap) || COMPLEMENTS.has(next.norm) : !!next && !HARD.test(next.gap) && COMPLEMENTS.has(next.norm);
		if (continues) return {speaker: previousSpeaker, role: null, verb: v.text, start: v.start, end: v.end};
	}
	return null;
}
