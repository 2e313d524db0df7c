// An undated mention ("the visit") links to an event only around its
// article's publication date: a report weeks after a dated visit that names
// no date is another visit, not that one.
import {describe, expect, it} from 'vitest';
import {clusterMentions, dayNumber, UNDATED_DAYS} from '../../source/ingest/events/cluster.js';
import type {Mention} from '../../source/ingest/events/mentions.js';
import {putinVisit, stubWorld} from './event-world.js';

const world = stubWorld();

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const visitDay = dayNumber('2022-01-10');

function visit(published: string | null, date: string | null): Mention {
	return putinVisit(date ? {value: date, end: null, precision: 'day', qualified: false, direct: true, relative: false} : null, published);
}

/** The articles whose mentions ended in the same cluster as the dated one. */
function withDated(mentions: Mention[]): string[] {
	const clusters = clusterMentions(mentions, world);
	const dated = clusters.find(c => c.mentions.some(m => m.date))!;
	return dated.mentions.filter(m => !m.date).map(m => m.published ?? 'undated article');
}

describe('undated mentions and the publication window', () => {
	it('join a dated event published within the window, on either side', () => {
		const mentions = [
			visit('2022-01-10', '2022-01-10'),
			visit(iso(visitDay + 2), null),
			visit(iso(visitDay + UNDATED_DAYS), null),
			visit(iso(visitDay - UNDATED_DAYS), null),
		];
		expect(withDated(mentions)).toEqual([iso(visitDay + 2), iso(visitDay + UNDATED_DAYS), iso(visitDay - UNDATED_DAYS)]);
	});

	it('start their own event when published far from it, one per fortnight of reports', () => {
		const late = iso(visitDay + UNDATED_DAYS + 1);
		const months = iso(visitDay + 80);
		const clusters = clusterMentions([visit('2022-01-10', '2022-01-10'), visit(late, null), visit(months, null)], world);
		// The far ones are not part of the dated one; and an undated event is news
		// of the days it was reported, so two reports months apart are two visits.
		expect(clusters).toHaveLength(3);
		expect(clusters.map(c => c.mentions.map(m => m.published))).toEqual([['2022-01-10'], [late], [months]]);
		expect(clusters[1]!.days).toEqual([]);
	});

	it('keep joining at any distance when the article has no publication date', () => {
		expect(withDated([visit('2022-01-10', '2022-01-10'), visit(null, null)])).toEqual(['undated article']);
	});
});
