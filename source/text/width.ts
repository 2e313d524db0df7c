import {toClusters, type ShapingMode} from './clusters.js';

const shaped: ShapingMode = {reorder: true, shape: true};

// Columns the text takes once laid out: after sanitising (placeholders are
// wider than the controls they replace) and, by default, after shaping, where
// a lam-alef ligature is one column instead of two. The one measure of display
// width: tables, the explorer's labels and its dataset text all use it.
export function displayWidth(text: string, mode: ShapingMode = shaped): number {
	let width = 0;
	for (const c of toClusters(text, mode)) width += c.width;
	return width;
}
