// The calendar lexicon (data/lexicon/calendar.json) as the date extractor uses
// it: every word normalised once here, so matching runs on normalised text and
// users can add spellings without touching code.
import {normalise} from '../arabic/normalise.js';

export type Qualifier = 'early' | 'mid' | 'late' | 'earlier' | 'later';

export type CalendarJson = {
	months: Array<{month: number; names: string[]}>;
	weekdays: Array<{day: number; names: string[]; ambiguous?: boolean}>;
	ordinalDays: Record<string, number>;
	today: string[];
	yesterday: string[];
	tomorrow: string[];
	/** Parts of a day (مساء، ليل، فجر): before الأحد / الاثنين they make it a weekday, not "the one" / "the two". */
	dayParts?: string[];
	dayWord: string[];
	rangeDayWord: string[];
	dateLinkers: string[];
	next: string[];
	previous: string[];
	current: string[];
	this: string[];
	units: {week: string[]; month: string[]; year: string[]};
	yearWords: string[];
	monthWords: string[];
	yearPrepositions: string[];
	/** Words that make "في 2000" a count, not a year (في 2000 جندي). */
	notYearBefore?: string[];
	monthPrepositions: string[];
	notTodayAfter: string[];
	qualifierLinkers: string[];
	qualifiers: Record<Qualifier, string[]>;
	/** Tense markers and verbs (see the file's own notes); optional, so older lexicons still load. */
	tense?: {future?: string[]; futureVerbs?: string[]; past?: string[]; pastVerbs?: string[]};
};

export type Tense = 'future' | 'past';

/**
 * Normalised word → value maps, ready for matching. The word lists keep their
 * JSON names (normalised); only the keyed parts change shape.
 */
export type Calendar = Omit<Required<CalendarJson>, 'months' | 'weekdays' | 'ordinalDays' | 'qualifiers' | 'tense'> & {
	months: Map<string, number>;
	weekdays: Map<string, number>;
	/** Weekday words that also mean something else (الأحد "the one", الاثنين "the two"). */
	ambiguousWeekdays: Set<string>;
	ordinalDays: Map<string, number>;
	qualifiers: Map<string, Qualifier>;
	/** Normalised word forms → the tense they mark (every inflection the loader derives). */
	tense: Map<string, Tense>;
};

const norm = (words: string[] | undefined) => [...new Set((words ?? []).map(w => normalise(w).trim()).filter(Boolean))];

export function loadCalendar(json: CalendarJson): Calendar {
	const months = new Map<string, number>();
	for (const m of json.months) for (const n of norm(m.names)) months.set(n, m.month);
	const weekdays = new Map<string, number>();
	const ambiguousWeekdays = new Set<string>();
	for (const w of json.weekdays) {
		for (const n of norm(w.names)) {
			weekdays.set(n, w.day);
			if (w.ambiguous) ambiguousWeekdays.add(n);
		}
	}
	const ordinalDays = new Map<string, number>();
	for (const [k, v] of Object.entries(json.ordinalDays ?? {}))
		for (const form of ordinalForms(normalise(k))) if (!ordinalDays.has(form)) ordinalDays.set(form, v);
	const qualifiers = new Map<string, Qualifier>();
	for (const [q, words] of Object.entries(json.qualifiers ?? {})) for (const w of norm(words)) qualifiers.set(w, q as Qualifier);
	return {
		months,
		weekdays,
		ambiguousWeekdays,
		ordinalDays,
		today: norm(json.today),
		yesterday: norm(json.yesterday),
		tomorrow: norm(json.tomorrow),
		dayParts: norm(json.dayParts),
		dayWord: norm(json.dayWord),
		rangeDayWord: norm(json.rangeDayWord),
		dateLinkers: norm(json.dateLinkers),
		next: norm(json.next),
		previous: norm(json.previous),
		current: norm(json.current),
		this: norm(json.this),
		units: {week: norm(json.units?.week), month: norm(json.units?.month), year: norm(json.units?.year)},
		yearWords: norm(json.yearWords),
		monthWords: norm(json.monthWords),
		yearPrepositions: norm(json.yearPrepositions),
		notYearBefore: norm(json.notYearBefore),
		monthPrepositions: norm(json.monthPrepositions),
		notTodayAfter: norm(json.notTodayAfter),
		qualifierLinkers: norm(json.qualifierLinkers),
		qualifiers,
		tense: tenseWords(json.tense),
	};
}

/**
 * A teen ordinal with either form of ten (الثالث عشر / الثالث عشرة, as
 * writers mix them), the written form first. Normalised input (ة is ه).
 */
function ordinalForms(k: string): string[] {
	const m = k.match(/^(.+ )(عشر|عشره)$/u);
	if (!m) return [k];
	return [k, m[1] + (m[2] === 'عشر' ? 'عشره' : 'عشر')];
}

/**
 * Every form of the listed verbs that marks a tense. From the imperfect he-form
 * (يلتقي): she/we (تلتقي، نلتقي), they and the two (يلتقون، يلتقيان), each with
 * the future prefix س. From the past he-form (التقى): she (التقت), they
 * (التقوا), the two (التقيا، التقتا). Plain markers are taken as written.
 */
function tenseWords(json: CalendarJson['tense']): Map<string, Tense> {
	const out = new Map<string, Tense>();
	const put = (w: string, t: Tense) => {
		if (w && !out.has(w)) out.set(w, t);
	};
	for (const w of norm(json?.future)) put(w, 'future');
	for (const w of norm(json?.past)) put(w, 'past');
	for (const v of norm(json?.futureVerbs)) {
		const stem = v.replace(/^[يتن]/u, '');
		const weak = stem.endsWith('ي');
		const forms = v === stem ? [v] : [`ي${stem}`, `ت${stem}`, `ن${stem}`, `ي${weak ? stem.slice(0, -1) : stem}ون`, `ي${stem}ان`, `ت${stem}ان`];
		for (const f of forms) {
			put(f, 'future');
			put(`س${f}`, 'future');
		}
	}
	for (const v of norm(json?.pastVerbs)) {
		const weak = v.endsWith('ي'); // ى, normalised
		const base = weak ? v.slice(0, -1) : v;
		for (const f of [v, `${base}ت`, `${base}وا`, `${v}ا`, `${base}تا`]) put(f, 'past');
	}
	return out;
}
