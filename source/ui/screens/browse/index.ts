// Browse, the home screen: facet tabs, facet values, their sentences, detail.
import type {ScreenModule} from '../screen.js';
import {browseKey, browseList} from './reducer.js';
import {BrowseView, Tabs} from './view.js';
import {currentValue, facetTitles, facetValues, items} from './lists.js';

export const browse: ScreenModule<'browse'> = {
	label: 'browse',
	title: 'Browse (home: facets, items, detail)',
	key: browseKey,
	list: browseList,
	Header: Tabs,
	View: BrowseView,
	status(state) {
		const value = currentValue(state);
		const ids = items(state);
		const values = facetValues(state.query, state.facet);
		const path = [facetTitles[state.facet], value?.label, value ? `${ids.length} sentence${ids.length === 1 ? '' : 's'}` : undefined]
			.filter(Boolean)
			.join(' › ');
		const position =
			state.pane === 'facets'
				? `${values.length ? state.facetCursor[state.facet] + 1 : 0}/${values.length}`
				: `${ids.length ? state.itemCursor + 1 : 0}/${ids.length}`;
		return {path, position};
	},
	hints: [
		{actions: ['up', 'down'], says: 'move'},
		{actions: ['left', 'right'], says: 'panes'},
		'open',
		'search',
		// Early, so a reader of no Arabic sees at once how to get English.
		'cycleLang',
		'mark',
		'export',
		'help',
		'quit',
	],
};
