// Event mentions: a trigger word in a sentence, with the date, place, bodies and
// participants that its clause gives. A sentence may hold several triggers
// ("... عقد اجتماع مع روسيا في 12 يناير ... على عقد اجتماع مباشر الشهر المقبل"),
// so entities are attached to the nearest trigger, not to the whole sentence.
import type {Sentence} from '../../dataset/schema.js';
import {normalise, normaliseWithMap, originalSpan} from '../../arabic/normalise.js';
import type {EventLexicon, EventWorld} from './types.js';

export type MentionDate = {
	value: string;
	end: string | null;
	precision: 'day' | 'month' | 'year';
	qualified: boolean;
	/** The date follows the trigger in its own clause (a direct claim), or stands before it (context). */
	direct: boolean;
	/**
	 * A relative date (اليوم، يوم الأحد) standing before the trigger after a
	 * reporting verb: it dates the report ("said on Monday, after the talks"),
	 * not the event. Without a reporting verb before the trigger it dates the
	 * event ("أجرى أمس محادثات").
	 */
	relative: boolean;
};

export type Mention = {
	article: string;
	sentence: string;
	/** Position of the sentence in the corpus, for stable ordering. */
	order: number;
	type: string;
	family: string;
	distinctive: boolean;
	/** Offset of the trigger in its sentence, for stable ordering. */
	at: number;
	date: MentionDate | null;
	/** City-level place, else null. */
	city: string | null;
	/** Every place id in the clause. */
	places: readonly string[];
	/** Organisations in the clause (bodies first: councils, committees). */
	orgs: readonly string[];
	actors: readonly string[];
	/** Who acts: the nearest actor or organisation before the trigger (Arabic is verb–subject–object). */
	subject: {kind: 'actor' | 'org'; id: string} | null;
	/** Where a visit goes: a place introduced by إلى. */
	destination: string | null;
	status: 'scheduled' | 'held' | 'failed' | 'unknown';
	published: string | null;
};

type Trigger = {type: string; family: string; distinctive: boolean; norm: string};

type Compiled = {triggers: Trigger[]; status: Record<keyof EventLexicon['status'], RegExp>};

// Compiled once per lexicon object: ingest asks for every sentence.
const compiled = new WeakMap<EventLexicon, Compiled>();

function compile(lex: EventLexicon): Compiled {
	let c = compiled.get(lex);
	if (c) return c;
	const triggers: Trigger[] = [];
	for (const t of lex.types) {
		for (const word of t.triggers) {
			triggers.push({type: t.type, family: t.family, distinctive: t.family !== 'meeting', norm: normalise(word)});
		}
	}
	// Longest first, so "مؤتمر صحفي سنوي" wins over "مؤتمر صحفي".
	triggers.sort((a, b) => b.norm.length - a.norm.length || a.norm.localeCompare(b.norm));
	const words = (ws: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:و|ف)?(?:${ws.map(w => escape(normalise(w))).join('|')})(?:$|[^\\p{L}])`, 'u');
	c = {triggers, status: {failed: words(lex.status.failed), held: words(lex.status.held), scheduled: words(lex.status.scheduled)}};
	compiled.set(lex, c);
	return c;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// What may stand before a trigger inside its word: و ف, then ب ل ك, then ال.
const PROCLITIC = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?$/;

/** Find trigger occurrences on word boundaries, allowing proclitics before them. */
export function findTriggers(text: string, lex: EventLexicon): Array<{trigger: Trigger; start: number; end: number}> {
	const {triggers} = compile(lex);
	const {text: norm, map} = normaliseWithMap(text);
	const found: Array<{trigger: Trigger; start: number; end: number}> = [];
	const taken: boolean[] = new Array(norm.length).fill(false);
	for (const trigger of triggers) {
		let from = 0;
		for (;;) {
			const i = norm.indexOf(trigger.norm, from);
			if (i < 0) break;
			from = i + 1;
			const after = norm[i + trigger.norm.length];
			if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
			// Walk back over the word's prefix: it must be proclitics only.
			let w = i;
			while (w > 0 && /\p{L}/u.test(norm[w - 1]!)) w--;
			if (!PROCLITIC.test(norm.slice(w, i))) continue;
			if (taken.slice(i, i + trigger.norm.length).some(Boolean)) continue;
			for (let k = i; k < i + trigger.norm.length; k++) taken[k] = true;
			const [start, end] = originalSpan(map, i, i + trigger.norm.length);
			found.push({trigger, start, end});
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

function precisionOf(value: string): MentionDate['precision'] {
	return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

function statusOf(clause: string, date: MentionDate | null, published: string | null, lex: EventLexicon): Mention['status'] {
	const norm = ` ${normalise(clause)} `;
	const {status} = compile(lex);
	if (status.failed.test(norm)) return 'failed';
	if (date && published && date.precision === 'day' && date.value > published) return 'scheduled';
	if (status.scheduled.test(norm)) return 'scheduled';
	if (status.held.test(norm)) return 'held';
	return 'unknown';
}

/** All event mentions of one sentence. Pure. */
export function sentenceMentions(
	sentence: Sentence,
	context: {article: string; order: number; published: string | null},
	lex: EventLexicon,
	world: EventWorld,
): Mention[] {
	const hits = findTriggers(sentence.text, lex);
	const mentions: Mention[] = [];
	for (let h = 0; h < hits.length; h++) {
		const hit = hits[h]!;
		// The trigger's clause: bounded by the neighbouring triggers and by clause
		// breaks (لكن، في حين، حسبما…), so a reporting clause's date or a contrast's
		// place does not attach to the event.
		const lo = Math.max(h > 0 ? hits[h - 1]!.end : 0, lastBreakBefore(sentence.text, hit.start));
		const hi = Math.min(h + 1 < hits.length ? hits[h + 1]!.start : sentence.text.length, firstBreakAfter(sentence.text, hit.end));
		const inAfter = (s: {start: number}) => s.start >= hit.end && s.start < hi;
		const inBefore = (s: {start: number}) => s.start >= lo && s.start < hit.start;
		const inClause = (s: {start: number}) => inAfter(s) || inBefore(s);

		// "منذ عام 2019" (since 2019) bounds a period; it does not date the event.
		const usable = sentence.dates.filter(d => d.value !== null && !/منذ\s*$/u.test(sentence.text.slice(Math.max(0, d.start - 6), d.start)));
		// The most precise date of the clause, nearest first ("في بروكسل منذ عام 2002 ... يوم 12 يناير" → the day).
		const rank = (d: {value: string | null; qualifier: unknown}) => (d.qualifier ? 0 : d.value!.length);
		const after = usable.filter(inAfter).sort((a, b) => rank(b) - rank(a) || a.start - b.start);
		// A date before the trigger is context: it may date the report, not the event.
		const before = usable.filter(inBefore).sort((a, b) => rank(b) - rank(a) || b.start - a.start);
		const chosen = after[0] ?? before[0];
		const date: MentionDate | null = chosen
			? {
					value: chosen.value!,
					end: chosen.rangeEnd,
					precision: precisionOf(chosen.value!),
					qualified: chosen.qualifier !== null,
					direct: Boolean(after[0]),
					relative: chosen.resolution === 'relative' && !after[0] && sentence.attribution !== null && sentence.attribution.start < chosen.start,
				}
			: null;

		// Places after the trigger say where the event is and who takes part; places
		// before it often belong to another clause ("in Brussels on the 12th after talks in Geneva").
		const placesAfter = unique(
			sentence.places
				.filter(inAfter)
				.sort(byNearest(hit.start))
				.map(p => p.id),
		);
		const placesBefore = unique(
			sentence.places
				.filter(inBefore)
				.sort(byNearest(hit.start))
				.map(p => p.id),
		);
		const places = placesAfter.length > 0 ? placesAfter : placesBefore;
		// A city is the venue only where the text places the event there (في جنيف،
		// ببروكسل، "مباحثات جنيف"، بروكسل تستضيف); elsewhere a capital stands for its
		// government ("عرض على موسكو"، "مخاوف موسكو").
		const venues = sentence.places.filter(p => inClause(p) && world.placeKind(p.id) === 'city' && isVenue(sentence.text, p, hit.end));
		// Where the clause after the trigger puts it first ("واجتماع المجلس في بروكسل"),
		// then the nearest before; an organisation with a seat stands for its city ("في الكرملين").
		const seated = sentence.organizations
			.filter(o => inClause(o) && /(?:^|\s)(?:و|ف)?(?:في|فى)\s*$/u.test(sentence.text.slice(Math.max(0, o.start - 8), o.start)))
			.map(o => ({id: world.seatOf(o.id), start: o.start}))
			.filter((o): o is {id: string; start: number} => o.id !== null && world.placeKind(o.id) === 'city');
		const city =
			venues.filter(inAfter).sort(byNearest(hit.end))[0]?.id ??
			venues.filter(inBefore).sort(byNearest(hit.start))[0]?.id ??
			seated.sort(byNearest(hit.start))[0]?.id ??
			null;
		const orgs = unique(
			sentence.organizations
				.filter(inClause)
				.sort((a, b) => Number(world.isBody(b.id)) - Number(world.isBody(a.id)) || byNearest(hit.start)(a, b))
				.map(o => o.id),
		);
		const actors = unique(sentence.actors.filter(inClause).map(a => a.id));
		// People act, organisations when no person is named before the trigger
		// ("غداة زيارته" after "بوتين في الكرملين" is the visitor's visit, not the Kremlin's).
		// A possessive trigger (زيارته "his visit", مؤتمره "his press conference")
		// refers back to the sentence's subject, its first actor.
		const possessive = /(?:ه|ها)$/u.test(normalise(hit.trigger.norm)) && /(?:ه|ها)$/u.test(normalise(sentence.text.slice(hit.start, hit.end)));
		const actorBefore = possessive
			? sentence.actors.filter(a => a.start < hit.start).sort((a, b) => a.start - b.start)[0]
			: sentence.actors.filter(inBefore).sort((a, b) => b.start - a.start)[0];
		const orgBefore = sentence.organizations.filter(inBefore).sort((a, b) => b.start - a.start)[0];
		const subject = actorBefore ? {kind: 'actor' as const, id: actorBefore.id} : orgBefore ? {kind: 'org' as const, id: orgBefore.id} : null;
		// A visit goes where إلى points, or to the place its verb takes as object (زار موسكو).
		const destination =
			sentence.places.filter(inClause).find(p => /(?:^|\s)(?:إلى|الى|إلي)\s*$/.test(sentence.text.slice(Math.max(0, p.start - 6), p.start)))?.id ??
			(hit.trigger.family === 'visit' ? (placesAfter[0] ?? null) : null);
		const clause = sentence.text.slice(lo, hi);
		mentions.push({
			article: context.article,
			sentence: sentence.id,
			order: context.order,
			type: hit.trigger.type,
			family: hit.trigger.family,
			distinctive: hit.trigger.distinctive,
			at: hit.start,
			date,
			city,
			places: compact(places),
			orgs: compact(orgs),
			actors: compact(actors),
			subject,
			destination,
			status: statusOf(clause, date, context.published, lex),
			published: context.published,
		});
	}
	return mentions;
}

// Ingest holds every mention of the corpus until linking (650k at 100k
// articles): most clauses name no place, body or actor, so they share one
// empty list rather than hold three each.
const NONE: readonly string[] = Object.freeze([]);

function compact(ids: string[]): readonly string[] {
	return ids.length === 0 ? NONE : ids;
}

// Words that open another clause inside a sentence: a contrast, a simultaneous
// event, or the reporting clause (حسبما ذكرت وكالة … يوم الأحد).
const BREAKS =
	/[؛;]|(?:^|\s)(?:لكن|ولكن|غير أن|بينما|في حين|فيما|قبل أن|بعد أن|ثم|في وقت(?!\s+(?:مبكر|سابق|لاحق|مبكّر))|حسبما|وفقا|وفقًا|نقلا عن|نقلًا عن)(?=\s)/gu;

function lastBreakBefore(text: string, at: number): number {
	let last = 0;
	for (const m of text.slice(0, at).matchAll(BREAKS)) last = m.index! + m[0].length;
	return last;
}

function firstBreakAfter(text: string, at: number): number {
	BREAKS.lastIndex = 0;
	const m = new RegExp(BREAKS.source, 'u').exec(text.slice(at));
	return m ? at + m.index : text.length;
}

const LOCATIVE_BEFORE = /(?:^|[\s(«"“])(?:و|ف)?(?:في|فى|إلى|الى|داخل|قرب|من مقر|مقرها)\s*$/u;
const HOSTS_AFTER = /^\s*(?:\S+\s+){0,1}(?:تستضيف|ستستضيف|يستضيف|سيستضيف|استضافة|تحتضن|ستحتضن)/u;

function isVenue(text: string, place: {start: number; end: number; text: string}, triggerEnd: number): boolean {
	const before = text.slice(Math.max(0, place.start - 12), place.start);
	if (LOCATIVE_BEFORE.test(before)) return true;
	// The proclitic ب (ببروكسل) inside the matched word, or just before it.
	if (/^و?ب/.test(place.text) || /ب$/.test(before)) return true;
	// Construct state right after the trigger: مباحثات جنيف.
	if (place.start >= triggerEnd && /^\s*$/.test(text.slice(triggerEnd, place.start))) return true;
	return HOSTS_AFTER.test(text.slice(place.end, place.end + 40));
}

function byNearest(at: number) {
	return (a: {start: number}, b: {start: number}) => Math.abs(a.start - at) - Math.abs(b.start - at);
}

function unique<T>(xs: T[]): T[] {
	return [...new Set(xs)];
}
