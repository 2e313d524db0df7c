// Issue 5, checks 2 and 3: the first body sentence of article 000 in the
// article reader, read off a pseudo-terminal at 100×30. With --bidi on
// --no-shape each of its screen rows must equal GNU FriBidi's visual order of
// that row's logical text and stand right-aligned in the reader; with --bidi
// off the same rows hold the logical text unchanged. The FriBidi output is a
// fixture (tests/scripts/fribidi-fixtures.mjs regenerates it), so this test
// needs no system package.
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {keys, type PtySession} from './pty-harness.js';
import {cliSessions} from './cli-session.js';

type Fixture = {columns: number; rows: number; readerWidth: number; sentence: string; lines: Array<{logical: string; fribidi: string}>};
const fixture = JSON.parse(readFileSync('tests/fixtures/bidi/reader-rows.json', 'utf8')) as Fixture;
const dataPath = 'data/dataset.json';
// The reader's text area: a two-column gutter, then readerWidth columns.
const left = 2;
const right = left + fixture.readerWidth;

const startSession = cliSessions();

/** Open the reader on article 000 the way a person would: Actors, Enter, Enter on the first sentence. */
async function openReader(bidi: 'on' | 'off'): Promise<PtySession> {
	const s = startSession(['--data', dataPath, '--bidi', bidi, '--no-shape'], {cols: fixture.columns, rows: fixture.rows});
	await s.waitForText('Actors ›', 15_000);
	await new Promise(resolve => setTimeout(resolve, 250));
	// Actors → the first actor's sentences → the first one in article 000 → reader.
	await s.sendKeys('2', keys.enter);
	await s.waitForText(/Actors › .* › \d+ sentences/);
	await s.sendKeys(keys.enter);
	await s.waitForText('Reader ›');
	await s.waitForText('000_');
	return s;
}

const text = (s: PtySession) => s.screenLines().map(row => Array.from(row));
const slice = (row: string[], from: number, to: number) => row.slice(from, to).join('');

describe.skipIf(!existsSync(dataPath))('Arabic in the article reader at 100×30', () => {
	test('the fixture still matches the dataset (regenerate with tests/scripts/fribidi-fixtures.mjs)', () => {
		const dataset = JSON.parse(readFileSync(dataPath, 'utf8')) as {articles: Array<{sentences: Array<{id: string; text: string}>}>};
		const sentence = dataset.articles.flatMap(a => a.sentences).find(x => x.id === fixture.sentence);
		expect(sentence?.text.replace(/ +/g, ' ')).toBe(fixture.lines.map(l => l.logical).join(' '));
	});

	test("--bidi on --no-shape: each row of the sentence is FriBidi's visual order, right-aligned", async () => {
		const s = await openReader('on');
		for (const line of fixture.lines) {
			const rows = text(s);
			const row = rows.find(r => slice(r, left, right).trim() === line.fribidi);
			expect(row, `no screen row shows\n${line.fribidi}\nscreen:\n${s.screen()}`).toBeDefined();
			// Right-aligned: the text ends at the reader's right edge, and any padding is on the left.
			const area = slice(row!, left, right);
			expect(area.trimEnd()).toBe(area);
			expect(area.length).toBe(fixture.readerWidth);
		}
		// Wrapped into more than one row, the first row is full width up to a word.
		expect(fixture.lines.length).toBeGreaterThan(1);
	}, 40_000);

	test('--bidi off: the same rows hold the logical text unchanged, left-aligned', async () => {
		const s = await openReader('off');
		for (const line of fixture.lines) {
			const row = text(s).find(r => slice(r, left, right).trim() === line.logical);
			expect(row, `no screen row shows\n${line.logical}\nscreen:\n${s.screen()}`).toBeDefined();
			expect(slice(row!, left, right).startsWith(line.logical)).toBe(true);
		}
	}, 40_000);
});
