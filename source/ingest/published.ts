// The publication date an article states for itself. Only three kinds of
// evidence count: "today is …" (اليوم الأربعاء الموافق : 12/01/2022), a dated
// "published" header, or the reporting day of the lead sentence written as
// weekday + day + month (قال مسؤول … يوم الثلاثاء (4 يناير)). Anything else is
// left to the manifest: guessing here would put wrong days in the dataset.
import {originalSpan} from '../arabic/normalise.js';
import type {Calendar} from './calendar.js';
import {matchDates, resolveMatch, type DateMatch} from './extract/dates.js';
import type {CleanedArticle, RawSentence} from './types.js';

export type Published = {date: string; evidence: string};

const isDay = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

function spanText(text: string, map: number[], m: DateMatch): string {
	const s = map[m.s] ?? 0;
	const e = (map[m.e - 1] ?? text.length - 1) + 1;
	return text.slice(s, e);
}

/** A dateline stands at the very start of the lead. */
const DATELINE_REACH = 80;
/** What follows a dateline's date: the credited agency in brackets or slashes, or a dash. */
const DATELINE_END = /^\s*(?:م\s*)?(?:\(|\/|-|–|—)/u;

export function detectPublished(c: CleanedArticle, sentences: RawSentence[], calendar: Calendar): Published | null {
	// 1. "today is": اليوم + a full date, in the title or the first sentences.
	for (const s of sentences.slice(0, 5)) {
		const {matches, map} = matchDates(s.text, calendar);
		for (const m of matches) {
			if (m.relDay !== 0 || m.kind !== 'day' || m.y === undefined) continue;
			const r = resolveMatch(m, null);
			if (isDay(r.value)) return {date: r.value, evidence: spanText(s.text, map, m)};
		}
	}

	// 2. A "published" header line with a full date on it or just below it.
	const lines = c.lines.filter(l => l.kind !== 'blank');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i]!.reason !== 'published-meta') continue;
		// The date sits on the header line or on a short line right below it;
		// a long line below is article text (a caption's date is not the article's).
		const near = [lines[i]!, lines[i + 1]].filter((l, k): l is NonNullable<typeof l> => !!l && (k === 0 || l.text.trim().split(/\s+/).length <= 6));
		for (const l of near) {
			const {matches, map} = matchDates(l.text, calendar);
			const m = matches.find(x => x.kind === 'day' && x.y !== undefined);
			if (m) {
				const r = resolveMatch(m, null);
				if (isDay(r.value)) return {date: r.value, evidence: spanText(l.text, map, m)};
			}
		}
	}

	const lead = sentences.find(s => s.kind === 'body');
	if (!lead) return null;

	// 2b. A wire dateline opening the lead: CITY + a full date, then the credit
	// or a dash ("موسكو 10 فبراير 2022 (واس) - …", "لندن في 10 فبراير /أ ش أ/").
	// The first two body lines: a headline the cleaner missed may stand first.
	const bodyLines = [...new Set(sentences.filter(x => x.kind === 'body').map(x => x.line))].slice(0, 2);
	for (const s of sentences.filter(x => x.kind === 'body' && bodyLines.includes(x.line))) {
		const {matches, map} = matchDates(s.text, calendar);
		for (const m of matches) {
			if (m.kind !== 'day' || m.y === undefined || m.d2 !== undefined) continue;
			const [, end] = originalSpan(map, m.s, m.e);
			if (end > DATELINE_REACH) break;
			if (!DATELINE_END.test(s.text.slice(end, end + 16))) continue;
			const r = resolveMatch(m, null);
			if (isDay(r.value)) return {date: r.value, evidence: spanText(s.text, map, m)};
		}
	}

	// 3. The lead sentence's reporting day, weekday + day + month: the weekday
	// picks the year, among those nearest the years the article mentions.
	const {matches, map} = matchDates(lead.text, calendar);
	const m = matches.find(x => x.kind === 'day' && x.weekday !== undefined && x.d !== undefined && x.m !== undefined && x.d2 === undefined);
	if (!m) return null;
	if (m.y !== undefined) {
		const r = resolveMatch(m, null);
		return isDay(r.value) ? {date: r.value, evidence: spanText(lead.text, map, m)} : null;
	}
	const years = mentionedYears(sentences, calendar);
	if (!years.length) return null;
	const candidates: number[] = [];
	for (let y = Math.min(...years) - 15; y <= Math.max(...years) + 15; y++) {
		const t = Date.UTC(y, m.m! - 1, m.d!);
		if (new Date(t).getUTCDate() === m.d && new Date(t).getUTCDay() === m.weekday) candidates.push(y);
	}
	const distance = (y: number) => Math.min(...years.map(x => Math.abs(x - y)));
	candidates.sort((a, b) => distance(a) - distance(b) || b - a);
	const year = candidates[0];
	if (year === undefined) return null;
	const date = `${year}-${String(m.m).padStart(2, '0')}-${String(m.d).padStart(2, '0')}`;
	return {date, evidence: spanText(lead.text, map, m)};
}

/** Years the article writes out (عام 2021, 30 نوفمبر 2021, 12/01/2022). */
function mentionedYears(sentences: RawSentence[], calendar: Calendar): number[] {
	const ys: number[] = [];
	for (const s of sentences) for (const m of matchDates(s.text, calendar).matches) if (m.y !== undefined) ys.push(m.y);
	return ys;
}
