// What an article's URL says about it: news sites put the publication day in
// the path (/2022/01/12/…, /20220112/…, …-2022-01-12), and the domain names
// the outlet (input/outlet-by-domain.ts). Evidence only: a date the article or
// its record states comes first (ingest/pipeline.ts).
import {isoDay} from './day.js';

/** The URL, when it is an absolute http(s) one. */
export function parseUrl(url: string | null | undefined): URL | null {
	if (!url) return null;
	try {
		const u = new URL(url.trim());
		return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
	} catch {
		return null;
	}
}

const PATTERNS = [
	// /2022/01/12/ or /2022/1/12/ (a path segment each).
	/\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$|[._-])/,
	// /20220112/ or /20220112-slug: eight digits standing alone in a segment.
	/\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\/|$|[._-])/,
	// slug-2022-01-12 or /2022-01-12/.
	/[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?=\/|$|[._-])/,
];

/** The publication day the URL's path gives, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
	const u = parseUrl(url);
	if (!u) return null;
	let path: string;
	try {
		path = decodeURIComponent(u.pathname);
	} catch {
		path = u.pathname;
	}
	for (const re of PATTERNS) {
		const m = re.exec(path);
		if (!m) continue;
		const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
		if (day) return day;
	}
	return null;
}
