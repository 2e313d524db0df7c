// The comparison of one event across outlets.
import type {ScreenModule} from '../screen.js';
import {compareKey, compareList} from './reducer.js';
import {CompareScreen} from './view.js';
import {titleHeader} from '../title.js';

export const compare: ScreenModule<'compare'> = {
	label: 'comparison',
	title: 'Comparison view',
	key: compareKey,
	list: compareList,
	Header: titleHeader('Comparison'),
	View: CompareScreen,
	status(state, top) {
		const event = state.query.event(top.eventId);
		const shape = state.deps.compareShape(top.eventId);
		return {path: `Events › ${event?.label ?? top.eventId} › compare`, position: `${top.row + 1}/${shape.rows}`};
	},
	hints: [{actions: ['left', 'right'], says: 'columns'}, {actions: ['moreColumns', 'fewerColumns'], says: 'fit'}, 'toggleCharts', 'open', 'back', 'cycleLang'],
};
