// Routes one chunk of terminal input to reducer actions, once, by mode.
// A chunk is either one key Ink has already parsed, or several printable
// characters read together (key repeat, fast typing, or a paste).
import type {Key} from 'ink';
import {actionFor, keyToken, type Mode} from './keymap.js';
import type {UiAction} from './state.js';

const textModes = new Set<Mode>(['search', 'prompt']);
// Only these may be applied from a mixed multi-character chunk: a paste of
// "hello" must not export (e) or quit (q), but "jjj" or "jk" is typing.
const repeatable = new Set(['j', 'k', 'g', 'G', 'h', 'l', 'n', 'N']);

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f]/g;

export function routeInput(mode: Mode, input: string, key: Partial<Key>): UiAction[] {
	const special = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.return || key.escape || key.tab || key.backspace || key.delete || key.home || key.end || key.ctrl;
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
