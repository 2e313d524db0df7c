// Who says what: a reporting verb (verbs.json) and the subject right after it,
// Arabic being verb-first in news prose (وقال ستولتنبرغ، أكدت المتحدثة باسم…).
// The subject may be a name, a role phrase with or without a name, an
// anonymous source, or an institution. A sentence that opens with a verb and
// no subject (وأضاف: …، وأشار أن…) continues the previous sentence's speaker.
//
// Every attribution says what kind of voice speaks (voice.ts): a person, a
// role without a name, an institution, a government (a country, or a capital
// standing for it), an agency, an anonymous source. The speaker is the
// subject, never the object: verbs of warning and calling take one
// (حذرت الولايات المتحدة بوتين: Washington speaks), so no name after their
// subject is looked for. Frames that name the source after them (بحسب،
// وفقا لـ، على لسان) count when no verb of the sentence has a subject, and a
// headline's "X: …" gives X.
import type {Attribution, Voice} from '../../dataset/schema.js';
import {normalise} from '../../arabic/normalise.js';
import {isSpaceCode} from '../../arabic/chars.js';
import type {Lexicon} from '../../lexicon/load.js';
import {CONJUNCTION_ONLY, matchAt, scan, type Match, type Token} from '../../arabic/gazetteer.js';
import type {LexVerb} from '../../lexicon/schema.js';
import type {RoleMention} from './actors.js';
import type {EntityMatch} from './entities.js';
import type {AnonMention} from './sources.js';
import {adjectiveAt} from './discover/titles.js';
import {bareStem} from './discover/sentence.js';

/**
 * What the article has said so far, for a subject that points back: a bare
 * body (وأوضحت الوزارة، وحذر المجلس) is the last body named with that head
 * noun; a bare title (وقال الوزير، وأعلن المتحدث) the last person who bore
 * it; a statement (وأضاف البيان، بحسب البيان الختامي) the last body that
 * spoke or was named. Filled sentence by sentence (index.ts).
 */
export type ArticleMemory = {
	/** `head`: the body's Arabic name as written (its first word, normalised and without the article, is compared). */
	orgs: Array<{id: string; nameEn: string; head: string}>;
	/** Titled people, and offices named without a holder (id null), in reading order; titles as written. */
	people: Array<{id: string | null; nameEn: string; titles: string[]}>;
	/** The last body or government that spoke. */
	body: Voice | null;
};
export const newMemory = (): ArticleMemory => ({orgs: [], people: [], body: null});

export type Speaker = {id: string; nameEn: string};
/** What a sentence's attribution leaves for the next one to continue (وأضاف…). */
export type PreviousVoice = Pick<Attribution, 'speaker' | 'role' | 'voice'>;
type Found = {speaker: Speaker | null; role: string | null; voice: Voice};

const HARD = /[.,،:;؛!?؟\n]/;
/** Words that may stand between verb and subject (في وقت قال فيه مصدر…). */
/** …and a partitive before the subject (قال أحد الدبلوماسيين). */
const SKIP = new Set(
	[
		'فيه',
		'فيها',
		'أيضا',
		'ايضا',
		'كذلك',
		'بدوره',
		'بدورها',
		'لي',
		'لنا',
		'له',
		'لها',
		'لهم',
		'به',
		'بها',
		'أحد',
		'إحدى',
		// A count before a plural source (قال ثلاثة دبلوماسيين).
		'اثنان',
		'اثنين',
		'ثلاثة',
		'أربعة',
		'خمسة',
		'ستة',
		'سبعة',
		'ثمانية',
		'تسعة',
		'عشرة',
		'عدة',
		'بعض',
	].map(normalise),
);
/** Sentence openers that still leave the verb "first" (كما أكد…، وقد حذر…). */
const OPENERS = new Set(['كما', 'وكما', 'ثم', 'وقد', 'قد', 'و', 'ف'].map(normalise));
/** What follows a subjectless verb: a complementiser or a preposition leading to the content. */
const COMPLEMENTS = new Set(
	['أن', 'إن', 'انه', 'انها', 'انهم', 'بأن', 'بانه', 'بانها', 'إلى', 'على', 'بالقول', 'قائلا', 'قائلة', 'مؤكدا', 'مؤكدة'].map(normalise),
);

const BISM = normalise('باسم');
/** The verb whose subject relays rather than speaks (نقلت تاس عن…). */
const RELAY = normalise('نقل');

/** `verbs`: the sentence's reporting verbs when the article's first pass already found them (discover/sentence.ts). */
type Parts = {entities: EntityMatch[]; roles: RoleMention[]; anonymous: AnonMention[]; tokens?: Token[]; memory?: ArticleMemory; verbs?: Array<Match<LexVerb>>};

/** Words of a body's own statement standing for the body (وأضاف البيان، بحسب البيان الختامي للقمة). */
const STATEMENT = new Set(['البيان', 'بيان'].map(normalise));
/** What a country's government is called (السلطات الجزائرية، الحكومة النيجيرية). */
const GOVERNMENT = new Set(['الحكومة', 'السلطات', 'حكومة', 'سلطات'].map(normalise));

/** Is token k joined to the one before it (only spaces between)? */
const joinedAt = (tokens: Token[], k: number) => k < tokens.length && onlySpaces(tokens[k]!.gap);

/** /^\s+$/.test(gap) by code unit: asked at every subject candidate (pointsBack), where the RegExp call was most of joinedAt's 6 ms on the 1k corpus. */
function onlySpaces(gap: string): boolean {
	if (gap.length === 0) return false;
	for (let i = 0; i < gap.length; i++) if (!isSpaceCode(gap.charCodeAt(i))) return false;
	return true;
}

// normalise() of the article's remembered names and titles, asked again by every
// later subject that points back: the same few strings per article, so each is
// normalised once. Bounded like the other memos.
const normalisedMemo = new Map<string, string>();
function normalisedOnce(s: string): string {
	let n = normalisedMemo.get(s);
	if (n === undefined) {
		n = normalise(s);
		if (normalisedMemo.size >= 20_000) normalisedMemo.clear();
		normalisedMemo.set(s, n);
	}
	return n;
}
const headMemo = new Map<string, string>();
/** A body's head noun: its name's first word, normalised, without the article. */
function headOf(nameAr: string): string {
	let h = headMemo.get(nameAr);
	if (h === undefined) {
		h = normalise(nameAr.split(/\s+/)[0] ?? '').replace(/^ال/, '');
		if (headMemo.size >= 20_000) headMemo.clear();
		headMemo.set(nameAr, h);
	}
	return h;
}

/** The stem of a definite word without its article (الوزارة → وزاره), or null. */
function definiteStem(tok: Token): string | null {
	const {stem, definite, prefix} = bareStem(tok);
	return definite && prefix === 'ال' ? stem : null;
}

/**
 * A subject that points back to what the article named (see ArticleMemory),
 * or a government by its demonym. Only a bare phrase: الوزارة with nothing
 * of its own after it (not وزارة الدفاع, not المتحدث باسم…).
 */
function pointsBack(j: number, parts: Parts, lexicon: Lexicon): Found | null {
	const tokens = parts.tokens;
	if (!tokens) return null;
	const tok = tokens[j]!;
	const next = joinedAt(tokens, j + 1) ? tokens[j + 1] : undefined;
	// A government by its demonym (السلطات الجزائرية): the country speaks.
	if (GOVERNMENT.has(tok.norm) && next) {
		const c = adjectiveAt(next, lexicon);
		if (c) return {speaker: null, role: c.nameEn, voice: {kind: 'government', id: c.id, name: c.nameEn, text: `${tok.text} ${next.text}`}};
	}
	const memory = parts.memory;
	if (!memory || !(tok.norm.startsWith('ال') || tok.norm.startsWith('بيان'))) return null;
	// The body's statement: the last body that spoke, else the last one named.
	if (STATEMENT.has(tok.norm)) {
		let end = j + 1;
		while (end < tokens.length && joinedAt(tokens, end) && end - j < 3 && definiteStem(tokens[end]!) !== null && !parts.entities.some(e => e.from === end))
			end++;
		const body = memory.body ?? (memory.orgs.length ? orgVoice(memory.orgs.at(-1)!) : null);
		if (!body) return null;
		const text = tokens
			.slice(j, end)
			.map(t => t.text)
			.join(' ');
		return {speaker: null, role: body.name, voice: {...body, text}};
	}
	const stem = definiteStem(tok);
	if (!stem) return null;
	// A complement of its own makes it another body or office (المتحدث باسم…، الوزارة الروسية).
	if (next && (next.norm === BISM || adjectiveAt(next, lexicon) || parts.entities.some(e => e.from === j + 1))) return null;
	if (lexicon.discovery.heads.has(stem)) {
		// The latest body with that head (walked from the end, not a reversed copy).
		let org: ArticleMemory['orgs'][number] | undefined;
		for (let k = memory.orgs.length - 1; k >= 0 && !org; k--) if (headOf(memory.orgs[k]!.head) === stem) org = memory.orgs[k];
		if (!org) return null;
		const v = orgVoice(org);
		return {speaker: null, role: v.name, voice: {...v, text: tok.text}};
	}
	if (lexicon.discovery.titleWords.has(tok.norm) || lexicon.anonHeads.has(stem)) {
		let who: ArticleMemory['people'][number] | undefined;
		for (let k = memory.people.length - 1; k >= 0 && !who; k--)
			if (memory.people[k]!.titles.some(t => normalisedOnce(t).includes(stem))) who = memory.people[k];
		if (who?.id) return person(who.id, who.nameEn, tok.text);
	}
	return null;
}

// The first phrase of each kind starting at token j, read with a plain loop: asked for every verb's subject
// and every word of a title (titledName), where a closure made per question was most of what attribution allocated.
function roleFrom(roles: readonly RoleMention[], j: number): RoleMention | undefined {
	for (const r of roles) if (r.match.from === j) return r;
	return undefined;
}
function anonFrom(anonymous: readonly AnonMention[], j: number): AnonMention | undefined {
	for (const a of anonymous) if (a.from === j) return a;
	return undefined;
}
function entityFrom(entities: readonly EntityMatch[], j: number): EntityMatch | undefined {
	for (const e of entities) if (e.from === j) return e;
	return undefined;
}
function actorOf(e: EntityMatch): EntityMatch['targets'][number] | undefined {
	for (const t of e.targets) if (t.kind === 'actor') return t;
	return undefined;
}

function orgVoice(o: {id: string; nameEn: string}): Voice {
	return {kind: 'institution', id: o.id, name: o.nameEn, text: ''};
}

function person(id: string, nameEn: string, text: string): Found {
	return {speaker: {id, nameEn}, role: null, voice: {kind: 'person', id, name: nameEn, text}};
}

function subjectAt(j: number, parts: Parts, lexicon: Lexicon): Found | null {
	const back = pointsBack(j, parts, lexicon);
	if (back) return back;
	const role = roleFrom(parts.roles, j);
	if (role)
		return role.actor
			? person(role.actor.id, role.actor.nameEn, role.match.text)
			: {speaker: null, role: role.roleEn, voice: {kind: 'role', id: null, name: role.roleEn, text: role.match.text}};
	const anon = anonFrom(parts.anonymous, j);
	if (anon) return {speaker: null, role: anon.name, voice: {kind: 'anonymous', id: anon.id, name: anon.name, text: anon.text}};
	let ent = entityFrom(parts.entities, j);
	// A body's agencies or organs speaking for it (وكالات الأمم المتحدة، منظمات الإغاثة الدولية): the body.
	const tokens = parts.tokens;
	if (!ent && tokens && joinedAt(tokens, j + 1) && ORGANS.has(tokens[j]!.norm)) {
		const body = parts.entities.find(e => e.from === j + 1 && e.prefix === '' && e.targets.some(t => t.kind === 'org'));
		if (body) ent = {...body, text: `${tokens[j]!.text} ${body.text}`};
	}
	if (!ent) return null;
	const actor = actorOf(ent);
	if (actor) {
		const a = lexicon.actors.get(actor.id)!;
		return person(a.id, a.nameEn, ent.text);
	}
	// A body speaking (وقالت وزارة الخارجية الروسية، نقلت تاس، حذرت واشنطن): no person, its name as the role.
	const t = ent.targets[0]!;
	const e = t.kind === 'org' ? lexicon.organizations.get(t.id) : t.kind === 'place' ? lexicon.places.get(t.id) : lexicon.agencies.get(t.id);
	if (!e) return null;
	// A country or a capital that speaks is its government (قالت موسكو: the Russian government).
	const kind = t.kind === 'org' ? 'institution' : t.kind === 'place' ? 'government' : 'agency';
	const country = t.kind === 'place' ? lexicon.capitals.get(e.id) : undefined;
	if (country) return {speaker: null, role: country.nameEn, voice: {kind, id: country.id, name: country.nameEn, text: ent.text}};
	return {speaker: null, role: e.nameEn, voice: {kind, id: e.id, name: e.nameEn, text: ent.text}};
}

/** Plural nouns for a body's parts that speak for it. */
const ORGANS = new Set(['وكالات', 'هيئات', 'مؤسسات', 'أجهزة', 'دوائر', 'أوساط'].map(normalise));

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
function titledName(j: number, tokens: Token[], parts: Parts, lexicon: Lexicon): Found | null {
	for (let k = j; k < Math.min(tokens.length, j + TITLE_SPAN + 1); k++) {
		if (k > j && HARD.test(tokens[k]!.gap)) return null;
		const ent = entityFrom(parts.entities, k);
		const actor = ent ? actorOf(ent) : undefined;
		if (actor) {
			const a = lexicon.actors.get(actor.id)!;
			return person(a.id, a.nameEn, ent!.text);
		}
		// A role phrase or an anonymous source there would have been the subject itself.
		if (k > j && (roleFrom(parts.roles, k) !== undefined || anonFrom(parts.anonymous, k) !== undefined)) return null;
		const t = tokens[k]!;
		if (COMPLEMENTS.has(t.norm) || TITLE_STOPS.has(t.norm) || /^[0-9]/.test(t.norm) || matchAt(tokens, k, lexicon.verbTrie, '', CONJUNCTION_ONLY)) return null;
	}
	return null;
}

/**
 * A comma somewhere after the subject: without one there is no apposition to
 * look for. /[،,]/.test(text.slice(from)) without the copy, and asked after the
 * office test (both are pure): it was asked first, of every verb's subject.
 */
function commaAfter(text: string, from: number): boolean {
	return text.indexOf('،', from) >= 0 || text.indexOf(',', from) >= 0;
}

/** How far an office's phrase may run before the comma that sets off its holder's name. */
const APPOSITION_SPAN = 12;

/**
 * An office, then its holder set off by commas: "المتحدث باسم قوات الدعم
 * السريع، العقيد آدم إسحاق الطاهر، إن…"، "المبعوث الشخصي للأمين العام…،
 * رمطان لعمامرة، بالاتفاق". The first comma after the office must open a
 * named person (a rank may come first) who ends at a comma or the clause's
 * end; nothing between the office and the comma may start the content (a
 * complementiser, a verb).
 */
function appositive(j: number, tokens: Token[], parts: Parts, lexicon: Lexicon): Found | null {
	for (let k = j + 1; k < Math.min(tokens.length, j + APPOSITION_SPAN); k++) {
		const gap = tokens[k]!.gap;
		if (/[.:;؛!?؟\n"“”«»]/.test(gap)) return null;
		if (/[،,]/.test(gap)) {
			const found = subjectAt(k, parts, lexicon) ?? titledName(k, tokens, parts, lexicon);
			if (!found?.speaker) return null;
			// The holder's name ends at a comma or a preposition's phrase (، في بيان / ، إن).
			return found;
		}
		const t = tokens[k]!;
		if (COMPLEMENTS.has(t.norm) || matchAt(tokens, k, lexicon.verbTrie, '', CONJUNCTION_ONLY)) return null;
	}
	return null;
}

/** "طلب عدم ذكر اسمه" and its like: a clause on an anonymous source, between it and its verb. */
const ANONYMITY_START = new Set(['طلب', 'طالبا', 'طالبة', 'فضل', 'مفضلا', 'مفضلة', 'رافضا', 'رافضة'].map(normalise));
const ANONYMITY_WORDS = new Set(['عدم', 'ذكر', 'نشر', 'الكشف', 'كشف', 'الإفصاح', 'عن', 'اسمه', 'اسمها', 'هويته', 'هويتها', 'أسمائهم', 'هويتهم'].map(normalise));

/** Where the anonymity clause ending at `end` starts, or `end` when there is none. */
function anonymityBefore(end: number, tokens: Token[]): number {
	for (let s = end - 1; s >= Math.max(0, end - 6); s--) {
		if (ANONYMITY_START.has(tokens[s]!.norm)) return tokens.slice(s + 1, end).every(t => ANONYMITY_WORDS.has(t.norm)) && end - s >= 3 ? s : end;
		if (!ANONYMITY_WORDS.has(tokens[s]!.norm)) return end;
	}
	return end;
}

/** Particles between a fronted subject and its verb (وكان مسؤول … قد قال). */
const BEFORE_VERB = new Set(['قد', 'لقد'].map(normalise));

/**
 * A subject written before the verb: "غير أن المتحدث … بيسكوف قال"، "وكان
 * مسؤول أوروبي قد قال"، "أما الرئيس زيلينسكي، فقال". The subject must end
 * right before the verb (or its قد), in the same clause unless the verb
 * carries the ف that answers أما.
 */
function subjectBefore(verbFrom: number, tokens: Token[], parts: Parts, lexicon: Lexicon): Found | null {
	let k = verbFrom;
	while (k > 0 && BEFORE_VERB.has(tokens[k - 1]!.norm)) k--;
	// كان … قد: the subject of كان speaks, whatever it is (وكانت الولايات المتحدة قد حذرت), and an apposition may close with a comma before قد.
	const qad = k < verbFrom;
	// A source's anonymity clause between it and the verb (مصدرا عسكريا طلب عدم ذكر اسمه اتهم).
	const anon = anonymityBefore(k, tokens);
	if (anon < k && !HARD.test(tokens[k]!.gap)) k = anon;
	// An adjective trailing an anonymous source (مسؤول أوروبي رفيع قد قال).
	const adjEnd = k;
	while (k > 0 && lexicon.modifiers.has(tokens[k - 1]!.norm) && k > adjEnd - 2) k--;
	if (k !== adjEnd && !parts.anonymous.some(a => a.to === k)) k = adjEnd;
	if (HARD.test(tokens[k]!.gap) && !((qad || tokens[verbFrom]!.norm.startsWith('ف')) && /^[\s،,]+$/.test(tokens[k]!.gap))) return null;
	// The starts of the phrases that end at k (roles, anonymous sources, entities, in that
	// order), gathered without a copy of every phrase of the sentence per verb.
	const ends: number[] = [];
	for (const r of parts.roles) if (r.match.to === k) ends.push(r.match.from);
	for (const a of parts.anonymous) if (a.to === k) ends.push(a.from);
	for (const e of parts.entities) if (e.to === k) ends.push(e.from);
	// The closest complete phrase: a name after its role phrase wins over the role (a stable sort, as before).
	ends.sort((a, b) => b - a);
	for (const from of ends) {
		const found = subjectAt(from, parts, lexicon);
		if (found && (found.speaker || qad || parts.anonymous.some(a => a.from === from) || parts.roles.some(r => r.match.from === from))) return found;
	}
	return null;
}

/**
 * نقل عن: the one quoted is after عن, not the agency that relays (نقلت تاس عن
 * لافروف قوله). The agency's initials may stand between (نقلت وكالة السودان
 * للأنباء "سونا" عن…، نقلت وكالة أنباء الإمارات (وام) عن…). `relayed` is
 * whether عن follows at all; `quoted` the voice after it, if known.
 */
function relayedFrom(at: number, tokens: Token[], parts: Parts, lexicon: Lexicon): {relayed: boolean; quoted: Found | null} {
	let k = at;
	while (k < at + 3 && k < tokens.length && tokens[k]!.norm !== 'عن' && !HARD.test(tokens[k]!.gap)) k++;
	if (k >= tokens.length || tokens[k]!.norm !== 'عن' || HARD.test(tokens[k]!.gap)) return {relayed: false, quoted: null};
	if (k + 1 >= tokens.length || HARD.test(tokens[k + 1]!.gap)) return {relayed: true, quoted: null};
	return {relayed: true, quoted: subjectAt(k + 1, parts, lexicon)};
}

/** A phrase after the verb that carries a preposition (قال لوكالة سونا مصدر…، صرح لـ"رويترز"): not the subject. */
function prepositional(j: number, parts: Parts): number | null {
	const e = entityFrom(parts.entities, j);
	return e && /^[وف]?[لب]/.test(e.prefix) ? e.to : null;
}

/** Where the subject phrase that starts at j ends (the longest one found there). */
function subjectEnd(j: number, parts: Parts): number {
	// The largest end of the phrases starting at j, read in place (no filtered copies per verb).
	let end = -1;
	for (const r of parts.roles) if (r.match.from === j && r.match.to > end) end = r.match.to;
	for (const a of parts.anonymous) if (a.from === j && a.to > end) end = a.to;
	for (const e of parts.entities) if (e.from === j && e.to > end) end = e.to;
	return end < 0 ? j + 1 : end;
}

/** Subjects that may hold an office's name after them (المتحدث باسم الأمين العام ستيفان دوجاريك). */
const UNNAMED = new Set<Voice['kind']>(['role', 'anonymous']);

/**
 * A headline's or lead's "X: …" (البرهان: لا تفاوض، أطباء السودان: …، تبون من
 * الشلف: …): a voice opening the sentence, a colon within a few words. A
 * place before a colon is a topic label or a dateline (السودان: 912 قتيلا،
 * القاهرة: …), not a government speaking.
 */
function colonQuote(tokens: Token[], parts: Parts, lexicon: Lexicon): (Found & {start: number; end: number}) | null {
	let j = 0;
	while (j < tokens.length && OPENERS.has(tokens[j]!.norm)) j++;
	const found = j < tokens.length ? subjectAt(j, parts, lexicon) : null;
	if (!found || found.voice.kind === 'government') return null;
	let k = subjectEnd(j, parts);
	// Only a place complement may stand between the voice and the colon (تبون من الشلف:).
	if (k < tokens.length && !tokens[k]!.gap.includes(':') && /^(من|في)$/.test(tokens[k]!.norm) && !HARD.test(tokens[k]!.gap)) {
		const place = parts.entities.find(e => e.from === k + 1 && e.targets.some(t => t.kind === 'place'));
		if (place) k = place.to;
	}
	const t = tokens[k];
	if (!t?.gap.includes(':') || /[.,،;؛!?؟\n]/.test(t.gap)) return null;
	const at = t.start - t.gap.length + t.gap.indexOf(':');
	return {...found, start: at, end: at + 1};
}

export function extractAttribution(
	tokens: Token[],
	text: string,
	lexicon: Lexicon,
	given: Parts,
	previousVoice: PreviousVoice | Speaker | null,
	memory?: ArticleMemory,
): Attribution | null {
	// One literal of one shape (not a spread with an optional key): every rule reads `parts`, and the
	// spread's object made those reads the costliest lines of a 1k-ingest profile of this function.
	const parts: Parts = {entities: given.entities, roles: given.roles, anonymous: given.anonymous, tokens, memory};
	// A bare speaker (callers that track only named people) is a person's voice.
	const previous: PreviousVoice | null =
		previousVoice && 'nameEn' in previousVoice
			? {speaker: previousVoice, role: null, voice: {kind: 'person', id: previousVoice.id, name: previousVoice.nameEn, text: ''}}
			: previousVoice;
	// The article's first pass scanned the same tokens for the same verbs: read them, not scan again.
	const all = given.verbs ?? scan(tokens, lexicon.verbTrie, text, CONJUNCTION_ONLY);
	// No verb and no frame: only a headline's "X: …" can attribute, and only with a colon in the text.
	if (all.length === 0) return text.includes(':') ? colonAttribution(tokens, parts, lexicon) : null;
	// Verbs of saying first, then verbs of stance (see LexVerb.yields), then a
	// frame (بحسب X) when no verb has a subject. Most sentences have neither: their
	// verbs are read in place, without the two filtered copies (and the closures
	// they took) made for every sentence with a verb.
	let plain = true;
	for (let k = 0; k < all.length && plain; k++) if (isFrame(all[k]!) || yields(all[k]!)) plain = false;
	const verbs = plain ? all : [...all.filter(v => !isFrame(v) && !yields(v)), ...all.filter(v => !isFrame(v) && yields(v))];
	for (const v of verbs) {
		// "وتنفي موسكو … وتتهم كييف بـ…": a verb of accusing or warning joined by و
		// inside a clause shares the clause's subject; the name after it is its object.
		const takesObject = takesAnObject(v);
		// So does one after a comma (…، ودعت الاتحاد الأوروبي إلى…): a new subject would come with فيما or its own name first.
		if (takesObject && v.from > 0 && v.prefix.startsWith('و')) continue;
		// A subject before the verb: كان X قد قال (X speaks, whatever follows), and X حذر Y (SVO: X warns Y).
		if (v.from > 0 && (BEFORE_VERB.has(tokens[v.from - 1]!.norm) || takesObject)) {
			const fronted = subjectBefore(v.from, tokens, parts, lexicon);
			if (fronted) return at(fronted, v);
		}
		let j = v.to;
		while (j < tokens.length && SKIP.has(tokens[j]!.norm) && !HARD.test(tokens[j]!.gap)) j++;
		const past = j < tokens.length && !HARD.test(tokens[j]!.gap) ? prepositional(j, parts) : null;
		if (past !== null) j = past;
		const open = j < tokens.length && !HARD.test(tokens[j]!.gap);
		// An office and its holder between commas (قال المتحدث باسم…، العقيد آدم…، إن): the holder.
		const office =
			open &&
			!takesObject &&
			(unnamedRoleFrom(parts.roles, j) || anonFrom(parts.anonymous, j) !== undefined || matchAt(tokens, j, lexicon.discovery.titleTrie, '')) &&
			commaAfter(text, tokens[j]!.end)
				? appositive(j, tokens, parts, lexicon)
				: null;
		if (office) return at(office, v);
		const direct = open ? subjectAt(j, parts, lexicon) : null;
		const found = direct ?? (j < tokens.length && !HARD.test(tokens[j]!.gap) ? titledName(j, tokens, parts, lexicon) : null);
		const relays = v.targets.some(relaysVerb);
		if (relays) {
			const after = found ? subjectEnd(j, parts) : v.to;
			const {relayed, quoted} = relayedFrom(after, tokens, parts, lexicon);
			if (quoted) return at(quoted, v);
			// Someone the lexicon does not know speaks through the agency: not the agency.
			if (relayed) continue;
		}
		// An unnamed office followed by its holder's name (المتحدث باسم الأمين العام ستيفان دوجاريك): the name wins.
		// Not after a body or a person, nor after a verb that takes an object: the name there is whom they address.
		if (direct && UNNAMED.has(direct.voice.kind) && !takesObject) {
			const named = titledName(subjectEnd(j, parts), tokens, parts, lexicon);
			if (named) return at(named, v);
		}
		if (found) return at(found, v);
		const fronted = subjectBefore(v.from, tokens, parts, lexicon);
		if (fronted) return at(fronted, v);
		let opensSentence = true;
		for (let k = 0; k < v.from && opensSentence; k++) if (!OPENERS.has(tokens[k]!.norm)) opensSentence = false;
		if (!opensSentence || !previous) continue;
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
		// The voice carries over, but what is written here is the verb alone.
		if (continues)
			return {
				speaker: previous.speaker,
				role: previous.role,
				...(previous.voice ? {voice: {...previous.voice, text: v.text}} : {}),
				verb: v.text,
				start: v.start,
				end: v.end,
			};
	}
	for (const v of plain ? NO_VERBS : all.filter(isFrame)) {
		// بحسب وزارة الصحة، وفقا لـ"رويترز"، على لسان المتحدث: the source is right after the frame.
		const j = v.to;
		if (j >= tokens.length || HARD.test(tokens[j]!.gap.replace(/["“”«»']/g, ''))) continue;
		const found = subjectAt(j, parts, lexicon);
		// "وأكدت مصر …، بحسب وكالة أنباء الشرق الأوسط": with a verb in the sentence, the agency relays, it is not the voice.
		if (found && !(found.voice.kind === 'agency' && verbs.length > 0)) return at(found, v);
	}
	return text.includes(':') ? colonAttribution(tokens, parts, lexicon) : null;
}

type VerbMatch = Match<LexVerb>;
const NO_VERBS: VerbMatch[] = [];
// v.targets.some(t => t.frame) and its like, as loops: a closure made per verb of every sentence otherwise.
function isFrame(v: VerbMatch): boolean {
	for (const t of v.targets) if (t.frame) return true;
	return false;
}
function takesAnObject(v: VerbMatch): boolean {
	for (const t of v.targets) if (t.takesObject) return true;
	return false;
}
function yields(v: VerbMatch): boolean {
	for (const t of v.targets) if (t.yields) return true;
	return false;
}
/** A role phrase with no person starting at j. */
function unnamedRoleFrom(roles: readonly RoleMention[], j: number): boolean {
	for (const r of roles) if (r.match.from === j && !r.actor) return true;
	return false;
}

/** The attribution to `found` by the verb v. Written out, not spread: Found objects come from many sites, and the spread's copy was costly. */
function at(found: Found, v: {text: string; start: number; end: number}): Attribution {
	return {speaker: found.speaker, role: found.role, voice: found.voice, verb: v.text, start: v.start, end: v.end};
}

function colonAttribution(tokens: Token[], parts: Parts, lexicon: Lexicon): Attribution | null {
	const colon = colonQuote(tokens, parts, lexicon);
	if (colon) return {speaker: colon.speaker, role: colon.role, voice: colon.voice, verb: ':', start: colon.start, end: colon.end};
	return null;
}

const relaysMemo = new WeakMap<object, boolean>();
/** Is this verb نقل (its subject relays)? Asked of every verb of every sentence: its lemma is normalised once. */
function relaysVerb(t: {lemma: string}): boolean {
	let r = relaysMemo.get(t);
	if (r === undefined) {
		r = normalise(t.lemma) === RELAY;
		relaysMemo.set(t, r);
	}
	return r;
}
