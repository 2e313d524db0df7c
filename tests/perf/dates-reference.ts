// Test-only oracle: the date extractor as it was on main (c220436) before the
// fast scanner, kept verbatim so tests/perf/dates.test.ts can check the new
// code gives the same matches, offsets and resolutions. Do not optimise it.
// Date expressions in Arabic news text, resolved against the publication date
// the way temporal taggers (HeidelTime) do: absolute dates as written, missing
// years from the nearest year that fits, relative words from the anchor.
// Matching runs on normalised text (see arabic/normalise.ts) and spans are
// mapped back to the original string.
import type {DateRef} from '../../source/dataset/schema.js';
import {normaliseWithMap, originalSpan} from '../../source/arabic/normalise.js';
import type {Calendar, Qualifier, Tense} from '../../source/ingest/calendar.js';
import {endOfWord, isLetterCode, wordStartAt} from '../../source/arabic/chars.js';
import {tenseAround} from './tense-reference.js';

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

/** Normalised text with its Hijri dates turned to spaces (same length, so offsets hold). */
export function blankHijri(n: string): string {
	return n.replace(HIJRI, m => ' '.repeat(m.length));
}

/** Demonstratives that make اليوم "that day" (normalised spellings). */
const DEMONSTRATIVE_BEFORE = new Set(['ذلك', 'تلك', 'ذاك', 'نفس', 'ذات']);

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
	const re = (src: string) => new RegExp(src, 'gud');
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
		// Cheap tests without look-behind: most sentences hold no date, and the
		// patterns above are costly to run at every position.
		gate: {
			digit: /\d/,
			// Every pattern with a four-digit year (or a full numeric date) needs four digits in a row.
			year: /\d{4}/,
			// Global: monthWord steps through the hits (short names such as اب and مه sit inside many words).
			month: new RegExp(MON, 'gu'),
			weekday: new RegExp(WD, 'u'),
			rel: new RegExp(`${alt([...cal.today, ...cal.yesterday, ...cal.tomorrow])}|غد`, 'u'),
			unit: new RegExp(alt([...cal.units.week, ...cal.units.month, ...cal.units.year]), 'u'),
			// Ordinal days and days of a relative month all read "… من [شهر] <month>": a literal start the engine can skip to.
			ofMonth: new RegExp(`من\\s+(?:(?:${alt([...cal.monthWords, ...cal.this])})\\s+)?(?:${MON}|${alt(cal.units.month)})`, 'u'),
		},
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

const yearOf = (s: string | undefined) => (s ? Number(s.replace(/\D/g, '')) : undefined);

/** Find every candidate expression in normalised text (overlaps allowed here). */
function candidates(n: string, cal: Calendar): DateMatch[] {
	const p = patternsFor(cal);
	const out: DateMatch[] = [];
	const each = (re: RegExp, fn: (m: RegExpExecArray) => DateMatch | null) => {
		re.lastIndex = 0;
		for (let m = re.exec(n); m; m = re.exec(n)) {
			if (!wordStartAt(n, m.index) && !digitAfterArabicLetter(n, m.index)) {
				// Inside a word: no later position of that word starts one either.
				re.lastIndex = endOfWord(n, m.index);
				continue;
			}
			if (minutesAt(n, m.index)) {
				// The minutes of a time (19:07 - 20 مايو) are no day.
				re.lastIndex = m.index + 1;
				continue;
			}
			const c = fn(m);
			if (c) out.push(c);
			if (m[0].length === 0) re.lastIndex++;
		}
	};
	const span = (m: RegExpExecArray, group?: string) => {
		const ix = group ? m.indices!.groups![group] : m.indices![0];
		return {s: ix![0], e: ix![1]};
	};
	const base = {dir: null as Dir, qualifier: null};

	const has = {
		digit: p.gate.digit.test(n),
		month: monthWord(p.gate.month, n),
		weekday: p.gate.weekday.test(n),
		rel: p.gate.rel.test(n),
		unit: p.gate.unit.test(n),
		year: false,
	};
	has.year = has.digit && p.gate.year.test(n);
	const ofMonth = (has.month || has.unit) && p.gate.ofMonth.test(n);
	if (has.year) {
		each(p.numeric, m => {
			const d = Number(m.groups!.d),
				mo = Number(m.groups!.m);
			if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
			return {...span(m), ...base, kind: 'day', y: Number(m.groups!.y), m: mo, d};
		});
	}
	if (has.year) {
		each(p.iso, m => ({...span(m), ...base, kind: 'day', y: Number(m.groups!.y), m: Number(m.groups!.m), d: Number(m.groups!.d)}));
	}
	if (has.year) {
		each(p.ymd, m => {
			const d = Number(m.groups!.d),
				mo = Number(m.groups!.m);
			if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
			return {...span(m), ...base, kind: 'day', y: Number(m.groups!.y), m: mo, d};
		});
		each(p.yearRange, m => {
			const y = yearOf(m.groups!.y)!,
				y2 = yearOf(m.groups!.y2)!;
			// Only a short forward span is a period; 1990-2022 ranges stay years, 2022-2021 is no range.
			if (y2 <= y || y2 - y > 30) return null;
			return {...span(m), ...base, kind: 'year', y, y2};
		});
	}
	if (has.rel) {
		each(p.relDay2, m => ({...span(m), ...base, kind: 'relday', relDay: m.groups!.after ? 2 : -2}));
	}
	if (has.digit && has.month) {
		each(p.range, m => {
			const d = Number(m.groups!.d),
				d2 = Number(m.groups!.d2);
			if (d < 1 || d2 > 31 || d2 <= d) return null;
			return {...span(m), ...base, kind: 'day', m: monthOf(cal, m.groups!.mon!), d, d2, y: yearOf(m.groups!.y), dir: dirOf(cal, m.groups!.dir)};
		});
	}
	if (has.digit && has.month) {
		each(p.dayMonth, m => {
			const d = Number(m.groups!.d);
			if (d < 1 || d > 31) return null;
			return {...span(m), ...base, kind: 'day', m: monthOf(cal, m.groups!.mon!), d, y: yearOf(m.groups!.y), dir: dirOf(cal, m.groups!.dir)};
		});
		each(p.monthDay, m => {
			const d = Number(m.groups!.d),
				d2 = m.groups!.d2 === undefined ? undefined : Number(m.groups!.d2);
			if (d < 1 || d > 31 || (d2 !== undefined && (d2 > 31 || d2 <= d))) return null;
			// A lone month-first day needs nothing after it but punctuation: "في تموز 13 قتيلا" counts the dead.
			if (d2 === undefined && !m.groups!.y && /^\s*[\p{L}\p{N}]/u.test(n.slice(m.index + m[0].length))) return null;
			return {...span(m), ...base, kind: 'day', m: monthOf(cal, m.groups!.mon!), d, d2, y: yearOf(m.groups!.y)};
		});
	}
	if (has.month && ofMonth) {
		each(p.ordinal, m => ({
			...span(m),
			...base,
			kind: 'day',
			m: monthOf(cal, m.groups!.mon!),
			d: cal.ordinalDays.get(m.groups!.ord!.replace(/\s+/g, ' ').replace(/ و /gu, ' و')),
			y: yearOf(m.groups!.y),
			dir: dirOf(cal, m.groups!.dir),
		}));
	}
	if (has.year && has.month) {
		each(p.monthYear, m => ({...span(m), ...base, kind: 'month', m: monthOf(cal, m.groups!.mon!), y: yearOf(m.groups!.y)}));
	}
	if (has.month) {
		each(p.bareMonth, m => ({...span(m, 'core'), ...base, kind: 'month', m: monthOf(cal, m.groups!.mon!), dir: dirOf(cal, m.groups!.dir)}));
	}
	if (has.month) {
		each(p.monthDir, m => ({...span(m), ...base, kind: 'month', m: monthOf(cal, m.groups!.mon!), dir: dirOf(cal, m.groups!.dir)}));
	}
	if (has.year) {
		each(p.yearWord, m => ({...span(m), ...base, kind: 'year', y: yearOf(m.groups!.y)}));
	}
	if (has.year) {
		each(p.yearPrep, m => ({...span(m, 'core'), ...base, kind: 'year', y: yearOf(m.groups!.y)}));
	}
	if (has.rel) {
		each(p.relDay, m => {
			const w = m.groups!.w!;
			if (cal.today.includes(w)) {
				// "اليوم الأول" is "the first day", not "today".
				const next = n.slice(m.index + m[0].length).match(/^\s+([\p{L}]+)/u)?.[1];
				if (next && cal.notTodayAfter.includes(next)) return null;
				// "ذلك اليوم" / "تلك الأيام" point back into the story, not to the publication day.
				const prev = n.slice(0, m.index).match(/([\p{L}]+)\s*$/u)?.[1];
				if (prev && DEMONSTRATIVE_BEFORE.has(prev)) return null;
				return {...span(m), ...base, kind: 'relday', relDay: 0};
			}
			return {...span(m), ...base, kind: 'relday', relDay: cal.yesterday.includes(w) ? -1 : 1};
		});
	}
	if (has.weekday) {
		each(p.weekday, m => {
			const wd = m.groups!.wd!;
			const c: DateMatch = {...span(m), ...base, kind: 'weekday', weekday: cal.weekdays.get(wd), dir: dirOf(cal, m.groups!.dir)};
			if (cal.ambiguousWeekdays.has(wd) && !m.groups!.dw && !m.groups!.dir) {
				// الأحد / الاثنين also mean "the one" / "the two": accept them bare only
				// where punctuation, a day word or a part of the day (مساء الاثنين) sets them off.
				const before = n.slice(0, c.s).trimEnd();
				const after = n.slice(c.e).trimStart();
				const prevWord = before.match(/([\p{L}]+)$/u)?.[1] ?? '';
				const ok =
					after === '' ||
					p.punctNear.test(before.at(-1)!) ||
					p.punctNear.test(after[0]!) ||
					[...cal.today, ...cal.yesterday, ...cal.tomorrow, ...cal.dayParts].includes(prevWord);
				if (!ok) return null;
			}
			return c;
		});
	}
	if (has.unit && ofMonth) {
		each(p.dayOfMonth, m => {
			const dir = m.groups!.this ? 'current' : dirOf(cal, m.groups!.dir);
			const d = m.groups!.ord ? cal.ordinalDays.get(m.groups!.ord.replace(/\s+/g, ' ').replace(/ و /gu, ' و')) : Number(m.groups!.d);
			if (!dir || d === undefined || d < 1 || d > 31) return null;
			return {...span(m), ...base, kind: 'day', d, relMonth: dir === 'next' ? 1 : dir === 'prev' ? -1 : 0};
		});
	}
	if (has.unit) {
		each(p.unit, m => {
			const u = m.groups!.u!.replace(/\s+/g, ' ');
			const unit = cal.units.week.includes(u) ? 'week' : cal.units.month.includes(u) ? 'month' : 'year';
			const dir = m.groups!.this ? 'current' : dirOf(cal, m.groups!.dir);
			if (!dir) return null;
			return {...span(m), ...base, kind: 'unit', unit, dir};
		});
	}
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
function monthWord(re: RegExp, n: string): boolean {
	re.lastIndex = 0;
	for (let m = re.exec(n); m; m = re.exec(n)) {
		const end = m.index + m[0].length;
		if (wordStartAt(n, m.index) && (end >= n.length || !isLetterCode(n.charCodeAt(end)))) return true;
		re.lastIndex = m.index + 1;
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
	const n = blankHijri(norm);
	const picked = pickNonOverlapping(candidates(n, calendar));
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
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
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
