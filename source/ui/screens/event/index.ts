// One event: its facts and the articles that report it.
import type {ScreenModule} from '../screen.js';
import {eventKey, eventList} from './reducer.js';
import {EventView} from './view.js';
import {titleHeader} from '../title.js';

export const event: ScreenModule<'event'> = {
	label: 'event',
	title: 'Event view',
	key: eventKey,
	list: eventList,
	Header: titleHeader('Event'),
	View: EventView,
	status(state, top) {
		const found = state.query.event(top.eventId);
		return {path: `Events › ${found?.label ?? top.eventId}`, position: `${top.cursor + 1}/${found?.articles.length ?? 0}`};
	},
	hints: [{actions: ['open'], says: 'open article'}, 'compare', 'mark', 'back', 'cycleLang'],
};
