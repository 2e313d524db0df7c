// Separate article text from page furniture. Word lists (share buttons,
// disclaimers, photo credits…) come from data/lexicon/boilerplate.json; the
// structural rules (header zone, title, repeated title, site name) are here.
import {normalise} from '../arabic/normalise.js';
import {collapseSpaces} from '../arabic/chars.js';
import type {CleanedArticle, CleanLine, RawArticle} from './types.js';

export type BoilerplateJson = {
	lines?: Record<string, string[]>;
	prefixes?: Record<string, string[]>;
	/** Each entry is a list of phrases that must all occur in the line. */
	contains?: Record<string, Array<string[] | string>>;
	sectionWords?: string[];
	captionCredits?: string[];
	outlets?: Array<string | {name: string; aliases?: string[]}>;
	/** Words before an outlet's name in a copyright line (جميع الحقوق محفوظة لصحيفة …). */
	copyrightDescriptors?: string[];
};

export type BoilerplateLexicon = {
	lines: Map<string, string>;
	prefixes: Array<{text: string; reason: string}>;
	contains: Array<{all: string[]; reason: string}>;
	sectionWords: Set<string>;
	captionCredits: string[];
	outlets: Array<{name: string; forms: string[]}>;
	copyrightDescriptors: string[];
	/** The copyright phrases themselves, as written, to cut out of the line. */
	copyrightPhrases: string[];
};

/** Fold for comparison; whole lines also lose trailing colons and stops. */
const fold = (s: string) => collapseSpaces(normalise(s)).trim();
const foldLine = (s: string) => lineForm(fold(s));
/** foldLine from an already folded string. */
const lineForm = (folded: string) => dropTrailingStops(folded).trim();

/** s.replace(/[\s:：.。،,!؛]+$/u, ''), without trying the pattern at every position of the line. */
function dropTrailingStops(s: string): string {
	let e = s.length;
	while (e > 0 && isTrailingStop(s.charCodeAt(e - 1))) e--;
	return e === s.length ? s : s.slice(0, e);
}

function isTrailingStop(c: number): boolean {
	return c === 0x3a || c === 0xff1a || c === 0x2e || c === 0x3002 || c === 0x60c || c === 0x2c || c === 0x21 || c === 0x61b || SPACE.test(String.fromCharCode(c));
}
const SPACE = /\s/;

export function loadBoilerplate(json: BoilerplateJson): BoilerplateLexicon {
	const lines = new Map<string, string>();
	for (const [reason, ws] of Object.entries(json.lines ?? {})) for (const w of ws) lines.set(foldLine(w), reason);
	const prefixes = Object.entries(json.prefixes ?? {}).flatMap(([reason, ws]) => ws.map(w => ({text: fold(w), reason})));
	prefixes.sort((a, b) => b.text.length - a.text.length);
	const contains = Object.entries(json.contains ?? {}).flatMap(([reason, groups]) =>
		groups.map(g => ({all: (Array.isArray(g) ? g : [g]).map(fold), reason})));
	return {
		lines,
		prefixes,
		contains,
		sectionWords: new Set((json.sectionWords ?? []).map(fold)),
		captionCredits: (json.captionCredits ?? []).map(fold),
		outlets: (json.outlets ?? []).map(o => typeof o === 'string'
			? {name: o, forms: [fold(o)]}
			: {name: o.name, forms: [o.name, ...(o.aliases ?? [])].map(fold)}),
		copyrightDescriptors: (json.copyrightDescriptors ?? []).map(fold),
		copyrightPhrases: (json.contains?.['copyright'] ?? []).flatMap(g => (Array.isArray(g) ? g : [g])),
	};
}

const WORD = /[\p{L}\p{N}]/u;
const words = (s: string) => s.split(/\s+/).filter(w => WORD.test(w));
const SENTENCE_PUNCT = /[.؟?!؛:…"”»]/u;
const LATIN_ONLY = /^[A-Za-z][A-Za-z0-9&'’. -]*$/;
const LATIN_NAME = /[A-Z][A-Za-z0-9&'’-]*(?:\s+[A-Z][A-Za-z0-9&'’-]*)*/g;

/** Lexicon rules that hold anywhere on the page. */
function lexiconReason(f: string, lex: BoilerplateLexicon): string | null {
	const whole = lineForm(f);
	const exact = lex.lines.get(whole);
	if (exact) return exact;
	for (const p of lex.prefixes) {
		if (f === p.text || (f.startsWith(p.text) && /^[\s:：\-–|]/u.test(f.slice(p.text.length)))) return p.reason;
	}
	for (const c of lex.contains) if (c.all.every(w => f.includes(w))) return c.reason;
	return null;
}

/** A line listing site sections ("السياسة والأعمال والتكنولوجيا…"). */
function isTagline(f: string, lex: BoilerplateLexicon): boolean {
	// One pass without intermediate arrays, given up as soon as half the words
	// can no longer be section words: this runs on every body line.
	const chunks = f.split(/\s+/);
	let hits = 0;
	let misses = 0;
	for (let k = 0; k < chunks.length; k++) {
		const chunk = chunks[k]!;
		if (!WORD.test(chunk)) continue;
		const w = chunk.replace(/[.،,:]+$/u, '');
		if (lex.sectionWords.has(w) || (w.startsWith('و') && lex.sectionWords.has(w.slice(1)))) hits++;
		else if (++misses > hits + (chunks.length - k - 1)) return false;
	}
	return hits >= 3 && hits >= misses;
}

const HEADER_SEPARATOR = /\s+[|\-–—]\s+|\s*\|\s*/u;

/**
 * A page header naming the site and its section: "الوطن العربي | الأخبار
 * الدولية", "مركز الدراسات - قسم الترجمة". Short, no sentence punctuation, and
 * one side made of section words. Returns the site's name (the other side).
 */
export function siteHeader(text: string, lex: BoilerplateLexicon): string | null {
	const t = text.trim();
	if (words(t).length > 8 || SENTENCE_PUNCT.test(t)) return null;
	const parts = t.split(HEADER_SEPARATOR).map(p => p.trim()).filter(Boolean);
	if (parts.length !== 2) return null;
	const isSection = (part: string) => {
		const ws = words(fold(part)).map(w => w.replace(/^و/u, ''));
		const known = (w: string) => lex.sectionWords.has(w) || lex.sectionWords.has(`ال${w}`) || lex.sectionWords.has(w.replace(/^ال/u, ''));
		return ws.length > 0 && ws.length <= 3 && ws.every(known);
	};
	if (isSection(parts[1]!) && !isSection(parts[0]!)) return parts[0]!;
	if (isSection(parts[0]!) && !isSection(parts[1]!)) return parts[1]!;
	return null;
}

function isCaption(f: string, lex: BoilerplateLexicon): boolean {
	return lex.captionCredits.some(c => f.includes(c));
}

/** A dateline on its own line: place, a slash or dash, the credited agency. */
const DATELINE = /^\s*[\p{L}]+(?:\s[\p{L}]+)?\s*(?:\/|\s[-–—]\s)\s*[(«"]?[\p{L}]+(?:\s[\p{L}]+){0,2}[)»"]?\s*$/u;

const YEARISH = /(?:^|[^\d])(?:19|20)\d\d(?!\d)|(?:^|[^\d])1[34]\d\d\s*هـ/u;

/**
 * A dated header (الثلاثاء، 08 فبراير 2022 02:15 م · 2022/01/13 · ١٥.٠٢.٢٠٢٢ -
 * تحديث: …): a short line with a year and no running text. Only the header
 * zone is tested, so a one-line "في 2014" fact below the lead is never one.
 */
function isDateHeader(text: string): boolean {
	const n = normalise(text);
	if (!YEARISH.test(n)) return false;
	if (words(n).length > 12) return false;
	// Mostly digits, separators and a handful of calendar words: no verb-led clause.
	const letters = n.replace(/[^\p{L}]/gu, '').length;
	const digits = n.replace(/[^\d]/g, '').length;
	return digits >= 4 && letters <= 45 && !/[.؟?!؛]\s*\p{L}{4,}.*[.؟?!؛]$/u.test(n);
}

/** A paragraph of running text: the header zone ends at the first one. */
function isParagraph(text: string): boolean {
	const n = words(text).length;
	return n >= 12 || (n >= 6 && SENTENCE_PUNCT.test(text.trim().slice(-2)));
}

export function clean(raw: RawArticle, boilerplate: BoilerplateLexicon): CleanedArticle {
	const lines: CleanLine[] = [];
	let offset = 0;
	raw.text.split('\n').forEach((text, i) => {
		lines.push({line: i + 1, start: offset, end: offset + text.length, text, kind: text.trim() ? 'body' : 'blank'});
		offset += text.length + 1;
	});
	const mark = (l: CleanLine, reason: string) => {
		l.kind = 'boilerplate';
		l.reason = reason;
	};
	const open = (l: CleanLine) => l.kind === 'body';
	// Each line folded once, however many rules look at it.
	const folds: Array<string | undefined> = [];
	const folded = (l: CleanLine) => (folds[l.line] ??= fold(l.text));

	for (const l of lines) {
		if (!open(l)) continue;
		const f = folded(l);
		const reason = lexiconReason(f, boilerplate);
		if (reason) mark(l, reason);
		else if (isTagline(f, boilerplate)) mark(l, 'tagline');
		else if (isCaption(f, boilerplate)) l.kind = 'caption';
	}

	// The title is the first headline-like line; shorter lines above it are
	// section labels or the site's name.
	let titleLine: CleanLine | null = null;
	for (const l of lines) {
		if (!open(l)) continue;
		if (siteHeader(l.text, boilerplate)) {
			mark(l, 'site-header');
			continue;
		}
		if (words(l.text).length >= 4) {
			titleLine = l;
			break;
		}
		mark(l, LATIN_ONLY.test(l.text.trim()) ? 'site-name' : 'section-label');
	}
	if (titleLine) titleLine.kind = 'title';

	// Between the title and the first paragraph sit tags and labels: short
	// lines without sentence punctuation. After the lead, short lines are list
	// items and stay.
	if (titleLine) {
		for (const l of lines.slice(titleLine.line)) {
			if (l.kind === 'caption' || l.kind === 'blank' || l.kind === 'boilerplate') continue;
			if (isParagraph(l.text)) break;
			if (lineForm(folded(l)) === lineForm(folded(titleLine))) continue; // handled below
			if (DATELINE.test(l.text)) continue; // "موسكو/ الأناضول": the article's own credit
			if (isDateHeader(l.text)) {
				mark(l, 'published-meta');
				continue;
			}
			if (words(l.text).length <= 6 && !SENTENCE_PUNCT.test(l.text)) {
				mark(l, LATIN_ONLY.test(l.text.trim()) ? 'site-name' : 'tag');
			}
		}
		const t = lineForm(folded(titleLine));
		for (const l of lines) if (l !== titleLine && open(l) && lineForm(folded(l)) === t) mark(l, 'repeated-title');
	}

	return {
		id: raw.id,
		file: raw.file,
		text: raw.text,
		lines,
		title: titleLine ? titleLine.text.trim() : '',
		titleLine: titleLine ? titleLine.line : null,
		outlet: findOutlet(lines, boilerplate),
	};
}

/**
 * The outlet, only where the page names itself: a Latin brand line in the
 * header, a known outlet in page furniture, or a Latin name that furniture
 * repeats ("… EU Reporter … مواقف EU Reporter").
 */
function findOutlet(lines: CleanLine[], lex: BoilerplateLexicon): string | null {
	const furniture = lines.filter(l => l.kind === 'boilerplate');
	const site = furniture.find(l => l.reason === 'site-name');
	if (site) return site.text.trim();
	const header = furniture.find(l => l.reason === 'site-header');
	if (header) {
		const name = siteHeader(header.text, lex);
		if (name && words(name).length <= 4) return name;
	}
	for (const o of lex.outlets) {
		if (furniture.some(l => {
			const f = fold(l.text);
			return o.forms.some(form => f === form || f.includes(form));
		})) return o.name;
	}
	for (const l of furniture) {
		if (l.reason !== 'copyright') continue;
		const name = copyrightHolder(l.text, lex);
		if (name) return name;
	}
	const counts = new Map<string, number>();
	for (const l of furniture) {
		for (const m of l.text.matchAll(LATIN_NAME)) {
			const name = m[0].trim();
			if (name.length < 3 || name === name.toUpperCase() && !name.includes(' ')) continue; // SHARE, READ
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	}
	const repeated = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
	return repeated[0]?.[0] ?? null;
}

/**
 * The holder named in a copyright line, once the copyright words, ©, years
 * and a descriptor (لصحيفة، موقع) are cut away: "© 2022 الخليج 24. جميع
 * الحقوق محفوظة" → الخليج 24. Anything longer than a name is not one.
 */
export function copyrightHolder(text: string, lex: BoilerplateLexicon): string | null {
	let t = ` ${text} `;
	for (const p of lex.copyrightPhrases) if (p !== '©') t = t.split(p).join(' | ');
	t = t.replace(/©|\(c\)|\b(?:19|20)\d\d\b|[٠-٩]{4}/giu, ' | ');
	const parts = t.split(/\s*(?:\||[.،,–—]\s|\s[-–—]\s?)\s*/u).map(x => x.replace(/^[\s\-–—.:،,|]+|[\s\-–—.:،,|]+$/gu, '').trim()).filter(x => x && /\p{L}/u.test(x));
	for (let name of parts) {
		const ws = name.split(/\s+/);
		const first = fold(ws[0]!);
		const bare = first.replace(/^ل/u, '');
		if (lex.copyrightDescriptors.includes(first) || lex.copyrightDescriptors.includes(bare) || ['ل', 'لـ'].includes(ws[0]!)) ws.shift();
		name = ws.join(' ').trim();
		if (name && ws.length <= 5 && name.length <= 40) return name;
	}
	return null;
}
