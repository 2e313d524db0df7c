// Issue 20, points 9 and 10, read off a pseudo-terminal: Arabic typed into the
// search line is laid out (reordered and shaped, as every view's text), the
// comparison's fact cells (Numbers) are laid out, sentence hits name their
// outlet and date, and event labels are not cut at 120 columns.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {keys, type PtySession} from './pty-harness.js';
import {cliSessions} from './cli-session.js';

const SHAPED = /[\uFE70-\uFEFF]/;
/** Arabic letters in stored form (hamza and tatweel have no joining forms, so they may stay). */
const RAW_ARABIC = /[\u0622-\u063F\u0641-\u064A]/;
const startSession = cliSessions();

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const status = (s: PtySession) =>
	s
		.screenLines()
		.filter(l => l.trim())
		.at(-1) ?? '';

async function open(data: string, bidi: 'on' | 'off', size = {cols: 120, rows: 36}): Promise<PtySession> {
	const s = startSession(['--data', data, '--bidi', bidi], {...size, env: {NO_COLOR: '1'}});
	await s.waitForText('Actors ›', 15_000);
	await pause(250);
	return s;
}

describe('the search line', () => {
	const typed = 'ستولتنبرغ';
	test('with --bidi on, typed Arabic is laid out (shaped), not shown in stored order', async () => {
		const s = await open('data/dataset.json', 'on');
		await s.sendKeys('/', typed);
		await s.waitForText('matches');
		const line = s.screenLines().find(l => l.startsWith('/ '));
		expect(line).toBeDefined();
		expect(line).toMatch(SHAPED);
		expect(line).not.toMatch(RAW_ARABIC);
	});
	test('with --bidi off (a terminal that reorders itself), it is passed through as typed', async () => {
		const s = await open('data/dataset.json', 'off');
		await s.sendKeys('/', typed);
		await s.waitForText('matches');
		expect(s.screenLines().find(l => l.startsWith('/ '))).toContain(typed);
	});
	test('sentence hits show their outlet and date', async () => {
		const s = await open('data/dataset.json', 'on');
		await s.sendKeys('/', typed);
		await s.waitForText('matches');
		const hits = s.screenLines().filter(l => l.startsWith('Sentence') || /^\s*›?\s*Sentence/.test(l));
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) expect(hit).toMatch(/Sentence\s+(Unattributed|[A-Z][\w ]+) · (\d{4}-\d{2}-\d{2}|undated) · /);
	});
});

describe('event labels at 120 columns', () => {
	test('every event label shows whole in the Events tab', async () => {
		const s = await open('data/dataset.json', 'on', {cols: 120, rows: 40});
		await s.sendKeys('4');
		await s.waitForText('Events ›');
		await pause(200);
		const labels = (JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {events: {label: string}[]}).events.map(e => e.label);
		// The pane's text, rows joined (a label may wrap onto its second line).
		const pane = s
			.screenLines()
			.map(l => /^[║│](.*?)\s*\d*[║│]/.exec(l)?.[1]?.replace(/^[›\s]+/, '') ?? '')
			.join(' ')
			.replace(/\s+/g, ' ');
		const visible = labels.slice(0, 16);
		for (const label of visible) expect(pane).toContain(label);
	});
});

describe("the comparison's fact cells", () => {
	/** The bundled dataset with an Arabic quantity in each article's first sentence about the NATO–Russia Council. */
	function withArabicNumber(): string {
		const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
		const event = 'meeting-nato-russia-council-2022-01-12';
		let put = 0;
		for (const article of dataset.articles) {
			type Sentence = {text: string; events: string[]; dates: {start: number; end: number}[]; numbers: unknown[]};
			const sentence = (article.sentences as Sentence[]).find(x => x.events.includes(event));
			if (!sentence) continue;
			// A word outside the sentence's dates (a number inside a date is the date's).
			const word = [...sentence.text.matchAll(/[\u0621-\u064A]{4,}/g)].find(
				m => !sentence.dates.some(d => m.index! < d.end && d.start < m.index! + m[0].length),
			);
			if (!word) continue;
			sentence.numbers.push({text: word[0], value: 4, unit: null, start: word.index, end: word.index! + word[0].length});
			// The grid reads the event's mentions: a count the lexicon does not name keeps its Arabic unit.
			type Mention = {sentence: string; numbers: unknown[]};
			const ev = (dataset.events as {id: string; mentionDetails?: Mention[]}[]).find(e => e.id === event);
			const m = ev?.mentionDetails?.find(x => x.sentence === (sentence as unknown as {id: string}).id);
			m?.numbers.push({value: 4, unit: word[0], counts: null, text: `4 ${word[0]}`});
			put++;
		}
		if (put === 0) throw new Error('no sentence to put a number in');
		const path = join(mkdtempSync(join(tmpdir(), 'ce-numbers-')), 'dataset.json');
		writeFileSync(path, JSON.stringify(dataset));
		return path;
	}

	test('an Arabic value in the Numbers row is laid out', {timeout: 60_000}, async () => {
		const s = await open(withArabicNumber(), 'on');
		await s.sendKeys('4');
		await s.waitForText('Events ›');
		for (let i = 0; i < 30 && !/Events › NATO.Russia Council meeting/.test(status(s)); i++) {
			const before = status(s);
			await s.sendKeys('j');
			for (let k = 0; k < 50 && status(s) === before; k++) await pause(40);
		}
		await s.sendKeys(keys.enter);
		await s.waitForText('Reported by');
		await s.sendKeys('c');
		await s.waitForText(/› compare/);
		await pause(200);
		const row = s.screenLines().find(l => /^\s*Numbers/.test(l));
		expect(row, s.screen()).toBeDefined();
		expect(row).toMatch(SHAPED);
		expect(row).not.toMatch(RAW_ARABIC);
	});
});
