// Display sanitiser: news text is untrusted, and a terminal obeys control
// sequences. Every character that a terminal (or a bidi-aware terminal) would
// act on instead of drawing is replaced by a visible placeholder, so a crafted
// article cannot clear the screen, write the clipboard (OSC 52), plant a link
// (OSC 8) or hide text with bidi overrides ("Trojan Source").
//
// Decisions, so callers know what to expect:
// - C0 controls become their Unicode Control Pictures (ESC → ␛, BEL → ␇,
//   LF → ␊, CR → ␍). Tab is the one exception: it becomes a single space,
//   because tabs in news text are whitespace, and a visible ⇥ would only be
//   noise. Callers that want line structure split on newlines first (see
//   layoutText), so a newline reaching sanitize() really is an anomaly.
// - DEL → ␡; C1 controls 0x80–0x9F (including the one-byte CSI 0x9B) → ⟨U+009B⟩.
// - Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) → ⟨RLO⟩ etc.
// - Line and paragraph separators U+2028/U+2029 → ⟨LS⟩/⟨PS⟩: they are paragraph
//   breaks to the bidi algorithm and line breaks to some terminals.
// - The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) are kept: they are
//   common in real Arabic text, cannot reorder anything but the neutrals
//   beside them, and our own bidi pass uses them. The layout drops them from
//   visual output once it has reordered the line itself.
// - Invisible format characters that draw nothing but can smuggle text past a
//   reader (tag characters U+E0001–U+E007F, the deprecated U+206A–U+206F,
//   interlinear annotation U+FFF9–U+FFFB, invisible operators U+2061–U+2064)
//   → ⟨U+E0041⟩ etc., like the other invisibles.
// - Lone surrogates become U+FFFD.
//
// sanitizeLines() is the same for text that is meant to hold line breaks (a
// terminal's output stream): LF and CRLF stay, everything else is replaced.

const names: Record<number, string> = {
	0x202a: 'LRE',
	0x202b: 'RLE',
	0x202c: 'PDF',
	0x202d: 'LRO',
	0x202e: 'RLO',
	0x2066: 'LRI',
	0x2067: 'RLI',
	0x2068: 'FSI',
	0x2069: 'PDI',
	0x2028: 'LS',
	0x2029: 'PS',
};

// Anything that needs replacing; used for the fast path and by tests.
export const unsafeDisplayChar =
	/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\t\u206A-\u206F\uFFF9-\uFFFB\u2061-\u2064]|\uDB40[\uDC01-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function placeholder(code: number): string {
	if (code === 0x09) return ' ';
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	const name = names[code];
	if (name) return `⟨${name}⟩`;
	if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
	return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

function needsReplacing(code: number): boolean {
	return (
		code < 0x20 ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069) ||
		code === 0x2028 ||
		code === 0x2029 ||
		(code >= 0x206a && code <= 0x206f) ||
		(code >= 0xfff9 && code <= 0xfffb) ||
		(code >= 0x2061 && code <= 0x2064)
	);
}

/** Tag characters (U+E0001–U+E007F), given as the pair's low surrogate after 0xDB40. */
function isTag(high: number, low: number): boolean {
	return high === 0xdb40 && low >= 0xdc01 && low <= 0xdc7f;
}

export interface Sanitized {
	text: string;
	// map[i] is the index in the input of the character that produced output
	// code unit i, so highlight offsets survive the expansion of placeholders.
	map: number[];
}

export function sanitizeWithMap(text: string): Sanitized {
	if (!unsafeDisplayChar.test(text)) {
		return {text, map: Array.from({length: text.length}, (_, i) => i)};
	}

	let out = '';
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				if (isTag(code, next)) {
					const replacement = `⟨U+${text.codePointAt(i)!.toString(16).toUpperCase()}⟩`;
					out += replacement;
					for (let k = 0; k < replacement.length; k++) map.push(i);
					i++;
					continue;
				}
				out += text[i]! + text[i + 1]!;
				map.push(i, i);
				i++;
				continue;
			}
		}

		const lone = code >= 0xd800 && code <= 0xdfff;
		if (lone || needsReplacing(code)) {
			const replacement = placeholder(code);
			out += replacement;
			for (let k = 0; k < replacement.length; k++) map.push(i);
		} else {
			out += text[i]!;
			map.push(i);
		}
	}

	return {text: out, map};
}

export function sanitize(text: string): string {
	if (!unsafeDisplayChar.test(text)) return text;
	return sanitizeWithMap(text).text;
}

/**
 * sanitize() for text with line structure: line feeds stay, and so does a CR
 * right before one (CSV's CRLF: it cannot overwrite anything); every other
 * control is shown.
 */
export function sanitizeLines(text: string): string {
	if (!unsafeDisplayChar.test(text)) return text;
	return text
		.split('\n')
		.map((line, i, all) => (i < all.length - 1 && line.endsWith('\r') ? `${sanitize(line.slice(0, -1))}\r` : sanitize(line)))
		.join('\n');
}
