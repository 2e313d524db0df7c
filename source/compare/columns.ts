// One column per reporting outlet, in publication order.
import type {Article} from '../dataset/schema.js';
import {publicationTiming} from './timing.js';
import type {ComparisonColumn} from './types.js';

/** "Unattributed (000)": the leading number of the article id tells unknown outlets apart. */
export function columnLabel(article: Article): string {
	if (article.outlet) return article.outlet;
	const n = /^(\d+)/.exec(article.id)?.[1] ?? article.id;
	return `Unattributed (${n})`;
}

/** `event`: its date range, so each column knows whether it was written before, on or after it. */
export function buildColumns(articles: Article[], event: {date: string | null; end: string | null} = {date: null, end: null}): ComparisonColumn[] {
	const sorted = [...articles].sort((a, b) => {
		// Undated articles go last: their place in time is unknown.
		const pa = a.published ?? '\uffff';
		const pb = b.published ?? '\uffff';
		if (pa !== pb) return pa < pb ? -1 : 1;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
	return sorted.map(a => ({
		article: a.id,
		outlet: a.outlet,
		label: columnLabel(a),
		published: a.published,
		file: a.file,
		timing: publicationTiming(a.published, event.date, event.end),
	}));
}
