// How near in time, and how much agreement, event linking asks for: the
// rules of joinScore (cluster.ts) and the bound that skips candidates which
// cannot win (score-bound.ts) read the same numbers.

/** Agreement needed to join a cluster. */
export const JOIN = 2;
/** Day dates this close to an event's principal date may be a disagreement between outlets rather than two events. */
export const NEAR_DAYS = 3;
/** The most an event's day claims may spread (see anchored). */
export const MAX_SPREAD = 2 * NEAR_DAYS;
/**
 * An undated mention ("the talks", "the visit") is news: it reports an event
 * of the days around its article's publication, and a past or coming event
 * further away is normally dated in the text. So it may join only a cluster
 * with a day claim this close to the publication date (or a cluster without
 * day claims). In the generated corpora two thirds of day claims lie within
 * 5 days of publication and the rest spread evenly over past months (events
 * the text dates); in the real articles an undated mention of the
 * NATO–Russia Council meeting of 12 January 2022 was published 8 days before
 * it. Two weeks keeps such announcements.
 */
export const UNDATED_DAYS = 14;
/**
 * A report-dated mention ("said on Sunday, ahead of the talks") dates the
 * report, not the event, so it says nothing about the event's day; but the
 * report is news too, of an event in the weeks around it. A report dated to
 * a day may join only a cluster with a day claim this close to that day (or
 * a cluster without day claims); one dated "last month" is not bounded.
 * Without this bound such a mention was scored against every cluster sharing
 * a body or an actor in the whole corpus, and could join a meeting months
 * away. In the real articles an Anadolu report of Sunday 26 December 2021
 * announced the NATO–Russia Council meeting of 12 January 2022, 17 days later
 * (at 16 days it splits off); three weeks keeps such announcements.
 */
export const REPORT_DAYS = 21;
