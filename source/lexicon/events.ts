// The shape of data/lexicon/events.json: event types by PLOVER code, their
// subtypes and Arabic trigger words, and the words that tell an event's status,
// outcome and the quantities it reports. Users extend it to follow another
// kind of crisis, so it is validated on load and a mistake is reported with
// the file and the JSON path, like the other lexicon files.
import * as z from 'zod';
import {EventStatus as EventStatusSchema} from '../dataset/schema.js';
import {DataError} from '../errors.js';
import {jsonPath} from '../util/json-path.js';

const Words = z.array(z.string().min(1));
const Name = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {message: 'expected a lower-case name (a-z, 0-9, -)'});

export const EventSubtypeJson = z.object({
	/** The event's `type` in the dataset, and the first part of its id. */
	subtype: Name,
	about: z.string().optional(),
	labelEn: z.string().min(1),
	labelAr: z.string().min(1),
	/** Mentions of one family may be linked into one event (a summit and a meeting; clashes and shelling). */
	family: Name,
	/** Someone's own act (a visit, a speech): two different actors make two events. */
	distinctive: z.boolean(),
	/** ACLED event type / sub-event type, for violence. */
	acled: z.string().optional(),
	/** An agreement, a truce, sanctions: when it ends it has expired. */
	lapses: z.boolean().optional(),
	/** Where it goes is where it happens (troops sent إلى بولندا, aid reaching حلب), as for a visit. */
	toPlace: z.boolean().optional(),
	/** Where people leave is where it happens (إجلاء المدنيين من الخرطوم), not where they go. */
	fromPlace: z.boolean().optional(),
	/** Its object comes after ب (اعترفت بدولة فلسطين): a place in that phrase takes part; it is not where the event happens. */
	baObject: z.boolean().optional(),
	/**
	 * The word is specific enough that a mention dated to a day makes an event
	 * even when its clause names no place, body or person (أعلن الطرفان هدنة تبدأ
	 * الثلاثاء; a meeting on a day, by contrast, could be any meeting).
	 */
	standsAlone: z.boolean().optional(),
	/**
	 * A state that lasts (fighting, a war): "منذ السبت" in its clause says when
	 * it began, and that day dates it; for other events منذ bounds a period.
	 */
	ongoing: z.boolean().optional(),
	/** Nouns and verb forms whose tense the text does not settle. */
	triggers: Words,
	/** Past verb forms: the event has happened (held) unless a status word says more. */
	past: Words.optional(),
	/** Future verb forms: the event is scheduled. */
	future: Words.optional(),
});

export const EventTypeJson = z.object({
	/** PLOVER event type (CONSULT, ASSAULT…), or an extension named in `about`. */
	code: z.string().regex(/^[A-Z][A-Z-]*$/, {message: 'expected an upper-case code such as CONSULT'}),
	labelEn: z.string().min(1),
	labelAr: z.string().min(1),
	about: z.string().optional(),
	/** Violence and disasters strike a place: "غارة على غزة" happens in Gaza (a sanction "على روسيا" targets a party). */
	targetPlace: z.boolean().optional(),
	/**
	 * Said, not done (a speech, a demand, a threat): a place after the trigger is
	 * what is spoken of (طالب بوقف القتال في السودان), so only a venue or a
	 * dateline places it.
	 */
	verbal: z.boolean().optional(),
	/**
	 * What follows it in its clause is what is demanded, rejected or threatened,
	 * not an event of its own (رفض العقوبات، هدد بفرض عقوبات، طالب بوقف القتال).
	 */
	takesTopic: z.boolean().optional(),
	subtypes: z.array(EventSubtypeJson).min(1),
});

/** Statuses a report can give an event (how they rank: events/arguments.ts statusOf). */
export const EVENT_STATUSES = EventStatusSchema.options;
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const QuantityJson = z.object({
	/** What the number counts (killed, troops, hours…). */
	counts: Name,
	labelEn: z.string().min(1),
	/** Counted nouns after the number (قتيلا، جندي، ساعات). */
	units: Words,
	/** Words just before the number that say what a generic count is (مقتل 12 شخصا، ارتفع عدد القتلى إلى 30). */
	cues: Words,
	/** A count of people in general (شخصا، مدنيين): a cue before the number says what happened to them. */
	generic: z.boolean().optional(),
});

export const EventLexiconJson = z.object({
	about: z.string().optional(),
	types: z.array(EventTypeJson).min(1),
	status: z.object({
		about: z.string().optional(),
		failed: Words,
		cancelled: Words.default([]),
		postponed: Words.default([]),
		expired: Words.default([]),
		ended: Words.default([]),
		scheduled: Words,
		held: Words,
		announced: Words.default([]),
	}),
	/** Outcome kind → words (فشل، انتهى دون، اتفق، توصل إلى). */
	outcomes: z.record(z.string(), z.union([Words, z.string()])).default({}),
	quantities: z.array(QuantityJson).default([]),
	/** Words that make the trigger after them a topic (محادثات بشأن وقف إطلاق النار), not an event of its own. */
	topicWords: Words.default([]),
	/** Words before a place that put the event there (في، داخل، قرب، جنوب). */
	placeWords: Words.default([]),
	/** Nouns that name a place as a location (مدينة خاركيف، في ولاية الخرطوم): it is where the event is unless من/إلى stand before. */
	placeNouns: Words.default([]),
	/** Words before a place that make it the target, hence the place, of violence (غارة على غزة). */
	targetPlaceWords: Words.default([]),
	/** Words after a trigger that introduce who takes part (اجتماع بين … و…، محادثات مع …). */
	participantSeparators: Words,
});

export type EventLexiconJson = z.input<typeof EventLexiconJson>;
export type EventSubtypeJson = z.infer<typeof EventSubtypeJson>;
export type QuantityJson = z.infer<typeof QuantityJson>;

/** Validate events.json, failing with the file and JSON path in one line. */
export function validateEventLexicon(value: unknown, file = 'events.json'): EventLexiconJson {
	const result = EventLexiconJson.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new DataError(`${file} at ${jsonPath(issue.path)}: ${issue.message}`);
	}
	const seen = new Map<string, string>();
	for (const [i, t] of result.data.types.entries()) {
		for (const [j, s] of t.subtypes.entries()) {
			const at = jsonPath(['types', i, 'subtypes', j, 'subtype']);
			if (seen.has(s.subtype)) throw new DataError(`${file} at ${at}: duplicate subtype "${s.subtype}" (first at ${seen.get(s.subtype)})`);
			seen.set(s.subtype, at);
		}
	}
	return result.data;
}
