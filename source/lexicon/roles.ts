// Whether an actor holds a role on a date: the one rule behind a role phrase
// naming a person (ingest), an actor's seat on an event's date (ingest), and
// the role the explorer shows beside an actor (query). data/lexicon/README.md
// documents it for people editing actors.json:
// - `from` is the first day in office (null: long-standing);
// - a full-date `to` is the day the successor takes office, so the role is
//   no longer held that day (the lexicon writes a handover as one date, the
//   predecessor's `to` and the successor's `from`: one holder per day);
// - a partial `to` (2021-12) is held through that whole period, its day unknown;
// - a partial date asked about (2022-01, an event dated to a month) is a
//   period: the role counts when it is held on any day of it.
// ISO dates compare as strings once partial ones are widened to their days.

export type Tenure = {from: string | null; to: string | null};

const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
// An upper bound, not a real day: no day of the period sorts after it.
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/** Is the role held on `date` (any day of it, when partial)? No date: every tenure counts. */
export function holdsOn(role: Tenure, date: string | null): boolean {
	if (!date) return true;
	if (role.from && firstDay(role.from) > lastDay(date)) return false;
	if (role.to && (role.to.length === 10 ? firstDay(date) >= role.to : firstDay(date) > lastDay(role.to))) return false;
	return true;
}

/** The most recent role (latest `from`; the first listed on a tie), or null when there is none. */
export function latestRole<T extends Tenure>(roles: readonly T[]): T | null {
	let latest: T | null = null;
	for (const role of roles) if (!latest || (role.from ?? '') > (latest.from ?? '')) latest = role;
	return latest;
}

/**
 * The role an actor holds on `date`: the first listed that is held then (the
 * lexicon lists an actor's main office first), or null. No date: the latest role.
 */
export function roleOn<T extends Tenure>(roles: readonly T[], date: string | null): T | null {
	if (!date) return latestRole(roles);
	return roles.find(role => holdsOn(role, date)) ?? null;
}
