// The table of screens: one entry per mode. The router (state.ts), the input
// router (input.ts), the frame's header, body and bottom line (app.tsx), the
// status line, the help screen and the README key table all read it, so a
// screen is added here and in its own folder, and a mode without an entry (or
// an entry without a mode) is a type error rather than a silent `default:`.
import type {ScreenModule} from './screen.js';
import type {BrowseScreen} from './browse/reducer.js';
import type {ReaderScreen} from './reader/reducer.js';
import type {EventScreen} from './event/reducer.js';
import type {SearchOverlay} from './search/reducer.js';
import type {CompareScreen} from './compare/reducer.js';
import type {PromptOverlay} from './prompt/reducer.js';
import type {HelpScreen} from './help/reducer.js';
import {browse} from './browse/index.js';
import {reader} from './reader/index.js';
import {event} from './event/index.js';
import {search} from './search/index.js';
import {compare} from './compare/index.js';
import {prompt} from './prompt/index.js';
import {menu} from './prompt/menu.js';
import {help} from './help/index.js';

/**
 * What each mode's screen keeps. Screens on the stack carry `mode`; lines typed
 * over the stack (search, the export prompt) carry `kind` and sit in
 * `state.overlay` (see state.ts).
 */
export type ScreenStates = {
	browse: BrowseScreen;
	reader: ReaderScreen;
	event: EventScreen;
	search: SearchOverlay;
	compare: CompareScreen;
	prompt: PromptOverlay;
	/** The export prompt while one of its menus is shown (the same overlay; navigation.ts). */
	menu: PromptOverlay;
	help: HelpScreen;
};

export type Mode = keyof ScreenStates;

export type ScreenTable = {[M in Mode]: ScreenModule<M>};

/** In the order the help screen and the README show their keys. */
export const screens: ScreenTable = {browse, reader, event, search, compare, prompt, menu, help};

export const modes = Object.keys(screens) as Mode[];

/** A mode's screen, typed for a caller that holds the mode's state as ScreenStates[Mode]. */
export function screenFor(mode: Mode): ScreenModule<Mode> {
	return screens[mode];
}
