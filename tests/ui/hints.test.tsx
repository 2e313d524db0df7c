// Every key hint on screen is written from the keymap: rebinding a key in the
// table changes the hints, and each hint a mode's bottom line shows names keys
// that mode binds.
import {describe, expect, test} from 'vitest';
import {actionFor, keyLabel, keymap, repeatableKeys, type Action, type KeyEntry, type Mode} from '../../source/ui/keymap.js';
import {hintTexts, keyIn} from '../../source/ui/hints.js';
import {reduce, type State, type UiAction} from '../../source/ui/state.js';
import {mode} from '../../source/ui/navigation.js';
import {modes, screens} from '../../source/ui/screens/index.js';
import {statusParts} from '../../source/ui/components/status-line.js';
import {makeState, renderApp, tick} from './helpers.js';

const key = (action: Action): UiAction => ({type: 'key', action});
const run = (state: State, ...actions: UiAction[]) => actions.reduce(reduce, state);

/** A copy of the keymap with one action on other keys (in every mode that binds it). */
function rebind(action: Action, keys: string[], map: KeyEntry[] = keymap): KeyEntry[] {
	return map.map(entry => (entry.action === action ? {...entry, keys} : entry));
}

/** The state of the mini dataset in each mode, reached by keys as a person would. */
function stateIn(m: Mode, columns = 100): State {
	const s = makeState({columns, rows: 40});
	const steps: Record<Mode, UiAction[]> = {
		browse: [],
		reader: [key('open'), key('open')],
		event: [key('tabEvents'), key('open')],
		compare: [key('tabEvents'), key('compare')],
		help: [key('help')],
		search: [key('search'), {type: 'text', text: 'ستولتنبرج'}],
		prompt: [key('export')],
		menu: [key('mark'), key('export'), key('open')],
	};
	return run(s, ...steps[m]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * True when a hint reads "<keys> <what they do>", its keys being labels of keys
 * bound in the mode, one or several joined as ↑↓, +/- or "Esc or q". Read off
 * the text, not from how hints.ts built it.
 */
function namesBoundKeys(hint: string, m: Mode): boolean {
	const labels = [...new Set(keymap.filter(e => e.modes.includes(m)).flatMap(e => e.keys.filter(k => actionFor(k, m) === e.action).map(keyLabel)))];
	const label = `(?:${labels
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|')})`;
	return new RegExp(`^${label}(?:(?:/| or |)${label})* (?!or )[a-z][a-z ]*$`).test(hint);
}

describe('hints follow the keymap', () => {
	test('export on another key: the browse status line says so, and no longer names e', () => {
		const s = stateIn('browse');
		expect(statusParts(s).hints).toContain('e export');
		const moved = rebind('export', ['x']);
		expect(statusParts(s, moved).hints).toContain('x export');
		expect(statusParts(s, moved).hints.join('  ')).not.toMatch(/\be export/);
	});

	test('a key taken away takes its hint with it', () => {
		const s = stateIn('browse');
		const none = keymap.filter(entry => entry.action !== 'help');
		expect(statusParts(s).hints).toContain('? help');
		expect(statusParts(s, none).hints.some(h => h.endsWith(' help'))).toBe(false);
	});

	test('pairs and alternatives follow their keys: arrows read as ↑↓, others with a slash or "or"', () => {
		const letters = rebind('down', ['j'], rebind('up', ['k']));
		expect(statusParts(stateIn('browse'), letters).hints[0]).toBe('k/j move');
		expect(statusParts(stateIn('reader'), letters).hints[0]).toBe('k/j sentence');
		const fit = rebind('fewerColumns', ['_']);
		expect(statusParts(stateIn('compare'), fit).hints).toContain('+/_ fit');
		expect(hintTexts([{actions: ['back', 'quit'], says: 'back', or: true}], 'help', rebind('quit', ['Q']))).toEqual(['Esc or Q back']);
	});

	test('the export prompt and the search line say what Enter and Esc do, with the keys of the keymap', () => {
		const cancel = rebind('back', ['ctrl+g']);
		expect(statusParts(stateIn('prompt'), cancel).hints).toEqual(['Enter next', 'Ctrl-g cancel']);
		expect(statusParts(stateIn('search'), rebind('open', ['tab'])).hints).toEqual(['↑↓ choose', 'Tab go', 'Esc back']);
	});

	test('keys inside sentences follow too ("press / to search", "(B)")', () => {
		expect(keyIn('search', 'browse')).toBe('/');
		expect(keyIn('search', 'browse', rebind('search', ['s']))).toBe('s');
		expect(keyIn('toggleBidi', 'reader', rebind('toggleBidi', ['ctrl+b']))).toBe('Ctrl-b');
		// Unbound in this mode: the key of another mode, never a key that does something else here.
		expect(keyIn('search', 'prompt')).toBe('/');
	});

	test('only moves repeat in a chunk of keys (the j/k/g/G/h/l/n/N of a typed run)', () => {
		const chars = [...repeatableKeys()].filter(k => k.length === 1).sort();
		expect(chars).toEqual(['G', 'N', 'g', 'h', 'j', 'k', 'l', 'n'].sort());
		expect(repeatableKeys(rebind('down', ['down', 'J'])).has('J')).toBe(true);
	});
});

describe('every mode', () => {
	test.each(modes)('%s: each hint on its bottom line names keys bound in that mode, and none is left out', m => {
		const s = stateIn(m);
		expect(mode(s)).toBe(m);
		const {hints} = statusParts(s);
		expect(hints.length).toBeGreaterThan(0);
		// A hint whose action the mode does not bind would vanish silently: every hint of the screen is shown.
		expect(hints).toHaveLength(screens[m].hints.length);
		for (const hint of hints) expect(namesBoundKeys(hint, m), `${m}: "${hint}"`).toBe(true);
	});

	test('the reader names its keys with the labels of the keymap (the check can fail)', () => {
		expect(namesBoundKeys('b boilerplate', 'reader')).toBe(true);
		expect(namesBoundKeys('x boilerplate', 'reader')).toBe(false);
		expect(namesBoundKeys('Esc or x back', 'help')).toBe(false);
		expect(namesBoundKeys('c compare', 'reader')).toBe(false);
	});

	test.each(modes)('%s: the frame shows those hints', async m => {
		const app = renderApp({state: stateIn(m, 160)});
		await tick();
		const frame = app.lastFrame() ?? '';
		const {hints} = statusParts(stateIn(m, 160));
		// The status line joins hints with two spaces; the prompt and the search summary read as a sentence.
		const joined = m === 'prompt' || m === 'menu' ? hints.join(' · ') : m === 'search' ? hints.join(', ') : hints.join('  ');
		expect(frame).toContain(joined);
		app.unmount();
	});
});
