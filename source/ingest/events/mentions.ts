// Event mentions: a trigger word in a sentence, with the date, place, bodies and
// participants that its clause gives. A sentence may hold several triggers
// ("... عقد اجتماع مع روسيا في 12 يناير ... على عقد اجتماع مباشر الشهر المقبل"),
// so entities are attached to the nearest trigger, not to the whole sentence.
// Where it happens, who takes part, its status, outcome and numbers: see
// arguments.ts.
import type {DateRef, EntityRef, Sentence} from '../../dataset/schema.js';
import {normalise} from '../../arabic/normalise.js';
import type {EventStatus} from '../../lexicon/events.js';
import {
	has,
	IN_TOPIC,
	wordIn,
	mentionNumbers,
	stateSpans,
	outcomesIn,
	participantsOf,
	partiesAfter,
	placeOf,
	statusOf,
	type MentionNumber,
	type MentionOutcome,
} from './arguments.js';
import {clauseBreaks} from './breaks.js';
import {best, clauseIds, nearestIds, uniqueIds} from './nearest.js';
import {plainWords, readKnown, readTokens, readWords, type Words} from './tokens.js';
import type {Token} from '../../arabic/gazetteer.js';
import {
	type CompiledEvents,
	compileEvents,
	cuesIn,
	EVENT_WORD,
	scannerOf,
	statesIn,
	triggersIn,
	withSteps,
	type Hit,
	type Scanner,
	type Trigger,
} from './triggers.js';
import type {EventLexicon, EventWorld} from './types.js';

export {findTriggers} from './triggers.js';
export type {MentionNumber, MentionOutcome};

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
	/** Subtype (meeting, airstrike, earthquake…): the event's `type`. */
	type: string;
	/** PLOVER code of the type (CONSULT, ASSAULT…; STATEMENT and DISASTER extend PLOVER). */
	plover: string;
	family: string;
	distinctive: boolean;
	/** Dated to a day, it may make an event with nothing else to stand on (a truce, an earthquake). */
	standsAlone?: boolean;
	/** It strikes a place (an attack, shelling): a city its clause names is where it happened. */
	strikes?: boolean;
	/** What a demand, a refusal or a threat is about: the family of the event its topic names (رفض العقوبات → sanctions). */
	topic?: string;
	/**
	 * In an article without a publication date, the clause's day and month
	 * without a year (يومي 12 و13 يناير), which extraction could not resolve:
	 * linkMentions reads it against the corpus's publication dates.
	 */
	yearless?: {text: string; direct: boolean};
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
	/**
	 * Where it happens: the place the text ties to the trigger (في/ب + place, a
	 * venue, a visit's destination, the target of a strike, the dateline of a
	 * lede), never a place named as a party or an origin. Place id, else null.
	 */
	place: string | null;
	/** Who takes part: actor, organisation and country ids (a capital named as an actor stands for its country). */
	participants: readonly string[];
	/** Named right after the trigger by بين/مع ("the meeting between NATO and Russia"), with the subject for مع. */
	parties: readonly string[];
	status: EventStatus;
	/** Outcome words of the clause (فشل، انتهى دون، اتفق، توصل إلى). */
	outcomes: readonly MentionOutcome[];
	/** Numbers of the clause with their unit and what they count. */
	numbers: readonly MentionNumber[];
	published: string | null;
};

/**
 * The sentence's words with their steps in every trie, or null when no word
 * can start a trigger or a gapped verb: 36% of the 1k corpus's sentences stop
 * here, after one pass over their characters and one lookup per word in flat
 * arrays, with nothing allocated and no word's steps read. The Words of the
 * fast path is shared: valid until the next sentence is read.
 */
function eventWordsOf(text: string, scanner: Scanner, tokens?: readonly Token[]): Words | null {
	let any = tokens ? readTokens(text, tokens, scanner.table, scanner.miss) : -1;
	if (any < 0) any = readKnown(text, scanner.table, scanner.miss);
	if (any >= 0) return (any & EVENT_WORD) !== 0 ? readWords() : null;
	const words = withSteps(scanner, plainWords(text));
	for (let k = 0; k < words.count; k++) if ((words.flags![k]! & EVENT_WORD) !== 0) return words;
	return null;
}

/**
 * The event mentions of an article's sentences (`order`: a sentence's index
 * in `sentences`), appended to `out`. The lexicon's compiled form and
 * scanner are looked up once per article, not per sentence. `tokens`: each
 * sentence's gazetteer tokens, when the parse has them (its words are then
 * read off them, readTokens; the mentions are the same).
 */
export function sentencesMentions(
	sentences: readonly Sentence[],
	article: string,
	published: string | null,
	lex: EventLexicon,
	world: EventWorld,
	out: Mention[],
	tokens?: ReadonlyArray<readonly Token[]>,
): void {
	const compiled = compileEvents(lex);
	const scanner = scannerOf(compiled, world);
	if (tokens && tokens.length !== sentences.length) throw new Error(`${article}: tokens for ${tokens.length} of ${sentences.length} sentences`);
	for (let i = 0; i < sentences.length; i++) {
		const sentence = sentences[i]!;
		const words = eventWordsOf(sentence.text, scanner, tokens?.[i]);
		if (words) mentionsOf(sentence, words, {article, order: i, published}, compiled, scanner, world, out);
	}
}

function precisionOf(value: string): MentionDate['precision'] {
	return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/** All event mentions of one sentence. Pure. */
export function sentenceMentions(
	sentence: Sentence,
	context: {article: string; order: number; published: string | null},
	lex: EventLexicon,
	world: EventWorld,
): Mention[] {
	const compiled = compileEvents(lex);
	const scanner = scannerOf(compiled, world);
	const words = eventWordsOf(sentence.text, scanner);
	const out: Mention[] = [];
	if (words) mentionsOf(sentence, words, context, compiled, scanner, world, out);
	return out;
}

/** The mentions of a sentence that holds an event word, appended to `out`. */
function mentionsOf(
	sentence: Sentence,
	words: Words,
	context: {article: string; order: number; published: string | null},
	compiled: CompiledEvents,
	scanner: Scanner,
	world: EventWorld,
	out: Mention[],
): void {
	const found = triggersIn(words, compiled);
	if (found.length === 0) return;
	// A trigger right after a topic word, or a topic verb and its subject, is
	// what another event is about (محادثات بشأن وقف إطلاق النار، لبحث العقوبات،
	// بحث الوزيران وقف القتال), not an event of its own.
	const adjacent = (k: number) => !/[.,،:;؛!?؟\n]/u.test(sentence.text.slice(words.ends[k]!, words.starts[k + 1]!));
	const topic = (k: number) => k >= 0 && wordIn(words, k, IN_TOPIC, compiled) && adjacent(k);
	const cues = cuesIn(words, compiled);
	// The word between may be the subject (بحث الوزيران وقف القتال), not a word of its own
	// about the event (بشأن عقد اجتماع: a meeting to be held is an event).
	const taken = (k: number) => found.some(o => o.from <= k && k < o.to) || cues.some(o => o.from <= k && k < o.to);
	const named = found.filter(h => !(topic(h.from - 1) || (topic(h.from - 2) && adjacent(h.from - 1) && !taken(h.from - 1))));
	// What follows a demand, a refusal or a threat in its clause is what is
	// demanded, refused or threatened (رفض العقوبات، هدد بفرض عقوبات).
	const breaks = clauseBreaks(words);
	const hits: typeof named = [];
	// What a demand, refusal or threat is about: the family of the first event its topic names.
	const topics = new Map<(typeof named)[number], string>();
	for (const h of named) {
		const asker = hits.findLast(o => o.value.takesTopic);
		if (asker && !/[.,،:;؛!?؟\n]/u.test(sentence.text.slice(asker.end, h.start)) && !breaks.some(b => b.start >= asker.end && b.start < h.start)) {
			if (!topics.has(asker)) topics.set(asker, h.value.family);
			continue;
		}
		hits.push(h);
	}
	// A status word right before a trigger is that one's (انتهاء التدريبات، إلغاء القمة).
	const owner = cues.map(c => hits.findIndex(o => o.start >= c.end && coordinatedGap(sentence.text.slice(c.end, o.start))));
	// Countries and capitals as parties, with the places no state name covers: once per sentence, not per trigger.
	const states = stateSpans(sentence, statesOf(words, scanner, sentence));
	// "منذ عام 2019" (since 2019) bounds a period; it does not date the event.
	// For a state that lasts (المعارك الدائرة منذ السبت) it says when it began: that dates it.
	const since = (d: {start: number}) => sinceBefore(sentence.text, d.start);
	const usable = sentence.dates.filter(d => d.value !== null && !since(d));
	const lasting = sentence.dates.filter(d => d.value !== null);
	const mentions: Mention[] = [];
	// Where each mention's trigger starts, for shareDuring.
	const starts: number[] = [];
	let previousDate: MentionDate | null = null;
	for (let h = 0; h < hits.length; h++) {
		const src = hits[h]!;
		const hit = {value: src.value, start: src.start, end: src.end, from: src.from, to: src.to, trigger: src.value};
		// Coordinated triggers share what follows the last of them (اجتماع
		// ومباحثات بين روسيا والناتو: both are between Russia and NATO).
		let last = h;
		while (last + 1 < hits.length && coordinated(sentence.text, hits[last]!, hits[last + 1]!)) last++;
		// The trigger's clause: bounded by the neighbouring triggers and by clause
		// breaks (لكن، في حين، حسبما…), so a reporting clause's date or a contrast's
		// place does not attach to the event.
		const lo = Math.max(h > 0 ? hits[h - 1]!.end : 0, lastBreakBefore(breaks, hit.start));
		const hi = Math.min(last + 1 < hits.length ? hits[last + 1]!.start : sentence.text.length, firstBreakAfter(breaks, hits[last]!.end, sentence.text.length));
		const inAfter = (s: {start: number}) => s.start >= hit.end && s.start < hi;
		const inBefore = (s: {start: number}) => s.start >= lo && s.start < hit.start;
		const inClause = (s: {start: number}) => inAfter(s) || inBefore(s);

		// The most precise date of the clause, nearest first ("في بروكسل منذ عام 2002 ... يوم 12 يناير" → the day).
		const pool = hit.trigger.ongoing ? lasting : usable;
		// Its start, when the clause gives one, dates a lasting state before any other date.
		const started = hit.trigger.ongoing ? best(pool, d => inClause(d) && since(d) && !d.qualifier, firstAfter) : undefined;
		const dateAfter = started ?? best(pool, inAfter, firstAfter);
		// A date before the trigger is context: it may date the report, not the event.
		const chosen = dateAfter ?? best(pool, inBefore, lastBefore);
		const clauseCues = cues.filter((c, k) => c.start >= lo && c.start < hi && (owner[k] === -1 || owner[k] === h));
		// "أعلنت الوزارة يوم الخميس فرض عقوبات": when the report announces the
		// event itself, the day of the announcement is the event's.
		const announced =
			hit.trigger.tense !== 'future' &&
			clauseCues.every(c => c.value.status === null || c.value.status === 'announced') &&
			clauseCues.some(c => c.value.status === 'announced');
		// "في العام 2014 بعد غزو روسيا للقرم وضمها": an event joined to the one
		// before it by و shares its time when its own clause gives none.
		const joined = h > 0 && /^[وف]/u.test(sentence.text.slice(words.starts[hit.from]!, hit.start));
		const inherited = (!chosen && joined ? previousDate : null) as MentionDate | null;
		const date: MentionDate | null = inherited
			? {...inherited, direct: false}
			: chosen
				? {
						value: chosen.value!,
						end: chosen.rangeEnd,
						precision: precisionOf(chosen.value!),
						qualified: chosen.qualifier !== null,
						direct: Boolean(dateAfter),
						// A day after the publication (غدا، الخميس المقبل) cannot be the day of the report.
						relative:
							chosen.resolution === 'relative' &&
							!dateAfter &&
							!announced &&
							sentence.attribution !== null &&
							sentence.attribution.start < chosen.start &&
							!(context.published !== null && chosen.value! > context.published.slice(0, 10)),
					}
				: null;

		// Places after the trigger say where the event is and who takes part; places
		// before it often belong to another clause ("in Brussels on the 12th after talks in Geneva").
		const placesAfter = nearestIds(sentence.places, hit.end, hi, hit.start);
		const places = placesAfter.length > 0 ? placesAfter : nearestIds(sentence.places, lo, hit.start, hit.start);
		// A city is the venue only where the text places the event there (في جنيف،
		// ببروكسل، "مباحثات جنيف"، بروكسل تستضيف); elsewhere a capital stands for its
		// government ("عرض على موسكو"، "مخاوف موسكو").
		const venue = (p: EntityRef) => world.placeKind(p.id) === 'city' && isVenue(sentence.text, p, hit.end, compiled.placeNouns);
		// Where the clause after the trigger puts it first ("واجتماع المجلس في بروكسل"),
		// then the nearest before; an organisation with a seat stands for its city ("في الكرملين").
		const city =
			best(sentence.places, p => inAfter(p) && venue(p), byNearest(hit.end))?.id ??
			best(sentence.places, p => inBefore(p) && venue(p), byNearest(hit.start))?.id ??
			seatedCity(sentence, inClause, hit.start, world);
		const ownOrgs = clauseOrgs(sentence.organizations, lo, hit, hi, world);
		const ownActors = clauseIds(sentence.actors, lo, hit.start, hit.end, hi);
		// People act, organisations when no person is named before the trigger
		// ("غداة زيارته" after "بوتين في الكرملين" is the visitor's visit, not the Kremlin's).
		// A possessive trigger (زيارته "his visit", مؤتمره "his press conference")
		// refers back to the clause's subject, its first actor.
		const possessive = possessiveTrigger(hit.trigger) && /(?:ه|ها)$/u.test(normalise(sentence.text.slice(hit.start, hit.end)));
		const actorBefore = possessive ? best(sentence.actors, inBefore, byStart) : best(sentence.actors, inBefore, byStartDown);
		const orgBefore = best(sentence.organizations, inBefore, byStartDown);
		const own = actorBefore ? {kind: 'actor' as const, id: actorBefore.id} : orgBefore ? {kind: 'org' as const, id: orgBefore.id} : null;
		// Verbs joined by و share their subject (إيكواس تعلق … وتفرض عقوبات وتمهل الانقلابيين).
		const shared = !own && joined ? (mentions.at(-1)?.subject ?? null) : null;
		const subject = own ?? shared;
		const orgs = shared?.kind === 'org' && !ownOrgs.includes(shared.id) ? [...ownOrgs, shared.id] : ownOrgs;
		const actors = shared?.kind === 'actor' && !ownActors.includes(shared.id) ? [...ownActors, shared.id] : ownActors;
		// A visit goes where إلى points, or to the place its verb takes as object (زار موسكو).
		const destination =
			sentence.places.find(p => inClause(p) && /(?:^|\s)(?:إلى|الى|إلي)\s*$/.test(sentence.text.slice(Math.max(0, p.start - 6), p.start)))?.id ??
			(hit.trigger.family === 'visit' ? (placesAfter[0] ?? null) : null);
		previousDate = date;
		const clause = {lo, hi, hit, words, text: sentence.text};
		const info = compiled.subtypes.get(hit.trigger.type);
		const place = placeOf(clause, sentence, {city, destination, family: hit.trigger.family, info}, compiled, world);
		const parties = partiesAfter(clause, sentence, states, subject, compiled, world);
		starts.push(hit.start);
		// One object shape for the common mention: the optional keys (rare) are
		// spliced in after `distinctive` only where one is set (spreading four
		// conditional objects into every literal cost ~10% of sentenceMentions).
		const standsAlone = hit.trigger.standsAlone;
		const strikes = info?.targetPlace === true;
		const topic = topics.get(src);
		const yearless = date === null && context.published === null ? yearlessOf(sentence, inAfter, inBefore, hit.start) : null;
		const mention: Mention = {
			article: context.article,
			sentence: sentence.id,
			order: context.order,
			type: hit.trigger.type,
			plover: hit.trigger.plover,
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
			place,
			participants: compact(
				participantsOf(
					clause,
					sentence,
					states,
					{place, parties, actors, orgs, targetPlace: info?.targetPlace === true, baObject: info?.baObject === true},
					compiled,
					world,
				),
			),
			parties: compact(parties),
			status: statusOf(clauseCues, hit.trigger, date, context.published),
			outcomes: outcomesIn(clauseCues, sentence.text),
			numbers: mentionNumbers(sentence, lo, hi, compiled),
			published: context.published,
		};
		mentions.push(standsAlone || strikes || topic !== undefined || yearless !== null ? withOptional(mention, standsAlone, strikes, topic, yearless) : mention);
	}
	shareDuring(mentions, starts, sentence.text, context.published);
	for (const m of mentions) out.push(m);
}

/**
 * The mention with its optional keys after `distinctive`, in the order the
 * dataset has always written them: keys assigned one by one (a rest
 * destructuring and two spreads were ~5% of the stage: most violence mentions
 * strike a place or stand alone).
 */
function withOptional(m: Mention, standsAlone: boolean, strikes: boolean, topic: string | undefined, yearless: ReturnType<typeof yearlessOf> | null): Mention {
	const out = {
		article: m.article,
		sentence: m.sentence,
		order: m.order,
		type: m.type,
		plover: m.plover,
		family: m.family,
		distinctive: m.distinctive,
	} as Mention;
	if (standsAlone) out.standsAlone = true;
	if (strikes) out.strikes = true;
	if (topic !== undefined) out.topic = topic;
	if (yearless && 'yearless' in yearless) out.yearless = yearless.yearless;
	out.at = m.at;
	out.date = m.date;
	out.city = m.city;
	out.places = m.places;
	out.orgs = m.orgs;
	out.actors = m.actors;
	out.subject = m.subject;
	out.destination = m.destination;
	out.place = m.place;
	out.participants = m.participants;
	out.parties = m.parties;
	out.status = m.status;
	out.outcomes = m.outcomes;
	out.numbers = m.numbers;
	out.published = m.published;
	return out;
}

/** A trigger that may end in a possessive (زيارته، مؤتمره), known once per trigger rather than normalised at every hit. */
const possessiveTriggers = new WeakMap<Trigger, boolean>();
function possessiveTrigger(t: Trigger): boolean {
	let p = possessiveTriggers.get(t);
	if (p === undefined) possessiveTriggers.set(t, (p = /(?:ه|ها)$/u.test(normalise(t.norm))));
	return p;
}

// "فرض عقوبات خلال اجتماعهم الاثنين"، "أمهل … في ختام اجتماع عقده أمس الجمعة":
// an event that happens during another happens on its day.
const DURING = /(?:^|\s)(?:و|ف)?(?:خلال|اثناء|أثناء|في ختام|فى ختام|على هامش|علي هامش|عقب|في اعقاب|في أعقاب)\s*$/u;

/**
 * Two neighbouring mentions joined by "during" (خلال، في ختام، على هامش، عقب)
 * share a date: whichever has none takes the other's, as context (not a
 * direct claim), and a day after the publication makes it scheduled.
 */
function shareDuring(mentions: Mention[], starts: number[], text: string, published: string | null): void {
	for (let i = 0; i + 1 < mentions.length; i++) {
		const a = mentions[i]!;
		const b = mentions[i + 1]!;
		if ((a.date === null) === (b.date === null)) continue;
		const at = starts[i + 1]!;
		if (!DURING.test(text.slice(Math.max(starts[i]!, at - 16), at))) continue;
		const [from, to, k] = a.date ? [a, b, i + 1] : [b, a, i];
		const date: MentionDate = {...from.date!, direct: false};
		const later = published !== null && date.precision === 'day' && date.value > published.slice(0, 10);
		mentions[k] = {...to, date, status: to.status === 'unknown' && later ? 'scheduled' : to.status};
	}
}

/** The nearest unresolved day-and-month date of the clause (after the trigger first), if any. */
function yearlessOf(
	sentence: Sentence,
	inAfter: (s: {start: number}) => boolean,
	inBefore: (s: {start: number}) => boolean,
	at: number,
): {yearless: {text: string; direct: boolean}} | Record<string, never> {
	const open = sentence.dates.filter(d => d.value === null && d.resolution === 'unresolved' && /\d/u.test(d.text));
	const after = open.filter(inAfter).sort((a, b) => a.start - b.start)[0];
	const before = open.filter(inBefore).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
	const d = after ?? before;
	return d ? {yearless: {text: d.text, direct: Boolean(after)}} : {};
}

/**
 * Countries and capitals the sentence names, as parties too (روسيا, which
 * extraction keeps as a place only where it is one), but not inside a longer
 * name (مجلس الناتو وروسيا is the council). null when the world lists none.
 */
function statesOf(words: Words, scanner: Scanner, sentence: Sentence): Array<{id: string; start: number; end: number}> | null {
	const found = statesIn(words, scanner);
	if (!found) return null;
	const out: Array<{id: string; start: number; end: number}> = [];
	for (const h of found) {
		if (overlaps(sentence.organizations, h, null) || overlaps(sentence.actors, h, null) || overlaps(sentence.places, h, h.value)) continue;
		out.push({id: h.value, start: h.start, end: h.end});
	}
	return out;
}

/** Does a span of the list (other than one with id `except`) overlap h? (A loop: the filter and closures per state were ~4% of the stage.) */
function overlaps(list: readonly EntityRef[], h: {start: number; end: number}, except: string | null): boolean {
	for (const r of list) if (h.start < r.end && r.start < h.end && (except === null || r.id !== except)) return true;
	return false;
}

/**
 * /منذ\s*$/u over the six code units before `at`, without a slice and a regex
 * per date (a date before منذ bounds a period): trailing white space passed
 * over, then منذ whole inside the window.
 */
export function sinceBefore(text: string, at: number): boolean {
	const lo = Math.max(0, at - 6);
	let p = at;
	while (p > lo && isSpace(text.charCodeAt(p - 1))) p--;
	return p - 3 >= lo && text.charCodeAt(p - 3) === 0x0645 && text.charCodeAt(p - 2) === 0x0646 && text.charCodeAt(p - 1) === 0x0630;
}

/** \s of a u-flag regex, per code unit (a table filled as units are met). */
const spaces = new Uint8Array(0x10000);
function isSpace(c: number): boolean {
	let v = spaces[c]!;
	if (v === 0) spaces[c] = v = /\s/u.test(String.fromCharCode(c)) ? 1 : 2;
	return v === 1;
}

/** Two triggers joined by و alone (اجتماع ومباحثات، الاجتماعات والمحادثات). */
function coordinated(text: string, a: Hit<Trigger>, b: Hit<Trigger>): boolean {
	return coordinatedGap(text.slice(a.end, b.start));
}

/** Nothing but space, a conjunction and the next word's proclitics. */
function coordinatedGap(gap: string): boolean {
	return /^\s*[وف]?\s*(?:ب|ل|ك)?(?:ال|ل)?$/u.test(gap);
}

// Ingest holds every mention of the corpus until linking (650k at 100k
// articles): most clauses name no place, body or actor, so they share one
// empty list rather than hold three each.
const NONE: readonly never[] = Object.freeze([]);

function compact<T>(ids: readonly T[]): readonly T[] {
	return ids.length === 0 ? NONE : ids;
}

function lastBreakBefore(breaks: ReadonlyArray<{start: number; end: number}>, at: number): number {
	let last = 0;
	for (const b of breaks) if (b.end <= at) last = b.end;
	return last;
}

function firstBreakAfter(breaks: ReadonlyArray<{start: number; end: number}>, at: number, length: number): number {
	for (const b of breaks) if (b.start >= at) return b.start;
	return length;
}

const LOCATIVE_BEFORE = /(?:^|[\s(«"“])(?:و|ف)?(?:في|فى|إلى|الى|داخل|قرب|من مقر|مقرها)\s*$/u;
const HOSTS_AFTER = /^\s*(?:\S+\s+){0,1}(?:تستضيف|ستستضيف|يستضيف|سيستضيف|استضافة|تحتضن|ستحتضن)/u;

function isVenue(text: string, place: {start: number; end: number; text: string}, triggerEnd: number, placeNouns: ReadonlySet<string>): boolean {
	// A place noun between the preposition and the name (في مدينة جدة، بمدينة جدة) changes nothing.
	let at = place.start;
	const noun = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 16), at));
	if (noun) {
		const n = normalise(noun[1]!);
		if (/^[وف]?ب/u.test(n) && has(placeNouns, n.replace(/^([وف]?)ب/u, '$1'))) return true;
		if (has(placeNouns, n)) at -= noun[0].length;
	}
	const before = text.slice(Math.max(0, at - 12), at);
	if (LOCATIVE_BEFORE.test(before)) return true;
	// The proclitic ب just before the name (ببروكسل): the name's own text starts
	// after it, so a name that begins with ب (بروكسل، باريس) says nothing.
	if (/(?:^|[\s(«"“])[وف]?ب$/u.test(before)) return true;
	// Construct state right after the trigger: مباحثات جنيف.
	if (place.start >= triggerEnd && /^\s*$/.test(text.slice(triggerEnd, place.start))) return true;
	return HOSTS_AFTER.test(text.slice(place.end, place.end + 40));
}

/** Most precise date first (a qualified one is the least), then the earliest after the trigger. */
function firstAfter(a: DateRef, b: DateRef): number {
	return rankOf(b) - rankOf(a) || a.start - b.start;
}

/** Most precise date first, then the last before the trigger. */
function lastBefore(a: DateRef, b: DateRef): number {
	return rankOf(b) - rankOf(a) || b.start - a.start;
}

function rankOf(d: DateRef): number {
	return d.qualifier ? 0 : d.value!.length;
}

function byStart(a: {start: number}, b: {start: number}): number {
	return a.start - b.start;
}

function byStartDown(a: {start: number}, b: {start: number}): number {
	return b.start - a.start;
}

/** The city of the nearest organisation with a seat that the clause puts the event in ("في الكرملين"), else null. */
function seatedCity(sentence: Sentence, inClause: (s: {start: number}) => boolean, at: number, world: EventWorld): string | null {
	let found: string | null = null;
	let distance = Infinity;
	for (const o of sentence.organizations) {
		if (!inClause(o) || !/(?:^|\s)(?:و|ف)?(?:في|فى)\s*$/u.test(sentence.text.slice(Math.max(0, o.start - 8), o.start))) continue;
		const id = world.seatOf(o.id);
		if (id === null || world.placeKind(id) !== 'city') continue;
		const d = Math.abs(o.start - at);
		if (d < distance) {
			found = id;
			distance = d;
		}
	}
	return found;
}

/** The clause's organisations, bodies first, then nearest the trigger, each once. */
function clauseOrgs(orgs: readonly EntityRef[], lo: number, hit: {start: number; end: number}, hi: number, world: EventWorld): string[] {
	let picked: EntityRef[] | null = null;
	for (const o of orgs) if ((o.start >= hit.end && o.start < hi) || (o.start >= lo && o.start < hit.start)) (picked ??= []).push(o);
	if (picked === null) return [];
	if (picked.length === 1) return [picked[0]!.id];
	const near = byNearest(hit.start);
	picked.sort((a, b) => Number(world.isBody(b.id)) - Number(world.isBody(a.id)) || near(a, b));
	return uniqueIds(picked);
}

function byNearest(at: number) {
	return (a: {start: number}, b: {start: number}) => Math.abs(a.start - at) - Math.abs(b.start - at);
}
