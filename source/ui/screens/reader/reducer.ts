// Reader keys: move by sentence, show boilerplate, bidi off for this view, copy.
import type {Action} from '../../keymap.js';
import type {State} from '../../state.js';
import type {CurrentList} from '../screen.js';
import {back, isMove, moveCursor, push, replaceTop} from '../../navigation.js';
import {toggleMarks} from '../../marks.js';

export type ReaderScreen = {mode: 'reader'; articleId: string; cursor: number; boilerplate: boolean; bidiOff: boolean};

/** Sentences of an article in reading order (title, body, captions as stored). */
export function readerSentences(state: State, articleId: string): string[] {
	return state.query.article(articleId)?.sentences.map(s => s.id) ?? [];
}

/** Open a sentence in the article reader. */
export function openSentence(state: State, sentenceId: string): State {
	const hit = state.query.sentence(sentenceId);
	if (!hit) return state;
	const cursor = hit.article.sentences.findIndex(s => s.id === sentenceId);
	return push(state, {mode: 'reader', articleId: hit.article.id, cursor: Math.max(0, cursor), boilerplate: false, bidiOff: false});
}

export function readerKey(s: State, top: ReaderScreen, action: Action): State {
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
			return ids[top.cursor] ? {...s, marks: toggleMarks(s.marks, [ids[top.cursor]!])} : s;
		case 'copy': {
			const text = ids[top.cursor] ? s.query.sentence(ids[top.cursor]!)?.sentence.text : undefined;
			return text ? {...s, effect: {kind: 'copy', text}, message: 'Copied the sentence (logical text) via OSC 52'} : s;
		}
		default:
			if (isMove(action)) return replaceTop(s, {...top, cursor: moveCursor(top.cursor, ids.length, action, 5)});
			return s;
	}
}

/** The article's sentences, and the CLI filter that selects them. */
export function readerList(state: State, top: ReaderScreen): CurrentList {
	return {ids: readerSentences(state, top.articleId), filters: {article: top.articleId}};
}
