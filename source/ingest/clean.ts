// Separate article text from page furniture. Word lists (share buttons,
// disclaimers, mastheads, menus, tickers…) come from
// data/lexicon/boilerplate.json; the structural rules live in clean/: the
// header and the headline (title.ts), teaser lists (lists.ts), menus
// (menus.ts), the tail after the story (tail.ts), the outlet (outlet.ts) and
// the wire dateline (wire.ts). Every dropped line keeps its reason.
import type {LexEntity} from '../lexicon/schema.js';
import {isCaption, isHashtags, isTagline, isWireInitials, lexiconReason, onlyReason} from './clean/furniture.js';
import {foldLines} from './clean/fold.js';
import {lineForm, lineGates, type BoilerplateLexicon} from './clean/lexicon.js';
import {markTeaserLists} from './clean/lists.js';
import {markMenuRuns} from './clean/menus.js';
import {findOutlet, nameShaped} from './clean/outlet.js';
import {headlineShaped, isDateHeader, isParagraph, LATIN_ONLY, SENTENCE_PUNCT, wordCount} from './clean/shape.js';
import {lastStoryParagraph, markTail} from './clean/tail.js';
import {readHeader, relation} from './clean/title.js';
import {agencyTable, creditsAgency, findWire} from './clean/wire.js';
import type {CleanedArticle, CleanLine, RawArticle} from './types.js';

export {loadBoilerplate, type BoilerplateJson, type BoilerplateLexicon} from './clean/lexicon.js';
export {copyrightHolder, siteHeader} from './clean/outlet.js';

/** A dateline on its own line: place, a slash or dash, the credited agency. */
const DATELINE = /^\s*[\p{L}]+(?:\s[\p{L}]+)?\s*(?:\/|\s[-–—]\s)\s*[(«"]?[\p{L}]+(?:\s[\p{L}]+){0,2}[)»"]?\s*$/u;

/** How many lines from the story's start may hold its dateline (a dateline line, then the lede). */
const LEDE_LINES = 2;

/**
 * `agencies` (the entity lexicon's) lets clean name the wire agency of a
 * dateline; without it the article's wire is null.
 */
export function clean(raw: RawArticle, boilerplate: BoilerplateLexicon, agencies?: Map<string, LexEntity>): CleanedArticle {
	const table = agencies ? agencyTable(agencies) : undefined;
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
	// Each line folded once, however many rules look at it: all of them at
	// once, as every line but the blank ones is folded by the first rules.
	const folds = foldLines(raw.text, lines);
	const folded = (l: CleanLine) => folds[l.line - 1]!;

	for (const l of lines) {
		if (!open(l)) continue;
		const f = folded(l);
		// The contains and caption phrases in one pass over the line.
		const gates = lineGates(f, boilerplate);
		let reason = lexiconReason(f, boilerplate, gates) ?? onlyReason(f, boilerplate);
		// "المصدر: وكالة إنترفاكس" credits an agency for the story: kept, so the citation is read.
		if (reason === 'credit' && creditsAgency(l.text, table)) reason = null;
		else if (!reason && isHashtags(l.text)) reason = 'tags';
		else if (!reason && isWireInitials(l.text)) reason = 'wire-initials';
		if (reason) mark(l, reason);
		else if (isTagline(f, boilerplate)) mark(l, 'tagline');
		else if (isCaption(f, boilerplate, gates)) l.kind = 'caption';
	}

	const header = readHeader(lines, boilerplate, table, folded, mark);
	const titleLine = header.title;
	let titleSite = header.titleSite;
	if (titleLine) {
		titleLine.kind = 'title';
		// The headline again: exactly, as "Headline | Site", or at the end of a breadcrumb.
		const t = titleLine.text;
		for (const l of lines) {
			if (l === titleLine || !open(l) || l.text.length > t.length * 2 + 80) continue;
			const r = relation(l.text, t, folded(l));
			if (!r) continue;
			mark(l, r.kind === 'prefix' && !r.site ? 'breadcrumb' : 'repeated-title');
			titleSite ??= r.site;
		}
		// Between the title and the first paragraph sit tags and labels: short
		// lines without sentence punctuation. After the lead, short lines are
		// list items and stay.
		let datedBelow = false;
		for (const l of lines.slice(titleLine.line)) {
			if (!open(l)) continue;
			if (isParagraph(l.text)) break;
			if (lineForm(folded(l)) === lineForm(folded(titleLine))) continue;
			if (DATELINE.test(l.text)) continue; // "موسكو/ الأناضول": the article's own credit
			if (isDateHeader(l.text)) {
				mark(l, 'published-meta');
				datedBelow = true;
				continue;
			}
			if (wordCount(l.text) <= 6 && !SENTENCE_PUNCT.test(l.text)) {
				mark(l, LATIN_ONLY.test(l.text.trim()) ? 'site-name' : 'tag');
			}
		}
		// The story's own date stands under its headline: a dated line above it,
		// clock time or not, is then the day the page was saved.
		if (datedBelow) {
			for (const l of lines.slice(0, titleLine.line - 1)) if (l.reason === 'published-meta') l.reason = 'save-date-banner';
		}
	}

	// Only "Headline | Site" on the page: the headline is the part before the bar.
	let title = titleLine ? titleLine.text.trim() : null;
	if (title && !titleSite) {
		const bar = title.lastIndexOf(' | ');
		const head = bar > 0 ? title.slice(0, bar).trim() : '';
		const site = bar > 0 ? title.slice(bar + 3).trim() : '';
		if (head && headlineShaped(head) && wordCount(site) <= 4 && nameShaped(site, boilerplate)) {
			title = head;
			titleSite = site;
		}
	}

	markTeaserLists(lines, header.bodyFrom, boilerplate, folded, mark);
	markMenuRuns(lines, header.bodyFrom, lines.length, boilerplate, folded, mark);
	const last = lastStoryParagraph(lines, header.bodyFrom);
	if (last >= 0) markTail(lines, last, boilerplate, folded, mark);

	const lede = lines.slice(header.bodyFrom).filter(open).slice(0, LEDE_LINES);
	return {
		id: raw.id,
		file: raw.file,
		text: raw.text,
		lines,
		title,
		titleLine: titleLine ? titleLine.line : null,
		outlet: findOutlet(lines, boilerplate, {titleSite, lede, agencies: table}),
		wire: findWire(lede, table),
	};
}
