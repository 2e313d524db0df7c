// People: named actors from the gazetteer, and role phrases (الرئيس الروسي،
// الأمين العام لحلف شمال الأطلسي) resolved to a person only when the lexicon
// says exactly one actor held that office on the article's date, or when the
// name follows the phrase. Anything else stays a role: guessing a person for
// "a Russian deputy foreign minister" would invent a fact.
import type {ActorRef} from '../../dataset/schema.js';
import {normalise} from '../../arabic/normalise.js';
import type {Lexicon, RoleTarget} from '../../lexicon/load.js';
import type {LexActor} from '../../lexicon/schema.js';
import {holdsOn} from '../../lexicon/roles.js';
import {matchAt, missBit, strippedConjunction, type Match, type Token} from '../../arabic/gazetteer.js';
import type {EntityMatch} from './entities.js';

export type RoleRef = {text: string; roleEn: string; start: number; end: number};

export type RoleMention = {
	match: Match<RoleTarget>;
	roleEn: string;
	/** The person the phrase names: by a following name, else by a unique holder on the date. */
	actor: LexActor | null;
	/** True when the actor came from the name written after the phrase. */
	bound: boolean;
};

/**
 * The one actor holding one of these role targets on the date, or null (none,
 * or several distinct ones). Read off the targets in place: a Set and three
 * arrays made per role phrase were most of what extraction allocated per
 * sentence after tokenising (a heap profile of the 1k corpus put findRoles
 * second, ~26 MB a pass).
 */
function soleHolder(targets: readonly RoleTarget[], date: string | null, lexicon: Lexicon): LexActor | null {
	let found: LexActor | null = null;
	let count = 0;
	for (let k = 0; k < targets.length; k++) {
		const t = targets[k]!;
		if (!holdsOn(t.role, date)) continue;
		let seen = false;
		for (let q = 0; q < k && !seen; q++) if (targets[q]!.actorId === t.actorId && holdsOn(targets[q]!.role, date)) seen = true;
		if (seen) continue;
		const a = lexicon.actors.get(t.actorId);
		if (!a) continue;
		found = a;
		count++;
	}
	return count === 1 ? found : null;
}

/**
 * Words that, right before a role phrase, make it a different office:
 * نائب الرئيس الروسي is not the Russian president, المتحدث باسم الرئيس الروسي
 * is his spokesman. Listed offices that start with these words still match,
 * because the longer phrase is matched first.
 */
const ROLE_MODIFIERS = new Set(
	[
		'نائب',
		'نائبة',
		'مساعد',
		'مساعدة',
		'مستشار',
		'مستشارة',
		'وكيل',
		'سفير',
		'سفيرة',
		'مندوب',
		'مندوبة',
		'متحدث',
		'المتحدث',
		'المتحدثة',
		'ناطق',
		'الناطق',
		'الناطقة',
		'باسم',
		'زوجة',
		'زوج',
		'مكتب',
		'ديوان',
	].map(normalise),
);
// Between a role phrase and the name it introduces only a comma may stand.
const NAME_GAP = /^[\s,،]*$/;

export function findRoles(tokens: Token[], text: string, date: string | null, lexicon: Lexicon, entities: EntityMatch[]): RoleMention[] {
	const out: RoleMention[] = [];
	// A token whose readings already say the role trie starts nothing there is passed
	// over without a call, as gazetteer.scan does (missBit): matchAt would return
	// null at once, and it was asked at every token (matchAt was 87 of findRoles' 115 ms
	// in a loaded 1k-ingest profile). The bit is read once: nothing is inserted meanwhile.
	const roleMiss = missBit(lexicon.roleTrie);
	for (let i = 0; i < tokens.length; ) {
		if ((tokens[i]!.readings.miss & roleMiss) !== 0) {
			i++;
			continue;
		}
		const m = matchAt(tokens, i, lexicon.roleTrie, text);
		if (!m || (i > 0 && !/[.,،:;؛]/.test(tokens[i]!.gap) && modifier(tokens[i - 1]!.norm))) {
			i++;
			continue;
		}
		// The name after a phrase is looked up only when a phrase matched (few sentences), not mapped for every sentence.
		const next = actorAt(entities, m.to);
		const named = next && NAME_GAP.test(tokens[m.to]!.gap) ? lexicon.actors.get(actorTarget(next)!.id)! : null;
		const actor = named ?? soleHolder(m.targets, date, lexicon);
		out.push({match: m, roleEn: roleOf(m.targets, actor) ?? m.targets[0]!.role.titleEn, actor, bound: named !== null});
		i = m.to;
	}
	return out;
}

/** withoutConjunction(norm).some(n => ROLE_MODIFIERS.has(n)), without its array and closure. */
function modifier(norm: string): boolean {
	if (ROLE_MODIFIERS.has(norm)) return true;
	const bare = strippedConjunction(norm);
	return bare !== null && ROLE_MODIFIERS.has(bare);
}

function actorTarget(e: EntityMatch): EntityMatch['targets'][number] | undefined {
	for (const t of e.targets) if (t.kind === 'actor') return t;
	return undefined;
}

/** The actor's match starting at token k, if any. */
function actorAt(entities: readonly EntityMatch[], k: number): EntityMatch | undefined {
	for (const e of entities) if (e.from === k && actorTarget(e)) return e;
	return undefined;
}

/** The English title of the target the actor holds (the first with no actor when a is null). */
function roleOf(targets: readonly RoleTarget[], a: LexActor | null): string | undefined {
	const id = a?.id;
	for (const t of targets) if (t.actorId === id) return t.role.titleEn;
	return undefined;
}

/** The role written beside a discovered person's mention (see discover/article.ts). */
export type MentionRoles = ReadonlyMap<
	number,
	{roleEn: string; roleAr: string; affiliation: string | null; title: {from: number; to: number; start: number; end: number; text: string}}
>;

/**
 * A discovered person's title phrase, as a role mention bound to the name
 * after it (رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان): the
 * attribution then finds the speaker behind the title, as it does for the
 * lexicon's role phrases. Not where a lexicon role phrase already stands.
 */
export function discoveredRoles(entities: EntityMatch[], lexiconRoles: RoleMention[], mentionRoles: MentionRoles | undefined, lexicon: Lexicon): RoleMention[] {
	if (!mentionRoles || mentionRoles.size === 0) return lexiconRoles;
	const out = [...lexiconRoles];
	for (const e of entities) {
		const role = mentionRoles.get(e.from);
		const target = e.targets.find(t => t.kind === 'actor');
		const actor = target ? lexicon.actors.get(target.id) : undefined;
		if (!role || !actor || role.title.to !== e.from) continue;
		if (lexiconRoles.some(r => r.match.from < role.title.to && role.title.from < r.match.to)) continue;
		const {from, to, start, end, text} = role.title;
		out.push({match: {from, to, start, end, text, prefix: '', targets: []}, roleEn: role.roleEn, actor, bound: true});
	}
	return out.sort((a, b) => a.match.from - b.match.from);
}

function actorRef(a: LexActor, m: {text: string; start: number; end: number; from?: number}, roles?: MentionRoles): ActorRef {
	const ref: ActorRef = {id: a.id, nameEn: a.nameEn, nameAr: a.nameAr, text: m.text, start: m.start, end: m.end};
	if (!(a as {discovered?: boolean}).discovered) return ref;
	const role = m.from === undefined ? undefined : roles?.get(m.from);
	return {
		...ref,
		source: 'discovered',
		...(role ? {roleEn: role.roleEn, roleAr: role.roleAr, ...(role.affiliation ? {affiliation: role.affiliation} : {})} : {}),
	};
}

/** Actor mentions (names, and role phrases resolved to one person) and role-only mentions. */
export function extractActors(
	entities: EntityMatch[],
	roles: RoleMention[],
	lexicon: Lexicon,
	mentionRoles?: MentionRoles,
): {actors: ActorRef[]; roles: RoleRef[]} {
	const actors: ActorRef[] = [];
	for (const e of entities) {
		for (const t of e.targets) if (t.kind === 'actor') actors.push(actorRef(lexicon.actors.get(t.id)!, e, mentionRoles));
	}
	const roleRefs: RoleRef[] = [];
	for (const r of roles) {
		const {text, start, end} = r.match;
		// A bound phrase is already counted through the name that follows it.
		if (r.actor && !r.bound) actors.push(actorRef(r.actor, r.match));
		else if (!r.actor) roleRefs.push({text, roleEn: r.roleEn, start, end});
	}
	actors.sort((a, b) => a.start - b.start);
	return {actors, roles: roleRefs};
}
