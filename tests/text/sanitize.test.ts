import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitize, sanitizeLines, sanitizeWithMap} from '../../source/text/sanitize.js';

const forbidden = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('sanitize', () => {
	it('makes terminal escape sequences visible instead of obeyed', () => {
		expect(sanitize('a\x1b[2Jb')).toBe('a␛[2Jb');
		// OSC 52 clipboard write, terminated by BEL
		expect(sanitize('\x1b]52;c;ZXZpbA==\x07')).toBe('␛]52;c;ZXZpbA==␇');
		// OSC 8 hyperlink, terminated by ST (ESC \)
		expect(sanitize('\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\')).toBe('␛]8;;https://evil.example␛\\click␛]8;;␛\\');
		expect(sanitize('ding\x07')).toBe('ding␇');
		expect(sanitize('\x9b2J')).toBe('⟨U+009B⟩2J');
		expect(sanitize('back\bspace\rcr\x7f')).toBe('back␈space␍cr␡');
	});

	it('shows bidi overrides and isolates by name', () => {
		expect(sanitize('abc\u202Edef\u202C')).toBe('abc⟨RLO⟩def⟨PDF⟩');
		expect(sanitize('\u2066x\u2069\u2067\u2068\u202A\u202B\u202D')).toBe('⟨LRI⟩x⟨PDI⟩⟨RLI⟩⟨FSI⟩⟨LRE⟩⟨RLE⟩⟨LRO⟩');
	});

	it('keeps tabs as spaces, marks as they are, and repairs lone surrogates', () => {
		expect(sanitize('a\tb')).toBe('a b');
		expect(sanitize('نص\u200Fآخر')).toBe('نص\u200Fآخر');
		expect(sanitize('x\uD800y\uDC00')).toBe('x\uFFFDy\uFFFD');
		expect(sanitize('😀')).toBe('😀');
	});

	it('shows invisible format characters as placeholders (issue 18, point 9)', () => {
		expect(sanitize('a\u{E0041}\u{E007F}b')).toBe('a⟨U+E0041⟩⟨U+E007F⟩b');
		expect(sanitize('\u206A\u206F\uFFF9\uFFFB\u2061\u2064')).toBe('⟨U+206A⟩⟨U+206F⟩⟨U+FFF9⟩⟨U+FFFB⟩⟨U+2061⟩⟨U+2064⟩');
		// Other astral characters stay (emoji, and U+E0000, which is not a tag).
		expect(sanitize('😀\u{E0000}')).toBe('😀\u{E0000}');
		const {text, map} = sanitizeWithMap('x\u{E0041}y');
		expect(text).toBe('x⟨U+E0041⟩y');
		expect(map[0]).toBe(0);
		expect(map.at(-1)).toBe(3);
	});

	it('sanitizeLines keeps line feeds and a CR before one, nothing else', () => {
		expect(sanitizeLines('a\nb\r\nc\rd\u001B[2J\n')).toBe('a\nb\r\nc␍d␛[2J\n');
		expect(sanitizeLines('plain\ntext')).toBe('plain\ntext');
	});

	it('returns the very same string when nothing needs replacing', () => {
		const text = 'قال ستولتنبرغ إن «الحلف» مستعد (12/01/2022)';
		expect(sanitize(text)).toBe(text);
	});

	it('maps every output character back to the input character it came from', () => {
		const {text, map} = sanitizeWithMap('a\u202Eb');
		expect(text).toBe('a⟨RLO⟩b');
		expect(map).toEqual([0, 1, 1, 1, 1, 1, 2]);
	});

	it('never lets a control character through, for any string', () => {
		const anyCodePoints = fc.array(fc.integer({min: 0, max: 0x10ffff}), {maxLength: 40}).map(points => points.map(p => String.fromCodePoint(p)).join(''));
		const anyUnits = fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 40}).map(u => String.fromCharCode(...u));
		fc.assert(
			fc.property(fc.oneof(fc.string({unit: 'binary'}), anyCodePoints, anyUnits), input => {
				const output = sanitize(input);
				expect(output).not.toMatch(forbidden);
				expect(output).not.toMatch(loneSurrogate);
				expect(sanitizeWithMap(input).map.length).toBe(output.length);
			}),
			{numRuns: 2000},
		);
	});
});
