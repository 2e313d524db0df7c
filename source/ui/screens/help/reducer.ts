// Help keys: scroll, and leave.
import type {Action} from '../../keymap.js';
import type {State} from '../../state.js';
import {back, isMove, moveCursor, pageSize, push, replaceTop} from '../../navigation.js';

export type HelpScreen = {mode: 'help'; scroll: number};

/** `?`: open help over any screen, or close it when it is open. */
export function toggleHelp(state: State, top: {mode: string}): State {
	return top.mode === 'help' ? back(state) : push(state, {mode: 'help', scroll: 0});
}

export function helpKey(s: State, top: HelpScreen, action: Action): State {
	if (action === 'back' || action === 'quit') return back(s);
	if (isMove(action)) return replaceTop(s, {...top, scroll: moveCursor(top.scroll, 200, action, pageSize(s))});
	return s;
}
