// All explorer state in one place, changed only by `reduce`, which routes each
// action to the screen of the current mode (screens/index.ts). Views are
// functions of this state. I/O (export, clipboard) is requested through
// `effect` and run by the app, which reports back with an action: the reducer
// itself never touches the file system, the clock or the terminal.
import type {Key} from 'ink';
import type {FacetKind, Query, SearchHit} from '../query/types.js';
import type {Action as KeyAction} from './keymap.js';
import {routeInput} from './input.js';
import {current, mode, screen} from './navigation.js';
import {addMarks} from './marks.js';
import {screenFor, screens, type Mode, type ScreenStates} from './screens/index.js';
import type {CurrentList} from './screens/screen.js';
import {browseList} from './screens/browse/reducer.js';
import {openSearch, searchAgain, stepMatch, type SearchTotals} from './screens/search/reducer.js';
import {askOverwrite, choosePrompt, openPrompt} from './screens/prompt/reducer.js';
import type {Format} from '../export/formats/index.js';
import type {Unit} from '../export/select.js';
import {toggleHelp} from './screens/help/reducer.js';
import {LANG_NAMES, nextLang, type Lang} from './lang.js';

export type Pane = 'facets' | 'items' | 'detail';

/** A screen on the stack (browse, reader, event, comparison, help): the screen states that carry a `mode`. */
export type Screen = Extract<ScreenStates[Mode], {mode: string}>;
/** A line typed over the stack (search, export prompt): the screen states that carry a `kind`. */
export type Overlay = Extract<ScreenStates[Mode], {kind: string}>;

export type Effect =
	| {kind: 'export'; path: string; ids: string[]; marked: boolean; filters: Record<string, string>; format: Format; unit: Unit; force: boolean}
	| {kind: 'copy'; text: string}
	| {kind: 'suspend'};

/** Things the reducer needs to ask but must not own (kept injectable for tests). */
export type Deps = {
	search(text: string): SearchHit[];
	/** Totals per kind of the last search, when the session counts beyond what it returns. */
	searchTotals?(): SearchTotals | undefined;
	/** True while the search index is still being built (searches return nothing yet). */
	searchPending?(): boolean;
	/** Rows and columns of the comparison of an event (0×0 when unknown). */
	compareShape(eventId: string): {rows: number; columns: number};
	/** The sentence id in a comparison cell, or null for an empty cell. */
	compareCell(eventId: string, row: number, column: number): string | null;
	/** Sentence ids shown in the comparison (for `a`/export of the current list). */
	compareSentences(eventId: string): string[];
};

export type State = {
	query: Query;
	deps: Deps;
	/** Browse's tab and cursors live here, not in its screen: search saves and restores them, and results select in them. */
	facet: FacetKind;
	facetCursor: Record<FacetKind, number>;
	itemCursor: number;
	pane: Pane;
	stack: Screen[];
	overlay: Overlay | null;
	/** Marked sentence ids in marking order. */
	marks: string[];
	lastSearch: {text: string; hits: SearchHit[]; index: number} | null;
	message: string | null;
	effect: Effect | null;
	columns: number;
	rows: number;
	/** Sentences in Arabic, English (translation or gist) or both: `t` cycles, `--lang` sets it at start. */
	lang: Lang;
	quit: boolean;
};

export type UiAction =
	/** A chunk of terminal input, routed here by the mode of the state it meets (see reduce). */
	| {type: 'input'; input: string; key: Partial<Key>; now?: Date}
	| {type: 'key'; action: KeyAction; now?: Date}
	| {type: 'text'; text: string}
	/** A bracketed paste: text where text is typed, and nothing anywhere else. */
	| {type: 'paste'; text: string}
	/** The search index finished building: run the search line again. */
	| {type: 'searchReady'}
	| {type: 'backspace'}
	| {type: 'resize'; columns: number; rows: number}
	| {type: 'effectDone'; message: string; error?: boolean /** The export's file is there already: ask to overwrite it. */; exists?: boolean}
	/** A menu's choice (the export prompt's format, unit, overwrite). */
	| {type: 'choose'; value: string};

export const minColumns = 60;
export const minRows = 16;

const noDeps: Deps = {
	search: () => [],
	compareShape: () => ({rows: 0, columns: 0}),
	compareCell: () => null,
	compareSentences: () => [],
};

export function initialState(query: Query, options: {columns?: number; rows?: number; lang?: Lang; deps?: Partial<Deps>} = {}): State {
	return {
		query,
		deps: {...noDeps, ...options.deps},
		facet: 'actors',
		facetCursor: {days: 0, actors: 0, sources: 0, events: 0},
		itemCursor: 0,
		pane: 'facets',
		stack: [{mode: 'browse'}],
		overlay: null,
		marks: [],
		lastSearch: null,
		message: null,
		effect: null,
		columns: options.columns ?? 100,
		rows: options.rows ?? 30,
		lang: options.lang ?? 'ar',
		quit: false,
	};
}

export function tooSmall(state: State): boolean {
	return state.columns < minColumns || state.rows < minRows;
}

/** The list a plain `e` or `a` acts on, and the CLI filters that reproduce it. */
export function currentList(state: State): CurrentList {
	const top = screen(state);
	return screenFor(top.mode).list?.(state, top) ?? browseList(state);
}

// ---- routing ----

export function reduce(state: State, action: UiAction): State {
	switch (action.type) {
		case 'searchReady':
			return searchAgain(state);
		case 'paste':
			return screens[mode(state)].text ? reduce(state, {type: 'text', text: action.text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')}) : state;
		case 'input':
			// Routed against the state the chunk meets, not the last rendered one: keys
			// typed faster than frames (`/` then a name) must see the search line the
			// previous key opened.
			return routeInput(mode(state), action.input, action.key).reduce((s, a) => reduce(s, a.type === 'key' ? {...a, now: action.now} : a), state);
		case 'resize':
			return {...state, columns: action.columns, rows: action.rows};
		case 'choose':
			return state.overlay?.kind === 'prompt' ? choosePrompt(state, state.overlay, action.value) : state;
		case 'effectDone':
			if (action.exists && state.overlay?.kind === 'prompt') return askOverwrite(state, state.overlay);
			if (action.error && state.overlay?.kind === 'prompt') {
				// Back to the name, which is what a failure (a directory, permissions) usually asks to change.
				return {...state, effect: null, overlay: {...state.overlay, error: action.message, step: 'name'}};
			}
			return {...state, effect: null, overlay: action.error ? state.overlay : null, message: action.message};
		case 'text':
			return typeText(state, action.text);
		case 'backspace':
			return typeText(state, null);
		case 'key':
			return reduceKey(state, action.action, action.now);
	}
}

/** Letters go to the line of the mode, if it has one; null is Backspace. */
function typeText(state: State, text: string | null): State {
	const line = screenFor(mode(state)).text;
	return line && state.overlay ? line.type(state, current(state), text) : state;
}

function reduceKey(state: State, action: KeyAction, now = new Date(0)): State {
	// A key clears the last transient message; the effect slot is the app's.
	const s: State = state.message ? {...state, message: null} : state;
	if (action === 'forceQuit') return {...s, quit: true};
	if (action === 'suspend') return {...s, effect: {kind: 'suspend'}};
	if (!s.overlay) {
		const shared = sharedKey(s, action, now);
		if (shared) return shared;
	}
	return screenFor(mode(s)).key(s, current(s), action);
}

/** Keys that mean the same on every screen of the stack (the keymap binds them there, not in a typed line). */
function sharedKey(s: State, action: KeyAction, now: Date): State | null {
	switch (action) {
		case 'help':
			return toggleHelp(s, screen(s));
		case 'search':
			return openSearch(s);
		case 'nextMatch':
			return stepMatch(s, 1);
		case 'prevMatch':
			return stepMatch(s, -1);
		case 'clearMarks':
			return {...s, marks: [], message: s.marks.length ? `Cleared ${s.marks.length} marks` : null};
		case 'export':
			return openPrompt(s, currentList(s), now);
		case 'markAll':
			return {...s, marks: addMarks(s.marks, currentList(s).ids)};
		case 'cycleLang': {
			const lang = nextLang(s.lang);
			return {
				...s,
				lang,
				message: `Sentences in ${LANG_NAMES[lang]}${lang === 'ar' ? '' : ' (≈ marks a gist made from what was recognised, not a translation)'}`,
			};
		}
		default:
			return null;
	}
}
