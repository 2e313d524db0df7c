// Issue 18, point 18: the search line has a length limit. A 75 KB paste
// garbled the screen until Ctrl-U; now the line keeps SEARCH_MAX characters
// and the status line says it was cut. Checked on the reducer, on the app
// rendered in-process, and as a real bracketed paste in a pseudo-terminal.
import {EventEmitter} from 'node:events';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {SEARCH_MAX} from '../../source/ui/screens/search/reducer.js';
import {reduce, type State} from '../../source/ui/state.js';
import {buildCli} from '../cli/helpers.js';
import {keys, startCli, type PtySession} from '../e2e/pty-harness.js';
import {makeState, renderApp, tick} from '../ui/helpers.js';
import {ingestHostile} from './helpers.js';

const huge = 'ستولتنبرغ قال '.repeat(6000); // ~84,000 characters
const key = (input: string) => ({type: 'input' as const, input, key: {} as never, now: new Date(0)});

function openSearch(): State {
	return reduce(makeState(), key('/'));
}

describe('point 18: the search line is capped, and says so', () => {
	test('a paste keeps the first SEARCH_MAX characters; the status message says the line was cut', () => {
		expect(SEARCH_MAX).toBeLessThanOrEqual(1000);
		const s = reduce(openSearch(), {type: 'paste', text: huge});
		expect(s.overlay?.kind).toBe('search');
		const text = (s.overlay as {text: string}).text;
		expect([...text]).toHaveLength(SEARCH_MAX);
		expect(huge.startsWith(text)).toBe(true);
		expect(s.message).toMatch(new RegExp(`cut at its limit of ${SEARCH_MAX}`));
	});

	test('typing at the limit adds nothing and says why; Backspace still works', () => {
		const full = reduce(openSearch(), {type: 'paste', text: 'x'.repeat(SEARCH_MAX)});
		expect(full.message ?? null).toBeNull();
		const more = reduce(full, {type: 'text', text: 'y'});
		expect((more.overlay as {text: string}).text).toBe('x'.repeat(SEARCH_MAX));
		expect(more.message).toMatch(/cut at its limit/);
		const back = reduce(more, {type: 'backspace'});
		expect((back.overlay as {text: string}).text).toHaveLength(SEARCH_MAX - 1);
	});

	test('the app: after the paste the frame fits the terminal and shows the message', async () => {
		const pastes = new EventEmitter();
		const app = renderApp({columns: 100, rows: 30, io: {pastes}});
		app.stdin.write('/');
		await tick(60);
		pastes.emit('paste', huge);
		let frame = '';
		for (let waited = 0; waited < 3000 && !frame.includes('cut at its limit'); waited += 30) {
			await tick(30);
			frame = app.lastFrame() ?? '';
		}
		expect(frame).toMatch(/cut at its limit/);
		expect(frame.split('\n').length).toBeLessThanOrEqual(30);
		app.unmount();
	});
});

describe('point 18 in a pseudo-terminal: a 75 KB bracketed paste', () => {
	let data: string;
	let session: PtySession | undefined;
	beforeAll(() => {
		buildCli();
		data = ingestHostile().data;
	}, 120_000);
	afterEach(() => session?.kill('SIGKILL'));

	test('the screen keeps its frame and the status line says the line was cut; Ctrl-U not needed', async () => {
		const s = startCli(['--data', data, '--bidi', 'off'], {cols: 100, rows: 30});
		session = s;
		await s.waitForText('Actors ›', 20_000);
		await s.sendKeys('/');
		await s.waitForText('Search', 10_000);
		const paste = 'abc def '.repeat(75_000 / 8);
		s.pty.write(`\u001B[200~${paste}\u001B[201~`);
		await s.waitForText('cut at its limit', 20_000);
		const lines = s.screenLines();
		expect(lines[0]).toContain('Search');
		expect(s.wrappedRows(), 'no frame line wraps').toEqual([]);
		await s.sendKeys(keys.escape);
		await s.waitForText('Actors ›', 10_000);
		await s.sendKeys('q');
		expect(await s.waitForExit(10_000)).toBe(0);
	}, 90_000);
});
