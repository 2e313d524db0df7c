// The export prompt: a file name to type, proposed with a timestamp; Enter
// asks the app to write the marked sentences (or the current list) there.
import type {Action} from '../../keymap.js';
import type {State} from '../../state.js';
import type {CurrentList} from '../screen.js';
import {keyIn} from '../../hints.js';
import {screen} from '../../navigation.js';
import {describeFormats} from '../../../export/formats/index.js';

export type PromptOverlay = {kind: 'prompt'; value: string; error: string | null; ids: string[]; filters: Record<string, string>};

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
		overlay: {kind: 'prompt', value: defaultExportName(now), error: null, ids: marked ? s.marks : list.ids, filters: marked ? {} : list.filters},
	};
}

/** A letter typed (or, for null, one taken back with Backspace). */
export function typePrompt(state: State, overlay: PromptOverlay, text: string | null): State {
	const value = text === null ? [...overlay.value].slice(0, -1).join('') : overlay.value + text.replace(/[\r\n]+/g, '');
	return {...state, overlay: {...overlay, value, error: null}};
}

export function promptKey(s: State, overlay: PromptOverlay, action: Action): State {
	switch (action) {
		case 'clearLine':
			return {...s, overlay: {...overlay, value: '', error: null}};
		case 'back':
			return {...s, overlay: null};
		case 'open': {
			const path = overlay.value.trim();
			if (!path) return {...s, overlay: {...overlay, error: `Type a file name; formats: ${describeFormats()}`}};
			if (overlay.ids.length === 0)
				return {...s, overlay: {...overlay, error: `Nothing to export: mark items with ${keyIn('mark', screen(s).mode)} or open a list`}};
			return {...s, effect: {kind: 'export', path, ids: overlay.ids, marked: s.marks.length > 0, filters: overlay.filters}};
		}
		default:
			return s;
	}
}
