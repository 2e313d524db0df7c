// One-time costs the first frame no longer pays (see scripts/build.mjs and
// clusters.ts): string-width's Unicode-property patterns (~30 ms to compile)
// and ICU's grapheme data (~20 ms) are loaded on first use. Left alone, that
// first use is a keystroke that meets an emoji, a mark or an unusual letter,
// and stalls. The explorer calls this once the first frame is out.
import memoStringWidth from './string-width-memo.js';
import {toClusters} from './clusters.js';

export function warmUpText(): void {
	// An emoji is nothing simple-width answers, so string-width runs in full;
	// a letter with a mark needs grapheme segmentation.
	memoStringWidth('👍🏽');
	toClusters('بَ', {reorder: true, shape: true});
}
