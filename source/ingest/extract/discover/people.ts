// People the lexicon does not name, found in one sentence by what stands
// around the name and by the name's own shape:
// - a title before it (الرئيس، وزير الخارجية المصري، المشير، الشيخ: titles.ts);
// - a reporting verb before it (قال، أكد…) or after it (… قد قال);
// - a colon after it at the head of a line (حفتر: …);
// - its shape alone, only where that is unmistakable: a nasab (محمد بن
//   سلمان), a theophoric عبد name with a surname (عبد الفتاح البرهان), a given
//   name with a surname the conventional-spellings table lists (خليفة حفتر),
//   or three name words (محمد حمدان دقلو).
// A name is read word by word: given names (data/gazetteer/given-names.json),
// surnames, particles that join the next word (بن، أبو، عبد، آل، ولد), and at
// most one last word that is an al- surname or unknown. Precision comes
// first: a given name that is also a common word (أمل، حسن، سعيد) needs a
// title or another name word, a single word is a person only when it is a
// listed surname, and nothing inside a known place, organisation or actor,
// no function word, verb, title word or demonym is ever part of a name.
import type {Lexicon} from '../../../lexicon/load.js';
import {matchAt, CONJUNCTION_ONLY, type Token} from '../../../arabic/gazetteer.js';
import {lightNormalise, normalise} from '../../../arabic/normalise.js';
import {titleAt, type OrgSpan, type TitlePhrase} from './titles.js';
import {bareStem, HARD, type SentenceParts} from './sentence.js';
import {COMMON_NAME, GIVEN, HEAD_WORD, LINKING, MAY_START, MULTI_FIRST, NAMES_PLACE, NOT_NAME, SURNAME, TITLE_START, TITLE_WORD, VERB_START} from './words.js';

export type Cue = 'title' | 'verb' | 'fronted' | 'colon' | 'shape';

export type PersonMention = {
	sentence: number;
	/** First and one past the last token of the name (a title is not part of it). */
	from: number;
	to: number;
	/** The name's words as written (harakat out), without a proclitic on the first. */
	words: string[];
	/** Normalised words, for matching and merging. */
	norms: string[];
	/** The name as written in the sentence. */
	text: string;
	title: TitlePhrase | null;
	cue: Cue;
	/** Nicknames the text ties to this name (المعروف بـ…، (أبو …)), as words. */
	nicknames: string[][];
};

type Cls = 'G' | 'g' | 'S' | 'P' | 'A' | 'U' | 'X';
type Unit = {from: number; to: number; cls: Cls; compound: boolean};

const KUNYA = new Set(['ابو', 'ام', 'ابي', 'ابا']);
const NASAB = new Set(['بن', 'ابن', 'بنت', 'ابنه', 'ولد']);
const QAD = new Set(['قد', 'لقد'].map(normalise));
/** Words that may stand between a verb and its subject. */
const SKIP = new Set(['فيه', 'فيها', 'ايضا', 'كذلك', 'بدوره', 'بدورها'].map(normalise));
const LATIN_OR_DIGIT = /[0-9a-z]/;
const HARAKAT = /[\u064B-\u0655\u0670\u0640]/g;

/** `taken`: tokens already in a name found; `out`: the names found so far. */
type Ctx = {parts: SentenceParts; lexicon: Lexicon; blocked: Uint8Array; taken: Uint8Array; out: PersonMention[]};

// Two marks per token (blocked, taken) for the sentence being read, reused from one sentence to the next: two typed arrays
// made per sentence cost more than the rest of a sentence without a name (profile of the 1k benchmark). Zero past the
// sentence's tokens, as a fresh array reads there. findPeople is not re-entrant; nothing keeps them after it returns.
let blockedMarks = new Uint8Array(256);
let takenMarks = new Uint8Array(256);
let marksUsed = 0;

function clearMarks(n: number): void {
	if (n + 1 > blockedMarks.length) {
		blockedMarks = new Uint8Array(2 * (n + 1));
		takenMarks = new Uint8Array(2 * (n + 1));
	} else {
		blockedMarks.fill(0, 0, marksUsed);
		takenMarks.fill(0, 0, marksUsed);
	}
	marksUsed = n;
}

/** Tokens a name may not use: inside a known entity (unless a guarded place or a place that is also a name), or an organisation. */
function blockTokens(blocked: Uint8Array, parts: SentenceParts, orgs: readonly OrgSpan[]): void {
	for (const e of parts.entities) {
		let onlyGuarded = true;
		let allPlaces = true;
		for (const t of e.targets) {
			if (t.kind !== 'place') allPlaces = onlyGuarded = false;
			else if (!t.guarded) onlyGuarded = false;
		}
		const nameToo = allPlaces && e.to - e.from === 1 && (parts.words[e.from]!.flags & (GIVEN | SURNAME)) !== 0;
		if (onlyGuarded || nameToo) continue;
		for (let k = e.from; k < e.to; k++) blocked[k] = 1;
	}
	for (const o of orgs) for (let k = o.from; k < o.to; k++) blocked[k] = 1;
}

function classify(k: number, ctx: Ctx, inName = false): Cls {
	const {parts, lexicon, blocked} = ctx;
	if (blocked[k]) return 'X';
	const tok = parts.tokens[k]!;
	const n = tok.norm;
	const d = lexicon.discovery;
	const names = lexicon.names;
	const w = parts.words[k]!;
	const f = w.flags;
	if (n.length < 2 || LATIN_OR_DIGIT.test(n)) return 'X';
	// Written with a madda, a word is not the function word it folds to (آبي Abiy, أبي "my father").
	if (f & NOT_NAME && !(tok.text.startsWith('آ') && !d.notNamesWritten.has(lightNormalise(tok.text)))) return 'X';
	// على "on" folds to علي (Ali): written with ى it is the preposition.
	if (n === 'علي' && tok.text.endsWith('ى')) return 'X';
	if (f & LINKING) return 'P';
	// A word that starts an office (الرئيس، الفريق أول) or a demonym is no name word, unless a listed surname (السوداني);
	// an honorific after a name is a surname (أيمن الحاج).
	if (w.adjective) return f & SURNAME ? 'S' : 'X';
	const title = f & TITLE_START ? matchAt(parts.tokens, k, d.titleTrie, parts.text) : null;
	if (title) {
		if (f & SURNAME) return 'S';
		// A one-word title that is also a given name (أمير: Emir, and Amir) is the name unless a country or a definite word follows (أمير قطر).
		if (titleIsName(k, ctx)) return f & COMMON_NAME ? 'g' : 'G';
		return !inName || title.to - title.from > 1 || !title.targets.every(t => t.honorific) ? 'X' : 'A';
	}
	// ل + ال (للبرنامج): a preposition and a noun, never a name word.
	if (n.startsWith('لل') && tok.readings.proclitic.some(x => x.prefix === 'لل')) return 'X';
	const given = (f & GIVEN) !== 0;
	if (!given && f & VERB_START && matchAt(parts.tokens, k, lexicon.verbTrie, parts.text, CONJUNCTION_ONLY)) return 'X';
	if (given) return f & COMMON_NAME ? 'g' : 'G';
	if (f & SURNAME) return 'S';
	const {stem, definite, prefix} = bareStem(tok);
	if (definite) {
		// و+ال, ب+ال…: a conjunction or preposition, not a name word; nor an organisation's head.
		if (prefix !== 'ال' || d.heads.has(stem) || d.notNames.has(stem)) return 'X';
		return stem.length >= 2 ? 'A' : 'X';
	}
	// A proclitic on a name word inside a name means a new phrase (ومحمد، لأحمد).
	if (/^(و|ف|ب|ل|لل|وال|بال)/.test(n) && tok.readings.proclitic.some(s => s.prefix !== '' && (names.given.has(s.stem) || names.surnames.has(s.stem))))
		return 'X';
	if (f & HEAD_WORD) return 'X';
	// A possessive suffix (نظيرها، قواتهم): a noun of the clause, not a name.
	if (/(?:ها|هم|هما|كم|هن)$/.test(n) && n.length > 4) return 'X';
	return 'U';
}

/** A one-word title that is also a given name, read as the name: أمير خان متقي, not أمير قطر or قائد الجيش. */
function titleIsName(k: number, ctx: Ctx): boolean {
	const {parts, lexicon} = ctx;
	const tokens = parts.tokens;
	const tok = tokens[k];
	const next = tokens[k + 1];
	const d = lexicon.discovery;
	const words = parts.words;
	if (!tok || !(words[k]!.flags & GIVEN) || !next || !joined(tokens, k + 1) || parts.entityAt[k + 1]) return false;
	const title = words[k]!.flags & TITLE_START ? matchAt(tokens, k, d.titleTrie, parts.text) : null;
	return title !== null && title.to - title.from === 1 && !words[k + 1]!.adjective && !next.norm.startsWith('ال') && !(words[k + 1]!.flags & TITLE_WORD);
}

/** Whether tokens k-1 and k are written as one phrase (only spaces between). */
const joined = (tokens: Token[], k: number) => /^\s+$/.test(tokens[k]!.gap);

/** The name's units from token j (see the header), longest reading. */
function readUnits(j: number, ctx: Ctx): Unit[] {
	const {tokens} = ctx.parts;
	const names = ctx.lexicon.names;
	const units: Unit[] = [];
	let k = j;
	while (k < tokens.length && units.length < 6) {
		if (k > j && !joined(tokens, k)) break;
		// Names the tables list as several words (عبد الفتاح، نور الدين، أبو الغيط): the longest, its words joined and free.
		let long: Unit | null = null;
		if (ctx.parts.words[k]!.flags & MULTI_FIRST && !ctx.blocked[k]) {
			let node = names.compounds.get(tokens[k]!.norm);
			for (let q = k + 1; node && q < tokens.length && q - k < names.maxTokens && !ctx.blocked[q] && joined(tokens, q); q++) {
				node = node.next.get(tokens[q]!.norm);
				if (node?.cls) long = {from: k, to: q + 1, cls: node.cls, compound: true};
			}
		}
		if (long) {
			units.push(long);
			k = long.to;
			continue;
		}
		const cls = classify(k, ctx, k > j);
		if (cls === 'X') break;
		if (cls === 'P') {
			const next = k + 1 < tokens.length && joined(tokens, k + 1) ? classify(k + 1, ctx) : 'X';
			if (next === 'X' || next === 'P') break;
			const theophoric = tokens[k]!.norm === 'عبد';
			units.push({from: k, to: k + 2, cls: theophoric ? 'G' : 'P', compound: theophoric});
			k += 2;
			if (next === 'A' || next === 'U') break;
			continue;
		}
		// After a surname or an al- word only listed name words may come (محمد المنفي وفدا is a name and an object;
		// علي الأمين زين one name).
		const prev = units.at(-1);
		const afterAl = prev !== undefined && (prev.cls === 'A' || (prev.cls === 'S' && tokens[prev.to - 1]!.norm.startsWith('ال')));
		if ((prev?.cls === 'S' || afterAl) && (cls === 'A' || cls === 'U')) break;
		units.push({from: k, to: k + 1, cls, compound: false});
		k++;
		// An unknown word ends the name, unless it opens it and a listed name follows (آبي أحمد).
		if (cls === 'U' && !(units.length === 1 && k < tokens.length && joined(tokens, k) && ['G', 'S'].includes(classify(k, ctx, true)))) break;
	}
	return units;
}

const strong = (u: Unit) => u.cls === 'G' || u.cls === 'S' || u.compound;
const nameWord = (u: Unit) => u.cls === 'G' || u.cls === 'g' || u.cls === 'S' || u.cls === 'P' || u.compound;

const CLOSERS = new Set(['قد', 'في', 'إن', 'أن', 'ان', 'خلال', 'عن', 'لوكالة'].map(normalise));

/** Does the clause close right after token `to` (a verb, قد, a preposition, punctuation or the end)? */
function closedAfter(to: number, ctx: Ctx): boolean {
	const tokens = ctx.parts.tokens;
	const next = tokens[to];
	if (!next || /[.,،:;؛!?؟"“”«»]/.test(next.gap)) return true;
	return (
		CLOSERS.has(next.norm) ||
		(ctx.parts.words[to]!.flags & VERB_START ? matchAt(tokens, to, ctx.lexicon.verbTrie, ctx.parts.text, CONJUNCTION_ONLY) : null) !== null
	);
}

/** How many of the units make a name under this cue (0: none): the longest reading that fits. */
function accept(units: Unit[], cue: Cue, ctx: Ctx): number {
	for (let n = units.length; n >= 1; n--) if (fits(units.slice(0, n), cue, ctx)) return n;
	return 0;
}

function fits(units: Unit[], cue: Cue, ctx: Ctx): boolean {
	const n = units.length;
	const u0 = units[0]!;
	const last = units[n - 1]!;
	const tokens = ctx.parts.tokens;
	const kunya = u0.cls === 'P' && KUNYA.has(tokens[u0.from]!.norm);
	if (u0.cls === 'A') return false;
	// An unknown first word needs a title or a colon, and a listed name after it (رئيس الوزراء الإثيوبي آبي أحمد).
	if (u0.cls === 'U') return (cue === 'title' || cue === 'colon') && n === 2 && (units[1]!.cls === 'G' || units[1]!.cls === 'S');
	// An unknown word ends a name only as its second word (ويليام روتو، عبد الرحمن تياني): after more it is the clause going on.
	if (last.cls === 'U' && n > 2) return false;
	if (cue === 'title') {
		// A surname alone after an office (المحافظ باعبود قد طالب، الوزير الشرفي في): unknown, and closed by a verb, قد, a preposition or punctuation.
		if (n === 1) return u0.cls === 'S' || kunya || (u0.cls !== 'g' && u0.cls !== 'G' && closedAfter(u0.to, ctx) && ctx.parts.tokens[u0.from]!.norm.length >= 4);
		return true;
	}
	if (cue === 'shape') {
		const nasab = units.some((u, i) => i > 0 && u.cls === 'P' && NASAB.has(tokens[u.from]!.norm)) && (u0.cls === 'G' || u0.cls === 'g');
		if (nasab) return true;
		if (n >= 2 && u0.compound && u0.cls === 'G' && (units[1]!.cls === 'G' || units[1]!.cls === 'S' || units[1]!.cls === 'A')) return true;
		if (n === 2 && (u0.cls === 'G' || u0.cls === 'g') && last.cls === 'S' && !last.compound) return true;
		if (n >= 3 && units.every(u => u.cls !== 'U' && u.cls !== 'A') && units.filter(strong).length >= 2 && units.filter(u => u.cls === 'g').length <= 1)
			return true;
		return false;
	}
	// After a reporting verb, before one, or before a colon.
	if (n === 1) return u0.cls === 'S';
	if (u0.cls === 'g' && !nameWord(units[1]!)) return false;
	if (last.cls === 'U' && !units.slice(0, -1).every(strong)) return false;
	if (last.cls === 'A' && !(strong(u0) || kunya || nameWord(units[1]!))) return false;
	return true;
}

function mention(units: Unit[], cue: Cue, title: TitlePhrase | null, ctx: Ctx): PersonMention {
	const {tokens, text, index} = ctx.parts;
	const from = units[0]!.from;
	const to = units.at(-1)!.to;
	const words: string[] = [];
	for (let k = from; k < to; k++) words.push(tokens[k]!.text.replace(HARAKAT, ''));
	const start = tokens[from]!.start;
	const end = tokens[to - 1]!.end;
	return {sentence: index, from, to, words, norms: tokens.slice(from, to).map(t => t.norm), text: text.slice(start, end), title, cue, nicknames: []};
}

/** A nickname the text ties to the name ending at k: "، المعروف بـ"حميدتي"", "(أبو مازن)". */
function nicknameAfter(k: number, ctx: Ctx): string[] | null {
	const {tokens} = ctx.parts;
	const d = ctx.lexicon.discovery;
	const tok = tokens[k];
	if (!tok) return null;
	const words = (from: number, max: number, stripB: boolean) => {
		const out: string[] = [];
		for (let q = from; q < Math.min(tokens.length, from + max); q++) {
			if (q > from && !joined(tokens, q)) break;
			const t = tokens[q]!;
			if (ctx.parts.words[q]!.flags & NOT_NAME || LATIN_OR_DIGIT.test(t.norm)) break;
			let w = t.text.replace(HARAKAT, '');
			if (q === from && stripB) w = w.slice(1);
			out.push(w);
		}
		return out.filter(w => w.length >= 2);
	};
	if (d.nicknameCues.has(tok.norm) && /^[\s,،]*$/.test(tok.gap)) {
		const next = tokens[k + 1];
		if (!next || /[.:;؛!?؟]/.test(next.gap)) return null;
		if (next.norm === 'ب' || next.norm === 'باسم') return words(k + 2, 2, false);
		if (next.norm.startsWith('ب') && next.norm.length > 3) return words(k + 1, 2, true);
		return null;
	}
	if (tok.gap.includes('(') && KUNYA.has(tok.norm) && tokens[k + 1] && joined(tokens, k + 1)) {
		const w = words(k, 2, false);
		return w.length === 2 ? w : null;
	}
	return null;
}

function free(ctx: Ctx, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (ctx.taken[k]) return false;
	return true;
}

function add(ctx: Ctx, units: Unit[], cue: Cue, title: TitlePhrase | null): void {
	const m = mention(units, cue, title, ctx);
	if (!free(ctx, m.from, m.to)) return;
	for (let k = m.from; k < m.to; k++) ctx.taken[k] = 1;
	const nick = nicknameAfter(m.to, ctx);
	if (nick) m.nicknames.push(nick);
	ctx.out.push(m);
}

/** Only these words start a name that a verb or a colon introduces (a title lets an unknown one start it). */
const mayStart = (ctx: Ctx, j: number) => (ctx.parts.words[j]!.flags & MAY_START) !== 0;

/** A name after جامعة، شارع، مطار… names the building or the place (جامعة عبد الرحمان ميرة). */
const namesAPlace = (ctx: Ctx, j: number) => j > 0 && (ctx.parts.words[j - 1]!.flags & NAMES_PLACE) !== 0 && joined(ctx.parts.tokens, j);

/**
 * The name read from token j under this cue, if one fits (ending at endAt when given), added to ctx.out.
 * Functions of the context, not closures made per sentence (findPeople runs on every sentence).
 */
function tryAt(ctx: Ctx, j: number, cue: Cue, title: TitlePhrase | null, endAt?: number): boolean {
	if (j >= ctx.parts.tokens.length || ctx.taken[j] || ctx.blocked[j] || (cue !== 'title' && cue !== 'colon' && !mayStart(ctx, j)) || namesAPlace(ctx, j))
		return false;
	const units = readUnits(j, ctx);
	let n = accept(units, cue, ctx);
	if (endAt !== undefined) {
		n = units.findIndex(u => u.to === endAt) + 1;
		if (n === 0 || !fits(units.slice(0, n), cue, ctx)) return false;
	}
	if (n === 0) return false;
	add(ctx, units.slice(0, n), cue, title);
	return true;
}

/** Every person the sentence names that the lexicon does not, with its cue and title. */
export function findPeople(parts: SentenceParts, lexicon: Lexicon, orgs: readonly OrgSpan[]): PersonMention[] {
	const {tokens} = parts;
	clearMarks(tokens.length);
	const taken = takenMarks;
	blockTokens(blockedMarks, parts, orgs);
	const out: PersonMention[] = [];
	const ctx: Ctx = {parts, lexicon, blocked: blockedMarks, taken, out};
	const words = parts.words;

	// A title, then the name (a comma may stand between). Titles may follow one another
	// (ولي العهد السعودي الأمير محمد بن سلمان): the first office is the role.
	for (let i = 0; i < tokens.length; i++) {
		if (!(words[i]!.flags & TITLE_START)) continue; // titleAt's own first test, without the call
		let t = titleAt(parts, i, lexicon, orgs);
		if (!t) continue;
		for (
			let next = titleIsName(t.to, ctx) ? null : titleAt(parts, t.to, lexicon, orgs);
			next && /^\s+$/.test(tokens[t.to]!.gap);
			next = titleIsName(t.to, ctx) ? null : titleAt(parts, t.to, lexicon, orgs)
		) {
			// The span runs to the name; the role's Arabic stays the office's own phrase.
			t = {...t, to: next.to, end: next.end, text: t.en ? t.text : next.text, en: t.en ?? next.en, country: t.country ?? next.country};
		}
		if (t.to < tokens.length && /^[\s,،]*$/.test(tokens[t.to]!.gap)) tryAt(ctx, t.to, 'title', t);
		i = t.to - 1;
	}
	for (const v of parts.verbs) {
		// After the verb (… قال فيه …).
		let j = v.to;
		while (j < tokens.length && SKIP.has(tokens[j]!.norm) && joined(tokens, j)) j++;
		if (j < tokens.length && !HARD.test(tokens[j]!.gap)) tryAt(ctx, j, 'verb', null);
		// Before it: the longest name that ends right at the verb (or its قد).
		let end = v.from;
		while (end > 0 && QAD.has(tokens[end - 1]!.norm)) end--;
		if (end > 0 && !HARD.test(tokens[end]!.gap)) {
			for (let s = Math.max(0, end - 5); s < end; s++) if (tryAt(ctx, s, 'fronted', null, end)) break;
		}
	}
	// A name and a colon opening a line or a clause: "حفتر: …". Colons stand between tokens: none in the text, none in a gap.
	for (let k = parts.text.includes(':') ? 1 : tokens.length; k < tokens.length; k++) {
		const gap = tokens[k]!.gap;
		if (!gap.includes(':') || !/^\s*:/.test(gap)) continue;
		let s = k - 1;
		while (s > 0 && k - s < 5 && !HARD.test(tokens[s]!.gap)) s--;
		if (s === 0 || HARD.test(tokens[s]!.gap)) tryAt(ctx, s, 'colon', null, k);
	}
	// The name's shape alone.
	for (let j = 0; j < tokens.length; j++) {
		if (taken[j] || ctx.blocked[j]) continue;
		// Only a given name or a particle starts a name (a compound one, نور الدين، starts with a given name too).
		if (!(words[j]!.flags & (GIVEN | LINKING))) continue;
		if (tryAt(ctx, j, 'shape', null)) j = out.at(-1)!.to - 1;
	}
	return out.sort((a, b) => a.from - b.from);
}
