// Width without string-width for the text this app mostly draws: Latin (to U+02FF), Cyrillic,
// Arabic (letters, marks, presentation forms) and the punctuation, arrows and
// box-drawing characters of its frames. In these ranges a code point takes one
// column unless it is a combining mark or a format character, and none of them
// starts an emoji or a wide cluster, so the sum equals string-width's answer
// (tests/text/simple-width.test.ts checks every code point and random strings).
// string-width would segment the text and, on its first call, compile a
// Unicode emoji pattern that alone cost tens of milliseconds before the first frame.
const SIMPLE =
	/^[\u0020-\u007E\u00A0-\u02FF\u0400-\u04FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC\uFB50-\uFDFF\uFE70-\uFEFF]*$/;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/gu;
// Colour and style sequences (SGR) take no columns; anything else is left to string-width.
const SGR = /\u001B\[[\d;]*m/g;

/** Columns of `text` when every character is in the simple ranges, else undefined. */
export function simpleWidth(text: string): number | undefined {
	const plain = text.includes('\u001B') ? text.replace(SGR, '') : text;
	if (!SIMPLE.test(plain)) return undefined;
	const zero = plain.match(ZERO);
	return plain.length - (zero ? zero.length : 0);
}

const HAS_ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * Whether every code point of `plain` (text without escape sequences) is a
 * grapheme of its own that takes one column: the simple ranges without marks
 * or format characters, none of which joins or extends its neighbour.
 */
export function oneCellPerCodePoint(plain: string): boolean {
	return SIMPLE.test(plain) && !HAS_ZERO.test(plain);
}
