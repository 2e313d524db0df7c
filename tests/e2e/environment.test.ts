// The explorer and the environment it starts in: CI set in the shell (CI=1 is
// common in containers and dotfiles) must not leave it blank, and a terminal
// that cannot move the cursor (TERM=dumb) gets the hint a pipe gets.
import {beforeAll, describe, expect, test} from 'vitest';
import {buildCli} from '../cli/helpers.js';
import {startCli, type PtySession} from './pty-harness.js';

const script = process.env.E2E_SCRIPT;
beforeAll(() => {
	if (!script) buildCli();
}, 120_000);

const sessions: PtySession[] = [];
const start = (env: Record<string, string>) => {
	const s = startCli(['--data', 'data/dataset.json', '--bidi', 'on'], {cols: 100, rows: 30, script, env});
	sessions.push(s);
	return s;
};

describe('the explorer and the environment', () => {
	test.each([
		['CI=1', {CI: '1'}],
		['CI=true and CONTINUOUS_INTEGRATION=1', {CI: 'true', CONTINUOUS_INTEGRATION: '1'}],
	])(
		'draws as usual with %s',
		async (_, env) => {
			const s = start(env);
			try {
				// Ink's CI mode would draw nothing until exit.
				await s.waitForText('Actors ›', 15_000);
				expect(s.screen()).toMatch(/Days[\s\S]*Actors[\s\S]*Sources[\s\S]*Events/);
				await new Promise(resolve => setTimeout(resolve, 250));
				await s.sendKeys('q');
				expect(await s.waitForExit()).toBe(0);
			} finally {
				s.kill();
			}
		},
		30_000,
	);

	test('refuses TERM=dumb with a hint, exit 2', async () => {
		const s = start({TERM: 'dumb'});
		try {
			expect(await s.waitForExit(15_000)).toBe(2);
			expect(s.screen()).toMatch(/TERM=dumb: this terminal cannot draw the full-screen explorer/);
			expect(s.screen()).toContain("'crisis-explorer --help'");
			// Nothing full-screen was attempted.
			expect(s.raw()).not.toContain('\u001b[?1049h');
		} finally {
			s.kill();
		}
	}, 30_000);
});
