// What a screen is: its keys (a reducer over the actions the keymap binds in
// its mode), what it draws, and the words the help screen, the README and the
// status line use for it. screens/index.ts lists one per mode.
import type {ReactNode} from 'react';
import type {Action} from '../keymap.js';
import type {Hint} from '../hints.js';
import type {State} from '../state.js';
import type {AppIo} from '../app.js';
import type {Mode, ScreenStates, ScreenTable} from './index.js';

export type ScreenProps<S> = {state: State; screen: S};
export type ViewProps<S> = ScreenProps<S> & {height: number; io: AppIo; screens: ScreenTable};

/** The sentences `e` exports and `a` marks on a screen, and the CLI filters that select the same. */
export type CurrentList = {ids: string[]; filters: Record<string, string>};

// Methods, not function-typed properties: a table of modules for different
// modes is then one type (ScreenModule<Mode>) that the router can call.
export type ScreenModule<M extends Mode> = {
	/** How the README's key table names the mode ("comparison"). */
	label: string;
	/** The heading of the mode's keys on the help screen. */
	title: string;
	/** What the keys the keymap binds in this mode do here (keys shared by every screen are routed in state.ts first). */
	key(state: State, screen: ScreenStates[M], action: Action): State;
	/** The key hints its bottom line shows, by action: hints.ts writes the keys from the keymap. */
	hints: Hint[];
	/** The first row and the body. Absent: the screen beneath shows through (the export prompt is only a bottom line). */
	Header?(props: ScreenProps<ScreenStates[M]>): ReactNode;
	View?(props: ViewProps<ScreenStates[M]>): ReactNode;
	/** Where you are and where in the list: the status line's left and right, around the hints. */
	status?(state: State, screen: ScreenStates[M]): {path: string; position: string};
	/** A bottom line of its own in place of the status line (a line being typed). */
	BottomLine?(props: ScreenProps<ScreenStates[M]>): ReactNode;
	/** Lines BottomLine takes, when more than one (a menu). */
	bottomHeight?(screen: ScreenStates[M]): number;
	/** Lines above the bottom line besides the app's message (an error to fix). */
	notes?(screen: ScreenStates[M]): string[];
	/** The list `e` and `a` act on here. Absent: the browse lists (the help screen has none of its own). */
	list?(state: State, screen: ScreenStates[M]): CurrentList;
	/** Letters typed here go into a line: the action that opens it (input.ts follows it in a chunk of keys) and what typing does. */
	text?: {openedBy: Action; type(state: State, screen: ScreenStates[M], text: string | null): State};
};
