import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {Event} from '../../source/dataset/schema.js';
import {type BuiltEvent, numberEvents} from '../../source/ingest/events/link.js';
import {claimsLine} from '../../source/dataset/build/to-directory.js';
import {DetailsReader, DetailsWriter} from '../../source/ingest/held-details.js';
import {ArticleNumbers, builtOfPart, DETAILS_HELD, receivedEvents, sendBuilt, withDetails} from '../../source/ingest/link-worker.js';
import type {Piece} from '../../source/util/write-pieces.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-details-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

const event = (k: number): Event =>
	({
		id: `meeting-${k}`,
		type: 'meeting',
		label: `Meeting ${k}`,
		labelAr: `اجتماع ${k} «جنيف»`,
		date: '2022-01-10',
		end: null,
		place: k % 2 ? 'geneva' : null,
		participants: ['nato', 'russia'],
		articles: k % 4 ? [`a${k}`] : [`a${k}`, `a${k + 1}`],
		mentions: 1,
		sentences: k % 4 ? [`a${k}:3`] : [`a${k + 1}:0`, `a${k}:3`, `a${k}:12`],
		dateClaims: k % 3 ? [{article: `a${k}`, value: '2022-01-10', end: null, sentence: `a${k}:3`}] : [],
		statusClaims: [{article: `a${k}`, status: k % 2 ? 'happened' : 'scheduled', sentence: `a${k}:3`, text: 'عقد\nاللقاء'}],
	}) as unknown as Event;

/** A piece as the text it writes. */
const text = (p: Piece) => (typeof p === 'string' ? p : p.map(x => (typeof x === 'string' ? x : Buffer.from(x).toString('utf8'))).join(''));

describe('the link worker sends the events built, their details and claims held in a file', () => {
	it('gives each event its id, its details, its events.ndjson line and its references as numbers, byte for byte', () => {
		for (const n of [0, 1, 2048, 2049, 4500]) {
			// Founded in an order the numbering does not follow; some details Arabic, some with a newline in a value, one event without.
			const built = (): BuiltEvent[] =>
				Array.from({length: n}, (_, k) => {
					const e = {...event(k), id: ''} as Event;
					if (k !== 3)
						e.mentionDetails = [
							{article: `a${k}`, sentence: `a${k}:1`, numbers: k % 2 ? [{text: 'ثلاثة\nآلاف', value: 3000}] : [], place: null},
						] as unknown as Event['mentionDetails'];
					return {key: `meeting-${k % 7}`, event: e, founder: (k * 7919) % (n + 1)};
				});
			const expected = built().map(b => ({...b, event: {...b.event}}));
			const parts: string[] = [];
			const path = join(work, `details-${n}`);
			const writer = new DetailsWriter(path);
			// Article k is row k, its first sentence 10k (as the spill's rows would number them).
			const numbers = new ArticleNumbers();
			for (let k = 0; k <= n; k++) {
				numbers.set(`a${k}`, 10 * k);
				numbers.next();
			}
			sendBuilt(built(), part => parts.push(part), writer, numbers);
			expect(() => numbers.sentence('b1:0')).toThrow(/article b1, which has no mention/);
			writer.close();
			expect(parts.length).toBe(Math.ceil(n / 2048));
			const {events, details, claims} = receivedEvents(parts.flatMap(builtOfPart));
			const plain = numberEvents(expected);
			expect(events.map(e => e.id)).toEqual(plain.map(e => e.id));
			// Read back in the events' order, not the order written.
			const reader = new DetailsReader(path);
			for (let k = 0; k < events.length; k++) {
				const e = events[k]!;
				expect(e.mentionDetails === undefined || (e.mentionDetails as unknown) === DETAILS_HELD).toBe(true);
				const span = details.get(e.id);
				const {articleNumbers, sentenceNumbers, ...sent} = e;
				const whole = {
					...sent,
					articles: plain[k]!.articles,
					sentences: plain[k]!.sentences,
					dateClaims: plain[k]!.dateClaims,
					statusClaims: plain[k]!.statusClaims,
				};
				expect(text(withDetails(JSON.stringify(whole), span && reader.read(span)))).toBe(JSON.stringify(plain[k]));
				// The references come as numbers, in their order, the ids left out.
				expect([e.articles, e.sentences]).toEqual([[], []]);
				expect(articleNumbers).toEqual(plain[k]!.articles.map(a => Number(a.slice(1))));
				expect(sentenceNumbers).toEqual(plain[k]!.sentences.map(id => 10 * Number(id.slice(1, id.indexOf(':'))) + Number(id.slice(id.indexOf(':') + 1))));
				// The claims come empty, their line held.
				expect([e.dateClaims, e.statusClaims]).toEqual([[], []]);
				expect(Buffer.from(reader.read(claims.get(e.id)!)).toString('utf8')).toBe(claimsLine(plain[k]!));
			}
			reader.close();
		}
	});
});
