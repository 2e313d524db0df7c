// The screen stack and the moves every screen makes on it: which screen and
// mode are current, push and back, and cursor moves within a list. Shared by
// the screens in screens/, which import it instead of state.ts (state.ts routes
// to them, so they only import its types).
import type {Action} from './keymap.js';
import type {Mode, ScreenStates} from './screens/index.js';
import type {Screen, State} from './state.js';

export function screen(state: State): Screen {
	return state.stack[state.stack.length - 1]!;
}

/** The mode keys are read in: the line being typed into, or the screen on top. */
export function mode(state: State): Mode {
	// The export prompt is two modes: its name line, where letters are typed, and its menus, where keys move.
	if (state.overlay) return state.overlay.kind === 'prompt' && state.overlay.step !== 'name' ? 'menu' : state.overlay.kind;
	return screen(state).mode;
}

/** The state of the current mode's screen (the overlay's, or the top of the stack). */
export function current(state: State): ScreenStates[Mode] {
	return state.overlay ?? screen(state);
}

export function replaceTop(state: State, next: Screen): State {
	return {...state, stack: [...state.stack.slice(0, -1), next]};
}

export function push(state: State, next: Screen): State {
	return {...state, stack: [...state.stack, next]};
}

export function back(state: State): State {
	if (state.stack.length <= 1) return {...state, message: null};
	return {...state, stack: state.stack.slice(0, -1)};
}

/** Rows a page moves: roughly the visible list height. */
export function pageSize(state: State): number {
	return Math.max(1, Math.floor((state.rows - 8) / 2));
}

export const clamp = (n: number, low: number, high: number) => Math.max(low, Math.min(high, n));

const moves = new Set<Action>(['up', 'down', 'pageUp', 'pageDown', 'top', 'bottom']);

/** True for the actions that move a cursor in a list (moveCursor). */
export function isMove(action: Action): boolean {
	return moves.has(action);
}

export function moveCursor(cursor: number, length: number, action: Action, page: number): number {
	if (length === 0) return 0;
	switch (action) {
		case 'up':
			return clamp(cursor - 1, 0, length - 1);
		case 'down':
			return clamp(cursor + 1, 0, length - 1);
		case 'pageUp':
			return clamp(cursor - page, 0, length - 1);
		case 'pageDown':
			return clamp(cursor + page, 0, length - 1);
		case 'top':
			return 0;
		case 'bottom':
			return length - 1;
		default:
			return cursor;
	}
}
