import {describe, expect, it} from 'vitest';
import type {Event} from '../../source/dataset/schema.js';
import {itemsOfPart, sendParts} from '../../source/ingest/link-worker.js';

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

describe('the link worker sends its events in parts', () => {
	it('gives back every event, in order, across several parts', () => {
		for (const n of [0, 1, 2048, 2049, 5000]) {
			const events = Array.from({length: n}, (_, k) => event(k));
			const parts: Uint8Array[] = [];
			sendParts(events, (part: Uint8Array) => parts.push(part));
			expect(parts.length).toBe(Math.ceil(n / 2048));
			// Each part a buffer of its own (a transferred one must not be Buffer's shared pool).
			for (const p of parts) expect(p.byteOffset === 0 && p.buffer.byteLength === p.byteLength).toBe(true);
			expect(parts.flatMap(part => itemsOfPart<Event>(part))).toEqual(events);
		}
	});
});
