// A report-dated mention ("Putin said on Sunday, ahead of the visit") links
// to an event only in the weeks around the report's day: the same actor
// reported months away is another visit.
import {describe, expect, it} from 'vitest';
import {clusterMentions, dayNumber, REPORT_DAYS} from '../../source/ingest/events/cluster.js';
import type {Mention, MentionDate} from '../../source/ingest/events/mentions.js';
import {putinVisit, stubWorld} from './event-world.js';

const world = stubWorld();

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const visitDay = dayNumber('2022-01-10');

const visit = (date: MentionDate): Mention => putinVisit(date, date.value.length === 10 ? date.value : null);

const onDay = (day: number): MentionDate => ({value: iso(day), end: null, precision: 'day', qualified: false, direct: true, relative: false});
const reported = (day: number): MentionDate => ({value: iso(day), end: null, precision: 'day', qualified: false, direct: false, relative: true});
const reportedMonth = (value: string): MentionDate => ({value, end: null, precision: 'month', qualified: false, direct: false, relative: true});

/** Report days of the mentions that joined the dated visit. */
function joined(mentions: Mention[]): string[] {
	const clusters = clusterMentions(mentions, world);
	const dated = clusters.find(c => c.mentions.some(m => !m.date!.relative))!;
	return dated.mentions.filter(m => m.date!.relative).map(m => m.date!.value);
}

describe('report-dated mentions and the report window', () => {
	it('join an event within REPORT_DAYS of the report, on either side', () => {
		const near = [visitDay - REPORT_DAYS, visitDay - 3, visitDay + 1, visitDay + REPORT_DAYS];
		expect(joined([visit(onDay(visitDay)), ...near.map(d => visit(reported(d)))])).toEqual(near.map(iso));
	});

	it('start an event of their own when reported further away', () => {
		const far = [visitDay - REPORT_DAYS - 1, visitDay + REPORT_DAYS + 1, visitDay + 90];
		const clusters = clusterMentions([visit(onDay(visitDay)), ...far.map(d => visit(reported(d)))], world);
		expect(clusters[0]!.mentions.map(m => m.date!.value)).toEqual([iso(visitDay)]);
		expect(
			clusters
				.slice(1)
				.flatMap(c => c.mentions.map(m => m.date!.value))
				.sort(),
		).toEqual(far.map(iso).sort());
	});

	it('are not bounded when the report is dated only to a month', () => {
		expect(joined([visit(onDay(visitDay)), visit(reportedMonth('2022-05'))])).toEqual(['2022-05']);
	});
});
