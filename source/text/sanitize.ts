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
// - Lone surrogates become U+FFFD.

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
	/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\t]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

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
		code === 0x2029
	);
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
