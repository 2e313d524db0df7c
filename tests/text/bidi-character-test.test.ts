// Our use of bidi-js (paragraph direction, reordering) against a sample of the
// Unicode Consortium's conformance data; see the fixture's header for origin.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {paragraphDirection, visualOrder} from '../../source/text/reorder.js';

const fixture = new URL('../fixtures/bidi/BidiCharacterTest.sample.txt', import.meta.url);
const cases = readFileSync(fixture, 'utf8')
	.split('\n')
	.filter(line => line && !line.startsWith('#'))
	.map(line => {
		const [points, direction, paragraphLevel, levels, order] = line.split(';');
		return {
			line,
			points: points!.split(' ').map(p => parseInt(p, 16)),
			direction: (['ltr', 'rtl', 'auto'] as const)[Number(direction)]!,
			paragraphLevel: Number(paragraphLevel),
			levels: levels!.split(' '),
			order: order!.trim() === '' ? [] : order!.trim().split(' ').map(Number),
		};
	});

describe('BidiCharacterTest sample', () => {
	it('has a few hundred lines covering Arabic, Hebrew, numbers, marks and brackets', () => {
		expect(cases.length).toBeGreaterThan(250);
		const all = cases.flatMap(c => c.points);
		expect(all.some(p => p >= 0x0620 && p <= 0x064a)).toBe(true);
		expect(all.some(p => p >= 0x0660 && p <= 0x0669)).toBe(true);
		expect(all.some(p => p >= 0x05d0 && p <= 0x05ea)).toBe(true);
		expect(all.some(p => /\p{Mn}/u.test(String.fromCodePoint(p)))).toBe(true);
		expect(all.some(p => p === 0x28 || p === 0x5b)).toBe(true);
	});

	it('gives the expected visual order for every line', () => {
		const failures: string[] = [];
		for (const c of cases) {
			const text = String.fromCodePoint(...c.points);
			// bidi-js works in UTF-16 code units, the test data in code points.
			const pointOf: number[] = [];
			c.points.forEach((p, k) => {
				pointOf.push(k);
				if (p > 0xffff) pointOf.push(k);
			});
			const seen = new Set<number>();
			const visual: number[] = [];
			for (const unit of visualOrder(text, c.direction).order) {
				const k = pointOf[unit]!;
				if (c.levels[k] === 'x' || seen.has(k)) continue;
				seen.add(k);
				visual.push(k);
			}
			if (visual.join(' ') !== c.order.join(' ')) failures.push(`${c.line}\n   got ${visual.join(' ')}`);
		}
		expect(failures).toEqual([]);
	});

	it('finds the paragraph direction from the first strong character', () => {
		// Our P2–P3 does not skip isolates (the sanitiser replaces them before
		// layout), so lines with isolate controls are left out.
		const auto = cases.filter(c => c.direction === 'auto' && !c.points.some(p => p >= 0x2066 && p <= 0x2069));
		expect(auto.length).toBeGreaterThan(10);
		for (const c of auto) {
			const expected = c.paragraphLevel === 1 ? 'rtl' : 'ltr';
			expect(paragraphDirection(String.fromCodePoint(...c.points)), c.line).toBe(expected);
		}
	});
});
