// Event view keys: choose one of the event's articles, open it, or compare outlets.
import type {Action} from '../../keymap.js';
import type {State} from '../../state.js';
import type {CurrentList} from '../screen.js';
import {back, isMove, moveCursor, pageSize, push, replaceTop} from '../../navigation.js';
import {toggleMarks} from '../../marks.js';
import {openSentence} from '../reader/reducer.js';
import {openCompare} from '../compare/reducer.js';

export type EventScreen = {mode: 'event'; eventId: string; cursor: number};

export function openEvent(state: State, eventId: string): State {
	return push(state, {mode: 'event', eventId, cursor: 0});
}

/** Sentence ids an event view shows for one of its articles. */
export function eventArticleSentences(state: State, eventId: string, articleId: string): string[] {
	const event = state.query.event(eventId);
	if (!event) return [];
	return event.sentences.filter(id => id.startsWith(`${articleId}:`));
}

export function eventKey(s: State, top: EventScreen, action: Action): State {
	const articles = s.query.event(top.eventId)?.articles ?? [];
	switch (action) {
		case 'back':
		case 'quit':
			return back(s);
		case 'compare':
			return openCompare(s, top.eventId);
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
			if (isMove(action)) return replaceTop(s, {...top, cursor: moveCursor(top.cursor, articles.length, action, pageSize(s))});
			return s;
	}
}

/** The event's sentences, and the CLI filter that selects them. */
export function eventList(state: State, top: EventScreen): CurrentList {
	return {ids: state.query.event(top.eventId)?.sentences ?? [], filters: {event: top.eventId}};
}
