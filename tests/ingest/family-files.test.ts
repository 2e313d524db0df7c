// The link worker keeps its mentions on disk, a file per family
// (family-files.ts), and reads each family back when its turn comes. What it
// links must be what familyGroups gives from every mention held at once: the
// same families (the largest first, then in familyGroups' order: the events
// are numbered once all have come, so the order changes nothing but when the
// worker's heap is largest), each with the same mentions in the same
// order and the same places in the corpus's linking order, yearless dates
// read against the same median day, mentions out of corpus order included.
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {familyGroups} from '../../source/ingest/events/link.js';
import {specificity} from '../../source/ingest/events/cluster.js';
import type {Mention} from '../../source/ingest/events/mentions.js';
import {FamilyFiles} from '../../source/ingest/family-files.js';
import {mentionRecords, mentionRecordsIn, parseMentionRecords} from '../../source/ingest/mention-records.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {mention} from '../perf/link-random.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-families-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));
const {calendar} = loadLexicons();

const families = fc.constantFrom('meeting', 'visit', 'exercise', 'demand');
// Some with a day and month only, read against the corpus's median publication day.
const yearless = fc.option(fc.record({text: fc.constantFrom('12 يناير', 'يومي 3 و4 فبراير', '30 ديسمبر', 'الشهر الماضي'), direct: fc.boolean()}), {
	nil: undefined,
});
const mentions = fc
	.array(fc.tuple(mention, families, fc.integer({min: 0, max: 40}), yearless), {minLength: 1, maxLength: 80})
	.map(list => list.map(([m, family, order, y]): Mention => (y ? {...m, family, order, yearless: y, date: null} : {...m, family, order})));

/** As plain JSON: the files' mentions are read back from it. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('mentions kept on disk by family', () => {
	it('gives the families familyGroups gives, each mention in its place', () => {
		let run = 0;
		fc.assert(
			fc.property(mentions, fc.boolean(), (list, sorted) => {
				const input = sorted ? [...list].sort((a, b) => a.order - b.order || a.at - b.at) : list;
				// A stable sort: families of one size keep familyGroups' order.
				const want = familyGroups(plain(input), calendar).sort((a, b) => b.mentions.length - a.mentions.length);
				const dir = mkdtempSync(join(work, `run${run++}-`));
				const files = new FamilyFiles(dir, '.family.');
				for (const m of plain(input) as Mention[]) files.add(m);
				const got = [...files.families(calendar)];
				expect(got.map(g => g.family)).toEqual(want.map(g => g.family));
				for (let i = 0; i < want.length; i++) {
					expect(got[i]!.places).toEqual(want[i]!.places);
					expect(plain(got[i]!.mentions)).toEqual(plain(want[i]!.mentions));
				}
				expect(files.count).toBe(input.length);
				files.remove();
				// Each family's file goes once read; none is left.
				expect(readdirSync(dir)).toEqual([]);
			}),
			{numRuns: 150},
		);
	});

	it("gives the same from spill records (their JSON copied, their order the article's) as from the mentions", () => {
		let run = 0;
		fc.assert(
			fc.property(mentions, fc.array(fc.boolean(), {minLength: 80, maxLength: 80}), fc.integer({min: 0, max: 1e6}), (list, asRecord, first) => {
				// Corpus order `first` on: a record holds the order within its article, addRecord is given the corpus's.
				const input = list.map(m => ({...m, order: m.order + first}));
				const want = familyGroups(plain(input), calendar).sort((a, b) => b.mentions.length - a.mentions.length);
				const dir = mkdtempSync(join(work, `records${run++}-`));
				const files = new FamilyFiles(dir, '.family.');
				plain(input).forEach((m: Mention, i: number) => {
					if (!asRecord[i]) {
						files.add(m);
						return;
					}
					const buf = Buffer.from(mentionRecords([{...m, order: m.order - first}]));
					const records = [...mentionRecordsIn(buf, 0, buf.length)];
					expect(records).toHaveLength(1);
					files.addRecord(buf, records[0]!, records[0]!.order + first, m.published);
				});
				const got = [...files.families(calendar)];
				expect(got.map(g => g.family)).toEqual(want.map(g => g.family));
				for (let i = 0; i < want.length; i++) {
					expect(got[i]!.places).toEqual(want[i]!.places);
					expect(plain(got[i]!.mentions)).toEqual(plain(want[i]!.mentions));
				}
				files.remove();
			}),
			{numRuns: 100},
		);
	});

	it('dates a yearless mention against the median publication day, as linking all at once does', () => {
		const base = {...plain(fc.sample(mention, {numRuns: 1, seed: 7})[0]), family: 'meeting', order: 0, at: 0};
		const input: Mention[] = [
			{...base, order: 0, published: '2022-01-20', yearless: {text: '12 يناير', direct: true}, date: null},
			{...base, order: 1, published: '2021-12-30'},
			{...base, order: 2, published: '2022-01-22'},
		];
		const dir = mkdtempSync(join(work, 'yearless-'));
		const files = new FamilyFiles(dir, '.family.');
		for (const m of plain(input) as Mention[]) files.add(m);
		const [group] = [...files.families(calendar)];
		const dated = group!.mentions.find(m => m.yearless);
		expect(dated?.date?.value).toBe('2022-01-12');
		expect(plain(group)).toEqual(plain(familyGroups(plain(input), calendar)[0]));
		files.remove();
	});
});

describe('mention records', () => {
	it('give back the mentions, their header the numbers linking files them by', () => {
		fc.assert(
			fc.property(mentions, list => {
				const buf = Buffer.from(`x\t${mentionRecords(list)}\ty`);
				const from = 2;
				const to = buf.length - 2;
				expect(parseMentionRecords(buf, from, to)).toEqual(plain(list));
				// One record object, reused: read as each comes.
				const headers: unknown[] = [];
				for (const r of mentionRecordsIn(buf, from, to)) headers.push([r.family, r.rank, r.order, r.at, r.yearless]);
				expect(headers).toEqual(list.map(m => [m.family, specificity(m), m.order, m.at, m.yearless !== undefined]));
			}),
			{numRuns: 100},
		);
		expect(parseMentionRecords(Buffer.from(''), 0, 0)).toEqual([]);
	});

	it('fails on a record without its header', () => {
		const buf = Buffer.from('{"family":"meeting"}');
		expect(() => parseMentionRecords(buf, 0, buf.length)).toThrow(/without its header/);
	});
});
