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

/** "الشروق - …": one or two words, then a dash, at the very start of the lede. */
const NAME_DASH = /^[ \t]*(?<name>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]+[-–—][ \t]+\p{L}/u;

/** The name before a dash that opens the lede, for outlet.ts to judge (a place or the outlet). */
export function leadingName(text: string): string | null {
	return NAME_DASH.exec(text.slice(0, 80))?.groups?.['name'] ?? null;
}
