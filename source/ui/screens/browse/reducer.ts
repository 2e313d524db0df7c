// Browse keys: facet tabs, the three panes, and opening what is selected (an
// event value opens the event view, a sentence the reader).
import type {FacetKind} from '../../../query/types.js';
import type {Action} from '../../keymap.js';
import type {Pane, State} from '../../state.js';
import type {CurrentList} from '../screen.js';
import {clamp, isMove, moveCursor, pageSize} from '../../navigation.js';
import {toggleMarks} from '../../marks.js';
import {keyIn} from '../../hints.js';
import {openSentence} from '../reader/reducer.js';
import {openEvent} from '../event/reducer.js';
import {openCompare} from '../compare/reducer.js';
import {currentSentenceId, currentValue, facetValues, items} from './lists.js';

/** Browse keeps its cursors in State itself (facet, facetCursor, itemCursor, pane): search saves and restores them. */
export type BrowseScreen = {mode: 'browse'};

const paneOrder: Pane[] = ['facets', 'items', 'detail'];

export function browseKey(s: State, _screen: BrowseScreen, action: Action): State {
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
			return {...s, pane: paneOrder[clamp(index, 0, paneOrder.length - 1)]!};
		}
		case 'open': {
			if (s.pane === 'facets') {
				const value = currentValue(s);
				if (value?.kind === 'events') return openEvent(s, value.id);
				return {...s, pane: 'items', itemCursor: 0};
			}
			const id = currentSentenceId(s);
			return id ? openSentence(s, id) : s;
		}
		case 'compare': {
			const value = currentValue(s);
			if (value?.kind === 'events') return openCompare(s, value.id);
			return {...s, message: `${keyIn('compare', 'browse')} compares outlets on an event: choose one in the Events tab (${keyIn('tabEvents', 'browse')})`};
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
	if (!isMove(action)) return s;
	if (s.pane === 'facets') {
		const length = facetValues(s.query, s.facet).length;
		const cursor = moveCursor(s.facetCursor[s.facet], length, action, page);
		return {...s, facetCursor: {...s.facetCursor, [s.facet]: cursor}, itemCursor: 0};
	}
	return {...s, itemCursor: moveCursor(s.itemCursor, items(s).length, action, page)};
}

/** The items of the selected value, and the CLI filter that selects them. */
export function browseList(state: State): CurrentList {
	const value = currentValue(state);
	if (!value) return {ids: [], filters: {}};
	const filterKey = {days: 'day', actors: 'actor', sources: 'source', events: 'event'}[value.kind];
	return {ids: items(state), filters: {[filterKey]: value.id}};
}

/** Back to browse with a facet value selected (a search result that is an entity). */
export function selectFacetValue(state: State, kind: FacetKind, id: string): State {
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
