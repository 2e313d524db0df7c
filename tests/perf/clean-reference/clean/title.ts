// Test-only oracle: a copy of this file as it was on main at c220436, before the
// clean/sentence fast paths. tests/perf/clean.test.ts checks the new code against it.
// The header: what stands above the story (menus, the save-date banner,
// tickers, the masthead, the site's name, breadcrumbs) and the headline, if
// the page has one. The headline is the first line above the story that is
// shaped like one; when the first substantial line is already a paragraph (or
// opens with a wire dateline), the page has no headline and the title is null.
import type {CleanLine} from '../../../../source/ingest/types.js';
import {parseDateline} from './dateline.js';
import {isBreaking, isMasthead, onlyReason, tickerLike} from './furniture.js';
import {fold, lineForm, type BoilerplateLexicon} from './lexicon.js';
import {siteHeader} from './outlet.js';
import {bannerOrPublished, CLOCK, endsSentence, headlineShaped, isDateHeader, isParagraph, LATIN_ONLY, PUBLISHED_CUE, words} from './shape.js';
import {agencyOf, type AgencyTable} from './wire.js';

export type Mark = (l: CleanLine, reason: string) => void;
export type Folded = (l: CleanLine) => string;

export type Header = {
	title: CleanLine | null;
	/** The site's name where the page repeats its headline as "Headline | Site" or "Site | Headline". */
	titleSite: string | null;
	/** Index in `lines` where the story starts (the line after the title, or the first story line). */
	bodyFrom: number;
};

const open = (l: CleanLine) => l.kind === 'body';
const DIGIT = /\d/;

/** A date line above the headline: a date header with a day in it (not "الأزمة (2021–2022)"). */
function isDateLine(f: string, lex: BoilerplateLexicon): boolean {
	if (!DIGIT.test(f) || !isDateHeader(f)) return false;
	// 26-12-2021, a clock time, "نشر في"، "آخر تحديث".
	if (/\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}/.test(f) || CLOCK.test(f) || PUBLISHED_CUE.test(f)) return true;
	const first = f.split(/[\s،,]+/)[0] ?? '';
	if (lex.weekdays.has(first) || lex.weekdays.has(first.replace(/^ال/u, ''))) return true;
	// A day and a year with at most a month's name between them (or a Hijri month: "22 جمادى الأولى 1443 هـ").
	const letterWords = f.split(/\s+/).filter(w => /\p{L}/u.test(w) && !/\d/.test(w)).length;
	return /(?:^|\D)\d{1,2}(?:\D|$)/.test(f) && /\d{4}/.test(f) && (letterWords <= 2 || /\d{4}\s*هـ?(?!\p{L})/u.test(f));
}

/** Why a short line above the headline is furniture. */
function shortHeaderReason(l: CleanLine, f: string, lex: BoilerplateLexicon): string {
	const t = l.text.trim();
	if (LATIN_ONLY.test(t)) return onlyReason(f, lex) ? 'page-controls' : 'site-name';
	// "صحيفة الرائد"، "قناة المدار الإخبارية": a masthead naming the site.
	if (lex.copyrightDescriptors.includes(f.split(' ')[0]!) && words(t).length >= 2) return 'site-name';
	return 'section-label';
}

/** Is the next line still open a headline (not the story's first paragraph or dateline)? */
function headlineNext(lines: CleanLine[], i: number, agencies: AgencyTable | undefined): boolean {
	for (let j = i + 1; j < lines.length; j++) {
		const l = lines[j]!;
		if (!open(l)) continue;
		const d = parseDateline(l.text);
		return headlineShaped(l.text) && !(d && agencyOf(d, agencies));
	}
	return false;
}

/** Walks down from the top until the headline or the story. */
export function readHeader(lines: CleanLine[], lex: BoilerplateLexicon, agencies: AgencyTable | undefined, folded: Folded, mark: Mark): Header {
	let title: CleanLine | null = null;
	let i = 0;
	for (; i < lines.length; i++) {
		const l = lines[i]!;
		if (!open(l)) continue;
		const f = folded(l);
		if (siteHeader(l.text, lex)) {
			mark(l, 'site-header');
			continue;
		}
		// "بروكسل / الأناضول", "جنيف - (أ ف ب): …": the story has begun.
		const d = parseDateline(l.text);
		if (d && agencyOf(d, agencies)) break;
		if (isDateLine(f, lex)) {
			mark(l, bannerOrPublished(l.text));
			continue;
		}
		if (isMasthead(f, l.text, lex)) {
			mark(l, 'masthead');
			continue;
		}
		const ticker = tickerLike(f, l.text, lex);
		if (ticker === 'ticker') {
			mark(l, 'ticker');
			continue;
		}
		// "الدولار يسجل 48.5 جنيه" or "عاجل | …" above another headline: furniture; with the story right under it, the headline.
		if ((ticker === 'maybe' || isBreaking(f, lex)) && headlineNext(lines, i, agencies)) {
			mark(l, ticker ? 'ticker' : 'breaking-news');
			continue;
		}
		if (words(l.text).length < 4) {
			// "انفجار في بيروت." ends like a sentence: a short lede, not a label.
			if (endsSentence(l.text) && words(l.text).length >= 2) break;
			mark(l, shortHeaderReason(l, f, lex));
			continue;
		}
		if (headlineShaped(l.text)) title = l;
		break;
	}
	if (!title) return {title: null, titleSite: null, bodyFrom: i};

	// A breadcrumb ending in the headline, or "Headline | Site", may come
	// first: the plain headline under it is the title.
	let titleSite: string | null = null;
	let seen = 0;
	for (let j = i + 1; j < lines.length && seen < 3; j++) {
		const h = lines[j]!;
		if (!open(h)) continue;
		seen++;
		if (!headlineShaped(h.text)) {
			if (isParagraph(h.text)) break;
			continue;
		}
		const r = relation(title.text, h.text);
		if (!r || r.kind === 'same') continue;
		mark(title, r.kind === 'prefix' && !r.site ? 'breadcrumb' : 'repeated-title');
		titleSite = r.site;
		title = h;
		i = j;
		break;
	}
	return {title, titleSite, bodyFrom: i + 1};
}

/** Tokens that separate a headline from what a page adds to it. */
const SEPARATOR = /^[|\-–—:»›>/‹«<\\•·]+$/u;
const ELLIPSIS = /(?:…|\.{2,})$/u;
/** The separators of a browser title ("Site | Headline"), not of a breadcrumb (› » >). */
const SITE_BAR = /^[|\-–—]$/u;

export type Relation = {
	kind: 'same' | 'suffix' | 'prefix';
	rest: string;
	/** The site's name the page adds to its headline ("Headline | Site", "Site - Headline"), else null. */
	site: string | null;
};

/** The headline's folded form, remembered: every line of a page is compared with the same one. */
let lastTitle = '';
let lastTitleForm = '';
function titleForm(title: string): string {
	if (title !== lastTitle) {
		lastTitle = title;
		lastTitleForm = lineForm(fold(title));
	}
	return lastTitleForm;
}

/**
 * How a line repeats the headline: the same line, the headline with the
 * site's name after it ("Headline | Site"), or a breadcrumb ending in it
 * ("الرئيسية › دولي › Headline", or cut short with "…").
 */
export function relation(text: string, title: string, folded: string = fold(text)): Relation | null {
	const tf = titleForm(title);
	const lf = lineForm(folded);
	if (lf === tf) return {kind: 'same', rest: '', site: null};
	// Cheap gate, as this runs on every line of the page: the headline whole, or a line cut short (… folds to ...).
	if (!lf.includes(tf) && !folded.includes('..')) return null;
	const a = text.trim().split(/\s+/);
	const t = title.trim().split(/\s+/);
	if (a.length > t.length + 12) return null;
	const fa = a.map(x => fold(x));
	const ft = t.map(x => fold(x));
	if (a.length > t.length) {
		if (ft.every((x, k) => fa[k] === x) && SEPARATOR.test(a[t.length]!)) {
			const rest = a.slice(t.length + 1).join(' ');
			if (rest) return {kind: 'suffix', rest, site: rest};
		}
		const off = a.length - t.length;
		if (ft.every((x, k) => fa[off + k] === x) && SEPARATOR.test(a[off - 1]!)) {
			// "الفجر | Headline" names the site; "الرئيسية › دولي › Headline" is a breadcrumb.
			const before = a.slice(0, off - 1);
			const site = SITE_BAR.test(a[off - 1]!) && !before.some(x => SEPARATOR.test(x)) ? before.join(' ') : null;
			return {kind: 'prefix', rest: before.join(' '), site};
		}
	}
	let lastSep = -1;
	for (let k = a.length - 1; k >= 0; k--) {
		if (SEPARATOR.test(a[k]!)) {
			lastSep = k;
			break;
		}
	}
	const seg = fa.slice(lastSep + 1);
	if (lastSep >= 0 && seg.length >= 3 && ELLIPSIS.test(seg.at(-1)!)) {
		const cut = seg.at(-1)!.replace(ELLIPSIS, '');
		const whole = cut ? seg.slice(0, -1).concat(cut) : seg.slice(0, -1);
		const ok = whole.every((x, k) => (k === whole.length - 1 ? (ft[k] ?? '').startsWith(x) : ft[k] === x));
		if (ok && whole.length >= 3) return {kind: 'prefix', rest: a.slice(0, lastSep).join(' '), site: null};
	}
	return null;
}
