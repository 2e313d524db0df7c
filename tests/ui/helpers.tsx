// Shared set-up for the UI tests: the mini dataset behind the real query and
// search modules, rendered through the real App.
import {render} from 'ink-testing-library';
import {miniDataset} from '../fixtures/mini-dataset.js';
import {buildQuery} from '../../source/query/build.js';
import {App, type AppIo} from '../../source/ui/app.js';
import {initialState, type Deps, type State} from '../../source/ui/state.js';
import {comparisonCache, compareDeps} from '../../source/ui/compare-deps.js';
import type {Display} from '../../source/ui/components/context.js';

export const query = buildQuery(miniDataset);
const session = query.searchSession({});
const comparison = comparisonCache(query);
export const deps: Deps = {search: text => session.update(text), ...compareDeps(comparison)};

export function makeState(options: {columns?: number; rows?: number} = {}): State {
	return initialState(query, {columns: options.columns ?? 100, rows: options.rows ?? 30, deps});
}

export const display: Display = {
	color: false,
	shaping: {reorder: false, shape: false},
	bidi: {reorder: false, shape: false, mode: 'off', reason: 'test'},
};

export function renderApp(options: {columns?: number; rows?: number; io?: Partial<AppIo>; state?: State} = {}) {
	const written: string[] = [];
	const io: AppIo = {
		exportMarked: async () => {
			throw new Error('no export in this test');
		},
		writeRaw: data => written.push(data),
		comparison,
		...options.io,
	};
	const result = render(<App initial={options.state ?? makeState(options)} display={display} io={io} />);
	return {...result, written};
}

export const tick = (ms = 30) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Waits until the frame has not changed for `quietMs` (at most `maxMs`): after a
 * key that opens a screen or a menu, so a test reads the frame a person would
 * see before typing on. (The export menus once lost a key sent this early: they
 * read keys themselves; now the app's router does, tests/ui/export-prompt.)
 */
export async function settle(app: {lastFrame(): string | undefined}, quietMs = 80, maxMs = 3000): Promise<void> {
	const until = Date.now() + maxMs;
	let previous = app.lastFrame();
	while (Date.now() < until) {
		await tick(quietMs);
		const now = app.lastFrame();
		if (now === previous) return;
		previous = now;
	}
}

/** Keys after which a screen or a menu opens (Enter, the export key, Esc): the next key waits for it to settle. */
export const OPENS = new Set(['\r', 'e', '\u001B']);

/**
 * Waits until the app's last frame contains `text` (or `timeout` ms pass), for
 * what arrives after a promise settles: a fixed tick is enough on an idle
 * machine and flaky on a loaded one. The caller still asserts on the frame.
 */
export async function frameContaining(app: {lastFrame(): string | undefined}, text: string, timeout = 3000): Promise<string> {
	const until = Date.now() + timeout;
	let frame = app.lastFrame() ?? '';
	while (!frame.includes(text) && Date.now() < until) {
		await tick(10);
		frame = app.lastFrame() ?? '';
	}
	return frame;
}
