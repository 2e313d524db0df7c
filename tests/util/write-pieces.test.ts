import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {writePieces} from '../../source/util/write-pieces.js';

const dir = mkdtempSync(join(tmpdir(), 'ce-pieces-'));

describe('writePieces', () => {
	it('writes head, the pieces joined and tail, byte for byte, whatever the batch (JSON.stringify of an array, Arabic included)', () => {
		let n = 0;
		fc.assert(
			fc.property(
				fc.array(fc.record({label: fc.constantFrom('قمة جنيف', 'talks', ''), n: fc.integer()}), {maxLength: 40}),
				fc.integer({min: 1, max: 7}),
				(events, batch) => {
					const path = join(dir, `list-${n++}.json`);
					writePieces(path, events.length, k => JSON.stringify(events[k]), ',', '[', ']\n', batch);
					expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(events)}\n`);
					const lines = events.map(e => `${JSON.stringify(e)}\n`);
					writePieces(path, lines.length, k => lines[k]!, '', '', '', batch);
					expect(readFileSync(path, 'utf8')).toBe(lines.join(''));
				},
			),
			{numRuns: 200},
		);
	});

	it('writes pieces given as text and UTF-8 bytes in turn as the same text', () => {
		let n = 0;
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.tuple(fc.constantFrom('قمة', '{"a":1}', ',', ''), fc.boolean()), {maxLength: 4}), {maxLength: 30}),
				fc.integer({min: 1, max: 7}),
				(pieces, batch) => {
					const path = join(dir, `bytes-${n++}.json`);
					const text = pieces.map(p => p.map(([t]) => t).join(''));
					// Some pieces plain text, the others in parts, some parts as bytes.
					const given = pieces.map((p, k) => (k % 3 === 0 ? text[k]! : p.map(([t, asBytes]) => (asBytes ? Buffer.from(t, 'utf8') : t))));
					writePieces(path, given.length, k => given[k]!, ';', '[', ']', batch);
					expect(readFileSync(path, 'utf8')).toBe(`[${text.join(';')}]`);
				},
			),
			{numRuns: 200},
		);
	});
});
