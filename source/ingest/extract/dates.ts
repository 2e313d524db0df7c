// Date expressions in Arabic news text, resolved against the publication date
// the way temporal taggers (HeidelTime) do: absolute dates as written, missing
// years from the nearest year that fits, relative words from the anchor.
// Matching runs on normalised text (see arabic/normalise.ts) and spans are
// mapped back to the original string.
import type {DateRef} from '../../dataset/schema.js';
import {normaliseWithMap, originalSpan} from '../../arabic/normalise.js';
import type {Calendar, Qualifier, Tense} from '../calendar.js';
import {endOfWord, isLetterCode, isSpaceCode, letterWidthBefore, wordStartAt} from '../../arabic/chars.js';
import {tenseAround} from './tense.js';
import {TriggerScanner, type Triggers} from './date-triggers.js';

type Dir = 'next' | 'prev' | 'current' | null;

/** A matched expression before resolution. Exported for detectPublished. */
export type DateMatch = {
	s: number;
	e: number;
	/** Calendar fields as written (year may be missing). */
	y?: number;
	m?: number;
	d?: number;
	/** Range end day (يومي 12 و13 يناير). */
	d2?: number;
	/** Range end year ((2021–2022)). */
	y2?: number;
	/** A day of a month named relative to publication (العشرين من الشهر الجاري): months from the anchor's. */
	relMonth?: number;
	/** A weekday printed with the expression (0 = Sunday). */
	weekday?: number;
	/** اليوم 0, أمس -1, غدا +1. */
	relDay?: number;
	unit?: 'week' | 'month' | 'year';
	dir: Dir;
	kind: 'day' | 'month' | 'year' | 'weekday' | 'relday' | 'unit';
	qualifier: Qualifier | null;
	/** The tense of the clause, for a bare weekday or a yearless day (يلتقي … الاثنين looks forward). */
	tense?: Tense;
};

export type DateOptions = {
	/** Without an anchor, a weekday beside a yearless date picks the agreeing year within a year of this. */
	yearHint?: number;
	/** normaliseWithMap(text), when the caller already has it (the pipeline shares it with the number extractor). */
	normalised?: Normalised;
};

type Normalised = {text: string; map: number[]};

const L = '[\\p{L}\\p{N}]';
// Every pattern below must start at a word start, allowing one proclitic (و ف
// ب ل) that stays outside the match. That is tested by wordStartAt on each
// hit rather than by a look-behind in the pattern: a leading look-behind runs
// at every position and keeps the engine from skipping to the first letter.
const E = `(?!${L})`;
// The end of an expression that may close on a year: a year glued to the next
// word ("20 مايو 2022قال", as saved pages join a dateline to the story) still
// ends there, since digits and letters never form one Arabic word.
const END = `(?:(?<=\\d)(?!\\p{N})|${E})`;

function alt(words: Iterable<string>): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'))
		.join('|');
}

/**
 * Hijri dates (8 رجب 1443 هـ) in normalised spelling. They are blanked before
 * matching, so a weekday before one still joins the Gregorian date after
 * الموافق, and no Hijri day is read as a Gregorian one. (Kept here rather than
 * in calendar.json because the calendar loader has no field for them yet.)
 */
const HIJRI =
	/\d{1,2}\s+(?:محرم|صفر|ربيع\s+(?:الاول|الاخر|الثاني)|جمادي\s+(?:الاولي|الاول|الاخره|الاخر|الثانيه)|رجب|شعبان|رمضان|شوال|ذو\s+القعده|ذي\s+القعده|ذو\s+الحجه|ذي\s+الحجه)(?:\s+1[34]\d\d)?(?:\s*ه(?![\p{L}]))?/gu;

/** HIJRI as a sticky regex, tried only at digits (every Hijri date starts with one). */
const HIJRI_AT = new RegExp(HIJRI.source, 'yu');
const ANY_DIGIT = /[0-9]/;

/**
 * Normalised text with its Hijri dates turned to spaces (same length, so offsets hold).
 * n.replace(HIJRI, …) replayed at the digits: most sentences have none and
 * return at once, instead of the regex trying every position (26 ms on 1k).
 */
export function blankHijri(n: string): string {
	if (!ANY_DIGIT.test(n)) return n;
	let out = '';
	let from = 0; // where the global replace would search next
	for (let i = 0; i < n.length; i++) {
		if (!isDigitCode(n.charCodeAt(i))) continue;
		// \d{1,2}\s+ first, cheaply: most digits are years and counts.
		if (!hijriMayStart(n, i)) continue;
		HIJRI_AT.lastIndex = i;
		const m = HIJRI_AT.exec(n);
		if (!m) continue;
		const end = i + m[0].length;
		out += n.slice(from, i) + ' '.repeat(m[0].length);
		from = end;
		i = end - 1;
	}
	return from === 0 ? n : out + n.slice(from);
}

/**
 * \d{1,2}\s+ and a Hijri month's first letter (محرم صفر ربيع جمادي رجب رمضان
 * شعبان شوال ذو ذي: م ص ر ج ش ذ), the cheap part of HIJRI, before running it.
 */
function hijriMayStart(n: string, i: number): boolean {
	const run = digitRun(n, i);
	if (run > 2 || !isSpaceCode(n.charCodeAt(i + run))) return false;
	const c = n.charCodeAt(skipSpaces(n, i + run));
	return c === 0x0645 || c === 0x0635 || c === 0x0631 || c === 0x062c || c === 0x0634 || c === 0x0630;
}

/** blankHijri(n) for a text whose trigger scan lists every digit (TriggerScanner.listsDigits). */
function blankHijriAt(n: string, t: Triggers): string {
	let out = '';
	let from = 0;
	for (let k = 0; k < t.pos.length; k++) {
		const i = t.pos[k]!;
		if (i < from || !isDigitCode(n.charCodeAt(i))) continue;
		if (!hijriMayStart(n, i)) continue;
		HIJRI_AT.lastIndex = i;
		const m = HIJRI_AT.exec(n);
		if (!m) continue;
		out += n.slice(from, i) + ' '.repeat(m[0].length);
		from = i + m[0].length;
	}
	return from === 0 ? n : out + n.slice(from);
}

/** Demonstratives that make اليوم "that day" (normalised spellings). */
const DEMONSTRATIVE_BEFORE = new Set(['ذلك', 'تلك', 'ذاك', 'نفس', 'ذات']);

/**
 * One bit per pattern and gate, for the trigger scan: each lists every word
 * its regex may begin with (the optional leading word and the word after it),
 * and whether it may begin with a digit.
 */
const B = {
	numeric: 1 << 0,
	iso: 1 << 1,
	ymd: 1 << 2,
	yearRange: 1 << 3,
	relDay2: 1 << 4,
	range: 1 << 5,
	dayMonth: 1 << 6,
	monthDay: 1 << 7,
	ordinal: 1 << 8,
	monthYear: 1 << 9,
	bareMonth: 1 << 10,
	monthDir: 1 << 11,
	yearWord: 1 << 12,
	yearPrep: 1 << 13,
	relDay: 1 << 14,
	weekday: 1 << 15,
	dayOfMonth: 1 << 16,
	unit: 1 << 17,
	gateMonth: 1 << 18,
	// A weekday, unit or month-unit word standing as a word: the weekday,
	// unit and day-of-month patterns each need one (at their start or after a space).
	gateWeekday: 1 << 19,
	gateUnit: 1 << 20,
	gateUnitMonth: 1 << 21,
} as const;

function triggerScanner(cal: Calendar): TriggerScanner {
	const months = [...cal.months.keys()];
	const weekdays = [...cal.weekdays.keys()];
	const ords = [...cal.ordinalDays.keys()];
	const rel = [...cal.today, ...cal.yesterday, ...cal.tomorrow];
	const units = [...cal.units.week, ...cal.units.month, ...cal.units.year];
	const quals = [...cal.qualifiers.keys()];
	const lists = [
		cal.rangeDayWord,
		cal.dayWord,
		ords,
		months,
		weekdays,
		cal.monthWords,
		cal.monthPrepositions,
		quals,
		cal.yearWords,
		cal.yearPrepositions,
		rel,
		cal.this,
		units,
		cal.units.month,
	];
	const everywhere = lists.some(l => l.length === 0);
	return new TriggerScanner(
		[
			{bit: B.numeric | B.iso | B.ymd | B.yearRange, words: [], digits: true},
			// بعد غد، أول (من) أمس، قبل أمس: the words written into the pattern.
			{bit: B.relDay2, words: ['بعد', 'اول', 'قبل']},
			{bit: B.range, words: cal.rangeDayWord, digits: true},
			{bit: B.dayMonth, words: cal.dayWord, digits: true},
			{bit: B.monthDay | B.monthDir | B.gateMonth, words: months},
			{bit: B.ordinal, words: [...cal.dayWord, ...ords]},
			{bit: B.monthYear, words: [...cal.monthWords, ...months]},
			{bit: B.bareMonth, words: [...cal.monthPrepositions, ...cal.monthWords, ...quals]},
			{bit: B.yearWord, words: cal.yearWords},
			{bit: B.yearPrep, words: [...cal.yearPrepositions, ...quals]},
			{bit: B.relDay, words: rel},
			{bit: B.weekday, words: [...cal.dayWord, ...weekdays]},
			{bit: B.dayOfMonth, words: [...cal.dayWord, ...ords], digits: true},
			{bit: B.unit, words: [...cal.this, ...units]},
			{bit: B.gateWeekday, words: weekdays},
			{bit: B.gateUnit, words: units},
			{bit: B.gateUnitMonth, words: cal.units.month},
		],
		{everywhere},
	);
}

/** Does the run of `run` digits at `at` leave room for the pattern to match there? A necessary condition only. */
type DigitsFit = (n: string, at: number, run: number) => boolean;

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

function digitRun(n: string, at: number): number {
	let e = at;
	while (e < n.length && isDigitCode(n.charCodeAt(e))) e++;
	return e - at;
}

/** The position after the spaces (/\s/) that end just before i. */
function skipSpacesBack(n: string, i: number): number {
	while (i > 0 && isSpaceCode(n.charCodeAt(i - 1))) i--;
	return i;
}

/** The letters that end just before `end`: what ([\p{L}]+)$ reads off n.slice(0, end), '' for none. */
function lettersBefore(n: string, end: number): string {
	let s = end;
	while (s > 0) {
		const w = letterWidthBefore(n, s);
		if (w === 0) break;
		s -= w;
	}
	return n.slice(s, end);
}

/** The first position at or after i that is not a space (/\s/). */
function skipSpaces(n: string, i: number): number {
	while (i < n.length && isSpaceCode(n.charCodeAt(i))) i++;
	return i;
}

// \d{1,2} followed by a non-digit: a run of three or more digits cannot start one.
// \d{1,2}\s*(?:و|-|–|الي|حتي) (range)
const rangeDigits: DigitsFit = (n, at, run) => {
	if (run > 2) return false;
	const c = n.charCodeAt(skipSpaces(n, at + run));
	return c === 0x0648 || c === 0x2d || c === 0x2013 || c === 0x0627 || c === 0x062d;
};
// \d{1,2}\s+
const dayThenSpace: DigitsFit = (n, at, run) => run <= 2 && isSpaceCode(n.charCodeAt(at + run));
// \d{1,2}\s*[/\-.] (numeric)
const dayThenSeparator: DigitsFit = (n, at, run) => {
	if (run > 2) return false;
	const c = n.charCodeAt(skipSpaces(n, at + run));
	return c === 0x2f || c === 0x2d || c === 0x2e;
};
// Four digits then what each year-first pattern needs next: at a year in running text none
// fits, and the three ran at every year for no match (3 of every 20 date executions on
// the generated corpus, all failing).
// \d{4}- (iso)
const isoDigits: DigitsFit = (n, at, run) => run === 4 && n.charCodeAt(at + 4) === 0x2d;
// \d{4}\s*[/.] (ymd)
const ymdDigits: DigitsFit = (n, at, run) => {
	if (run !== 4) return false;
	const c = n.charCodeAt(skipSpaces(n, at + 4));
	return c === 0x2f || c === 0x2e;
};
// \d{4}(?:\s*م…)?\s*[–—-] (yearRange): after the spaces, a dash or the م that may stand first.
const yearRangeDigits: DigitsFit = (n, at, run) => {
	if (run !== 4) return false;
	const c = n.charCodeAt(skipSpaces(n, at + 4));
	return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x0645;
};

/** Regex sources built once per calendar object. */
type Patterns = ReturnType<typeof buildPatterns>;
const cache = new WeakMap<Calendar, Patterns>();

function buildPatterns(cal: Calendar) {
	const MON = `(?:${alt(cal.months.keys())})`;
	const MONX = `${MON}(?:\\s*[/\\-–]\\s*${MON}|\\s+${MON})?`;
	const YEAR = `(?:1[89]\\d\\d|20\\d\\d)(?:\\s*م${E})?`;
	const DIR = `${alt([...cal.next, ...cal.previous, ...cal.current])}`;
	const WD = `(?:${alt(cal.weekdays.keys())})`;
	const qual = alt(cal.qualifiers.keys());
	// Sticky: each runs only at the trigger positions (see date-triggers.ts).
	const re = (src: string) => new RegExp(src, 'yu');
	// Between the days of a range (normalised: إلى is الي, حتى is حتي).
	const TO = '(?:و|-|–|الي|حتي)';
	// و before the tens may stand apart from them (الحادي و العشرين).
	const ORD = alt(cal.ordinalDays.keys()).replace(/\\s\+و(?=ال)/gu, '\\s+و\\s*');
	return {
		numeric: re(`(?<d>\\d{1,2})\\s*[/\\-.]\\s*(?<m>\\d{1,2})\\s*[/\\-.]\\s*(?<y>\\d{4})(?:\\s*م${E})?${END}`),
		iso: re(`(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${END}`),
		// Year first with slashes or dots (2022/01/12, 2022.01.12): East Asian and
		// Gulf sites print dates this way; the day-first form is \`numeric\`.
		ymd: re(`(?<y>(?:19|20)\\d\\d)\\s*[/.]\\s*(?<m>\\d{1,2})\\s*[/.]\\s*(?<d>\\d{1,2})${END}`),
		// A span of years (2021–2022, 2014-2022), as in titles and timelines.
		yearRange: re(`(?<y>${YEAR})\\s*[–—-]\\s*(?<y2>${YEAR})${E}`),
		// Two days from today: بعد غد / بعد الغد, أول أمس / أول من أمس / قبل أمس.
		relDay2: re(`(?:(?<after>بعد\\s+(?:ال)?غد(?:ا|اه)?)|(?<before>(?:اول\\s+(?:من\\s+)?|قبل\\s+)امس))${E}`),
		range: re(
			`(?:(?:${alt(cal.rangeDayWord)})\\s+)?(?<d>\\d{1,2})\\s*${TO}\\s*(?<d2>\\d{1,2})\\s+(?:من\\s+)?(?<mon>${MONX})(?:\\s*[،,]?\\s*(?<y>${YEAR}))?(?:\\s+(?<dir>${DIR}))?${END}`,
		),
		dayMonth: re(
			`(?:(?:${alt(cal.dayWord)})\\s+)?(?<d>\\d{1,2})\\s+(?:من\\s+)?(?:(?:${alt(cal.monthWords)})\\s+)?(?<mon>${MONX})(?:\\s*[،,]?\\s*(?<y>${YEAR}))?(?:\\s+(?<dir>${DIR}))?${END}`,
		),
		// Month first (تموز 13 الى 15، يوليو 13-15، مايو 20, 2022): kept only with
		// a second day, a year or nothing after it, since "في تموز 13 قتيلا" counts.
		monthDay: re(`(?<mon>${MONX})\\s+(?<d>\\d{1,2})(?!\\d)(?:\\s*${TO}\\s*(?<d2>\\d{1,2})(?!\\d))?(?:\\s*[،,]?\\s*(?<y>${YEAR}))?${END}`),
		ordinal: re(
			`(?:(?:${alt(cal.dayWord)})\\s+)?(?<ord>${ORD})\\s+من\\s+(?:(?:${alt(cal.monthWords)})\\s+)?(?<mon>${MONX})(?:\\s*[،,]?\\s*(?<y>${YEAR}))?(?:\\s+(?<dir>${DIR}))?${END}`,
		),
		monthYear: re(`(?:(?:${alt(cal.monthWords)})\\s+)?(?<mon>${MONX})\\s*[،,]?\\s*(?<y>${YEAR})${END}`),
		bareMonth: re(
			`(?:${alt([...cal.monthPrepositions, ...cal.monthWords, ...cal.qualifiers.keys()])})\\s+(?:(?:${alt(cal.monthWords)})\\s+)?(?<core>(?<mon>${MONX})(?:\\s+(?<dir>${DIR}))?)${E}`,
		),
		monthDir: re(`(?<mon>${MONX})\\s+(?<dir>${DIR})${E}`),
		yearWord: re(`(?:${alt(cal.yearWords)})\\s+(?<y>${YEAR})${E}`),
		yearPrep: re(
			`(?:${alt([...cal.yearPrepositions, ...cal.qualifiers.keys()])})\\s+(?<core>(?<y>${YEAR}))${E}${cal.notYearBefore.length ? `(?!\\s*(?:${alt(cal.notYearBefore)}))` : ''}`,
		),
		relDay: re(`(?<w>${alt([...cal.today, ...cal.yesterday, ...cal.tomorrow])})${E}`),
		weekday: re(`(?:(?<dw>${alt(cal.dayWord)})\\s+)?(?<wd>${WD})(?:\\s+(?<dir>${DIR}))?${E}`),
		// A day of this, next or last month (العشرين من الشهر الجاري، يوم 5 من الشهر المقبل).
		dayOfMonth: re(
			`(?:(?:${alt(cal.dayWord)})\\s+)?(?:(?<ord>${ORD})|(?<d>\\d{1,2})(?!\\d))\\s+من\\s+(?:(?<this>${alt(cal.this)})\\s+)?(?:${alt(cal.units.month)})(?:\\s+(?<dir>${DIR}))?${E}`,
		),
		unit: re(
			`(?:(?<this>${alt(cal.this)})\\s+)?(?<u>${alt([...cal.units.week, ...cal.units.month, ...cal.units.year])})(?:\\s+(?<dir>${alt([...cal.next, ...cal.previous, ...cal.current, ...cal.this])}))?${E}`,
		),
		link: new RegExp(`^[\\s(:،,]*(?:(?:${alt(cal.dateLinkers)})[\\s:]*)?$`, 'u'),
		qualBefore: new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?(?<q>${qual})\\s+(?:(?:${alt(cal.qualifierLinkers)})\\s+)?$`, 'u'),
		punctNear: /[،,.:؛;()\-–"«»“”]/u,
		/** Words before a bare الأحد / الاثنين that make it a weekday. */
		setOff: new Set([...cal.today, ...cal.yesterday, ...cal.tomorrow, ...cal.dayParts]),
		// Whether a sentence holds a month name standing as a word (sticky, tried
		// at the month triggers), and a relative-day word anywhere (غد inside بغداد too).
		gate: {
			month: new RegExp(MON, 'yu'),
			rel: new RegExp(`${alt([...cal.today, ...cal.yesterday, ...cal.tomorrow])}|غد`, 'u'),
		},
		triggers: triggerScanner(cal),
	};
}

function patternsFor(cal: Calendar): Patterns {
	let p = cache.get(cal);
	if (!p) {
		p = buildPatterns(cal);
		cache.set(cal, p);
	}
	return p;
}

// Month and direction words as matched, remembered per calendar: the same few spellings recur in every article.
const monthMemo = new WeakMap<Calendar, Map<string, number | undefined>>();
const dirMemo = new WeakMap<Calendar, Map<string, Dir>>();

function memoFor<V>(memo: WeakMap<Calendar, Map<string, V>>, cal: Calendar): Map<string, V> {
	let m = memo.get(cal);
	if (!m) {
		m = new Map();
		memo.set(cal, m);
	}
	return m;
}

function monthOf(cal: Calendar, text: string): number | undefined {
	const memo = memoFor(monthMemo, cal);
	if (memo.has(text)) return memo.get(text);
	const m = monthOfUncached(cal, text);
	if (memo.size >= 4096) memo.clear();
	memo.set(text, m);
	return m;
}

function monthOfUncached(cal: Calendar, text: string): number | undefined {
	// The first name of "كانون الثاني/يناير" decides; both name the same month.
	const first = text
		.split(/\s*[/\-–]\s*/u)[0]!
		.trim()
		.replace(/\s+/g, ' ');
	if (cal.months.has(first)) return cal.months.get(first);
	// "يناير كانون الثاني": try the longest known prefix.
	let best: number | undefined;
	let len = 0;
	for (const [name, m] of cal.months) if (first.startsWith(name) && name.length > len) [best, len] = [m, name.length];
	return best;
}

function dirOf(cal: Calendar, w: string | undefined): Dir {
	if (!w) return null;
	const memo = memoFor(dirMemo, cal);
	let d = memo.get(w);
	if (d === undefined) {
		d = dirOfUncached(cal, w);
		if (memo.size >= 4096) memo.clear();
		memo.set(w, d);
	}
	return d;
}

function dirOfUncached(cal: Calendar, w: string): Dir {
	const t = w.replace(/\s+/g, ' ');
	if (cal.next.includes(t)) return 'next';
	if (cal.previous.includes(t)) return 'prev';
	if (cal.current.includes(t) || cal.this.includes(t)) return 'current';
	return null;
}

// A YEAR group is four ASCII digits, then perhaps " م": the digits are its first four characters.
const yearOf = (s: string | undefined) => (s ? Number(s.length === 4 ? s : s.slice(0, 4)) : undefined);

/** Find every candidate expression in normalised text (overlaps allowed here). */
function candidates(n: string, cal: Calendar, t: Triggers): DateMatch[] {
	const p = patternsFor(cal);
	const out: DateMatch[] = [];
	if (t.any === 0) return out;
	// The global scan of each pattern, replayed on its trigger positions: the
	// first position at or after `from` where the sticky regex matches is the
	// match exec would have returned, and `from` moves as lastIndex did.
	const each = (re: RegExp, bit: number, fn: (m: RegExpExecArray) => DateMatch | null, digitsFit?: DigitsFit, before = Number.POSITIVE_INFINITY) => {
		if ((t.any & bit) === 0) return;
		let from = 0;
		for (let k = 0; k < t.pos.length; k++) {
			const at = t.pos[k]!;
			if (at >= before) break;
			if (at < from || (t.mask[k]! & bit) === 0) continue;
			// A cheap necessary condition on the digits first: most digits are
			// years or counts where a day pattern cannot match.
			if (digitsFit && t.plainDigits && isDigitCode(n.charCodeAt(at)) && !digitsFit(n, at, digitRun(n, at))) continue;
			re.lastIndex = at;
			const m = re.exec(n);
			if (!m) continue;
			if (!wordStartAt(n, at) && !digitAfterArabicLetter(n, at)) {
				// Inside a word: no later position of that word starts one either.
				from = endOfWord(n, at);
				continue;
			}
			if (minutesAt(n, at)) {
				// The minutes of a time (19:07 - 20 مايو) are no day.
				from = at + 1;
				continue;
			}
			const c = fn(m);
			if (c) out.push(c);
			from = at + (m[0].length === 0 ? 1 : m[0].length);
		}
	};
	// Spans without the d flag (match indices cost ~0.7 µs a hit): the match
	// starts at its trigger, and a `core` group always closes the match (only
	// look-aheads follow it), so it starts its own length before the end.
	// Candidates are written out as literals, not spread from shared parts.

	// The gates of the old scan, kept where a pattern's own match does not
	// imply them (month: a month word standing as a word; rel: for بعد غد and
	// قبل أمس), and worked out only when a pattern that needs them can start.
	// A weekday, relative-day, unit or "من … <month>" gate is implied by the
	// match of the patterns it guarded, so those patterns just run at their triggers.
	// A month name inside a pattern stands after a space and before a
	// non-letter, so it is a month trigger of its own: patterns whose month
	// comes after their start need one further on (monthDay needs a digit).
	let lastMonth = -1;
	for (let k = t.pos.length - 1; k >= 0; k--) {
		if ((t.mask[k]! & B.gateMonth) !== 0) {
			lastMonth = t.pos[k]!;
			break;
		}
	}
	const MONTH_USERS = B.range | B.dayMonth | B.monthDay | B.ordinal | B.monthYear | B.bareMonth | B.monthDir;
	const has = {
		digit: t.digit,
		year: t.year,
		month: (t.any & MONTH_USERS) !== 0 && monthWord(p.gate.month, n, t, B.gateMonth),
		rel: (t.any & B.relDay2) !== 0 && p.gate.rel.test(n),
	};
	if (has.year) {
		each(
			p.numeric,
			B.numeric,
			m => {
				const d = Number(m.groups!.d),
					mo = Number(m.groups!.m);
				if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
				return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'day', y: Number(m.groups!.y), m: mo, d};
			},
			dayThenSeparator,
		);
	}
	if (has.year) {
		each(
			p.iso,
			B.iso,
			m => ({
				s: m.index,
				e: m.index + m[0].length,
				dir: null,
				qualifier: null,
				kind: 'day',
				y: Number(m.groups!.y),
				m: Number(m.groups!.m),
				d: Number(m.groups!.d),
			}),
			isoDigits,
		);
	}
	if (has.year) {
		each(
			p.ymd,
			B.ymd,
			m => {
				const d = Number(m.groups!.d),
					mo = Number(m.groups!.m);
				if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
				return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'day', y: Number(m.groups!.y), m: mo, d};
			},
			ymdDigits,
		);
		each(
			p.yearRange,
			B.yearRange,
			m => {
				const y = yearOf(m.groups!.y)!,
					y2 = yearOf(m.groups!.y2)!;
				// Only a short forward span is a period; 1990-2022 ranges stay years, 2022-2021 is no range.
				if (y2 <= y || y2 - y > 30) return null;
				return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'year', y, y2};
			},
			yearRangeDigits,
		);
	}
	if (has.rel) {
		each(p.relDay2, B.relDay2, m => ({s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'relday', relDay: m.groups!.after ? 2 : -2}));
	}
	if (has.digit && has.month) {
		each(
			p.range,
			B.range,
			m => {
				const d = Number(m.groups!.d),
					d2 = Number(m.groups!.d2);
				if (d < 1 || d2 > 31 || d2 <= d) return null;
				return {
					s: m.index,
					e: m.index + m[0].length,
					qualifier: null,
					kind: 'day',
					m: monthOf(cal, m.groups!.mon!),
					d,
					d2,
					y: yearOf(m.groups!.y),
					dir: dirOf(cal, m.groups!.dir),
				};
			},
			rangeDigits,
			lastMonth,
		);
	}
	if (has.digit && has.month) {
		each(
			p.dayMonth,
			B.dayMonth,
			m => {
				const d = Number(m.groups!.d);
				if (d < 1 || d > 31) return null;
				return {
					s: m.index,
					e: m.index + m[0].length,
					qualifier: null,
					kind: 'day',
					m: monthOf(cal, m.groups!.mon!),
					d,
					y: yearOf(m.groups!.y),
					dir: dirOf(cal, m.groups!.dir),
				};
			},
			dayThenSpace,
			lastMonth,
		);
		each(
			p.monthDay,
			B.monthDay,
			m => {
				const d = Number(m.groups!.d),
					d2 = m.groups!.d2 === undefined ? undefined : Number(m.groups!.d2);
				if (d < 1 || d > 31 || (d2 !== undefined && (d2 > 31 || d2 <= d))) return null;
				// A lone month-first day needs nothing after it but punctuation: "في تموز 13 قتيلا" counts the dead.
				if (d2 === undefined && !m.groups!.y && /^\s*[\p{L}\p{N}]/u.test(n.slice(m.index + m[0].length))) return null;
				return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'day', m: monthOf(cal, m.groups!.mon!), d, d2, y: yearOf(m.groups!.y)};
			},
			undefined,
			t.lastDigit,
		);
	}
	if (has.month) {
		each(
			p.ordinal,
			B.ordinal,
			m => ({
				s: m.index,
				e: m.index + m[0].length,
				qualifier: null,
				kind: 'day',
				m: monthOf(cal, m.groups!.mon!),
				d: cal.ordinalDays.get(m.groups!.ord!.replace(/\s+/g, ' ').replace(/ و /gu, ' و')),
				y: yearOf(m.groups!.y),
				dir: dirOf(cal, m.groups!.dir),
			}),
			undefined,
			lastMonth,
		);
	}
	if (has.year && has.month) {
		each(p.monthYear, B.monthYear, m => ({
			s: m.index,
			e: m.index + m[0].length,
			dir: null,
			qualifier: null,
			kind: 'month',
			m: monthOf(cal, m.groups!.mon!),
			y: yearOf(m.groups!.y),
		}));
	}
	if (has.month) {
		each(
			p.bareMonth,
			B.bareMonth,
			m => ({
				s: m.index + m[0].length - m.groups!.core!.length,
				e: m.index + m[0].length,
				qualifier: null,
				kind: 'month',
				m: monthOf(cal, m.groups!.mon!),
				dir: dirOf(cal, m.groups!.dir),
			}),
			undefined,
			lastMonth,
		);
	}
	if (has.month) {
		each(p.monthDir, B.monthDir, m => ({
			s: m.index,
			e: m.index + m[0].length,
			qualifier: null,
			kind: 'month',
			m: monthOf(cal, m.groups!.mon!),
			dir: dirOf(cal, m.groups!.dir),
		}));
	}
	if (has.year) {
		each(p.yearWord, B.yearWord, m => ({s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'year', y: yearOf(m.groups!.y)}));
	}
	if (has.year) {
		each(p.yearPrep, B.yearPrep, m => ({
			s: m.index + m[0].length - m.groups!.core!.length,
			e: m.index + m[0].length,
			dir: null,
			qualifier: null,
			kind: 'year',
			y: yearOf(m.groups!.y),
		}));
	}
	each(p.relDay, B.relDay, m => {
		const w = m.groups!.w!;
		if (cal.today.includes(w)) {
			// "اليوم الأول" is "the first day", not "today".
			const next = n.slice(m.index + m[0].length).match(/^\s+([\p{L}]+)/u)?.[1];
			if (next && cal.notTodayAfter.includes(next)) return null;
			// "ذلك اليوم" / "تلك الأيام" point back into the story, not to the publication day.
			const prev = lettersBefore(n, skipSpacesBack(n, m.index));
			if (prev && DEMONSTRATIVE_BEFORE.has(prev)) return null;
			return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'relday', relDay: 0};
		}
		return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'relday', relDay: cal.yesterday.includes(w) ? -1 : 1};
	});
	if ((t.any & B.gateWeekday) !== 0)
		each(p.weekday, B.weekday, m => {
			const wd = m.groups!.wd!;
			const c: DateMatch = {
				s: m.index,
				e: m.index + m[0].length,
				qualifier: null,
				kind: 'weekday',
				weekday: cal.weekdays.get(wd),
				dir: dirOf(cal, m.groups!.dir),
			};
			if (cal.ambiguousWeekdays.has(wd) && !m.groups!.dw && !m.groups!.dir) {
				// الأحد / الاثنين also mean "the one" / "the two": accept them bare only
				// where punctuation, a day word or a part of the day (مساء الاثنين) sets them off.
				// By index rather than by trimmed copies of the sentence's two sides.
				const b = skipSpacesBack(n, c.s);
				const a = skipSpaces(n, c.e);
				const ok = a === n.length || (b > 0 && p.punctNear.test(n[b - 1]!)) || p.punctNear.test(n[a]!) || p.setOff.has(lettersBefore(n, b));
				if (!ok) return null;
			}
			return c;
		});
	if ((t.any & B.gateUnitMonth) !== 0)
		each(
			p.dayOfMonth,
			B.dayOfMonth,
			m => {
				const dir = m.groups!.this ? 'current' : dirOf(cal, m.groups!.dir);
				const d = m.groups!.ord ? cal.ordinalDays.get(m.groups!.ord.replace(/\s+/g, ' ').replace(/ و /gu, ' و')) : Number(m.groups!.d);
				if (!dir || d === undefined || d < 1 || d > 31) return null;
				return {s: m.index, e: m.index + m[0].length, dir: null, qualifier: null, kind: 'day', d, relMonth: dir === 'next' ? 1 : dir === 'prev' ? -1 : 0};
			},
			dayThenSpace,
		);
	if ((t.any & B.gateUnit) !== 0)
		each(p.unit, B.unit, m => {
			const u = m.groups!.u!.replace(/\s+/g, ' ');
			const unit = cal.units.week.includes(u) ? 'week' : cal.units.month.includes(u) ? 'month' : 'year';
			const dir = m.groups!.this ? 'current' : dirOf(cal, m.groups!.dir);
			if (!dir) return null;
			return {s: m.index, e: m.index + m[0].length, qualifier: null, kind: 'unit', unit, dir};
		});
	return out;
}

/**
 * A digit right after an Arabic letter starts a token of its own: pages glue a
 * section name to the date ("عرب وعالم25-12-2021"); digits never belong to an Arabic word.
 */
function digitAfterArabicLetter(n: string, p: number): boolean {
	const c = n.charCodeAt(p),
		b = n.charCodeAt(p - 1);
	return c >= 0x30 && c <= 0x39 && b >= 0x0621 && b <= 0x064a;
}

/**
 * Does a month name stand as a word (a proclitic allowed before it, no letter
 * after it)? Every pattern with a month needs one, and a bare substring test
 * says yes to most sentences: اب is inside كتاب، مه inside حكومه.
 */
function monthWord(re: RegExp, n: string, t: Triggers, bit: number): boolean {
	if ((t.any & bit) === 0) return false;
	for (let k = 0; k < t.pos.length; k++) {
		if ((t.mask[k]! & bit) === 0) continue;
		const at = t.pos[k]!;
		re.lastIndex = at;
		const m = re.exec(n);
		if (!m) continue;
		const end = at + m[0].length;
		if (wordStartAt(n, at) && (end >= n.length || !isLetterCode(n.charCodeAt(end)))) return true;
	}
	return false;
}

/** Do the digits at p follow "hh:"? */
function minutesAt(n: string, p: number): boolean {
	const b = n.charCodeAt(p - 2);
	return n.charCodeAt(p - 1) === 0x3a && b >= 0x30 && b <= 0x39;
}

/** Keep the longest of overlapping candidates, then order by position. */
function pickNonOverlapping(cs: DateMatch[]): DateMatch[] {
	if (cs.length === 1) return [cs[0]!];
	const sorted = [...cs].sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
	const kept: DateMatch[] = [];
	for (const c of sorted) if (!kept.some(k => c.s < k.e && k.s < c.e)) kept.push(c);
	return kept.sort((a, b) => a.s - b.s);
}

/**
 * Join a relative day, a weekday and a date written together
 * ("اليوم الأربعاء الموافق : 12/01/2022", "يوم الثلاثاء (4 يناير)") into one
 * expression, so the weekday can check or pick the date's year.
 */
function mergeChains(n: string, cs: DateMatch[], cal: Calendar): DateMatch[] {
	const p = patternsFor(cal);
	const out: DateMatch[] = [];
	for (const c of cs) {
		const prev = out.at(-1);
		if (prev && p.link.test(n.slice(prev.e, c.s))) {
			const gap = n.slice(prev.e, c.s);
			const relWd = prev.kind === 'relday' && c.kind === 'weekday';
			const toDate =
				((prev.kind === 'relday' || prev.kind === 'weekday') && c.kind === 'day' && prev.weekday !== undefined) || (prev.kind === 'relday' && c.kind === 'day');
			const toDateViaWd = prev.kind === 'weekday' && c.kind === 'day';
			if ((relWd && !/[(:]/.test(gap)) || toDate || toDateViaWd) {
				const merged: DateMatch =
					c.kind === 'day'
						? {...c, s: prev.s, weekday: prev.weekday ?? c.weekday, relDay: prev.relDay}
						: {...prev, e: c.e, kind: 'weekday', weekday: c.weekday, dir: c.dir};
				if (gap.includes('(')) {
					const close = n.slice(merged.e).match(/^\s*\)/u);
					if (close) merged.e += close[0].length;
				}
				out[out.length - 1] = merged;
				continue;
			}
		}
		out.push(c);
	}
	return out;
}

/** Widen month/year expressions over a qualifier before them (أوائل، في وقت لاحق من). */
function applyQualifiers(n: string, cs: DateMatch[], cal: Calendar): DateMatch[] {
	const p = patternsFor(cal);
	return cs.map((c, i) => {
		const periodic = c.kind === 'month' || c.kind === 'year' || (c.kind === 'unit' && c.unit !== 'week');
		if (!periodic) return c;
		const floor = i > 0 ? cs[i - 1]!.e : 0;
		const before = n.slice(floor, c.s);
		const m = before.match(p.qualBefore);
		if (!m) return c;
		const qStart = floor + m.index! + m[0].indexOf(m.groups!.q!);
		return {...c, s: qStart, qualifier: cal.qualifiers.get(m.groups!.q!.replace(/\s+/g, ' ')) ?? null};
	});
}

/** All date expressions of a text, in normalised coordinates, before resolution. */
export function matchDates(text: string, calendar: Calendar, normalised: Normalised = normaliseWithMap(text)): {matches: DateMatch[]; map: number[]} {
	const {text: norm, map} = normalised;
	const scanner = patternsFor(calendar).triggers;
	// One scan serves both the Hijri blanking (at its digits) and the patterns;
	// only a text that had a Hijri date blanked is scanned again.
	let t = scanner.scan(norm);
	let n = norm;
	if (t.digit) {
		n = scanner.listsDigits ? blankHijriAt(norm, t) : blankHijri(norm);
		if (n !== norm) t = scanner.scan(n);
	}
	const found = candidates(n, calendar, t);
	// Most sentences hold no date.
	if (found.length === 0) return {matches: [], map};
	const picked = pickNonOverlapping(found);
	const matches = withTense(n, applyQualifiers(n, mergeChains(n, picked, calendar), calendar), calendar);
	return {matches, map};
}

/** The clause's tense, for the expressions whose direction it decides: a bare weekday, a yearless day. */
function withTense(n: string, cs: DateMatch[], cal: Calendar): DateMatch[] {
	for (const c of cs) {
		if (c.dir !== null || c.relDay !== undefined) continue;
		const open = (c.kind === 'weekday' && c.weekday !== undefined) || (c.kind === 'day' && c.y === undefined && c.relMonth === undefined);
		if (!open) continue;
		const t = tenseAround(n, c.s, c.e, cal);
		if (t) c.tense = t;
	}
	return cs;
}

// ---- resolution -------------------------------------------------------

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const pad = (v: number) => String(v).padStart(2, '0');
/** new Date(t).toISOString().slice(0, 10) from the date's fields: the ISO formatter showed as 6% of date extraction in the ingest profile. */
const isoDay = (t: number) => {
	const d = new Date(t);
	const y = d.getUTCFullYear();
	// Years the ISO form writes otherwise (±YYYYYY) and invalid dates (it throws) keep the formatter.
	if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
	return `${String(y).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const weekdayOf = (y: number, m: number, d: number) => new Date(utc(y, m, d)).getUTCDay();
const validDay = (y: number, m: number, d: number) => new Date(utc(y, m, d)).getUTCDate() === d;

// Every date of an article resolves against the same anchor: parse it once.
let lastAnchor: {iso: string | null; parsed: ReturnType<typeof parseAnchorUncached>} = {iso: null, parsed: null};

function parseAnchor(anchor: string | null): ReturnType<typeof parseAnchorUncached> {
	if (anchor !== lastAnchor.iso) lastAnchor = {iso: anchor, parsed: parseAnchorUncached(anchor)};
	return lastAnchor.parsed;
}

function parseAnchorUncached(anchor: string | null): {t: number; y: number; m: number; d: number} | null {
	const m = anchor?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return {t: utc(y, mo, d), y, m: mo, d};
}

/** How far ahead a future clause may send a yearless day before the nearest year wins again. */
const FUTURE_REACH_DAYS = 240;

/**
 * The year for a yearless month/day: nearest to the anchor, or the next/previous
 * one; in a future clause the next one, unless that is most of a year away.
 * Never further than a year from the evidence: without an anchor only a
 * weekday beside the date can pick a year, and only next to the hint.
 */
function inferYear(
	m: number,
	d: number | undefined,
	dir: Dir,
	weekday: number | undefined,
	anchor: ReturnType<typeof parseAnchor>,
	hint?: number,
	tense?: Tense,
): number | null {
	if (!anchor) {
		if (weekday === undefined || d === undefined || hint === undefined) return null;
		const agreeing: number[] = [];
		for (let y = hint - 1; y <= hint + 1; y++) if (validDay(y, m, d) && weekdayOf(y, m, d) === weekday) agreeing.push(y);
		agreeing.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || b - a);
		return agreeing[0] ?? null;
	}
	let years = [anchor.y - 1, anchor.y, anchor.y + 1];
	if (d !== undefined) years = years.filter(y => validDay(y, m, d));
	if (weekday !== undefined && d !== undefined) {
		const agree = years.filter(y => weekdayOf(y, m, d) === weekday);
		if (agree.length) years = agree;
	}
	const when = (y: number) => (d === undefined ? y * 12 + m - (anchor.y * 12 + anchor.m) : (utc(y, m, d) - anchor.t) / DAY_MS);
	if (dir === 'next') years = years.filter(y => when(y) > 0);
	if (dir === 'prev') years = years.filter(y => when(y) < 0);
	if (dir === null && tense === 'future' && d !== undefined) {
		// Only the future side decides; a past verb often governs a future day ("قرر عقد اجتماع في 12 يناير").
		const ahead = years.filter(y => when(y) >= 0 && when(y) <= FUTURE_REACH_DAYS);
		if (ahead.length) years = ahead;
	}
	years.sort((a, b) => Math.abs(when(a)) - Math.abs(when(b)) || a - b);
	return years[0] ?? null;
}

type Resolved = Pick<DateRef, 'value' | 'rangeEnd' | 'resolution'>;

/** Resolve one match against the anchor. Exported for detectPublished. */
export function resolveMatch(c: DateMatch, anchorIso: string | null, opts: DateOptions = {}): Resolved {
	const anchor = parseAnchor(anchorIso);
	const unresolved: Resolved = {value: null, rangeEnd: null, resolution: 'unresolved'};
	if (c.kind === 'day' && c.relMonth !== undefined && c.d !== undefined) {
		if (!anchor) return unresolved;
		const total = anchor.y * 12 + (anchor.m - 1) + c.relMonth;
		const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
		if (!validDay(y, m, c.d)) return unresolved;
		return {value: `${y}-${pad(m)}-${pad(c.d)}`, rangeEnd: null, resolution: 'relative'};
	}
	if (c.kind === 'day' && c.m !== undefined && c.d !== undefined) {
		const y = c.y ?? inferYear(c.m, c.d, c.dir, c.weekday, anchor, opts.yearHint, c.tense);
		if (y === null || !validDay(y, c.m, c.d)) return unresolved;
		const value = `${y}-${pad(c.m)}-${pad(c.d)}`;
		const end = c.d2 !== undefined && validDay(y, c.m, c.d2) ? `${y}-${pad(c.m)}-${pad(c.d2)}` : null;
		return {value, rangeEnd: end, resolution: c.y !== undefined ? 'absolute' : 'inferred-year'};
	}
	if (c.kind === 'month' && c.m !== undefined) {
		const y = c.y ?? inferYear(c.m, undefined, c.dir, undefined, anchor);
		if (y === null) return unresolved;
		return {value: `${y}-${pad(c.m)}`, rangeEnd: null, resolution: c.y !== undefined ? 'absolute' : 'inferred-year'};
	}
	if (c.kind === 'year' && c.y !== undefined) return {value: String(c.y), rangeEnd: c.y2 !== undefined ? String(c.y2) : null, resolution: 'absolute'};
	if (c.kind === 'unit' && c.unit === 'week') return {value: null, rangeEnd: null, resolution: 'vague'};
	if (!anchor) return unresolved;
	if (c.relDay !== undefined) return {value: isoDay(anchor.t + c.relDay * DAY_MS), rangeEnd: null, resolution: 'relative'};
	if (c.kind === 'weekday' && c.weekday !== undefined) {
		// News reports days gone by: a bare weekday is the latest one on or before
		// publication; in a future clause the first one on or after it; المقبل
		// looks strictly forward, الماضي strictly back.
		const back = (new Date(anchor.t).getUTCDay() - c.weekday + 7) % 7;
		const ahead = (c.weekday - new Date(anchor.t).getUTCDay() + 7) % 7;
		let t = anchor.t - back * DAY_MS;
		if (c.dir === 'next') t = anchor.t + (ahead || 7) * DAY_MS;
		else if (c.dir === 'prev' && back === 0) t -= 7 * DAY_MS;
		else if (c.dir === null && c.tense === 'future') t = anchor.t + ahead * DAY_MS;
		return {value: isoDay(t), rangeEnd: null, resolution: 'relative'};
	}
	if (c.kind === 'unit') {
		const step = c.dir === 'next' ? 1 : c.dir === 'prev' ? -1 : 0;
		if (c.unit === 'year') return {value: String(anchor.y + step), rangeEnd: null, resolution: 'relative'};
		const total = anchor.y * 12 + (anchor.m - 1) + step;
		return {value: `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`, rangeEnd: null, resolution: 'relative'};
	}
	return unresolved;
}

/** Date expressions of a text (a sentence), resolved against the publication date. */
export function extractDates(text: string, anchor: string | null, calendar: Calendar, opts: DateOptions = {}): DateRef[] {
	const {matches, map} = matchDates(text, calendar, opts.normalised);
	return matches.map(c => {
		const [start, end] = originalSpan(map, c.s, c.e);
		const r = resolveMatch(c, anchor, opts);
		const qualifier = c.kind === 'unit' && c.unit === 'week' ? 'week' : c.qualifier;
		return {text: text.slice(start, end), value: r.value, rangeEnd: r.rangeEnd, resolution: r.resolution, qualifier, start, end};
	});
}
