// Shapes of the user-editable lexicon files in data/lexicon/. They are plain
// JSON so that people studying another crisis can add names without code;
// every file is validated on load so a typo is reported with file and path.
import * as z from 'zod';
import {Affiliation, IsoDate} from '../dataset/schema.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {message: 'expected a lower-case id (a-z, 0-9, -)'});
const NonEmpty = z.string().min(1);

export const LexRole = z.object({
	titleEn: NonEmpty,
	/** Arabic phrases naming the office (الأمين العام لحلف شمال الأطلسي، رئيس الناتو…). */
	titleAr: z.array(NonEmpty),
	org: z.string().nullable(),
	/** First day in office; null when long-standing. When a role is held: lexicon/roles.ts. */
	from: IsoDate.nullable(),
	/** The day a successor takes office (not held that day; a partial date is held throughout); null while in office. */
	to: IsoDate.nullable(),
});

export const LexActor = z.object({
	id: Id,
	nameEn: NonEmpty,
	nameAr: NonEmpty,
	/** Full names and surnames as the Arabic press spells them, plus Latin spellings. Never a first name alone. */
	aliases: z.array(NonEmpty),
	affiliation: Affiliation,
	roles: z.array(LexRole),
});

export const LexEntity = z.object({
	id: Id,
	nameEn: NonEmpty,
	nameAr: NonEmpty,
	aliases: z.array(NonEmpty),
});

export const LexPlace = LexEntity.extend({
	/** sea, river and feature (deserts, mountains, crossings…) come with the world gazetteer (data/gazetteer/). */
	kind: z.enum(['country', 'city', 'region', 'continent', 'sea', 'river', 'feature']),
	/** The place id of the country it lies in, when known (gazetteer places carry it). */
	country: z.string().optional(),
	/**
	 * The crisis's principal state actors (Russia, the United States) are
	 * mostly parties, not locations: count them as places only in a locative
	 * context (see entities.ts).
	 */
	locativeOnly: z.boolean().optional(),
	/** Aliases that are also common words (كيف "how" / Kyiv): accepted only after a preposition. */
	guardedAliases: z.array(NonEmpty).optional(),
});

export const LexAnonHead = z.object({
	/** Forms of the head noun (مصدر، المصدر is derived: the article is seen through). */
	ar: z.array(NonEmpty),
	nameEn: NonEmpty,
	/**
	 * An indefinite, qualified mention (مصدر في الحلف) is a cited source even
	 * without a reporting verb; false for plurals like مسؤولون أمريكيون, which
	 * are more often participants than sources.
	 */
	alwaysCited: z.boolean(),
});

export const LexAnonQualifier = z.object({
	id: Id,
	nameEn: NonEmpty,
	/** Phrases following the head: في الحلف، حكومي ألماني، من بايدن… */
	ar: z.array(NonEmpty),
});

export const LexSources = z.object({
	heads: z.array(LexAnonHead),
	qualifiers: z.array(LexAnonQualifier),
	/** Adjectives allowed between head and qualifier (تنفيذي، كبير، رفيع، مطلع). */
	modifiers: z.array(NonEmpty),
	/** Words just before an agency name that credit it (حسبما، وفقا، نقلا، عن، لـ، تبثه). */
	citationCues: z.array(NonEmpty),
	/** Words that make a nearby outlet name a credited source within a sentence (مقابلة). */
	interviewCues: z.array(NonEmpty),
});

export const LexVerb = z.object({
	lemma: NonEmpty,
	gloss: NonEmpty,
	/** Surface forms without the و/ف proclitic, which matching sees through. */
	forms: z.array(NonEmpty),
	/**
	 * Verbs of warning, calling, urging, informing (حذر، دعا، طالب، أبلغ، حث،
	 * ناشد) take an object after their subject: "حذرت واشنطن بوتين" is
	 * Washington speaking to Putin, so no name after the subject is the speaker.
	 */
	takesObject: z.boolean().optional(),
	/**
	 * Verbs of stance rather than of words (اتهم، وصف، رحب، أدان، رفض) yield to a
	 * verb of saying in the same sentence: "ووصف غوتيريش اليوم بأنه…، فيما قال
	 * زيلنسكي إن…" reports what Zelensky said.
	 */
	yields: z.boolean().optional(),
	/**
	 * Not a verb but a frame that names the source after it (بحسب، وفقا لـ،
	 * على لسان، نقلا عن): used when no verb of the sentence has a subject.
	 */
	frame: z.boolean().optional(),
});

const Forms = z.array(NonEmpty).min(1);

/** data/lexicon/titles.json: the words around a name the lexicon does not list (discover/people.ts). */
export const LexTitles = z.object({
	about: z.string().optional(),
	/** Offices, ranks and honorifics written before a name; `honorific`: no role (السيد، الدكتور). */
	titles: z.array(z.object({ar: Forms, en: NonEmpty, honorific: z.boolean().optional()})),
	/** Words a title may carry between its head and the name (الخاص، الأممي، السابق). */
	modifiers: z.array(z.object({ar: Forms, en: NonEmpty})),
	/** Words after which a name names a building or a place (جامعة، شارع، مطار…), not a person in the story. */
	namedAfter: z.array(NonEmpty).optional(),
	/**
	 * Words before the name of a place no gazetteer lists (حي فوة، وادي المكلا):
	 * `en` the English pattern ({x} the name); `part`: the head belongs to the
	 * place's name (Wadi …, … camp), else the place is the name alone;
	 * `indefinite`: an indefinite name may follow (قرية كفرنبل).
	 */
	placeHeads: z
		.array(
			z.object({
				ar: Forms,
				en: NonEmpty.regex(/\{x\}/, {message: 'expected a pattern with {x}'}),
				part: z.boolean().optional(),
				indefinite: z.boolean().optional(),
			}),
		)
		.optional(),
	/** First words of two-word place names (عين الحلوة، دير ياسين). */
	toponymStarters: z.array(NonEmpty).optional(),
	/** Common nouns after a place head that are not names (مخيم اللاجئين). */
	notPlaceNames: z.array(NonEmpty).optional(),
	/** What ties a nickname to a name (المعروف بـ). */
	nicknameCues: z.array(NonEmpty),
	/** Words never read as a name although a given-name list has them (حسب، خلف، فور). */
	notNames: z.array(NonEmpty),
	/** Given names that are also common words: they start a name only after a title or before another name. */
	commonNames: z.array(NonEmpty),
});

/** data/lexicon/organization-heads.json: organisations the lexicon does not list, by head noun (discover/organizations.ts). */
export const LexOrganizationHeads = z.object({
	about: z.string().optional(),
	/**
	 * Head nouns and their English pattern; {x} is the complement in English.
	 * kind: `ministry` (a portfolio follows), `state` (definite, named by its
	 * demonym and not by an adjective: الحكومة السودانية, not الحكومة
	 * المركزية), `office` (only definite with a demonym: الرئاسة الكينية, not
	 * رئاسة المجلس), `organ` (a body's organ: مفوضية إيكواس is the commission,
	 * not ECOWAS).
	 */
	heads: z.array(
		z.object({ar: Forms, en: NonEmpty.regex(/\{x\}/, {message: 'expected a pattern with {x}'}), kind: z.string().optional(), named: z.boolean().optional()}),
	),
	/** Ministries' portfolios: the ministry's English complement and the minister's title. */
	portfolios: z.array(z.object({ar: Forms, ministry: NonEmpty, minister: NonEmpty})),
	/** Complement words in English; an adjective goes before the noun it follows. */
	words: z.array(z.object({ar: Forms, en: NonEmpty, pos: z.enum(['noun', 'adj'])})),
	/** Conventional English names of whole phrases; `short`: what the press also calls them once named. */
	/** `national`: one such body per country (الهلال الأحمر، الحماية المدنية): a demonym after it is part of its name. */
	names: z.array(z.object({ar: NonEmpty, en: NonEmpty, short: z.array(NonEmpty).optional(), national: z.boolean().optional()})),
	/** Latin capitals that are not organisations. */
	acronymStops: z.array(NonEmpty),
});

export const LexiconFiles = z.object({
	actors: z.array(LexActor),
	organizations: z.array(LexEntity),
	places: z.array(LexPlace),
	agencies: z.array(LexEntity),
	sources: LexSources,
	verbs: z.array(LexVerb),
	titles: LexTitles,
	organizationHeads: LexOrganizationHeads,
});

export type LexRole = z.infer<typeof LexRole>;
export type LexActor = z.infer<typeof LexActor>;
export type LexEntity = z.infer<typeof LexEntity>;
export type LexPlace = z.infer<typeof LexPlace>;
export type LexSources = z.infer<typeof LexSources>;
export type LexVerb = z.infer<typeof LexVerb>;
export type LexTitles = z.infer<typeof LexTitles>;
export type LexOrganizationHeads = z.infer<typeof LexOrganizationHeads>;
export type LexiconFiles = z.infer<typeof LexiconFiles>;

/** File name in data/lexicon/ for each part of LexiconFiles. */
export const LEXICON_FILES = {
	actors: 'actors.json',
	organizations: 'organizations.json',
	places: 'places.json',
	agencies: 'agencies.json',
	sources: 'sources.json',
	verbs: 'verbs.json',
	titles: 'titles.json',
	organizationHeads: 'organization-heads.json',
} as const satisfies Record<keyof LexiconFiles, string>;

/** Files a lexicon folder may leave out (one written before they existed): read as empty. */
export const OPTIONAL_LEXICON_FILES: Partial<{[K in keyof LexiconFiles]: LexiconFiles[K]}> = {
	titles: {titles: [], modifiers: [], nicknameCues: [], notNames: [], commonNames: []},
	organizationHeads: {heads: [], portfolios: [], words: [], names: [], acronymStops: []},
};
