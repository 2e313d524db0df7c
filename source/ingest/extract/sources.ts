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
import type {SourceRef} from '../../dataset/schema.js';
import type {AnonHead, AnonQualifier, Lexicon} from '../../lexicon/load.js';
import {CONJUNCTION_ONLY, matchAt, strippedConjunction, type Token} from '../../arabic/gazetteer.js';
import type {Stem} from '../../arabic/normalise.js';
import {isLetterCode, isSpaceCode} from '../../arabic/chars.js';
import {mayEndIn, wordEndsOf} from './word-ends.js';
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
		// withoutConjunction's two readings, without its array.
		const norm = tokens[k]!.norm;
		if (lexicon.citationCues.has(norm)) return true;
		const bare = strippedConjunction(norm);
		if (bare !== null && lexicon.citationCues.has(bare)) return true;
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
	// Each pattern below allows at most three words (two, or two and في) before its first
	// character that is neither a letter nor a space (a dash, a bracket, a digit…): most
	// agency names after a bracket end a long sentence, where the three ran for nothing.
	if (wordsBeforeOther(before) > 3) return false;
	// Two places: "نيامي - أديس أبابا (أ ف ب) -".
	if (/^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*[-–—]\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*\(\s*$/u.test(before)) return true;
	if (/^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*(?:[-–—/]\s*[(«"]?|\()\s*$/u.test(before)) return true;
	// Wire datelines carry the date before the credit: "موسكو 10 فبراير 2022 (واس)"، "القاهرة في 10 فبراير /أ ش أ/".
	return /^\s*[\p{L}]+(?:\s+[\p{L}]+)?[\s،,]+(?:في\s+)?[\p{N}][\p{L}\p{N}\s/.،,-]{0,60}?[\s]*(?:[-–—/]\s*[(«"]?|\()\s*$/u.test(before);
}

/** The code unit of the last non-space (/\s/) character of text.slice(0, end); -1 when there is none. */
function lastNonSpaceBefore(text: string, end: number): number {
	let i = end;
	while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
	return i > 0 ? text.charCodeAt(i - 1) : -1;
}

/** What the text before a photo credit's name ends on (photoCredit's "صورة:" and "photo:" rules): : ： ( « ". */
const PHOTO_END = new Set([0x3a, 0xff1a, 0x28, 0xab, 0x22]);
/**
 * What the text before a dateline's credit ends on (isDateline): ( - – — / « ", or the
 * ، , of a first agency in the brackets, which isDateline cuts back to its "(".
 */
const DATELINE_END = new Set([0x28, 0x2d, 0x2013, 0x2014, 0x2f, 0xab, 0x22, 0x60c, 0x2c]);

/**
 * How many words (runs of \p{L} between spaces) stand before the first
 * character that is neither, counting no further than 4. A surrogate answers
 * 0, leaving the judgement to the patterns.
 */
function wordsBeforeOther(s: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdfff) return 0;
		if (isSpaceCode(c)) inWord = false;
		else if (isLetterCode(c)) {
			if (!inWord && ++words > 3) return words;
			inWord = true;
		} else return words;
	}
	return words;
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
function photoCredit(before: string, after: string, sentenceKind: string | undefined, tokens: Token[], lexicon: Lexicon, last: number): boolean {
	if (sentenceKind === 'caption') return true;
	// A caption the cleaner left in the body: a short line with no reporting verb
	// ending in the bracketed credit straight after a word ("دخان فوق أم درمان (رويترز)").
	// After a sentence's end ("… باهظاً". (كونا)) the bracket credits the report.
	if (
		last === 0x28 &&
		/^\s*\)\s*$/.test(after) &&
		/[\p{L}\p{N}]\s*\(\s*$/u.test(before) &&
		tokens.length <= 30 &&
		!tokens.some((_, i) => isVerbToken(tokens, i, lexicon))
	)
		return true;
	// `last` (see lastNonSpaceBefore) is what these two end on: : ： ( « ".
	if (PHOTO_END.has(last) && (/(?:^|[\s(])(?:ال)?صورة\s*[:：]\s*[(«"]?\s*$/u.test(before) || /\bphoto\s*:\s*$/iu.test(before))) return true;
	return /^[\s"“”«»']*\/[^/]*\/\s*(?:file\s+photo|صورة\s+أرشيفية)/iu.test(after);
}

/** The match's agency target, if any (a loop, not a closure made per match of every sentence). */
function agencyOf(m: EntityMatch): EntityMatch['targets'][number] | undefined {
	for (const t of m.targets) if (t.kind === 'agency') return t;
	return undefined;
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
		const t = agencyOf(m);
		if (!t) continue;
		// The rules on the text before the name all end in `…\s*$`: they can hold only when the
		// last non-space character before it is one they end on. Most agency names follow a word,
		// and the unanchored regexes then ran over the whole sentence's start for nothing
		// (photoCredit and isDateline were 86 of creditedAgencies' 115 ms on the 1k corpus).
		const last = lastNonSpaceBefore(text, m.start);
		const photo = photoCredit(text.slice(0, m.start), text.slice(m.end), sentenceKind, tokens, lexicon, last);
		const credited =
			photo ||
			/^[وف]?ل/.test(m.prefix) ||
			(DATELINE_END.has(last) && isDateline(text.slice(0, m.start))) ||
			((last === 0x28 || last === 0x2f) && bracketed(text.slice(0, m.start), text.slice(m.end))) ||
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

// The head a token's readings hold (procliticStems), by the token's
// normalised text, per heads map: asked of every token of every sentence,
// and news vocabulary repeats, so one lookup of a string whose hash is
// already known replaces a map lookup per reading. Bounded like the
// gazetteer's memos.
const headMemos = new WeakMap<ReadonlyMap<string, unknown>, Map<string, Stem | null>>();
const HEAD_MEMO_MAX = 50_000;
function headMemo(heads: ReadonlyMap<string, unknown>): Map<string, Stem | null> {
	let memo = headMemos.get(heads);
	if (!memo) {
		memo = new Map();
		headMemos.set(heads, memo);
	}
	return memo;
}

function inRole(roleSpans: ReadonlyArray<{from: number; to: number}>, i: number): boolean {
	for (let k = 0; k < roleSpans.length; k++) if (i >= roleSpans[k]!.from && i < roleSpans[k]!.to) return true;
	return false;
}

/**
 * Anonymous-source phrases, outside role phrases (المتحدث باسم الكرملين is Peskov's office).
 * `words`: the sentence's word facts from the article's first pass (discover/words.ts), whose `anon` is
 * the head reading this looks up: read by token, with no filter and no map lookup per word.
 */
export function findAnonymous(
	tokens: Token[],
	text: string,
	lexicon: Lexicon,
	roleSpans: ReadonlyArray<{from: number; to: number}>,
	words?: ReadonlyArray<{anon: Stem | null}>,
): AnonMention[] {
	const out: AnonMention[] = [];
	const memo = headMemo(lexicon.anonHeads);
	// Most tokens end in no head's letters (word-ends.ts): the memo, a map of every word
	// seen, was most of findAnonymous (140 of its 220 ms in a loaded 1k-ingest profile).
	const ends = words ? null : wordEndsOf(lexicon.anonHeads, lexicon.anonHeads);
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i]!;
		let hit: Stem | null | undefined;
		if (words) hit = words[i]!.anon;
		else if (mayEndIn(tok.norm, ends!)) {
			hit = memo.get(tok.norm);
			if (hit === undefined) {
				hit = tok.readings.proclitic.find(s => lexicon.anonHeads.has(s.stem)) ?? null;
				if (memo.size >= HEAD_MEMO_MAX) memo.clear();
				memo.set(tok.norm, hit);
			}
		}
		if (!hit || inRole(roleSpans, i)) continue;
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
