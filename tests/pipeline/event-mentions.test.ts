// What the seeds' events carry for the comparison: their PLOVER type and each
// mention's date, place, participants, status, outcome and numbers. And the
// acceptance check of issue 17: sentence 001:1 ("فشل الإجتماع بين الناتو و
// روسيا … الذي إنعقد ل 4 ساعات متواصلة") is the failed outcome of the
// NATO–Russia Council meeting, by the general rule that an outcome sentence
// about "the meeting between X and Y" joins the event of that day those
// parties take part in.
import {beforeAll, describe, expect, it} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {Dataset as DatasetSchema} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';

let dataset: Dataset;
beforeAll(async () => {
	dataset = (await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json'})).dataset;
});

describe('event mentions in the dataset', () => {
	it('keeps the ids of the seven seed events', () => {
		const ids = dataset.events.map(e => e.id);
		for (const id of [
			'meeting-nato-russia-council-2022-01-12',
			'talks-russia-united-states-2022-01-10',
			'meeting-nato-military-committee-2022-01-12',
			'talks-osce-2022-01-13',
			'draft-russian-foreign-ministry-2021-12-17',
			'press-conference-vladimir-putin',
			'visit-josep-borrell-2022-01-04',
		]) {
			expect(ids).toContain(id);
		}
	});

	it('gives every event its PLOVER type and a record per mention, each in one of its sentences', () => {
		expect(() => DatasetSchema.parse(dataset)).not.toThrow();
		for (const e of dataset.events) {
			expect(e.plover, e.id).toMatch(/^[A-Z]+$/);
			// `mentions` counts the event's sentences (one number per thing); a sentence
			// may hold two mentions (two triggers), each with its own record.
			expect(e.mentionDetails!.length, e.id).toBeGreaterThanOrEqual(1);
			expect(new Set(e.mentionDetails!.map(m => m.sentence)).size, e.id).toBeLessThanOrEqual(e.mentions);
			for (const m of e.mentionDetails!) expect(e.sentences).toContain(m.sentence);
		}
		const plover = (id: string) => dataset.events.find(e => e.id === id)?.plover;
		expect(plover('meeting-nato-russia-council-2022-01-12')).toBe('CONSULT');
		expect(plover('press-conference-vladimir-putin')).toBe('STATEMENT');
		expect(plover('draft-russian-foreign-ministry-2021-12-17')).toBe('STATEMENT');
		expect(plover('annexation-2014')).toBe('COERCE');
	});

	it('reads 001:1 as the failed outcome of the NATO–Russia Council meeting, 4 hours long', () => {
		const nrc = dataset.events.find(e => e.id === 'meeting-nato-russia-council-2022-01-12')!;
		const m = nrc.mentionDetails!.find(x => x.article.startsWith('001') && x.sentence.endsWith(':1'));
		expect(m, 'sentence 001:1 among the meeting mentions').toBeDefined();
		expect(m!.status).toBe('failed');
		expect(m!.outcomes.map(o => o.kind)).toContain('failed');
		expect(m!.participants).toEqual(expect.arrayContaining(['nato', 'russia']));
		expect(m!.numbers).toContainEqual({value: 4, unit: 'ساعات', counts: 'hours', text: '4 ساعات'});
		expect(nrc.statusClaims.find(c => c.article.startsWith('001'))?.status).toBe('failed');
		// The Military Committee met the same day in the same city, but not with Russia.
		const mc = dataset.events.find(e => e.id === 'meeting-nato-military-committee-2022-01-12')!;
		expect(mc.sentences.some(s => s.startsWith('001') && s.endsWith(':1'))).toBe(false);
	});
});
