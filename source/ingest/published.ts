// The publication date an article states for itself. The evidence, strongest
// first: "today is …" (اليوم الأربعاء الموافق : 12/01/2022); a dated line at
// the top of the page (a "published" header, a line that is only a date:
// "31.05.2022 | 10:45", "عرب وعالم25-12-2021 | 18:09"); a dateline opening the
// story ("19:07 - 20 مايو 2022قال …", "موسكو 10 فبراير 2022 (واس) - …"); the
// lead's reporting day written as weekday + day + month (قال مسؤول … يوم
// الثلاثاء (4 يناير)). Anything else is left to the manifest: guessing here
// would put wrong days in the dataset.
//
// Saved pages add a trap: a banner with the day the page was *saved*, on its
// own line at the top (الخميس 4 يوليو 2024 above a story of December 2021).
// So a date from the top of the page must agree with the story's own dateline
// or reporting day, and a banner-shaped one with the dates the story uses.
import {normalise, normaliseWithMap, originalSpan} from '../arabic/normalise.js';
import {isLetterCode} from '../arabic/chars.js';
import type {Calendar} from './calendar.js';
import {blankHijri, matchDates, resolveMatch, type DateMatch} from './extract/dates.js';
import type {CleanedArticle, CleanLine, RawSentence} from './types.js';

/** Where in the text the date was found: a date line or dateline, or other wording (today is …, the reporting day). */
export type PublishedFrom = 'dateline' | 'text';
export type Published = {date: string; evidence: string; from: PublishedFrom};

const isDay = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

function spanText(text: string, map: number[], m: DateMatch): string {
	const s = map[m.s] ?? 0;
	const e = (map[m.e - 1] ?? text.length - 1) + 1;
	return text.slice(s, e);
}

/** The date expressions of a text, read once per detectPublished call (the same lines are asked about several times). */
type Read = (text: string) => {matches: DateMatch[]; map: number[]; n: string};

function reader(calendar: Calendar): Read {
	const seen = new Map<string, ReturnType<Read>>();
	return text => {
		let r = seen.get(text);
		if (!r) {
			const normalised = normaliseWithMap(text);
			r = {...matchDates(text, calendar, normalised), n: normalised.text};
			seen.set(text, r);
		}
		return r;
	};
}

/** A dateline stands at the very start of the lead. */
const DATELINE_REACH = 80;
/** At most this many words (a place, an agency) before a dateline's date. */
const DATELINE_WORDS = 3;
/** What follows a dateline's date: the credited agency in brackets or slashes, or a dash. */
const DATELINE_END = /^\s*(?:م\s*)?(?:\(|\/|-|–|—|:|\|)/u;
/** A separator or a clock time just before the date also sets a dateline off ("19:07 - 20 مايو 2022 قال"). */
const DATELINE_LEAD_IN = /(?:[-–—/|،,:]\s*$)|\d\s*:\s*\d\d/u;
/** The top of the page when no paragraph starts the story. */
const HEADER_LINES = 8;
/** A date line may differ from the story's own date by a few weeks at most. */
const AGREE_DAYS = 28;
/** A banner is far from every date the story names when none lies within this. */
const BANNER_FAR_DAYS = 45;
/** Reasons a cleaner may give the banner of the day a page was saved: never the publication date. */
const SAVE_BANNER = /banner/u;
/** Words a date line may carry besides the date: a label, a section, a place (نشر في، عرب وعالم). */
const DATE_LINE_WORDS = 3;
/** Words around a date that say nothing but the hour or the calendar. */
const CLOCK_WORDS = new Set(['ص', 'م', 'مساء', 'صباحا', 'صباح', 'ظهرا', 'am', 'pm', 'gmt', 'بتوقيت', 'غرينتش', 'ه', 'في', 'الموافق', 'بتاريخ', 'تاريخ']);

const DAY_MS = 86_400_000;
const dayT = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const daysApart = (a: string, b: string) => Math.abs(dayT(a) - dayT(b)) / DAY_MS;
const pad = (v: number) => String(v).padStart(2, '0');

/** A full date (day, month, year as written) among the matches: the first one that is not a range. */
function fullDay(matches: DateMatch[]): DateMatch | undefined {
	return matches.find(m => m.kind === 'day' && m.y !== undefined && m.d !== undefined && m.d2 === undefined);
}

/** Letter words of normalised text, Hijri dates and listed clock/calendar words left out. */
function plainWords(n: string, calendar: Calendar): string[] {
	const out: string[] = [];
	for (const w of blankHijri(n).split(/[^\p{L}]+/u)) {
		if (!w) continue;
		const bare = w.replace(/^[وف](?=\p{L}{3})/u, '');
		if (CLOCK_WORDS.has(w) || calendar.weekdays.has(w) || calendar.weekdays.has(bare) || calendar.months.has(w) || calendar.dateLinkers.includes(w)) continue;
		out.push(w);
	}
	return out;
}

/** The page's lines with text, in order. */
type Line = CleanLine & {index: number};

/** A dated line of the page: its date, and whether it has the shape of a banner (weekday + date, maybe a time, nothing else). */
type DateLine = {date: string; evidence: string; banner: boolean};

/** A line that is only a date, give or take a label, a time and a weekday. */
function dateLine(text: string, read: Read, calendar: Calendar): DateLine | null {
	const {matches, map, n} = read(text);
	const m = fullDay(matches);
	if (!m) return null;
	const r = resolveMatch(m, null);
	if (!isDay(r.value)) return null;
	// What is left once the dates and clock times are taken out (in normalised coordinates, as the matches are).
	let rest = n;
	for (const x of matches) rest = rest.slice(0, x.s) + ' '.repeat(x.e - x.s) + rest.slice(x.e);
	const words = plainWords(rest.replace(/\d+\s*[:.]\s*\d+/gu, ' '), calendar);
	if (words.length > DATE_LINE_WORDS) return null;
	const hasWeekday = matches.some(x => x.weekday !== undefined) || n.split(/[^\p{L}]+/u).some(w => calendar.weekdays.has(w));
	return {date: r.value, evidence: spanText(text, map, m), banner: hasWeekday && words.length === 0};
}

/** A paragraph of running text, as the cleaner reads one: the top of the page ends at the first. */
function isParagraph(text: string): boolean {
	const n = text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
	return n >= 12 || (n >= 6 && /[.؟?!؛:…"”»]/u.test(text.trim().slice(-2)));
}

/** A date from the top of the page; `top` when it stands at or above the headline, `banner` when it also has a banner's shape. */
type Candidate = Published & {top: boolean; banner: boolean; saved?: boolean};

export function detectPublished(c: CleanedArticle, sentences: RawSentence[], calendar: Calendar): Published | null {
	const read = reader(calendar);
	const lines: Line[] = c.lines.filter(l => l.kind !== 'blank').map((l, index) => ({...l, index}));
	const firstParagraph = lines.find(l => l.kind === 'body' && isParagraph(l.text));
	const headerEnd = firstParagraph ? firstParagraph.index : Math.min(lines.length, HEADER_LINES);

	// Dates from the top of the page, in order of trust.
	const header: Candidate[] = [];
	const topLines = new Set<number>(); // raw line numbers of date lines above the story
	const isTop = (l: CleanLine) => (c.titleLine === null ? l.line <= (firstParagraph?.line ?? Infinity) : l.line <= c.titleLine);
	const shape = (l: CleanLine) => {
		const top = isTop(l);
		return {top, banner: top && !!dateLine(l.text, read, calendar)?.banner};
	};

	// 1. "today is": اليوم + a full date, in the title or the first sentences.
	for (const s of sentences.slice(0, 5)) {
		const {matches, map} = read(s.text);
		for (const m of matches) {
			if (m.relDay !== 0 || m.kind !== 'day' || m.y === undefined) continue;
			const r = resolveMatch(m, null);
			if (isDay(r.value)) header.push({date: r.value, evidence: spanText(s.text, map, m), from: 'text', top: false, banner: false});
		}
	}

	// 2. A "published" header line with a full date on it or just below it.
	for (let i = 0; i < lines.length; i++) {
		if (lines[i]!.reason !== 'published-meta') continue;
		// The date sits on the header line or on a short line right below it;
		// a long line below is article text (a caption's date is not the article's).
		const near = [lines[i]!, lines[i + 1]].filter((l, k): l is Line => !!l && (k === 0 || l.text.trim().split(/\s+/).length <= 6));
		for (const l of near) {
			const {matches, map} = read(l.text);
			const m = fullDay(matches);
			if (!m) continue;
			const r = resolveMatch(m, null);
			if (isDay(r.value)) {
				header.push({date: r.value, evidence: spanText(l.text, map, m), from: 'dateline', ...shape(l)});
				break;
			}
		}
	}

	// 3. Lines that are only a date, above the first paragraph: under the
	// headline first, then above it (where save banners stand).
	const below: Candidate[] = [];
	const above: Candidate[] = [];
	for (const l of lines.slice(0, headerEnd)) {
		if (l.kind === 'caption') continue;
		const d = dateLine(l.text, read, calendar);
		if (!d) continue;
		topLines.add(l.line);
		const top = isTop(l);
		// The cleaner keeps a date line above the headline out of the text as the
		// day the page was saved; one with a banner's shape (weekday + date) is
		// taken only where the story's own dates agree with it (below).
		const saved = SAVE_BANNER.test(l.reason ?? '') && d.banner;
		(top ? above : below).push({date: d.date, evidence: d.evidence, from: 'dateline', top, banner: top && d.banner, saved});
	}
	header.push(...below, ...above);

	// Read on demand: it reads every sentence, and most articles never need it.
	let known: Evidence | undefined;
	const evidence = () => (known ??= storyEvidence(sentences, topLines, read));
	const dateline = leadDateline(sentences, read, calendar);
	const reporting = reportingDay(lines, headerEnd, sentences, read);
	const reportingDate = reporting ? reportingYear(reporting, evidence) : null;
	const story: Published | null = dateline ?? reportingDate;
	const weekday = leadWeekday(lines, headerEnd, sentences, read);

	for (const h of header) {
		// The story's own dateline or reporting day outweighs a date above it.
		if (story && daysApart(h.date, story.date) > AGREE_DAYS) continue;
		if (!story && reporting && monthDayApart(h.date, reporting.m) > AGREE_DAYS) continue;
		// Above the headline, a date on another weekday than the lead's "today" is not the story's.
		if (h.top && weekday !== null && new Date(dayT(h.date)).getUTCDay() !== weekday) continue;
		if (h.saved && !(story ? daysApart(h.date, story.date) <= AGREE_DAYS : evidence().days.some(d => daysApart(h.date, d) <= AGREE_DAYS))) continue;
		// A banner far from every date the story names is the day the page was saved.
		if (!story && h.banner && evidence().days.length && Math.min(...evidence().days.map(d => daysApart(h.date, d))) > BANNER_FAR_DAYS) continue;
		return {date: h.date, evidence: h.evidence, from: h.from};
	}
	return story;
}

/** The weekday the lead says it is written on: اليوم الجمعة is a Friday, أمس الخميس too. */
function leadWeekday(lines: Line[], headerEnd: number, sentences: RawSentence[], read: Read): number | null {
	const leadLine = lines[headerEnd]?.line;
	for (const s of sentences.filter(x => x.kind === 'body' && x.line === leadLine).slice(0, 2)) {
		for (const m of read(s.text).matches) {
			if (m.kind === 'weekday' && m.weekday !== undefined && m.relDay !== undefined) return (m.weekday - m.relDay + 7) % 7;
		}
	}
	return null;
}

/** The story's dates with a year as written (day precision), and the bare years it names, top date lines left out. */
type Evidence = {days: string[]; years: number[]};

function storyEvidence(sentences: RawSentence[], skipLines: Set<number>, read: Read): Evidence {
	const days: string[] = [];
	const years: number[] = [];
	for (const s of sentences) {
		if (skipLines.has(s.line)) continue;
		for (const m of read(s.text).matches) {
			if (m.y === undefined) continue;
			if (m.kind === 'day' && m.m !== undefined && m.d !== undefined) {
				const r = resolveMatch(m, null);
				if (isDay(r.value)) days.push(r.value);
			} else if (m.kind === 'month' && m.m !== undefined) {
				days.push(`${m.y}-${pad(m.m)}-15`);
			} else if (m.kind === 'year') {
				years.push(m.y);
			}
		}
	}
	return {days, years};
}

/**
 * A wire dateline opening the story: a full date within the first characters
 * of one of the first body lines, after no more than a place or an agency, set
 * off by a credit, a dash, a clock time, or glued to the first word
 * ("موسكو 10 فبراير 2022 (واس) - …", "19:07 - 20 مايو 2022قال …").
 */
function leadDateline(sentences: RawSentence[], read: Read, calendar: Calendar): Published | null {
	// The first three body lines: a headline or a label the cleaner missed may stand first.
	const bodyLines = [...new Set(sentences.filter(x => x.kind === 'body').map(x => x.line))].slice(0, 3);
	for (const line of bodyLines) {
		// A dateline opens its line: only the line's first sentence can hold one.
		const s = sentences.find(x => x.kind === 'body' && x.line === line)!;
		const {matches, map} = read(s.text);
		const m = fullDay(matches);
		if (!m) continue;
		const [start, end] = originalSpan(map, m.s, m.e);
		if (end > DATELINE_REACH) continue;
		const before = s.text.slice(0, start);
		if (plainWords(normalise(before), calendar).length > DATELINE_WORDS) continue;
		const after = s.text.slice(end, end + 16);
		const glued = end < s.text.length && isLetterCode(s.text.charCodeAt(end));
		if (!DATELINE_END.test(after) && !glued && !DATELINE_LEAD_IN.test(before)) continue;
		const r = resolveMatch(m, null);
		if (isDay(r.value)) return {date: r.value, evidence: spanText(s.text, map, m), from: 'dateline'};
	}
	return null;
}

/** The lead's reporting day: weekday + day + month, with or without a year. */
type Reporting = {m: DateMatch; evidence: string};

function reportingDay(lines: Line[], headerEnd: number, sentences: RawSentence[], read: Read): Reporting | null {
	// The lead is the first sentence of the first paragraph (a headline left in the body is not one).
	const leadLine = lines[headerEnd]?.line;
	const lead = sentences.find(s => s.kind === 'body' && s.line === leadLine) ?? sentences.find(s => s.kind === 'body');
	if (!lead) return null;
	const {matches, map} = read(lead.text);
	const m = matches.find(x => x.kind === 'day' && x.weekday !== undefined && x.d !== undefined && x.m !== undefined && x.d2 === undefined);
	return m ? {m, evidence: spanText(lead.text, map, m)} : null;
}

/**
 * The reporting day with its year: as written, else the year its weekday
 * agrees with next to the story's own dated evidence. Never a year far from
 * that evidence: within a year of the dates the story writes out, else the
 * latest bare year it names or the one after; with neither, no date at all.
 */
function reportingYear(r: Reporting, evidenceOf: () => Evidence): Published | null {
	const {m} = r;
	const date = (y: number) => `${y}-${pad(m.m!)}-${pad(m.d!)}`;
	if (m.y !== undefined) {
		const v = resolveMatch(m, null).value;
		return isDay(v) ? {date: v, evidence: r.evidence, from: 'text'} : null;
	}
	const agrees = (y: number) => {
		const t = Date.UTC(y, m.m! - 1, m.d!);
		return new Date(t).getUTCDate() === m.d && new Date(t).getUTCDay() === m.weekday;
	};
	const evidence = evidenceOf();
	let years: number[] = [];
	let near: (y: number) => number;
	if (evidence.days.length) {
		const ys = evidence.days.map(d => Number(d.slice(0, 4)));
		const latest = evidence.days.reduce((a, b) => (a > b ? a : b));
		for (let y = Math.min(...ys) - 1; y <= Math.max(...ys) + 1; y++) years.push(y);
		near = y => daysApart(date(y), latest);
	} else if (evidence.years.length) {
		const latest = Math.max(...evidence.years);
		years = [latest, latest + 1];
		near = y => y - latest;
	} else {
		return null;
	}
	const year = years.filter(agrees).sort((a, b) => near(a) - near(b) || b - a)[0];
	return year === undefined ? null : {date: date(year), evidence: r.evidence, from: 'text'};
}

/** Days between a date and a yearless day/month, in whichever year brings them closest. */
function monthDayApart(iso: string, m: DateMatch): number {
	const y = Number(iso.slice(0, 4));
	return Math.min(...[y - 1, y, y + 1].map(yy => daysApart(iso, `${yy}-${pad(m.m!)}-${pad(m.d!)}`)));
}
