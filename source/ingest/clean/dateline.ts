// The dateline that opens a lede: a place, sometimes a date, and a credit —
// the agency whose copy this is ("بروكسل / الأناضول", "كييف- (أ ش أ):",
// "موسكو 10 فبراير 2022 (واس) -", "موسكو - سبوتنيك.") or the outlet crediting
// itself ("(الرائد) -", "الرباط - الصباح المغربي:"). Parsed by shape here;
// wire.ts and outlet.ts decide what the credit names.

export type Dateline = {
	/** The place as written, or null when the credit stands alone ("(الرائد) -"). */
	place: string | null;
	/** The credit as written, without brackets. */
	credit: string;
	/** In brackets or slashes: a credit whatever its words. */
	bracketed: boolean;
	/** Nothing but the dateline on the line ("بروكسل / الأناضول" above the lede). */
	standalone: boolean;
};

/** Lazy, so that "موسكو في 10 فبراير" leaves في to the date. */
const PLACE = String.raw`[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,2}?`;
/** A date between place and credit: "10 فبراير 2022"، "في 10 فبراير"، "9 رجب 1443 هـ الموافق 10 فبراير 2022 م". */
const DATE = String.raw`(?:[ \t،,]+(?:في[ \t]+)?\p{N}[\p{L}\p{M}\p{N} \t/.،,-]{0,60}?)?`;
const CREDIT_IN_BRACKETS = String.raw`[\p{L}\p{M}. \t]{1,40}?`;
/** One to three words; dots only inside a word (أ.ش.أ), so "سبوتنيك." ends at its stop. */
const CREDIT_WORD = String.raw`[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*`;
const CREDIT_WORDS = String.raw`${CREDIT_WORD}(?:[ \t]+${CREDIT_WORD}){0,2}?`;
/** What closes an unbracketed credit: a dash, a colon, a stop or the line's end (not a comma: "غزة - الاحتلال، …" is a sentence). */
const END = String.raw`[ \t]*(?:[-–—:.]|$)`;

/** "موسكو 10 فبراير (واس) -", "كييف- (أ ش أ):", "القاهرة في 10 فبراير /أ ش أ/ قال". */
const BRACKETED = new RegExp(
	String.raw`^[ \t]*(?<place>${PLACE})${DATE}[ \t]*(?<sep>[-–—/:][ \t]*)?(?:[(\[](?<round>${CREDIT_IN_BRACKETS})[)\]](?<after>[ \t]*[-–—:])?|/[ \t]*(?<slashed>${CREDIT_IN_BRACKETS})[ \t]*/)`,
	'u',
);
/** "(الرائد) - …": the credit alone, in brackets, then a dash or a colon. */
const BRACKETED_ALONE = new RegExp(String.raw`^[ \t]*[(\[](?<credit>${CREDIT_IN_BRACKETS})[)\]][ \t]*[-–—:]`, 'u');
/** "موسكو - سبوتنيك. …", "بروكسل / الأناضول", "الرباط - الصباح المغربي: …". */
const PLAIN = new RegExp(String.raw`^[ \t]*(?<place>${PLACE})[ \t]*(?:[-–—]|/)[ \t]*(?<credit>${CREDIT_WORDS})(?=${END})`, 'u');

/**
 * The last lines parsed and their datelines: the header walk, the wire and
 * the outlet's self-credit each read the lede's first lines (results are
 * never changed by callers).
 */
const recent: Array<{text: string; dateline: Dateline | null}> = [];
const RECENT = 4;

/** The dateline at the start of `text`, if the line opens with one. */
export function parseDateline(text: string): Dateline | null {
	for (const r of recent) if (r.text === text) return r.dateline;
	const dateline = parseUncached(text);
	if (recent.length === RECENT) recent.pop();
	recent.unshift({text, dateline});
	return dateline;
}

function parseUncached(text: string): Dateline | null {
	// Cheap gate: a dateline's credit follows a bracket, a slash or a dash near the start.
	// The patterns are anchored and bounded, so they stop early on a long line.
	if (!/[([/\-–—]/.test(text.slice(0, 120))) return null;
	if (!mayOpenDateline(text)) return null;
	const head = text;
	const rest = (end: number) => text.slice(end).replace(/^[\s\-–—:.،,)\]/]+/u, '');
	const bracketed = BRACKETED.exec(head);
	if (bracketed?.groups) {
		const g = bracketed.groups;
		// "وقال (رويترز) إن…" is a citation, not a dateline: brackets need a dash or colon before or after them.
		if (g['slashed'] !== undefined || g['sep'] !== undefined || g['after'] !== undefined) {
			return {place: g['place']!.trim(), credit: (g['round'] ?? g['slashed'])!.trim(), bracketed: true, standalone: rest(bracketed[0].length) === ''};
		}
	}
	const alone = BRACKETED_ALONE.exec(head);
	if (alone?.groups) return {place: null, credit: alone.groups['credit']!.trim(), bracketed: true, standalone: rest(alone[0].length) === ''};
	const plain = PLAIN.exec(head);
	if (plain?.groups)
		return {
			place: plain.groups['place']!.trim(),
			credit: plain.groups['credit']!.replace(/\.+$/, '').trim(),
			bracketed: false,
			standalone: rest(plain[0].length) === '',
		};
	return null;
}

/**
 * Can one of the three patterns match at all? Each opens with a bracket, or
 * with one to three words of letters (PLACE) after one of which, past blanks,
 * stands a dash, a slash, a colon or a bracket, or (DATE) a comma or blank
 * run and a digit or في. Read by code unit, and null only where no pattern
 * can match: on a lede that is no dateline (a dash further on) the patterns
 * backtracked through every split of the first words and every lazy length,
 * 57 of clean's ~240 ms on the 1k corpus (selfCredit and findWire parse the
 * lede). A surrogate anywhere on the way is left to the patterns.
 */
function mayOpenDateline(text: string): boolean {
	let i = 0;
	while (isBlank(text.charCodeAt(i))) i++;
	const first = text.charCodeAt(i);
	if (first === 0x28 || first === 0x5b) return true; // BRACKETED_ALONE
	for (let word = 0; word < 3; word++) {
		const c = text.charCodeAt(i);
		if (isSurrogate(c)) return true;
		if (!isLetterOrMark(c)) return false;
		while (isLetterOrMark(text.charCodeAt(i))) i++;
		if (isSurrogate(text.charCodeAt(i))) return true;
		// Past blanks: the separator, the bracket or the slash.
		let k = i;
		while (isBlank(text.charCodeAt(k))) k++;
		const next = text.charCodeAt(k);
		if (next === 0x2d || next === 0x2013 || next === 0x2014 || next === 0x2f || next === 0x3a || next === 0x28 || next === 0x5b) return true;
		// A date: [ \t،,]+ then (في and blanks) a number.
		let d = i;
		while (isBlank(text.charCodeAt(d)) || text.charCodeAt(d) === 0x60c || text.charCodeAt(d) === 0x2c) d++;
		if (d > i) {
			const n = text.charCodeAt(d);
			if (n === 0x641 || isSurrogate(n) || isNumber(n)) return true;
		}
		// The next word of the place, after blanks.
		if (k === i) return false;
		i = k;
	}
	return false;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

// The classes of the patterns, by code unit, learnt from their RegExps on first sight (0 unknown, 1 no, 2 yes).
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const letterOrMark = new Uint8Array(0x10000);
const number = new Uint8Array(0x10000);

function isLetterOrMark(c: number): boolean {
	if (Number.isNaN(c)) return false;
	let v = letterOrMark[c]!;
	if (v === 0) letterOrMark[c] = v = !isSurrogate(c) && LETTER_OR_MARK.test(String.fromCharCode(c)) ? 2 : 1;
	return v === 2;
}

function isNumber(c: number): boolean {
	if (Number.isNaN(c)) return false;
	let v = number[c]!;
	if (v === 0) number[c] = v = !isSurrogate(c) && NUMBER.test(String.fromCharCode(c)) ? 2 : 1;
	return v === 2;
}

/** "الشروق - …": one or two words, then a dash, at the very start of the lede. */
const NAME_DASH = /^[ \t]*(?<name>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]+[-–—][ \t]+\p{L}/u;

/** The name before a dash that opens the lede, for outlet.ts to judge (a place or the outlet). */
export function leadingName(text: string): string | null {
	return NAME_DASH.exec(text.slice(0, 80))?.groups?.['name'] ?? null;
}
