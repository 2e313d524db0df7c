// The outlet, only where the page names itself: a brand line or "site |
// section" header above the headline, a known outlet in the furniture, the
// copyright line, the site name the page title carries ("Headline | Site"), a
// masthead name line (صحيفة …), the lede crediting its own outlet ("(الرائد)
// -", "الرباط - الصباح المغربي:"), or a Latin name the furniture repeats.
// "قالت صحيفة الشروق…" in the story names a source, not the page.
import type {CleanLine} from '../types.js';
import {parseDateline, leadingName} from './dateline.js';
import {isSectionWord, lexiconReason, onlyReason} from './furniture.js';
import {fold, type BoilerplateLexicon} from './lexicon.js';
import {LATIN_ONLY, SENTENCE_PUNCT, wordCount, words} from './shape.js';
import {agencyOf, creditKey, type AgencyTable} from './wire.js';

const HEADER_SEPARATOR = /\s+[|\-–—]\s+|\s*\|\s*/u;
const LATIN_NAME = /[A-Z][A-Za-z0-9&'’-]*(?:\s+[A-Z][A-Za-z0-9&'’-]*)*/g;

/** Every word a site section (رياضة، عرب وعالم) or its article form. */
export function isSectionName(part: string, lex: BoilerplateLexicon): boolean {
	const ws = words(fold(part)).map(w => w.replace(/^و/u, ''));
	const known = (w: string) => isSectionWord(w, lex) || lex.sectionWords.has(`ال${w}`) || lex.sectionWords.has(w.replace(/^ال/u, ''));
	return ws.length > 0 && ws.length <= 3 && ws.every(known);
}

/**
 * A page header naming the site and its section: "الوطن العربي | الأخبار
 * الدولية", "مركز الدراسات - قسم الترجمة". Short, no sentence punctuation, and
 * one side made of section words. Returns the site's name (the other side).
 */
export function siteHeader(text: string, lex: BoilerplateLexicon): string | null {
	const t = text.trim();
	if (t.length > 100 || wordCount(t) > 8 || SENTENCE_PUNCT.test(t)) return null;
	const parts = t
		.split(HEADER_SEPARATOR)
		.map(p => p.trim())
		.filter(Boolean);
	if (parts.length !== 2) return null;
	// The site's side is a name, not a headline: "اقتصاد | الحكومة تطرح مناقصة جديدة" is a headline with its section.
	const name =
		isSectionName(parts[1]!, lex) && !isSectionName(parts[0]!, lex)
			? parts[0]!
			: isSectionName(parts[0]!, lex) && !isSectionName(parts[1]!, lex)
				? parts[1]!
				: null;
	return name && wordCount(name) <= 4 ? name : null;
}

/** Could be a site's name: a few words, no figures, not a button, a section or a date. */
export function nameShaped(name: string, lex: BoilerplateLexicon): boolean {
	const ws = words(name);
	if (ws.length === 0 || ws.length > 5 || name.length > 40 || /\d/.test(name)) return false;
	const f = fold(name);
	return onlyReason(f, lex) === null && !isSectionName(name, lex) && !lex.lines.has(f) && !lex.creditLabels.has(f);
}

/**
 * Drop a leading ل / لـ and a descriptor (صحيفة، موقع، قناة): "لموقع صدى
 * المدينة" → صدى المدينة. A descriptor its name's last word agrees with stays:
 * in "شبكة المرصد الإخبارية" (Al-Marsad News Network) the adjective describes
 * the network, and "المرصد الإخبارية" would be no one's name.
 */
function withoutDescriptor(name: string, lex: BoilerplateLexicon): string {
	const ws = name.split(/\s+/).filter(Boolean);
	const named = ws.length > 2 && lex.descriptorAdjectives.has(fold(ws.at(-1)!));
	for (let k = 0; k < 2 && ws.length > 1; k++) {
		const first = fold(ws[0]!);
		const bare = first.replace(/^ل/u, '');
		if (first === 'ل' || ws[0] === 'لـ') ws.shift();
		else if (lex.copyrightDescriptors.includes(first) || lex.copyrightDescriptors.includes(bare)) {
			// لشبكة المرصد الإخبارية: the ل of "for" goes, the descriptor stays.
			if (!named) ws.shift();
			else if (!lex.copyrightDescriptors.includes(first)) ws[0] = ws[0]!.replace(/^ل/u, '');
			break;
		} else break;
	}
	return ws.join(' ').trim();
}

/**
 * The holder named in a copyright line, once the copyright words, ©, years
 * and a descriptor (لصحيفة، موقع) are cut away: "© 2022 الخليج 24. جميع
 * الحقوق محفوظة" → الخليج 24. Anything longer than a name is not one.
 */
export function copyrightHolder(text: string, lex: BoilerplateLexicon): string | null {
	let t = ` ${text} `;
	if (lex.copyrightCut) t = t.replace(lex.copyrightCut, ' | ');
	t = t.replace(/©|\(c\)|\b(?:19|20)\d\d\b|[٠-٩]{4}/giu, ' | ');
	const parts = t
		.split(/\s*(?:\||[.،,–—]\s|\s[-–—]\s?)\s*/u)
		.map(x => x.replace(/^[\s\-–—.:،,|«»"“”]+|[\s\-–—.:،,|«»"“”]+$/gu, '').trim())
		.filter(x => x && /\p{L}/u.test(x));
	const whole = fold(text);
	for (let part of parts) {
		// "محفوظة لدار الشروق": the ل of "for" is glued to the holder's name (للناشر: ل + الناشر).
		const first = part.split(/\s+/)[0]!;
		if (/^لـ?\p{L}/u.test(first) && whole.includes(`محفوظه ${fold(first)}`)) part = part.startsWith('لل') ? `ا${part.slice(1)}` : part.replace(/^لـ?/u, '');
		const name = withoutDescriptor(part, lex).replace(/^[«»"“”]+|[«»"“”]+$/gu, '');
		if (!name || name.split(/\s+/).length > 5 || name.length > 40) continue;
		const f = fold(name);
		// "تصميم وتطوير …" after the copyright is the web agency; "الناشر" is no one's name.
		if (onlyReason(f, lex) !== null || lexiconReason(f, lex) !== null || lex.creditLabels.has(f)) continue;
		return name;
	}
	return null;
}

/** Starts like an outlet's name rather than a person's: ال…، a descriptor (صحيفة، بوابة…), Latin letters or a .نت/.com. */
function outletLike(name: string, lex: BoilerplateLexicon): boolean {
	const first = fold(name.split(/\s+/)[0] ?? '');
	return first.startsWith('ال') || lex.copyrightDescriptors.includes(first) || /[A-Za-z]|\.(?:نت|com|net)/u.test(name);
}

/**
 * The lede crediting the page's own outlet: "(الرائد) - …", "الرباط -
 * الصباح المغربي: …", "الشروق - …". An agency there is the wire, not the
 * outlet; a place before a dash ("القاهرة - …") is the dateline's place.
 */
export function selfCredit(lede: CleanLine[], lex: BoilerplateLexicon, agencies: AgencyTable | undefined): string | null {
	for (const l of lede) {
		const d = parseDateline(l.text);
		if (d) {
			if (agencyOf(d, agencies)) return null;
			const name = d.credit;
			const fits = nameShaped(name, lex) && !lex.datelinePlaces.has(fold(name)) && (d.bracketed ? wordCount(name) <= 4 : outletLike(name, lex));
			if (fits) return withoutDescriptor(name, lex);
			if (d.bracketed) continue;
		}
		const name = leadingName(l.text);
		if (name && outletLike(name, lex) && nameShaped(name, lex) && !lex.datelinePlaces.has(fold(name)) && !agencies?.has(creditKey(name))) {
			return withoutDescriptor(name, lex);
		}
	}
	return null;
}

export type OutletClues = {
	/** "Headline | Site": the site's name beside the repeated headline. */
	titleSite: string | null;
	/** The first lines of the story, where a self-credit stands. */
	lede: CleanLine[];
	agencies: AgencyTable | undefined;
};

export function findOutlet(lines: CleanLine[], lex: BoilerplateLexicon, clues: OutletClues): string | null {
	const furniture = lines.filter(l => l.kind === 'boilerplate');
	// A Latin brand line ("Maghreb Actu"); an agency's name there ("AFP") is a photo credit.
	const site = furniture.find(l => l.reason === 'site-name' && LATIN_ONLY.test(l.text.trim()) && !clues.agencies?.has(creditKey(l.text)));
	if (site) return site.text.trim();
	const header = furniture.find(l => l.reason === 'site-header');
	if (header) {
		const name = siteHeader(header.text, lex);
		if (name && wordCount(name) <= 4) return name;
	}
	for (const o of lex.outlets) {
		if (
			furniture.some(l => {
				const f = fold(l.text);
				return o.forms.some(form => f === form || f.includes(form));
			})
		)
			return o.name;
	}
	for (const l of furniture) {
		if (l.reason !== 'copyright') continue;
		const name = copyrightHolder(l.text, lex);
		if (name) return name;
	}
	if (clues.titleSite) {
		// "Headline | الشروق | أخبار مصر": the first part that is a name.
		const name = clues.titleSite
			.split(HEADER_SEPARATOR)
			.map(p => p.trim())
			.find(p => p && nameShaped(p, lex));
		if (name) return name;
	}
	// "صحيفة الضفاف" above the headline: the name without its descriptor.
	const masthead = furniture.find(l => l.reason === 'site-name' && !LATIN_ONLY.test(l.text.trim()));
	if (masthead) return withoutDescriptor(masthead.text.trim(), lex);
	const credited = selfCredit(clues.lede, lex, clues.agencies);
	if (credited) return credited;
	const counts = new Map<string, number>();
	for (const l of furniture) {
		for (const m of l.text.matchAll(LATIN_NAME)) {
			const name = m[0].trim();
			if (name.length < 3 || (name === name.toUpperCase() && !name.includes(' '))) continue; // SHARE, READ
			if (onlyReason(fold(name), lex) !== null) continue; // Menu, Copyright
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	}
	const repeated = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
	return repeated[0]?.[0] ?? null;
}
