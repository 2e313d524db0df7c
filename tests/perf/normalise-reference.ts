// Test-only copy of main's normaliseWithMap before the table and buffer fast
// path (source/arabic/normalise.ts): the oracle of tests/perf/normalise.test.ts.
// Not imported by source/.
/**
 * What a single code unit folds to: '' drops it, a string replaces it,
 * undefined keeps it, null sends it through NFKC first (outside ASCII and Arabic).
 */
function fold(code: number): string | undefined | null {
	if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : undefined;
	if (code >= 0x0600 && code <= 0x06ff) {
		if ((code >= 0x064b && code <= 0x0655) || code === 0x0670 || code === 0x0640) return ''; // harakat, tatweel
		if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return '\u0627'; // آ أ إ ٱ → ا
		if (code === 0x0649 || code === 0x0626) return '\u064a'; // ى ئ → ي
		if (code === 0x0629) return '\u0647'; // ة → ه
		if (code === 0x0624) return '\u0648'; // ؤ → و
		// Persian letters that Arabic text borrows in foreign names (پيسكوف، ڤيينا):
		// folded to the Arabic letter of the same shape.
		if (code === 0x067e) return '\u0628'; // پ → ب
		if (code === 0x0686) return '\u062c'; // چ → ج
		if (code === 0x0698) return '\u0632'; // ژ → ز
		if (code === 0x06a4) return '\u0641'; // ڤ → ف
		if (code === 0x06af || code === 0x06a9) return '\u0643'; // گ ک → ك
		if (code === 0x06cc) return '\u064a'; // ی → ي
		if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
		if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
		return undefined;
	}
	return null;
}

/** Characters outside ASCII and the Arabic block may change under NFKC (presentation forms, ligatures, fullwidth). */
function foldOther(ch: string): string {
	// A single code unit always folds the same way: remember it, as quotes and dashes recur in every article.
	if (ch.length === 1) {
		const code = ch.charCodeAt(0);
		let f = otherFolds[code];
		if (f === undefined) {
			f = foldOtherUncached(ch);
			otherFolds[code] = f;
		}
		return f;
	}
	return foldOtherUncached(ch);
}
const otherFolds: Array<string | undefined> = new Array(0x10000);

function foldOtherUncached(ch: string): string {
	const n = ch.normalize('NFKC');
	let out = '';
	for (const c of n) {
		const f = fold(c.charCodeAt(0));
		out += f === undefined ? c : f === null ? c.toLowerCase() : f;
	}
	return out;
}

/**
 * Normalise character by character, keeping for every output character the
 * index of the input character it came from, so a match in normalised text can
 * be mapped back to a span of the original (for highlighting and provenance).
 */
export function normaliseWithMap(text: string): {text: string; map: number[]} {
	// Unchanged runs are copied as slices, not appended character by character.
	let out = '';
	let run = 0; // start of the pending unchanged run
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let f = fold(code);
		if (f === undefined) {
			map.push(i);
			continue;
		}
		let width = 1;
		if (f === null) {
			width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
			f = foldOther(text.slice(i, i + width));
		}
		for (let k = 0; k < f.length; k++) map.push(i);
		out += text.slice(run, i) + f;
		i += width - 1;
		run = i + 1;
	}
	map.push(text.length);
	return {text: run === 0 ? text : out + text.slice(run), map};
}
