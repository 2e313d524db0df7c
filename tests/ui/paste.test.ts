// Bracketed paste is split from key input before Ink parses keys.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {PasteSplitter} from '../../source/ui/paste.js';

const S = '\u001B[200~';
const E = '\u001B[201~';

describe('PasteSplitter', () => {
	it('passes keys through and takes pastes out', () => {
		const p = new PasteSplitter();
		expect(p.push(`j${S}q hello${E}k`)).toEqual({keys: 'jk', pastes: ['q hello']});
	});

	it('follows pastes and markers split across reads', () => {
		const p = new PasteSplitter();
		expect(p.push('j\u001B[20')).toEqual({keys: 'j', pastes: []});
		expect(p.push('0~abc\u001B[2')).toEqual({keys: '', pastes: []});
		expect(p.push('01~x')).toEqual({keys: 'x', pastes: ['abc']});
	});

	it('holds a lone Esc back only until flushed', () => {
		const p = new PasteSplitter();
		expect(p.push('\u001B')).toEqual({keys: '', pastes: []});
		expect(p.flush()).toBe('\u001B');
	});

	it('keeps other escape sequences as keys', () => {
		const p = new PasteSplitter();
		expect(p.push('\u001B[A\u001B[15~')).toEqual({keys: '\u001B[A\u001B[15~', pastes: []});
	});

	it('loses nothing and invents nothing, however the input is chunked', () => {
		const keyText = fc.stringMatching(/^[a-z\u001B[\]0-9~]{0,8}$/).filter(s => !s.includes('\u001B[20'));
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						keyText,
						fc.string({maxLength: 8}).filter(s => !s.includes('\u001B')),
					),
					{maxLength: 5},
				),
				fc.integer({min: 1, max: 7}),
				(parts, size) => {
					const whole = parts.map(([k, p]) => `${k}${S}${p}${E}`).join('');
					const splitter = new PasteSplitter();
					let keys = '';
					const pastes: string[] = [];
					for (let i = 0; i < whole.length; i += size) {
						const r = splitter.push(whole.slice(i, i + size));
						keys += r.keys;
						pastes.push(...r.pastes);
					}
					keys += splitter.flush();
					expect(keys).toBe(parts.map(([k]) => k).join(''));
					expect(pastes).toEqual(parts.map(([, p]) => p));
				},
			),
			{numRuns: 300},
		);
	});
});
