// The article reader: one article, the current sentence highlighted.
import type {ScreenModule} from '../screen.js';
import {readerKey, readerList, readerSentences} from './reducer.js';
import {ReaderView} from './view.js';
import {titleHeader} from '../title.js';

export const reader: ScreenModule<'reader'> = {
	label: 'reader',
	title: 'Article reader',
	key: readerKey,
	list: readerList,
	Header: titleHeader('Article'),
	View: ReaderView,
	status(state, top) {
		const article = state.query.article(top.articleId);
		const total = readerSentences(state, top.articleId).length;
		return {path: `Reader › ${article?.outlet ?? top.articleId} › ${article?.file ?? ''}`, position: `${top.cursor + 1}/${total}`};
	},
	hints: [{actions: ['up', 'down'], says: 'sentence'}, 'boilerplate', 'toggleBidi', 'copy', 'mark', 'back', 'cycleLang'],
};
