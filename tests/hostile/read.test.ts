// The reader's repairs, unit by unit: each of these failed before its fix.
import {describe, expect, it} from 'vitest';
import {breakLongLines, decodeArticle, MAX_LINE} from '../../source/ingest/read.js';
import {validateDataset} from '../../source/dataset/load.js';

const arabic = 'قال الأمين العام إن الاجتماع سيعقد في بروكسل. ';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
	it('names a removed byte-order mark (TextDecoder used to drop it silently)', () => {
		const out = decodeArticle('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(arabic)]));
		expect(out.ok && out.repairs).toEqual(['byte-order mark removed']);
		expect(out.ok && out.article.text.charCodeAt(0)).not.toBe(0xfeff);
	});

	it('names a BOM also when the rest is not valid UTF-8', () => {
		const out = decodeArticle('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(arabic.repeat(5)), 0xff]));
		expect(out.ok && out.repairs).toEqual(['1 invalid UTF-8 sequence replaced with U+FFFD', 'byte-order mark removed']);
	});

	it('says UTF-16 instead of "binary"', () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabic, 'utf16le')]);
		expect(decodeArticle('a.txt', utf16)).toEqual({ok: false, file: 'a.txt', reason: 'UTF-16 text (convert it to UTF-8)'});
	});

	it(`breaks a line longer than ${MAX_LINE} characters and says so`, () => {
		const out = decodeArticle('a.txt', bytes(arabic.repeat(2000)));
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.repairs[0]).toMatch(/^1 line longer than 10000 characters broken at sentence ends/);
		for (const line of out.article.text.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
	});
});

describe('breakLongLines', () => {
	it('leaves ordinary text alone', () => {
		expect(breakLongLines(`${arabic}\n${arabic}`)).toBeNull();
	});

	it('breaks after a sentence end, turning the space into the newline (offsets do not move)', () => {
		const text = arabic.repeat(60);
		const out = breakLongLines(text, 500)!;
		expect(out.text.length).toBe(text.length);
		expect(out.text.replaceAll('\n', ' ')).toBe(text);
		for (const line of out.text.split('\n').slice(0, -1)) {
			expect(line.length).toBeLessThanOrEqual(500);
			expect(line.endsWith('.')).toBe(true);
		}
	});

	it('hard-breaks a line without spaces, never inside a surrogate pair', () => {
		const text = '😀'.repeat(1000);
		const out = breakLongLines(text, 301)!;
		const lines = out.text.split('\n');
		expect(lines.join('')).toBe(text);
		for (const line of lines) {
			expect(line.length).toBeLessThanOrEqual(301);
			expect(line).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
		}
	});

	it('is linear: a 5 MB line is broken in well under a second', () => {
		const text = arabic.repeat(Math.ceil((5 * 1024 * 1024) / bytes(arabic).length));
		const started = performance.now();
		const out = breakLongLines(text)!;
		expect(performance.now() - started).toBeLessThan(2000);
		expect(out.lines).toBe(1);
	});
});

describe('dataset errors never echo raw controls', () => {
	it('a control-laden bad value is shown with placeholders (it used to reach stderr raw)', async () => {
		const {miniDataset} = await import('../fixtures/mini-dataset.js');
		const data = structuredClone(miniDataset) as {events: Array<{date: string | null}>};
		data.events[0]!.date = '\u001B[2J\u001B]52;c;eA==\u0007';
		let message = '';
		try {
			validateDataset(data, 'x.json');
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toMatch(/^x\.json: events\[0\]\.date: /);
		expect(message).toContain("got '␛[2J␛]52;c;eA==␇'");
		expect(message).not.toMatch(/[\u0000-\u001F]/);
	});
});
