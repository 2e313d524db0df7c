// The publication day in a stated date: metadata and archives write ISO
// date-times (2022-01-12T18:30:00+03:00), plain days, `2022/01/12 09:15`,
// RFC 2822 (Wed, 12 Jan 2022 10:00:00 GMT) or Unix time. The day is the one
// written, in the publisher's own time zone: converting 00:30+03:00 to UTC
// would move the story to the day before.

const ISO = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\s)/;

/** A real calendar day in a plausible year, as YYYY-MM-DD, else null. */
export function isoDay(y: number, m: number, d: number): string | null {
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
	const t = new Date(Date.UTC(y, m - 1, d));
	if (t.getUTCMonth() !== m - 1) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function dayOf(value: string): string | null {
	const iso = ISO.exec(value) ?? COMPACT.exec(value);
	if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const trimmed = value.trim();
	if (/^\d{10}(?:\d{3})?$/.test(trimmed)) {
		// Unix seconds (or milliseconds): no zone is written, so UTC.
		const t = new Date(trimmed.length === 10 ? Number(trimmed) * 1000 : Number(trimmed));
		return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
	}
	// RFC 2822 and the like: the day as written (before the time and zone).
	const rfc = /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value);
	if (rfc) {
		const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(rfc[2]!.toLowerCase()) + 1;
		if (month > 0) return isoDay(Number(rfc[3]), month, Number(rfc[1]));
	}
	return null;
}
