// The export prompt: a file name to type, proposed with a timestamp; then two
// menus, the format (the name's extension chosen first) and the unit (sentences,
// their articles or their events); Enter on the last asks the app to write the
// file. When the file exists the app says so and the prompt offers to
// overwrite it. While a menu is shown the app is in the `menu` mode (menu.ts):
// the app's one input router moves its cursor (`choice`) and picks, and
// ink-select-input only draws it (prompt/view.tsx). Had the widget read the keys
// itself, a key typed in the frame the menu appeared in, before its handler was
// attached, was lost, and of two keys in one chunk the second saw a stale cursor.
import type {Action} from '../../keymap.js';
import type {State} from '../../state.js';
import type {CurrentList} from '../screen.js';
import {keyIn} from '../../hints.js';
import {screen} from '../../navigation.js';
import {describeFormats, formatNamed, formatOfPath, FORMAT_NAMES, type Format} from '../../../export/formats/index.js';
import {UNITS, type Unit} from '../../../export/select.js';

/** name: the file name is typed; format, unit: a menu; overwrite: the file exists, overwrite it or not. */
export type PromptStep = 'name' | 'format' | 'unit' | 'overwrite';

export type PromptOverlay = {
	kind: 'prompt';
	value: string;
	error: string | null;
	ids: string[];
	filters: Record<string, string>;
	step: PromptStep;
	format: Format;
	unit: Unit;
	/** The menu's cursor: an index in menuValues(step). */
	choice: number;
};

const pad2 = (n: number) => String(n).padStart(2, '0');
export function defaultExportName(now: Date): string {
	const date = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}`;
	const time = `${pad2(now.getHours())}${pad2(now.getMinutes())}${pad2(now.getSeconds())}`;
	return `crisis-export-${date}-${time}.json`;
}

/** `e`: the marks when there are any, else the list on screen (with the CLI filters that select it). */
export function openPrompt(s: State, list: CurrentList, now: Date): State {
	const marked = s.marks.length > 0;
	return {
		...s,
		overlay: {
			kind: 'prompt',
			value: defaultExportName(now),
			error: null,
			ids: marked ? s.marks : list.ids,
			filters: marked ? {} : list.filters,
			step: 'name',
			format: 'json',
			unit: 'sentence',
			choice: 0,
		},
	};
}

/** The values a step's menu offers, in the order shown (none for the name). */
export function menuValues(step: PromptStep): readonly string[] {
	switch (step) {
		case 'format':
			return FORMAT_NAMES;
		case 'unit':
			return UNITS;
		case 'overwrite':
			return ['overwrite', 'rename'];
		default:
			return [];
	}
}

/** The overlay at `step`, its menu's cursor on the value chosen before (the format the name's extension names, say). */
export function atStep(overlay: PromptOverlay, step: PromptStep): PromptOverlay {
	const current = step === 'format' ? overlay.format : step === 'unit' ? overlay.unit : '';
	return {...overlay, step, error: null, choice: Math.max(0, menuValues(step).indexOf(current))};
}

/** A letter typed (or, for null, one taken back with Backspace); only the file name takes letters. */
export function typePrompt(state: State, overlay: PromptOverlay, text: string | null): State {
	if (overlay.step !== 'name') return state;
	const value = text === null ? [...overlay.value].slice(0, -1).join('') : overlay.value + text.replace(/[\r\n]+/g, '');
	return {...state, overlay: {...overlay, value, error: null}};
}

/** The name with the format's extension: a file's name says what it holds (as --out's does). */
export function withExtension(path: string, format: Format): string {
	if (formatOfPath(path) === format) return path;
	const extension = formatNamed(format).extensions[0]!;
	const base = formatOfPath(path) ? path.replace(/\.[^./\\]+$/, '') : path;
	return `${base}${extension}`;
}

function exportEffect(s: State, overlay: PromptOverlay, force: boolean): State {
	return {
		...s,
		overlay,
		effect: {
			kind: 'export',
			path: overlay.value,
			ids: overlay.ids,
			marked: s.marks.length > 0,
			filters: overlay.filters,
			format: overlay.format,
			unit: overlay.unit,
			force,
		},
	};
}

/** A choice made in one of the menus (the menu's value). */
export function choosePrompt(s: State, overlay: PromptOverlay, value: string): State {
	switch (overlay.step) {
		case 'format': {
			if (!(FORMAT_NAMES as readonly string[]).includes(value)) return s;
			const format = value as Format;
			return {...s, overlay: atStep({...overlay, format, value: withExtension(overlay.value, format)}, 'unit')};
		}
		case 'unit':
			if (!(UNITS as readonly string[]).includes(value)) return s;
			return exportEffect(s, {...overlay, unit: value as Unit, error: null}, false);
		case 'overwrite':
			return value === 'overwrite' ? exportEffect(s, overlay, true) : {...s, overlay: atStep(overlay, 'name')};
		default:
			return s;
	}
}

/** The app found the file there already: ask before overwriting it. */
export function askOverwrite(s: State, overlay: PromptOverlay): State {
	return {...s, effect: null, overlay: atStep(overlay, 'overwrite')};
}

const previous: Record<PromptStep, PromptStep | null> = {name: null, format: 'name', unit: 'format', overwrite: 'name'};

export function promptKey(s: State, overlay: PromptOverlay, action: Action): State {
	switch (action) {
		case 'clearLine':
			return overlay.step === 'name' ? {...s, overlay: {...overlay, value: '', error: null}} : s;
		case 'back': {
			// Esc steps back through the menus to the name, and from the name closes the prompt.
			const step = previous[overlay.step];
			return step ? {...s, overlay: atStep(overlay, step)} : {...s, overlay: null};
		}
		case 'open': {
			if (overlay.step !== 'name') return s;
			const path = overlay.value.trim();
			if (!path) return {...s, overlay: {...overlay, error: `Type a file name; formats: ${describeFormats()}`}};
			if (overlay.ids.length === 0)
				return {...s, overlay: {...overlay, error: `Nothing to export: mark items with ${keyIn('mark', screen(s).mode)} or open a list`}};
			// The format menu starts on the one the name's extension names.
			return {...s, overlay: atStep({...overlay, value: path, format: formatOfPath(path) ?? overlay.format}, 'format')};
		}
		default:
			return s;
	}
}

/** Keys in a menu: move the cursor (round, as ink-select-input does), pick, or step back. */
export function menuKey(s: State, overlay: PromptOverlay, action: Action): State {
	const values = menuValues(overlay.step);
	switch (action) {
		case 'up':
		case 'down': {
			const choice = (overlay.choice + (action === 'up' ? -1 : 1) + values.length) % values.length;
			return {...s, overlay: {...overlay, choice}};
		}
		case 'open':
			return choosePrompt(s, overlay, values[overlay.choice]!);
		case 'back':
			return promptKey(s, overlay, action);
		default:
			return s;
	}
}
