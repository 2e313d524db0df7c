// Event ids come from the event's own properties (type, who, date), never from
// the manifest or the order of ingest (issue 17, acceptance check 3). Without
// data/raw/manifest.json three of the five seed articles have no publication
// date, so their yearless dates ("يومي 12 و13 يناير") are read against the
// corpus's dates; before that, the Military Committee meeting of January 2022
// lost its date and merged with an October 2021 photo caption, and its id
// changed.
import {describe, expect, it} from 'vitest';
import type {Dataset, Event} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';

const DIR = 'data/raw';

let withManifest: Dataset;
let without: Dataset;

/** The event of `other` of the same type sharing the most sentences with e, when it shares at least half of the smaller one's. */
function counterpart(e: Event, other: Dataset): Event | undefined {
	let best: Event | undefined;
	let shared = 0;
	for (const o of other.events.filter(x => x.type === e.type)) {
		const n = o.sentences.filter(s => e.sentences.includes(s)).length;
		if (n > shared) {
			best = o;
			shared = n;
		}
	}
	return best && shared * 2 >= Math.min(e.sentences.length, best.sentences.length) ? best : undefined;
}

describe('event ids with and without the manifest', () => {
	it('are the same for every event both ingests find', async () => {
		withManifest = (await ingestFolder(DIR, {manifestPath: `${DIR}/manifest.json`})).dataset;
		without = (await ingestFolder(DIR, {})).dataset;
		// The test means something only if the manifest changes what ingest knows.
		expect(without.articles.filter(a => a.published === null).length).toBeGreaterThan(0);
		const pairs = withManifest.events.map(e => [e, counterpart(e, without)] as const).filter((p): p is readonly [Event, Event] => p[1] !== undefined);
		expect(pairs.length).toBeGreaterThanOrEqual(withManifest.events.length - 4);
		for (const [a, b] of pairs) expect(b.id, `${a.id}: ${a.sentences.join(' ')}`).toBe(a.id);
	});

	it('keeps the seed events their ids, dated by their own sentences', () => {
		for (const id of ['meeting-nato-russia-council-2022-01-12', 'meeting-nato-military-committee-2022-01-12', 'talks-russia-united-states-2022-01-10']) {
			expect(withManifest.events.map(e => e.id)).toContain(id);
			expect(without.events.map(e => e.id)).toContain(id);
		}
	});

	it('does not merge the October 2021 photo caption with the January 2022 Military Committee meeting', () => {
		for (const ds of [withManifest, without]) {
			const committee = ds.events.find(e => e.id === 'meeting-nato-military-committee-2022-01-12')!;
			const caption = ds.events.find(e => e.sentences.includes('002_2e112cc2085df9ad:1'))!;
			expect(caption.id).not.toBe(committee.id);
			expect(caption.date).toBe('2021-10-21');
			expect(committee.date).toBe('2022-01-12');
		}
	});
});
