// JSON as the tool writes it: JSON.stringify escapes C0 controls already;
// this also escapes DEL, the C1 controls (0x9B is a one-byte CSI to some
// terminals), the bidi embeddings, overrides and isolates, the line and
// paragraph separators and the invisible format characters as \uXXXX. The
// value is the same to every JSON reader, and the text is safe to print on a
// terminal or to read in a review (no "Trojan Source" reordering), so JSON
// and NDJSON need no guard of their own on any output. Outside strings JSON
// has only ASCII, so the replacement can only touch string contents.
const unsafe = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\u206A-\u206F\uFFF9-\uFFFB\u2061-\u2064]|\uDB40[\uDC01-\uDC7F]/g;

const escapeUnits = (text: string) => text.replace(/[\s\S]/g, unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Escapes the characters above in JSON text (pairs as two escapes). */
export function escapeJsonControls(json: string): string {
	unsafe.lastIndex = 0;
	if (!unsafe.test(json)) return json;
	return json.replace(unsafe, escapeUnits);
}

/** JSON.stringify, then escapeJsonControls. */
export function jsonText(value: unknown, space?: number): string {
	return escapeJsonControls(JSON.stringify(value, null, space) ?? 'null');
}
