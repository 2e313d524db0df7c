// FriBidi's command-line tool always shapes, and writes U+FEFF after each
// lam-alef ligature to keep the string length. To compare its visual output
// with text laid out without shaping (--no-shape), fold the presentation
// forms back to letters (NFKC) and expand each ligature, which sits in a
// right-to-left run, to alef then lam (left to right). Usable by any test that
// compares screen rows with the fixtures in tests/fixtures/bidi/.

const ligatureAlef: Record<string, string> = {
	'\uFEF5': 'آ',
	'\uFEF6': 'آ',
	'\uFEF7': 'أ',
	'\uFEF8': 'أ',
	'\uFEF9': 'إ',
	'\uFEFA': 'إ',
	'\uFEFB': 'ا',
	'\uFEFC': 'ا',
};

export function unshapeVisual(visual: string): string {
	let out = '';
	for (const ch of visual) {
		if (ch === '\uFEFF') continue;
		const alef = ligatureAlef[ch];
		if (alef) out += alef + 'ل';
		else if (/[\uFB50-\uFDFF\uFE70-\uFEFE]/.test(ch)) out += ch.normalize('NFKC');
		else out += ch;
	}
	return out;
}
