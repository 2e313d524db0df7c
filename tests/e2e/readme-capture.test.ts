// Issue 20, point 13: the README's screen capture is what the explorer draws.
// The explorer is started on the bundled dataset at the capture's size, as
// tests/e2e/capture-browse.ts does (which rewrites the capture: then
// `npm run docs`), and its screen must equal README.md's capture block.
import {readFileSync} from 'node:fs';
import {beforeAll, expect, test} from 'vitest';
import {startCli} from './pty-harness.js';
import {buildCli} from '../cli/helpers.js';

const script = process.env.E2E_SCRIPT;

beforeAll(() => {
	if (!script) buildCli();
}, 120_000);

function readmeCapture(): string[] {
	const readme = readFileSync('README.md', 'utf8');
	const match = /<!-- capture:start -->\n([\s\S]*?)\n<!-- capture:end -->/.exec(readme);
	if (!match) throw new Error('README.md has no capture block');
	return match[1]!.split('\n');
}

test('README.md shows the browse screen the explorer draws on the bundled dataset', async () => {
	const capture = readmeCapture();
	const s = startCli(['--data', 'data/dataset.json', '--bidi', 'on'], {cols: 100, rows: 30, script});
	try {
		await s.waitForText('Actors ›', 15_000);
		// The first frame is followed by late ones (warm-up): wait until the screen holds still.
		let last = '';
		for (let i = 0; i < 40; i++) {
			await new Promise(resolve => setTimeout(resolve, 150));
			const now = s.screen();
			if (now === last) break;
			last = now;
		}
		const screen = s
			.screenLines()
			.map(line => line.trimEnd())
			.join('\n')
			.trimEnd()
			.split('\n');
		expect(capture).toEqual(screen);
		expect(readFileSync('tests/e2e/browse-capture.txt', 'utf8').trimEnd().split('\n')).toEqual(screen);
	} finally {
		s.kill();
	}
}, 60_000);
