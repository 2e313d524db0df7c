// Cited sources: agencies an article credits, and anonymous sources.
//
// An agency name is a citation only when something credits it: a reporting
// verb or cue just before it (نقلت وكالة…، حسبما ذكرت…، وفقا لما ذكرته…،
// لـ"رويترز"، تبثه شبكة…), a photo credit ("رويترز / Photographer"), or an
// interview in the same sentence (في مقابلة مع برنامج…). A story *about* an
// agency names it without citing it. A photo credit (in a caption, after
// "الصورة:", before a photographer's name) is kept but marked `photo`: the
// agency took the picture, it is not cited.
//
// An anonymous source is a head noun (مصدر، مسؤول، دبلوماسي…) with optional
// adjectives and a qualifier saying whose (في الحلف، حكومي ألماني، من بايدن).
// Its id is the qualifier's (anonymous:nato), its name qualifier + head
// ("NATO official"). Plural officials are usually participants ("أجرى
// مسؤولون أمريكيون محادثات"), so they count only when reporting.
import type {SourceRef} from '../../../source/dataset/schema.js';
import type {AnonHead, AnonQualifier, Lexicon} from '../../../source/lexicon/load.js';
import {CONJUNCTION_ONLY, matchAt, withoutConjunction, type Token} from './gazetteer.js';
import type {EntityMatch} from './entities.js';

const HARD = /[.,،:;؛!?؟\n]/;

export type AnonMention = {
	from: number;
	to: number;
	start: number;
	end: number;
	text: string;
	head: AnonHead;
	qualifier: AnonQualifier | null;
	definite: boolean;
	/** qualifier + head ("NATO official"), or "unnamed source". */
	name: string;
	id: string;
	cited: boolean;
};

/** Is this token a reporting verb (with or without و/ف)? */
export function isVerbToken(tokens: Token[], i: number, lexicon: Lexicon): boolean {
	const m = matchAt(tokens, i, lexicon.verbTrie, '', CONJUNCTION_ONLY);
	return m !== null;
}

/** Do the few tokens before `from` (within the clause) credit what follows? */
function creditedBefore(tokens: Token[], from: number, lexicon: Lexicon, span = 3): boolean {
	for (let k = from - 1; k >= Math.max(0, from - span); k--) {
		// The cue must be in the same clause as the name.
		if (HARD.test(tokens[k + 1]!.gap)) break;
		if (withoutConjunction(tokens[k]!.norm).some(n => lexicon.citationCues.has(n))) return true;
		if (isVerbToken(tokens, k, lexicon)) return true;
	}
	return false;
}

function interviewBefore(tokens: Token[], from: number, lexicon: Lexicon): boolean {
	for (let k = from - 1; k >= Math.max(0, from - 15); k--) {
		if (lexicon.interviewCues.has(tokens[k]!.norm) || tokens[k]!.readings.proclitic.some(s => lexicon.interviewCues.has(s.stem))) return true;
	}
	return false;
}

/**
 * A dateline credits its agency: "جنيف - (رويترز) -", "موسكو/ الأناضول",
 * "بروكسل (أ ف ب) -". Only a place word or two may come before it.
 */
function isDateline(text: string): boolean {
	// A second agency in the credit's brackets: "نيامي (أ ف ب، رويترز)".
	const before = text.replace(/\(([^()]*[،,]\s*)$/u, '(');
	// Two places: "نيامي - أديس أبابا (أ ف ب) -".
	if (/^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*[-–—]\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*\(\s*$/u.test(before)) return true;
	if (/^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*(?:[-–—/]\s*[(«"]?|\()\s*$/u.test(before)) return true;
	// Wire datelines carry the date before the credit: "موسكو 10 فبراير 2022 (واس)"، "القاهرة في 10 فبراير /أ ش أ/".
	return /^\s*[\p{L}]+(?:\s+[\p{L}]+)?[\s،,]+(?:في\s+)?[\p{N}][\p{L}\p{N}\s/.،,-]{0,60}?[\s]*(?:[-–—/]\s*[(«"]?|\()\s*$/u.test(before);
}

/** An agency name alone in brackets or slashes is a credit wherever it stands: "… باهظاً". (كونا)"، "/أ ش أ/". */
function bracketed(before: string, after: string): boolean {
	return (/\(\s*$/.test(before) && /^\s*\)/.test(after)) || (/\/\s*$/.test(before) && /^\s*\//.test(after));
}

/** The agency is the subject of a reporting verb right after it (وكانت رويترز قد نقلت عن…). */
function verbAfter(tokens: Token[], to: number, lexicon: Lexicon): boolean {
	let k = to;
	if (k < tokens.length && HARD.test(tokens[k]!.gap)) return false;
	while (k < tokens.length && /^(قد|لقد)$/.test(tokens[k]!.norm)) k++;
	return k < tokens.length && !HARD.test(tokens[k]!.gap) && isVerbToken(tokens, k, lexicon);
}

/**
 * A photo credit: the agency in a caption, or after "الصورة:"/"صورة:"/"Photo:",
 * or before a photographer's name ("رويترز / باسكال روسينول / File Photo").
 * The agency took the picture; the article does not cite it.
 */
function photoCredit(before: string, after: string, sentenceKind: string | undefined, tokens: Token[], lexicon: Lexicon): boolean {
	if (sentenceKind === 'caption') return true;
	// A caption the cleaner left in the body: a short line with no reporting verb
	// ending in the bracketed credit straight after a word ("دخان فوق أم درمان (رويترز)").
	// After a sentence's end ("… باهظاً". (كونا)) the bracket credits the report.
	if (/^\s*\)\s*$/.test(after) && /[\p{L}\p{N}]\s*\(\s*$/u.test(before) && tokens.length <= 30 && !tokens.some((_, i) => isVerbToken(tokens, i, lexicon)))
		return true;
	if (/(?:^|[\s(])(?:ال)?صورة\s*[:：]\s*[(«"]?\s*$/u.test(before) || /\bphoto\s*:\s*$/iu.test(before)) return true;
	return /^[\s"“”«»']*\/[^/]*\/\s*(?:file\s+photo|صورة\s+أرشيفية)/iu.test(after);
}

export function creditedAgencies(
	tokens: Token[],
	text: string,
	matches: EntityMatch[],
	lexicon: Lexicon,
	sentenceKind?: 'title' | 'body' | 'caption',
): SourceRef[] {
	const out: SourceRef[] = [];
	for (const m of matches) {
		const t = m.targets.find(x => x.kind === 'agency');
		if (!t) continue;
		const photo = photoCredit(text.slice(0, m.start), text.slice(m.end), sentenceKind, tokens, lexicon);
		const credited =
			photo ||
			/^[وف]?ل/.test(m.prefix) ||
			isDateline(text.slice(0, m.start)) ||
			bracketed(text.slice(0, m.start), text.slice(m.end)) ||
			verbAfter(tokens, m.to, lexicon) ||
			/^[\s"“”«»']*\//.test(text.slice(m.end)) ||
			creditedBefore(tokens, m.from, lexicon) ||
			interviewBefore(tokens, m.from, lexicon);
		if (!credited) continue;
		const a = lexicon.agencies.get(t.id)!;
		out.push({id: `agency:${a.id}`, name: a.nameEn, kind: 'agency', text: m.text, ...(photo ? {photo: true} : {}), start: m.start, end: m.end});
	}
	return out;
}

/** Anonymous-source phrases, outside role phrases (المتحدث باسم الكرملين is Peskov's office). */
export function findAnonymous(tokens: Token[], text: string, lexicon: Lexicon, roleSpans: Array<{from: number; to: number}>): AnonMention[] {
	const inRole = (i: number) => roleSpans.some(r => i >= r.from && i < r.to);
	const out: AnonMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (inRole(i)) continue;
		const tok = tokens[i]!;
		const hit = tok.readings.proclitic.find(s => lexicon.anonHeads.has(s.stem));
		if (!hit) continue;
		const head = lexicon.anonHeads.get(hit.stem)!;
		let j = i + 1;
		let qualifier: AnonQualifier | null = null;
		let modified = false;
		let end = i + 1;
		while (j < tokens.length && !HARD.test(tokens[j]!.gap) && j - i <= 4) {
			const q = matchAt(tokens, j, lexicon.qualifierTrie, text, {allowPrefix: () => false});
			if (q) {
				qualifier = q.targets[0]!;
				end = q.to;
				break;
			}
			if (!lexicon.modifiers.has(tokens[j]!.norm)) break;
			modified = true;
			j++;
			end = j;
		}
		const definite = /ال$|لل$/.test(hit.prefix);
		const reporting = creditedBefore(tokens, i, lexicon, 2) || (i >= 2 && /^(فيه|فيها)$/.test(tokens[i - 1]!.norm) && isVerbToken(tokens, i - 2, lexicon));
		const specific = qualifier !== null || modified;
		const cited = specific && ((head.alwaysCited && !definite) || reporting);
		const startOffset = tok.start + tok.map[hit.prefix.replace(/ال$/, '').length]!;
		const last = tokens[end - 1]!;
		out.push({
			from: i,
			to: end,
			start: startOffset,
			end: last.end,
			text: text.slice(startOffset, last.end),
			head,
			qualifier,
			definite,
			name: qualifier ? `${qualifier.nameEn} ${head.nameEn}` : `unnamed ${head.nameEn}`,
			id: `anonymous:${qualifier?.id ?? 'unspecified'}`,
			cited,
		});
		i = end - 1;
	}
	return out;
}

export function anonymousSources(mentions: AnonMention[]): SourceRef[] {
	return mentions.filter(m => m.cited).map(m => ({id: m.id, name: m.name, kind: 'anonymous' as const, text: m.text, start: m.start, end: m.end}));
}
