import {describe, expect, it} from 'vitest';
import type {Event} from '../../source/dataset/schema.js';
import type {BuiltEvent} from '../../source/ingest/events/link.js';
import {builtOfPart, DETAILS_HELD, receivedEvents, sendBuilt, withDetails} from '../../source/ingest/link-worker.js';
import type {Piece} from '../../source/util/write-pieces.js';

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
		articles: [`a${k}`],
		mentions: 1,
		sentences: [`a${k}:3`],
		dateClaims: [],
		statusClaims: [],
	}) as unknown as Event;

/** A piece as the text it writes. */
const text = (p: Piece) => (typeof p === 'string' ? p : p.map(x => (typeof x === 'string' ? x : Buffer.from(x).toString('utf8'))).join(''));

describe('the link worker sends the events built, their details beside them', () => {
	it('gives each event its id and its details, written back where they were, byte for byte', () => {
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
			const parts: Uint8Array[] = [];
			sendBuilt(built(), part => parts.push(part));
			expect(parts.length).toBe(Math.ceil(n / 2048));
			for (const p of parts) expect(p.byteOffset === 0 && p.buffer.byteLength === p.byteLength).toBe(true);
			const {events, details} = receivedEvents(parts.flatMap(builtOfPart));
			const {events: plain} = receivedEvents(expected.map(b => ({...b, details: new Uint8Array()})));
			expect(events.map(e => e.id)).toEqual(plain.map(e => e.id));
			for (let k = 0; k < events.length; k++) {
				const e = events[k]!;
				expect(e.mentionDetails === undefined || (e.mentionDetails as unknown) === DETAILS_HELD).toBe(true);
				expect(text(withDetails(JSON.stringify(e), details.get(e.id)))).toBe(JSON.stringify(plain[k]));
			}
		}
	});
});
