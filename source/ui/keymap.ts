// The one keymap. Input handling, the `?` help screen and the README key table
// are all derived from this table, so a key cannot exist undocumented.
import type {Key} from 'ink';

export type Mode = 'browse' | 'search' | 'compare' | 'reader' | 'event' | 'prompt' | 'help';

export type Action =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'top'
	| 'bottom'
	| 'left'
	| 'right'
	| 'nextPane'
	| 'prevPane'
	| 'tabDays'
	| 'tabActors'
	| 'tabSources'
	| 'tabEvents'
	| 'open'
	| 'back'
	| 'search'
	| 'nextMatch'
	| 'prevMatch'
	| 'mark'
	| 'markAll'
	| 'clearMarks'
	| 'export'
	| 'help'
	| 'quit'
	| 'forceQuit'
	| 'compare'
	| 'toggleCharts'
	| 'moreColumns'
	| 'fewerColumns'
	| 'boilerplate'
	| 'toggleBidi'
	| 'copy'
	| 'clearLine';

export type KeyEntry = {
	/** Key tokens as produced by `keyToken` (e.g. 'up', 'j', 'ctrl+d', 'shift+tab'). */
	keys: string[];
	action: Action;
	modes: Mode[];
	description: string;
	group: 'Move' | 'Panes and tabs' | 'Open and leave' | 'Search' | 'Marks and export' | 'Reader' | 'Event and comparison' | 'General';
};

const lists: Mode[] = ['browse', 'reader', 'event', 'compare', 'help', 'search'];

const screens: Mode[] = ['browse', 'reader', 'event', 'compare'];

export const keymap: KeyEntry[] = [
	{keys: ['up', 'k'], action: 'up', modes: lists, description: 'Move up', group: 'Move'},
	{keys: ['down', 'j'], action: 'down', modes: lists, description: 'Move down', group: 'Move'},
	{keys: ['pageup', 'ctrl+u'], action: 'pageUp', modes: ['browse', 'reader', 'event', 'compare', 'help'], description: 'Page up', group: 'Move'},
	{keys: ['pageup'], action: 'pageUp', modes: ['search'], description: 'Page up through the results', group: 'Move'},
	{keys: ['ctrl+u'], action: 'clearLine', modes: ['search', 'prompt'], description: 'Clear the line', group: 'Search'},
	{keys: ['pagedown', 'ctrl+d'], action: 'pageDown', modes: lists, description: 'Page down', group: 'Move'},
	{keys: ['g', 'home'], action: 'top', modes: ['browse', 'reader', 'event', 'compare', 'help'], description: 'Go to the top', group: 'Move'},
	{keys: ['G', 'end'], action: 'bottom', modes: ['browse', 'reader', 'event', 'compare', 'help'], description: 'Go to the bottom', group: 'Move'},
	{keys: ['left', 'h'], action: 'left', modes: ['browse', 'compare'], description: 'Previous pane (comparison: scroll columns left)', group: 'Panes and tabs'},
	{keys: ['right', 'l'], action: 'right', modes: ['browse', 'compare'], description: 'Next pane (comparison: scroll columns right)', group: 'Panes and tabs'},
	{keys: ['tab'], action: 'nextPane', modes: ['browse'], description: 'Next pane', group: 'Panes and tabs'},
	{keys: ['shift+tab'], action: 'prevPane', modes: ['browse'], description: 'Previous pane', group: 'Panes and tabs'},
	{keys: ['1'], action: 'tabDays', modes: ['browse'], description: 'Days tab', group: 'Panes and tabs'},
	{keys: ['2'], action: 'tabActors', modes: ['browse'], description: 'Actors tab', group: 'Panes and tabs'},
	{keys: ['3'], action: 'tabSources', modes: ['browse'], description: 'Sources tab', group: 'Panes and tabs'},
	{keys: ['4'], action: 'tabEvents', modes: ['browse'], description: 'Events tab', group: 'Panes and tabs'},
	{keys: ['return'], action: 'open', modes: ['browse', 'event', 'compare', 'search', 'prompt'], description: 'Open the selection (search: jump to it; prompt: confirm)', group: 'Open and leave'},
	{keys: ['escape'], action: 'back', modes: ['reader', 'event', 'compare', 'help', 'search', 'prompt', 'browse'], description: 'Back (search: restore the previous screen)', group: 'Open and leave'},
	{keys: ['q'], action: 'quit', modes: ['browse', 'reader', 'event', 'compare', 'help'], description: 'Quit from browse; elsewhere back', group: 'Open and leave'},
	{keys: ['ctrl+c'], action: 'forceQuit', modes: ['browse', 'reader', 'event', 'compare', 'help', 'search', 'prompt'], description: 'Quit from anywhere', group: 'Open and leave'},
	{keys: ['/'], action: 'search', modes: screens, description: 'Search', group: 'Search'},
	{keys: ['n'], action: 'nextMatch', modes: screens, description: 'Next search match', group: 'Search'},
	{keys: ['N'], action: 'prevMatch', modes: screens, description: 'Previous search match', group: 'Search'},
	{keys: ['space'], action: 'mark', modes: screens, description: 'Mark or unmark the item under the cursor', group: 'Marks and export'},
	{keys: ['a'], action: 'markAll', modes: ['browse', 'reader', 'event'], description: 'Mark all visible items', group: 'Marks and export'},
	{keys: ['u'], action: 'clearMarks', modes: screens, description: 'Clear all marks', group: 'Marks and export'},
	{keys: ['e'], action: 'export', modes: screens, description: 'Export marked items (or the current list)', group: 'Marks and export'},
	{keys: ['b'], action: 'boilerplate', modes: ['reader'], description: 'Show removed boilerplate inline, dimmed', group: 'Reader'},
	{keys: ['B'], action: 'toggleBidi', modes: ['reader'], description: 'Toggle bidi reordering for this view', group: 'Reader'},
	{keys: ['y'], action: 'copy', modes: ['reader', 'browse'], description: "Copy the sentence's logical text (OSC 52)", group: 'Reader'},
	{keys: ['c'], action: 'compare', modes: ['event', 'browse'], description: 'Compare outlets on this event', group: 'Event and comparison'},
	{keys: ['v'], action: 'toggleCharts', modes: ['compare'], description: 'Toggle voices and citations charts', group: 'Event and comparison'},
	{keys: ['+', '='], action: 'moreColumns', modes: ['compare'], description: 'Fit more columns', group: 'Event and comparison'},
	{keys: ['-'], action: 'fewerColumns', modes: ['compare'], description: 'Fit fewer columns', group: 'Event and comparison'},
	{keys: ['?'], action: 'help', modes: ['browse', 'reader', 'event', 'compare', 'help'], description: 'Help (this screen)', group: 'General'},
];

const lookup = new Map<string, KeyEntry[]>();
for (const entry of keymap) {
	for (const key of entry.keys) {
		lookup.set(key, [...(lookup.get(key) ?? []), entry]);
	}
}

/** The action a key token triggers in a mode, if any. */
export function actionFor(token: string, mode: Mode): Action | undefined {
	return lookup.get(token)?.find(entry => entry.modes.includes(mode))?.action;
}

/** Turn Ink's (input, key) pair for one key into a token of the keymap. */
export function keyToken(input: string, key: Partial<Key>): string | undefined {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.escape) return 'escape';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
	if (key.meta) return undefined;
	if (input === ' ') return 'space';
	if (input.length === 1) return input;
	return undefined;
}

const labels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift+tab': 'Shift-Tab',
	space: 'Space',
};

/** How a key token is written for people: 'ctrl+d' → 'Ctrl-d', 'up' → '↑'. */
export function keyLabel(token: string): string {
	if (labels[token]) return labels[token];
	if (token.startsWith('ctrl+')) return `Ctrl-${token.slice(5)}`;
	return token;
}

const modeNames: Record<Mode, string> = {
	browse: 'browse',
	search: 'search',
	compare: 'comparison',
	reader: 'reader',
	event: 'event',
	prompt: 'prompt',
	help: 'help',
};

export function modeLabel(mode: Mode): string {
	return modeNames[mode];
}

/** Screens in the order the help screen and README show them. */
export const screenOrder: Mode[] = ['browse', 'reader', 'event', 'search', 'compare', 'prompt', 'help'];

/** Groups in the order the help screen shows them. */
export const groups: KeyEntry['group'][] = ['Move', 'Panes and tabs', 'Open and leave', 'Search', 'Marks and export', 'Reader', 'Event and comparison', 'General'];
