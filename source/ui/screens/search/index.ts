// The search line over any screen: letters are typed, results listed as you type.
import type {ScreenModule} from '../screen.js';
import {searchKey, typeSearch} from './reducer.js';
import {SearchHeader, SearchLine, SearchView, searchHints} from './view.js';

export const search: ScreenModule<'search'> = {
	label: 'search',
	title: 'Search line (letters are typed)',
	key: searchKey,
	text: {openedBy: 'search', type: typeSearch},
	Header: SearchHeader,
	View: SearchView,
	BottomLine: SearchLine,
	hints: searchHints,
};
