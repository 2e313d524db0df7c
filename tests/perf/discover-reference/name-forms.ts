// One person's name written shorter: the rule both the article pass and the
// corpus merge use to join "البرهان" or "عبد الفتاح البرهان" to the full name.

/** Is `short` the name cut down: the first and last words (every word in order), or the last word alone? */
export function reduces(short: readonly string[], full: readonly string[]): boolean {
	if (short.length >= full.length) return false;
	if (short.length === 1) return short[0] === full.at(-1);
	if (short[0] !== full[0] || short.at(-1) !== full.at(-1)) return false;
	// Every word of the short form, in order, in the full one.
	let j = 0;
	for (const w of full) if (w === short[j]) j++;
	return j === short.length;
}
