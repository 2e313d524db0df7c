// The search line: results as you type, Enter goes to one, Esc puts everything
// back as it was; n and N step through the last search from any screen.
import type {SearchHit} from '../../../query/types.js';
import type {Action} from '../../keymap.js';
import type {Deps, State} from '../../state.js';
import {isMove, moveCursor, pageSize, mode} from '../../navigation.js';
import {keyIn} from '../../hints.js';
import {openSentence} from '../reader/reducer.js';
import {selectFacetValue} from '../browse/reducer.js';

type Snapshot = Pick<State, 'facet' | 'facetCursor' | 'itemCursor' | 'pane' | 'stack'>;

/** How many records a kind has for the query, when the search knows more than it shows (`exact: false`: at most that many). */
export type SearchTotals = Partial<Record<SearchHit['kind'], {count: number; exact: boolean}>>;
export type SearchOverlay = {kind: 'search'; text: string; hits: SearchHit[]; cursor: number; saved: Snapshot; totals?: SearchTotals; pending?: boolean};

/** Search hits in the order the results list shows them (grouped by kind). */
export const hitKindOrder: SearchHit['kind'][] = ['actor', 'event', 'source', 'article', 'sentence'];
export function groupHits(hits: SearchHit[]): SearchHit[] {
	return hitKindOrder.flatMap(kind => hits.filter(h => h.kind === kind));
}

/** `/`: an empty search line over the current screen, which Esc restores. */
export function openSearch(s: State): State {
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

/** n (step 1) and N (step −1): the next or previous hit of the last search. */
export function stepMatch(s: State, step: 1 | -1): State {
	if (!s.lastSearch || s.lastSearch.hits.length === 0) return {...s, message: `No search yet: press ${keyIn('search', mode(s))} to search`};
	const count = s.lastSearch.hits.length;
	const index = (s.lastSearch.index + (step === 1 ? 1 : count - 1)) % count;
	return {...jumpTo(s, s.lastSearch.hits[index]!), lastSearch: {...s.lastSearch, index}};
}

export function searchFor(deps: Deps, text: string): Pick<SearchOverlay, 'hits' | 'totals' | 'pending'> {
	const hits = text.trim() === '' ? [] : groupHits(deps.search(text));
	return {hits, totals: hits.length > 0 ? deps.searchTotals?.() : undefined, pending: deps.searchPending?.() ?? false};
}

/** The index finished building: run the search line again. */
export function searchAgain(state: State): State {
	return state.overlay?.kind === 'search' ? {...state, overlay: {...state.overlay, ...searchFor(state.deps, state.overlay.text), cursor: 0}} : state;
}

/**
 * The longest search line, in characters. Nothing worth finding is longer, and
 * a 75 KB paste laid out on every key garbled the screen (and searched for
 * all of it) until Ctrl-U.
 */
export const SEARCH_MAX = 256;

/** A letter typed (or, for null, one taken back with Backspace); a paste past SEARCH_MAX is cut, and the status line says so. */
export function typeSearch(state: State, overlay: SearchOverlay, text: string | null): State {
	if (text === null) {
		const next = [...overlay.text].slice(0, -1).join('');
		return {...state, overlay: {...overlay, ...searchFor(state.deps, next), text: next, cursor: 0}};
	}
	const have = [...overlay.text].length;
	// Only what can fit is looked at: a huge paste is not split into code points whole.
	const room = Math.max(0, SEARCH_MAX - have);
	const head = text.slice(0, 2 * (room + 1));
	const added = [...head.replace(/[\r\n]+/g, ' ')];
	const cut = added.length > room || head.length < text.length;
	if (room === 0) return cut ? {...state, message: cutMessage(text, room)} : state;
	const next = overlay.text + added.slice(0, room).join('');
	const typed: State = {...state, overlay: {...overlay, ...searchFor(state.deps, next), text: next, cursor: 0}};
	return cut ? {...typed, message: cutMessage(text, room)} : typed;
}

function cutMessage(text: string, kept: number): string {
	const dropped = Math.max(1, [...text].length - kept);
	return `Search line cut at its limit of ${SEARCH_MAX} characters (${dropped.toLocaleString('en-US')} dropped)`;
}

export function searchKey(s: State, overlay: SearchOverlay, action: Action): State {
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
			if (isMove(action)) return {...s, overlay: {...overlay, cursor: moveCursor(overlay.cursor, overlay.hits.length, action, pageSize(s))}};
			return s;
	}
}
