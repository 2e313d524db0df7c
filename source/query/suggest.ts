// "Did you mean" for ids typed by hand: the one rule every usage message uses
// (util/did-you-mean.ts), over the ids of one kind.
import {nearest} from '../util/did-you-mean.js';

/** The closest id, or null when none is near enough to be a plausible typo. */
export function nearestId(ids: string[], typed: string): string | null {
	return nearest(typed, ids);
}
