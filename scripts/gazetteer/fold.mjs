// The matching key the generator's checks compare forms by. It follows
// source/arabic/normalise.ts (harakat and tatweel out, hamza carriers folded,
// ى→ي, ة→ه, the Persian letters foreign names borrow) because two forms the
// matcher cannot tell apart are one form. It is restated here, not imported,
// so that the generator runs under plain `node` without a TypeScript loader;
// tests/lexicon/gazetteer-data.test.ts checks the output again with the real
// normalise().

const FOLDS = new Map([
	['\u0622', '\u0627'], // آ
	['\u0623', '\u0627'], // أ
	['\u0625', '\u0627'], // إ
	['\u0671', '\u0627'], // ٱ
	['\u0649', '\u064a'], // ى
	['\u0626', '\u064a'], // ئ
	['\u0629', '\u0647'], // ة
	['\u0624', '\u0648'], // ؤ
	['\u067e', '\u0628'], // پ
	['\u0686', '\u062c'], // چ
	['\u0698', '\u0632'], // ژ
	['\u06a4', '\u0641'], // ڤ
	['\u06af', '\u0643'], // گ
	['\u06a9', '\u0643'], // ک
	['\u06cc', '\u064a'], // ی
]);

/** normalise() as the matcher applies it: the comparison form of one alias. */
export function fold(text) {
	let out = '';
	for (const ch of text.normalize('NFKC')) {
		const code = ch.charCodeAt(0);
		if ((code >= 0x064b && code <= 0x0655) || code === 0x0670 || code === 0x0640) continue;
		out += FOLDS.get(ch) ?? ch.toLowerCase();
	}
	return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The key two entries collide on: the matcher sees through the article on an
 * alias's first word (القاهرة / قاهرة), so it is dropped here too.
 */
export function formKey(text) {
	const f = fold(text);
	const first = f.split(' ', 1)[0];
	// As procliticStems does: a stem of at least two letters after the article.
	return first.startsWith('ال') && first.length >= 4 ? f.slice(2) : f;
}

export const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
export const ARABIC_ANY = /[\u0600-\u06ff]/;

/** An id from an English name: ASCII, lower case, words joined by '-'. */
export function kebab(name) {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’ʼ`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
