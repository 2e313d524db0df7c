// When an outlet wrote, relative to the event it reports: a report written
// before a meeting can only announce it, one written after can tell how it
// went. Every claim in a comparison is read as of its publication day.
import type {ComparisonColumn} from './types.js';

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function utc(day: string): number {
	return Date.parse(`${day}T00:00:00Z`);
}

/** The last day of a coarse date (2022-01 → 2022-01-31, 2022 → 2022-12-31). */
function lastDay(value: string): string {
	if (value.length === 10) return value;
	if (value.length === 7) {
		const [y, m] = value.split('-').map(Number) as [number, number];
		return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
	}
	return `${value}-12-31`;
}

function firstDay(value: string): string {
	return value.length === 10 ? value : value.length === 7 ? `${value}-01` : `${value}-01-01`;
}

/**
 * Before, on or after the event; `days` from the event to publication
 * (negative before; null when the event's date is coarser than a day). An
 * event of 2022-01 and a report of 2022-01-20 have no relation: the report may
 * be either side.
 */
export function publicationTiming(published: string | null, date: string | null, end: string | null = null): ComparisonColumn['timing'] {
	if (!published || !date) return null;
	const from = firstDay(date);
	const to = lastDay(end ?? date);
	const exact = date.length === 10 && (!end || end.length === 10);
	if (published < from) return {relation: 'before', days: exact ? Math.round((utc(published) - utc(from)) / DAY) : null};
	if (published > to) return {relation: 'after', days: exact ? Math.round((utc(published) - utc(to)) / DAY) : null};
	if (exact) return {relation: 'on', days: 0};
	return null;
}

/** "26 Dec" (with the year when it differs from `year`). */
export function shortDay(day: string | null, year?: string): string {
	if (!day) return 'undated';
	const [y, m, d] = day.split('-');
	if (!m) return day;
	const month = MONTHS[Number(m) - 1] ?? m;
	const text = d ? `${Number(d)} ${month}` : month;
	return year && y !== year ? `${text} ${y}` : text;
}

/** "17 days before", "on the day", "1 day after"; '' when unknown. */
export function timingText(timing: ComparisonColumn['timing']): string {
	if (!timing) return '';
	if (timing.relation === 'on') return 'on the day';
	if (timing.days === null) return timing.relation;
	const n = Math.abs(timing.days);
	return `${n} day${n === 1 ? '' : 's'} ${timing.relation}`;
}
