// Routes one chunk of terminal input to reducer actions, once, by mode.
// A chunk is either one key Ink has already parsed, or several characters read
// together (key repeat, fast typing, a busy app, or a paste). Ink splits escape
// sequences out of a chunk but leaves runs like "2\r" or "abc\r" whole, so
// control characters inside a run are split off here and routed as the keys
// they are.
import type {Key} from 'ink';
import {actionFor, keyToken, repeatableKeys, type Action, type Mode} from './keymap.js';
import type {UiAction} from './state.js';
import {modes, screens} from './screens/index.js';

// The modes whose screen is a line letters are typed into, and the key action that opens each.
const textModes = new Set<Mode>(modes.filter(m => screens[m].text));
const opens = new Map<Action, Mode>(modes.flatMap(m => (screens[m].text ? [[screens[m].text.openedBy, m] as const] : [])));
// Only keys whose keymap entry repeats (moves: j k g G h l n N) may be applied
// from a mixed multi-character chunk: a paste of "hello" must not export (e) or
// quit (q), but "jjj" or "jk" is typing.
const repeatable = repeatableKeys();

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const splitControls = /([\u0000-\u001a\u001c-\u001f\u007f])/;

/** The key Ink would have reported for a lone control character. */
function controlKey(c: string): Partial<Key> {
	if (c === '\r' || c === '\n') return {return: true};
	if (c === '\t') return {tab: true};
	if (c === '\u007f' || c === '\b') return {backspace: true};
	return {ctrl: true};
}

function controlInput(c: string): string {
	const code = c.codePointAt(0)!;
	// Ctrl-A … Ctrl-Z arrive as 0x01 … 0x1a; Ink reports them as the letter.
	return code >= 1 && code <= 26 && !['\r', '\n', '\t', '\b'].includes(c) ? String.fromCodePoint(code + 96) : c;
}

export function routeInput(mode: Mode, input: string, key: Partial<Key>): UiAction[] {
	if (input.length > 1 && !input.startsWith('\u001B') && splitControls.test(input)) return routeMixed(mode, input);
	return routeOne(mode, input, key);
}

// A run such as "2\r" (typed quickly) or "file.csv\r": its printable parts and
// its control keys in order. A printable part that routeOne refuses as a paste
// outside the text modes makes the whole run a paste, dropped as one.
function routeMixed(mode: Mode, input: string): UiAction[] {
	const parts = input.split(splitControls).filter(Boolean);
	const actions: UiAction[] = [];
	let current = mode;
	for (const part of parts) {
		const isControl = part.length === 1 && splitControls.test(part);
		const next = isControl ? routeOne(current, controlInput(part), controlKey(part)) : routeOne(current, part, {});
		if (!isControl && next.length === 0 && !textModes.has(current)) return [];
		actions.push(...next);
		// Enter or Esc may leave a text mode; later parts are keys again. Good enough
		// to follow the overlay open/close, which is what changes how text is read.
		for (const a of next) if (a.type === 'key' && opens.has(a.action)) current = opens.get(a.action)!;
		if (textModes.has(current) && next.some(a => a.type === 'key' && (a.action === 'open' || a.action === 'back'))) current = 'browse';
	}
	return actions;
}

function routeOne(mode: Mode, input: string, key: Partial<Key>): UiAction[] {
	const special =
		key.upArrow ||
		key.downArrow ||
		key.leftArrow ||
		key.rightArrow ||
		key.pageUp ||
		key.pageDown ||
		key.return ||
		key.escape ||
		key.tab ||
		key.backspace ||
		key.delete ||
		key.home ||
		key.end ||
		key.ctrl;
	if (textModes.has(mode)) {
		if (special) {
			const token = keyToken(input, key);
			if (token === 'backspace') return [{type: 'backspace'}];
			const action = token ? actionFor(token, mode) : undefined;
			return action ? [{type: 'key', action}] : [];
		}
		if (key.meta) return [];
		const text = input.replace(controls, '');
		return text ? [{type: 'text', text}] : [];
	}
	if (special || input.length <= 1 || [...input].length === 1) {
		const token = keyToken(input, key);
		const action = token ? actionFor(token, mode) : undefined;
		return action ? [{type: 'key', action}] : [];
	}
	if (key.meta) return [];
	const chars = [...input];
	const same = chars.every(c => c === chars[0]);
	if (!same && !chars.every(c => repeatable.has(c))) return [];
	const actions: UiAction[] = [];
	for (const c of chars) {
		const action = actionFor(c === ' ' ? 'space' : c, mode);
		if (action) actions.push({type: 'key', action});
	}
	return actions;
}
