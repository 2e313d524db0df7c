// Shape of data/lexicon/boilerplate.json: the words and phrases of page
// furniture (menus, share buttons, mastheads, tickers, comment forms…) that
// ingest/clean keeps out of the article text. Every key is optional so a
// user's own file may hold only what it adds; the file is validated on load so
// a typo is reported with its JSON path.
import * as z from 'zod';

const Phrase = z.string().min(1);
/** reason → phrases; the reason is what the dataset reports for each line it drops. */
const ByReason = z.record(z.string().min(1), z.array(Phrase));

export const BoilerplateFile = z.object({
	about: z.string().optional(),
	/** Whole lines (trailing ':' '.' '*' ignored). */
	lines: ByReason.optional(),
	/** Lines that start with the phrase, then a space, a colon, a dash or a bar. */
	prefixes: ByReason.optional(),
	/** Each entry is a list of phrases that must all occur in the line. */
	contains: z.record(z.string().min(1), z.array(z.union([z.array(Phrase), Phrase]))).optional(),
	/** Lines made of these phrases alone, in any number and order, with separators (share buttons, reading controls, comment-form labels). */
	only: ByReason.optional(),
	/** Site sections (أخبار، رياضة، عرب وعالم…): menus, breadcrumbs and "site | section" headers are made of them. */
	sectionWords: z.array(Phrase).optional(),
	captionCredits: z.array(Phrase).optional(),
	outlets: z.array(z.union([Phrase, z.object({name: Phrase, aliases: z.array(Phrase).optional()})])).optional(),
	/** Words before an outlet's name (جميع الحقوق محفوظة لصحيفة …، قناة المدار). */
	copyrightDescriptors: z.array(Phrase).optional(),
	/** Adjectives that make a descriptor part of the name (شبكة المرصد الإخبارية, موقع صدى البلد الإخباري): the descriptor then stays. */
	descriptorAdjectives: z.array(Phrase).optional(),
	/** Staff titles that open a masthead line (رئيس التحرير: …) above or below the story. */
	mastheadTitles: z.array(Phrase).optional(),
	/** Headings of teaser lists (اقرأ أيضا، الأكثر قراءة): the headline-shaped lines under one are teasers. */
	listHeadings: z.array(Phrase).optional(),
	/** Words that open a breaking-news bar (عاجل | …) above the headline. */
	breakingPrefixes: z.array(Phrase).optional(),
	/** Currency, commodity and weather words: a short line of them with figures is a ticker. */
	tickerWords: z.array(Phrase).optional(),
	/** Weekday names: a short dated line above the headline that opens with one is a date line, not a headline. */
	weekdays: z.array(Phrase).optional(),
	/** Words in a dateline's credit that name no outlet: "(خاص)"، "بيروت - (وكالات)". */
	creditLabels: z.array(Phrase).optional(),
	/** Cities that open a dateline ("القاهرة - …"): the word before the dash is a place there, not an outlet crediting itself. */
	datelinePlaces: z.array(Phrase).optional(),
});

export type BoilerplateFile = z.infer<typeof BoilerplateFile>;
