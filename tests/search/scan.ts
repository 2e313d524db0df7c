// The reference the search index is tested against: a plain scan of every record.
import {searchText} from '../../source/search/normalise-text.js';
import type {SearchRecord} from '../../source/search/text-index.js';

export function scanContains(records: SearchRecord[], normalisedQuery: string): number[] {
	const out: number[] = [];
	records.forEach((r, i) => {
		if (r.fields.some(f => searchText(f).includes(normalisedQuery))) out.push(i);
	});
	return out;
}
