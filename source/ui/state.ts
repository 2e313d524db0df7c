// All explorer state in one place, changed only by `reduce`. Views are functions
// of this state. I/O (export, clipboard) is requested through `effect` and run
// by the app, which reports back with an action: the reducer itself never
// touches the file system, the clock or the terminal.
import type {Key} from 'ink';
import {routeInput} from './input.js';
import type {FacetKind, FacetValue, Query, SearchHit} from '../query/types.js';
import type {Action as KeyAction, Mode} from './keymap.js';
import {visibleColumnCount} from '../compare/view-layout.js';

export type Pane = 'facets' | 'items' | 'detail';

export type BrowseScreen = {mode: 'browse'};
export type ReaderScreen = {mode: 'reader'; articleId: string; cursor: number; boilerplate: boolean; bidiOff: boolean};
export type EventScreen = {mode: 'event'; eventId: string; cursor: number};
export type CompareScreen = {
	mode: 'compare';
	eventId: string;
	firstColumn: number;
	columnsVisible: number;
	row: number;
	column: number;
	showCharts: boolean;
};
export type HelpScreen = {mode: 'help'; scroll: number};
export type Screen = BrowseScreen | ReaderScreen | EventScreen | CompareScreen | HelpScreen;

type Snapshot = Pick<State, 'facet' | 'facetCursor' | 'itemCursor' | 'pane' | 'stack'>;

/** How many records a kind has for the query, when the search knows more than it shows (`exact: false`: at most that many). */
export type SearchTotals = Partial<Record<SearchHit['kind'], {count: number; exact: boolean}>>;
export type SearchOverlay = {kind: 'search'; text: string; hits: SearchHit[]; cursor: number; saved: Snapshot; totals?: SearchTotals; pending?: boolean};
export type PromptOverlay = {kind: 'prompt'; value: string; error: string | null; ids: string[]; filters: Record<string, string>};
export type Overlay = SearchOverlay | PromptOverlay;

export type Effect =
	| {kind: 'export'; path: string; ids: string[]; marked: boolean; filters: Record<string, string>}
	| {kind: 'copy'; text: string};

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
	| {type: 'effectDone'; message: string; error?: boolean};

export const facetOrder: FacetKind[] = ['days', 'actors', 'sources', 'events'];
export const minColumns = 60;
export const minRows = 16;
const paneOrder: Pane[] = ['facets', 'items', 'detail'];

const noDeps: Deps = {
	search: () => [],
	compareShape: () => ({rows: 0, columns: 0}),
	compareCell: () => null,
	compareSentences: () => [],
};

export function initialState(query: Query, options: {columns?: number; rows?: number; deps?: Partial<Deps>} = {}): State {
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
		quit: false,
	};
}

// ---- derived data (memoised per query so views and reducer agree cheaply) ----

const facetCache = new WeakMap<Query, Map<FacetKind, FacetValue[]>>();
export function facetValues(query: Query, kind: FacetKind): FacetValue[] {
	let byKind = facetCache.get(query);
	if (!byKind) facetCache.set(query, (byKind = new Map()));
	let values = byKind.get(kind);
	if (!values) byKind.set(kind, (values = query.facet(kind)));
	return values;
}

export function currentValue(state: State): FacetValue | undefined {
	return facetValues(state.query, state.facet)[state.facetCursor[state.facet]];
}

const itemCache = new WeakMap<Query, Map<string, string[]>>();
/** Sentence ids of the items pane. */
export function items(state: State): string[] {
	const value = currentValue(state);
	if (!value) return [];
	let byKey = itemCache.get(state.query);
	if (!byKey) itemCache.set(state.query, (byKey = new Map()));
	const key = `${value.kind}\u0000${value.id}`;
	let ids = byKey.get(key);
	if (!ids) byKey.set(key, (ids = state.query.sentencesFor(value.kind, value.id)));
	return ids;
}

export function currentSentenceId(state: State): string | undefined {
	return items(state)[state.itemCursor];
}

export function screen(state: State): Screen {
	return state.stack[state.stack.length - 1];
}

export function mode(state: State): Mode {
	if (state.overlay) return state.overlay.kind;
	return screen(state).mode;
}

export function tooSmall(state: State): boolean {
	return state.columns < minColumns || state.rows < minRows;
}

/** Rows a page moves: roughly the visible list height. */
export function pageSize(state: State): number {
	return Math.max(1, Math.floor((state.rows - 8) / 2));
}

/** Sentences of an article in reading order (title, body, captions as stored). */
export function readerSentences(state: State, articleId: string): string[] {
	return state.query.article(articleId)?.sentences.map(s => s.id) ?? [];
}

/** Sentence ids an event view shows for one of its articles. */
export function eventArticleSentences(state: State, eventId: string, articleId: string): string[] {
	const event = state.query.event(eventId);
	if (!event) return [];
	return event.sentences.filter(id => id.startsWith(`${articleId}:`));
}

/** The list a plain `e` or `a` acts on, and the CLI filters that reproduce it. */
export function currentList(state: State): {ids: string[]; filters: Record<string, string>} {
	const top = screen(state);
	if (top.mode === 'reader') return {ids: readerSentences(state, top.articleId), filters: {article: top.articleId}};
	if (top.mode === 'event') return {ids: state.query.event(top.eventId)?.sentences ?? [], filters: {event: top.eventId}};
	if (top.mode === 'compare') return {ids: state.deps.compareSentences(top.eventId), filters: {event: top.eventId}};
	const value = currentValue(state);
	if (!value) return {ids: [], filters: {}};
	const filterKey = {days: 'day', actors: 'actor', sources: 'source', events: 'event'}[value.kind];
	return {ids: items(state), filters: {[filterKey]: value.id}};
}

// ---- helpers ----

const clamp = (n: number, low: number, high: number) => Math.max(low, Math.min(high, n));

function moveCursor(cursor: number, length: number, action: KeyAction, page: number): number {
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

const moves = new Set<KeyAction>(['up', 'down', 'pageUp', 'pageDown', 'top', 'bottom']);

function replaceTop(state: State, next: Screen): State {
	return {...state, stack: [...state.stack.slice(0, -1), next]};
}

function push(state: State, next: Screen): State {
	return {...state, stack: [...state.stack, next]};
}

function back(state: State): State {
	if (state.stack.length <= 1) return {...state, message: null};
	return {...state, stack: state.stack.slice(0, -1)};
}

function toggleMarks(marks: string[], ids: string[]): string[] {
	if (ids.length === 0) return marks;
	const set = new Set(marks);
	// Toggling a group: if all are marked, unmark them; otherwise mark the rest.
	if (ids.every(id => set.has(id))) return marks.filter(id => !ids.includes(id));
	return [...marks, ...ids.filter(id => !set.has(id))];
}

function addMarks(marks: string[], ids: string[]): string[] {
	const set = new Set(marks);
	return [...marks, ...ids.filter(id => !set.has(id))];
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export function defaultExportName(now: Date): string {
	const date = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}`;
	const time = `${pad2(now.getHours())}${pad2(now.getMinutes())}${pad2(now.getSeconds())}`;
	return `crisis-export-${date}-${time}.json`;
}

/** Open a sentence in the article reader. */
export function openSentence(state: State, sentenceId: string): State {
	const hit = state.query.sentence(sentenceId);
	if (!hit) return state;
	const cursor = hit.article.sentences.findIndex(s => s.id === sentenceId);
	return push(state, {mode: 'reader', articleId: hit.article.id, cursor: Math.max(0, cursor), boilerplate: false, bidiOff: false});
}

function selectFacetValue(state: State, kind: FacetKind, id: string): State {
	const index = facetValues(state.query, kind).findIndex(v => v.id === id);
	if (index < 0) return state;
	return {
		...state,
		facet: kind,
		facetCursor: {...state.facetCursor, [kind]: index},
		itemCursor: 0,
		pane: 'facets',
		stack: [{mode: 'browse'}],
	};
}

/** Go to a search result: entities in their facet, sentences and articles in the reader. */
export function jumpTo(state: State, hit: SearchHit): State {
	switch (hit.kind) {
		case 'actor':
			return selectFacetValue(state, 'actors', hit.id);
		case 'source':
			return selectFacetValue(state, 'sources', hit.id);
		case 'event':
			return selectFacetValue(state, 'events', hit.id);
		case 'sentence':
			return openSentence({...state, stack: [{mode: 'browse'}]}, hit.id);
		case 'article': {
			const first = state.query.article(hit.id)?.sentences[0];
			return first ? openSentence({...state, stack: [{mode: 'browse'}]}, first.id) : state;
		}
		default:
			return state;
	}
}

/** Search hits in the order the results list shows them (grouped by kind). */
export const hitKindOrder: SearchHit['kind'][] = ['actor', 'event', 'source', 'article', 'sentence'];
export function groupHits(hits: SearchHit[]): SearchHit[] {
	return hitKindOrder.flatMap(kind => hits.filter(h => h.kind === kind));
}

// ---- the reducer ----

export function reduce(state: State, action: UiAction): State {
	switch (action.type) {
		case 'searchReady':
			return state.overlay?.kind === 'search' ? {...state, overlay: {...state.overlay, ...searchFor(state.deps, state.overlay.text), cursor: 0}} : state;
		case 'paste': {
			const m = mode(state);
			return m === 'search' || m === 'prompt' ? reduce(state, {type: 'text', text: action.text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')}) : state;
		}
		case 'input':
			// Routed against the state the chunk meets, not the last rendered one: keys
			// typed faster than frames (`/` then a name) must see the search line the
			// previous key opened.
			return routeInput(mode(state), action.input, action.key).reduce(
				(s, a) => reduce(s, a.type === 'key' ? {...a, now: action.now} : a),
				state,
			);
		case 'resize':
			return {...state, columns: action.columns, rows: action.rows};
		case 'effectDone':
			if (action.error && state.overlay?.kind === 'prompt') {
				return {...state, effect: null, overlay: {...state.overlay, error: action.message}};
			}
			return {...state, effect: null, overlay: action.error ? state.overlay : null, message: action.message};
		case 'text':
			return typeText(state, action.text);
		case 'backspace':
			return typeText(state, null);
		case 'key':
			return reduceKey(state, action.action, action.now);
		default:
			return state;
	}
}

function typeText(state: State, text: string | null): State {
	const overlay = state.overlay;
	if (!overlay) return state;
	if (overlay.kind === 'prompt') {
		const value = text === null ? [...overlay.value].slice(0, -1).join('') : overlay.value + text.replace(/[\r\n]+/g, '');
		return {...state, overlay: {...overlay, value, error: null}};
	}
	const next = text === null ? [...overlay.text].slice(0, -1).join('') : overlay.text + text.replace(/[\r\n]+/g, ' ');
	return {...state, overlay: {...overlay, ...searchFor(state.deps, next), text: next, cursor: 0}};
}

function searchFor(deps: Deps, text: string): Pick<SearchOverlay, 'hits' | 'totals' | 'pending'> {
	const hits = text.trim() === '' ? [] : groupHits(deps.search(text));
	return {hits, totals: hits.length > 0 ? deps.searchTotals?.() : undefined, pending: deps.searchPending?.() ?? false};
}

function reduceKey(state: State, action: KeyAction, now = new Date(0)): State {
	// A key clears the last transient message; the effect slot is the app's.
	const s: State = state.message ? {...state, message: null} : state;
	if (action === 'forceQuit') return {...s, quit: true};
	if (s.overlay?.kind === 'search') return searchKey(s, s.overlay, action);
	if (s.overlay?.kind === 'prompt') return promptKey(s, s.overlay, action);

	// Keys that mean the same on every screen.
	switch (action) {
		case 'help':
			return screen(s).mode === 'help' ? back(s) : push(s, {mode: 'help', scroll: 0});
		case 'search':
			return {
				...s,
				overlay: {
					kind: 'search',
					text: '',
					hits: [],
					cursor: 0,
					saved: {facet: s.facet, facetCursor: s.facetCursor, itemCursor: s.itemCursor, pane: s.pane, stack: s.stack},
				},
			};
		case 'nextMatch':
		case 'prevMatch': {
			if (!s.lastSearch || s.lastSearch.hits.length === 0) return {...s, message: 'No search yet: press / to search'};
			const count = s.lastSearch.hits.length;
			const index = (s.lastSearch.index + (action === 'nextMatch' ? 1 : count - 1)) % count;
			return {...jumpTo(s, s.lastSearch.hits[index]), lastSearch: {...s.lastSearch, index}};
		}
		case 'clearMarks':
			return {...s, marks: [], message: s.marks.length ? `Cleared ${s.marks.length} marks` : null};
		case 'export': {
			const list = currentList(s);
			const marked = s.marks.length > 0;
			return {
				...s,
				overlay: {kind: 'prompt', value: defaultExportName(now), error: null, ids: marked ? s.marks : list.ids, filters: marked ? {} : list.filters},
			};
		}
		case 'markAll':
			return {...s, marks: addMarks(s.marks, currentList(s).ids)};
		default:
			break;
	}

	const top = screen(s);
	switch (top.mode) {
		case 'browse':
			return browseKey(s, action);
		case 'reader':
			return readerKey(s, top, action);
		case 'event':
			return eventKey(s, top, action);
		case 'compare':
			return compareKey(s, top, action);
		case 'help':
			if (action === 'back' || action === 'quit') return back(s);
			if (moves.has(action)) return replaceTop(s, {...top, scroll: moveCursor(top.scroll, 200, action, pageSize(s))});
			return s;
		default:
			return s;
	}
}

function browseKey(s: State, action: KeyAction): State {
	const page = pageSize(s);
	switch (action) {
		case 'quit':
			return {...s, quit: true};
		case 'back':
			return s.pane === 'facets' ? s : {...s, pane: 'facets'};
		case 'tabDays':
		case 'tabActors':
		case 'tabSources':
		case 'tabEvents': {
			const facet = ({tabDays: 'days', tabActors: 'actors', tabSources: 'sources', tabEvents: 'events'} as const)[action];
			return {...s, facet, itemCursor: 0, pane: 'facets'};
		}
		case 'left':
		case 'prevPane':
		case 'right':
		case 'nextPane': {
			const step = action === 'left' || action === 'prevPane' ? -1 : 1;
			const index = paneOrder.indexOf(s.pane) + step;
			// Tab wraps around the panes and on into the next facet tab, so Tab alone reaches everything.
			if (action === 'nextPane' && index >= paneOrder.length) return {...s, pane: 'facets'};
			if (action === 'prevPane' && index < 0) return {...s, pane: 'detail'};
			return {...s, pane: paneOrder[clamp(index, 0, paneOrder.length - 1)]};
		}
		case 'open': {
			if (s.pane === 'facets') {
				const value = currentValue(s);
				if (value?.kind === 'events') return push(s, {mode: 'event', eventId: value.id, cursor: 0});
				return {...s, pane: 'items', itemCursor: 0};
			}
			const id = currentSentenceId(s);
			return id ? openSentence(s, id) : s;
		}
		case 'compare': {
			const value = currentValue(s);
			if (value?.kind === 'events') return push(s, {mode: 'compare', eventId: value.id, firstColumn: 0, columnsVisible: 0, row: 0, column: 0, showCharts: false});
			return {...s, message: 'c compares outlets on an event: choose one in the Events tab (4)'};
		}
		case 'mark': {
			if (s.pane === 'facets') return {...s, marks: toggleMarks(s.marks, items(s))};
			const id = currentSentenceId(s);
			return id ? {...s, marks: toggleMarks(s.marks, [id])} : s;
		}
		case 'copy': {
			const id = currentSentenceId(s);
			const text = id ? s.query.sentence(id)?.sentence.text : undefined;
			return text ? {...s, effect: {kind: 'copy', text}} : s;
		}
		default:
			break;
	}
	if (!moves.has(action)) return s;
	if (s.pane === 'facets') {
		const length = facetValues(s.query, s.facet).length;
		const cursor = moveCursor(s.facetCursor[s.facet], length, action, page);
		return {...s, facetCursor: {...s.facetCursor, [s.facet]: cursor}, itemCursor: 0};
	}
	return {...s, itemCursor: moveCursor(s.itemCursor, items(s).length, action, page)};
}

function readerKey(s: State, top: ReaderScreen, action: KeyAction): State {
	const ids = readerSentences(s, top.articleId);
	switch (action) {
		case 'back':
		case 'quit':
			return back(s);
		case 'boilerplate':
			return replaceTop(s, {...top, boilerplate: !top.boilerplate});
		case 'toggleBidi':
			return replaceTop(s, {...top, bidiOff: !top.bidiOff});
		case 'mark':
			return ids[top.cursor] ? {...s, marks: toggleMarks(s.marks, [ids[top.cursor]])} : s;
		case 'copy': {
			const text = ids[top.cursor] ? s.query.sentence(ids[top.cursor])?.sentence.text : undefined;
			return text ? {...s, effect: {kind: 'copy', text}, message: 'Copied the sentence (logical text) via OSC 52'} : s;
		}
		default:
			if (moves.has(action)) return replaceTop(s, {...top, cursor: moveCursor(top.cursor, ids.length, action, 5)});
			return s;
	}
}

function eventKey(s: State, top: EventScreen, action: KeyAction): State {
	const articles = s.query.event(top.eventId)?.articles ?? [];
	switch (action) {
		case 'back':
		case 'quit':
			return back(s);
		case 'compare':
			return push(s, {mode: 'compare', eventId: top.eventId, firstColumn: 0, columnsVisible: 0, row: 0, column: 0, showCharts: false});
		case 'open': {
			const article = articles[top.cursor];
			const first = article ? eventArticleSentences(s, top.eventId, article)[0] : undefined;
			return first ? openSentence(s, first) : s;
		}
		case 'mark': {
			const article = articles[top.cursor];
			return article ? {...s, marks: toggleMarks(s.marks, eventArticleSentences(s, top.eventId, article))} : s;
		}
		default:
			if (moves.has(action)) return replaceTop(s, {...top, cursor: moveCursor(top.cursor, articles.length, action, pageSize(s))});
			return s;
	}
}

/** Comparison columns shown: as many as fit (28 columns each) unless the user chose fewer with -. */
export function shownColumns(width: number, columnsVisible: number, total: number): number {
	return visibleColumnCount(width, columnsVisible || total, total);
}

function compareKey(s: State, top: CompareScreen, action: KeyAction): State {
	const shape = s.deps.compareShape(top.eventId);
	const visible = shownColumns(s.columns, top.columnsVisible, shape.columns);
	const keepVisible = (column: number, first: number) => {
		if (column < first) return column;
		if (column >= first + visible) return column - visible + 1;
		return first;
	};
	switch (action) {
		case 'back':
		case 'quit':
			return back(s);
		case 'toggleCharts':
			return replaceTop(s, {...top, showCharts: !top.showCharts});
		case 'moreColumns':
		case 'fewerColumns': {
			const next = shownColumns(s.columns, clamp(visible + (action === 'moreColumns' ? 1 : -1), 1, Math.max(1, shape.columns)), shape.columns);
			return replaceTop(s, {...top, columnsVisible: next, firstColumn: clamp(top.firstColumn, 0, Math.max(0, shape.columns - next))});
		}
		case 'left':
		case 'right': {
			const column = clamp(top.column + (action === 'left' ? -1 : 1), 0, Math.max(0, shape.columns - 1));
			return replaceTop(s, {...top, column, firstColumn: keepVisible(column, top.firstColumn)});
		}
		case 'open': {
			const id = s.deps.compareCell(top.eventId, top.row, top.column);
			return id ? openSentence(s, id) : s;
		}
		case 'mark': {
			const id = s.deps.compareCell(top.eventId, top.row, top.column);
			return id ? {...s, marks: toggleMarks(s.marks, [id])} : s;
		}
		default:
			if (moves.has(action)) return replaceTop(s, {...top, row: moveCursor(top.row, shape.rows, action, pageSize(s))});
			return s;
	}
}

function searchKey(s: State, overlay: SearchOverlay, action: KeyAction): State {
	switch (action) {
		case 'clearLine':
			return {...s, overlay: {...overlay, text: '', hits: [], cursor: 0}};
		case 'back':
			return {...s, ...overlay.saved, overlay: null};
		case 'open': {
			const hit = overlay.hits[overlay.cursor];
			if (!hit) return {...s, ...overlay.saved, overlay: null};
			return {...jumpTo({...s, overlay: null}, hit), lastSearch: {text: overlay.text, hits: overlay.hits, index: overlay.cursor}};
		}
		default:
			if (moves.has(action)) return {...s, overlay: {...overlay, cursor: moveCursor(overlay.cursor, overlay.hits.length, action, pageSize(s))}};
			return s;
	}
}

function promptKey(s: State, overlay: PromptOverlay, action: KeyAction): State {
	switch (action) {
		case 'clearLine':
			return {...s, overlay: {...overlay, value: '', error: null}};
		case 'back':
			return {...s, overlay: null};
		case 'open': {
			const path = overlay.value.trim();
			if (!path) return {...s, overlay: {...overlay, error: 'Type a file name (.json, .ndjson, .csv or .md)'}};
			if (overlay.ids.length === 0) return {...s, overlay: {...overlay, error: 'Nothing to export: mark items with Space or open a list'}};
			return {...s, effect: {kind: 'export', path, ids: overlay.ids, marked: s.marks.length > 0, filters: overlay.filters}};
		}
		default:
			return s;
	}
}
