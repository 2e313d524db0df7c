// The one keymap. Input handling, the `?` help screen, the README key table and
// every key hint on screen (status line, prompts, messages: see hints.ts) are
// derived from this table, so a key cannot exist undocumented and rebinding one
// rewrites every place that names it.
import type {Key} from 'ink';
import type {Mode} from './screens/index.js';

export type {Mode};

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
	| 'suspend'
	| 'compare'
	| 'toggleCharts'
	| 'moreColumns'
	| 'fewerColumns'
	| 'boilerplate'
	| 'toggleBidi'
	| 'copy'
	| 'cycleLang'
	| 'clearLine';

export type KeyEntry = {
	/** Key tokens as produced by `keyToken` (e.g. 'up', 'j', 'ctrl+d', 'shift+tab'). */
	keys: string[];
	action: Action;
	modes: Mode[];
	description: string;
	/** A word or two for the hints on screen ("e export"); a screen may say more precisely what the key does there. */
	hint: string;
	/** May be applied from a chunk of several keys read at once ("jjj", "jk"): moves, not commands (see input.ts). */
	repeats?: true;
	group: 'Move' | 'Panes and tabs' | 'Open and leave' | 'Search' | 'Marks and export' | 'Reader' | 'Event and comparison' | 'General';
};

/** The modes with a list to move in. */
const lists: Mode[] = ['browse', 'reader', 'event', 'compare', 'help', 'search'];

/** The modes that show the dataset (not help, not a line being typed). */
const dataScreens: Mode[] = ['browse', 'reader', 'event', 'compare'];

export const keymap: KeyEntry[] = [
	{keys: ['up', 'k'], action: 'up', modes: [...lists, 'menu'], description: 'Move up', hint: 'up', repeats: true, group: 'Move'},
	{keys: ['down', 'j'], action: 'down', modes: [...lists, 'menu'], description: 'Move down', hint: 'down', repeats: true, group: 'Move'},
	{
		keys: ['pageup', 'ctrl+u'],
		action: 'pageUp',
		modes: ['browse', 'reader', 'event', 'compare', 'help'],
		description: 'Page up',
		hint: 'page up',
		group: 'Move',
	},
	{keys: ['pageup'], action: 'pageUp', modes: ['search'], description: 'Page up through the results', hint: 'page up', group: 'Move'},
	{keys: ['ctrl+u'], action: 'clearLine', modes: ['search', 'prompt'], description: 'Clear the line', hint: 'clear', group: 'Search'},
	{keys: ['pagedown', 'ctrl+d'], action: 'pageDown', modes: lists, description: 'Page down', hint: 'page down', group: 'Move'},
	{
		keys: ['g', 'home'],
		action: 'top',
		modes: ['browse', 'reader', 'event', 'compare', 'help'],
		description: 'Go to the top',
		hint: 'top',
		repeats: true,
		group: 'Move',
	},
	{
		keys: ['G', 'end'],
		action: 'bottom',
		modes: ['browse', 'reader', 'event', 'compare', 'help'],
		description: 'Go to the bottom',
		hint: 'bottom',
		repeats: true,
		group: 'Move',
	},
	{
		keys: ['left', 'h'],
		action: 'left',
		modes: ['browse', 'compare'],
		description: 'Previous pane (comparison: scroll columns left)',
		hint: 'left',
		repeats: true,
		group: 'Panes and tabs',
	},
	{
		keys: ['right', 'l'],
		action: 'right',
		modes: ['browse', 'compare'],
		description: 'Next pane (comparison: scroll columns right)',
		hint: 'right',
		repeats: true,
		group: 'Panes and tabs',
	},
	{keys: ['tab'], action: 'nextPane', modes: ['browse'], description: 'Next pane', hint: 'next pane', group: 'Panes and tabs'},
	{keys: ['shift+tab'], action: 'prevPane', modes: ['browse'], description: 'Previous pane', hint: 'previous pane', group: 'Panes and tabs'},
	{keys: ['1'], action: 'tabDays', modes: ['browse'], description: 'Days tab', hint: 'days', group: 'Panes and tabs'},
	{keys: ['2'], action: 'tabActors', modes: ['browse'], description: 'Actors tab', hint: 'actors', group: 'Panes and tabs'},
	{keys: ['3'], action: 'tabSources', modes: ['browse'], description: 'Sources tab', hint: 'sources', group: 'Panes and tabs'},
	{keys: ['4'], action: 'tabEvents', modes: ['browse'], description: 'Events tab', hint: 'events', group: 'Panes and tabs'},
	{
		keys: ['return'],
		action: 'open',
		modes: ['browse', 'event', 'compare', 'search', 'prompt', 'menu'],
		description: 'Open the selection (search: jump to it; prompt: confirm; menu: pick)',
		hint: 'open',
		group: 'Open and leave',
	},
	{
		keys: ['escape'],
		action: 'back',
		modes: ['reader', 'event', 'compare', 'help', 'search', 'prompt', 'menu', 'browse'],
		description: 'Back (search: restore the previous screen; menu: the step before)',
		hint: 'back',
		group: 'Open and leave',
	},
	{
		keys: ['q'],
		action: 'quit',
		modes: ['browse', 'reader', 'event', 'compare', 'help'],
		description: 'Quit from browse; elsewhere back',
		hint: 'quit',
		group: 'Open and leave',
	},
	{
		keys: ['ctrl+c'],
		action: 'forceQuit',
		modes: ['browse', 'reader', 'event', 'compare', 'help', 'search', 'prompt', 'menu'],
		description: 'Quit from anywhere',
		hint: 'quit',
		group: 'Open and leave',
	},
	{
		// In raw mode the terminal sends Ctrl-Z as a key, not as SIGTSTP: the explorer does what the terminal would.
		keys: ['ctrl+z'],
		action: 'suspend',
		modes: ['browse', 'reader', 'event', 'compare', 'help', 'search', 'prompt', 'menu'],
		description: 'Suspend to the shell (fg resumes)',
		hint: 'suspend',
		group: 'Open and leave',
	},
	{keys: ['/'], action: 'search', modes: dataScreens, description: 'Search', hint: 'search', group: 'Search'},
	{keys: ['n'], action: 'nextMatch', modes: dataScreens, description: 'Next search match', hint: 'next match', repeats: true, group: 'Search'},
	{keys: ['N'], action: 'prevMatch', modes: dataScreens, description: 'Previous search match', hint: 'previous match', repeats: true, group: 'Search'},
	{keys: ['space'], action: 'mark', modes: dataScreens, description: 'Mark or unmark the item under the cursor', hint: 'mark', group: 'Marks and export'},
	{keys: ['a'], action: 'markAll', modes: ['browse', 'reader', 'event'], description: 'Mark all visible items', hint: 'mark all', group: 'Marks and export'},
	{keys: ['u'], action: 'clearMarks', modes: dataScreens, description: 'Clear all marks', hint: 'clear marks', group: 'Marks and export'},
	{keys: ['e'], action: 'export', modes: dataScreens, description: 'Export marked items (or the current list)', hint: 'export', group: 'Marks and export'},
	{keys: ['b'], action: 'boilerplate', modes: ['reader'], description: 'Show removed boilerplate inline, dimmed', hint: 'boilerplate', group: 'Reader'},
	{keys: ['B'], action: 'toggleBidi', modes: ['reader'], description: 'Toggle bidi reordering for this view', hint: 'bidi', group: 'Reader'},
	{keys: ['y'], action: 'copy', modes: ['reader', 'browse'], description: "Copy the sentence's logical text (OSC 52)", hint: 'copy', group: 'Reader'},
	{keys: ['c'], action: 'compare', modes: ['event', 'browse'], description: 'Compare outlets on this event', hint: 'compare', group: 'Event and comparison'},
	{keys: ['v'], action: 'toggleCharts', modes: ['compare'], description: 'Toggle voices and citations charts', hint: 'charts', group: 'Event and comparison'},
	{keys: ['+', '='], action: 'moreColumns', modes: ['compare'], description: 'Fit more columns', hint: 'more columns', group: 'Event and comparison'},
	{keys: ['-'], action: 'fewerColumns', modes: ['compare'], description: 'Fit fewer columns', hint: 'fewer columns', group: 'Event and comparison'},
	{
		keys: ['t'],
		action: 'cycleLang',
		modes: dataScreens,
		description: 'Sentences in Arabic, English or both (English: the translation, else a ≈ gist)',
		hint: 'language',
		group: 'General',
	},
	{keys: ['?'], action: 'help', modes: ['browse', 'reader', 'event', 'compare', 'help'], description: 'Help (this screen)', hint: 'help', group: 'General'},
];

const lookups = new WeakMap<KeyEntry[], Map<string, KeyEntry[]>>();
function lookup(map: KeyEntry[]): Map<string, KeyEntry[]> {
	let byKey = lookups.get(map);
	if (byKey) return byKey;
	lookups.set(map, (byKey = new Map()));
	for (const entry of map) {
		for (const key of entry.keys) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
	}
	return byKey;
}

/** The action a key token triggers in a mode, if any (in another keymap, for tests that rebind keys). */
export function actionFor(token: string, mode: Mode, map: KeyEntry[] = keymap): Action | undefined {
	return lookup(map)
		.get(token)
		?.find(entry => entry.modes.includes(mode))?.action;
}

/** The entry that binds an action in a mode, if any. */
export function entryFor(action: Action, mode: Mode, map: KeyEntry[] = keymap): KeyEntry | undefined {
	return map.find(entry => entry.action === action && entry.modes.includes(mode));
}

/** Key tokens that may be applied from a chunk of several keys (the entries that repeat). */
export function repeatableKeys(map: KeyEntry[] = keymap): Set<string> {
	return new Set(map.filter(entry => entry.repeats).flatMap(entry => entry.keys));
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

/** Groups in the order the help screen shows them. */
export const groups: KeyEntry['group'][] = [
	'Move',
	'Panes and tabs',
	'Open and leave',
	'Search',
	'Marks and export',
	'Reader',
	'Event and comparison',
	'General',
];
