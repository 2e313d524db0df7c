// The UI's layout caches hand back what a fresh layout would: the same lines
// for the same paragraph, and a new layout whenever any input differs.
import {describe, expect, it} from 'vitest';
import {layoutParagraph} from '../../source/text/layout.js';
import {layout} from '../../source/ui/text.js';
import {hintTexts} from '../../source/ui/hints.js';
import {keymap, type KeyEntry} from '../../source/ui/keymap.js';
import {wholeHints} from '../../source/ui/components/status-line.js';

const shaped = {reorder: true, shape: true};
const text = 'قال الأمين العام لحلف الناتو (ينس ستولتنبرغ) في بروكسل إن الحلف مستعد للحوار';

describe('layout cache', () => {
	it('gives the lines a fresh layout gives, and the same lines the second time', () => {
		const first = layout(text, 20, shaped, [{start: 4, end: 10, style: 'actor'}]);
		expect(first).toEqual(layoutParagraph(text, 20, {mode: shaped, highlights: [{start: 4, end: 10, style: 'actor'}], align: 'auto'}));
		expect(layout(text, 20, shaped, [{start: 4, end: 10, style: 'actor'}])).toBe(first);
	});

	it('lays out again when the width, mode, highlights or alignment differ', () => {
		const base = layout(text, 20, shaped);
		for (const other of [
			layout(text, 21, shaped),
			layout(text, 20, {reorder: true, shape: false}),
			layout(text, 20, shaped, [{start: 0, end: 3, style: 'verb'}]),
			layout(text, 20, shaped, [], 'left'),
		]) {
			expect(other).not.toEqual(base);
		}
	});
});

describe('status line memos', () => {
	it('hint texts follow a rebound keymap and the mode', () => {
		const hints = ['quit' as const];
		const rebound: KeyEntry[] = keymap.map(e => (e.action === 'quit' ? {...e, keys: ['x']} : e));
		expect(hintTexts(hints, 'browse')).not.toEqual(hintTexts(hints, 'browse', rebound));
		expect(hintTexts(hints, 'browse', rebound)[0]).toMatch(/^x /);
	});

	it('wholeHints fits the hints to each room asked for', () => {
		const hints = ['aaaa', 'bbbb', 'cccc'];
		expect(wholeHints(hints, 20)).toBe('aaaa  bbbb  cccc    ');
		expect(wholeHints(hints, 11)).toBe('aaaa  bbbb ');
		expect(wholeHints(hints, 20)).toBe('aaaa  bbbb  cccc    ');
	});
});
