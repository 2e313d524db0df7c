// `?`: every key of the keymap, grouped by screen, and the bidi mode.
import type {ScreenModule} from '../screen.js';
import {helpKey} from './reducer.js';
import {HelpView} from './view.js';
import {titleHeader} from '../title.js';

export const help: ScreenModule<'help'> = {
	label: 'help',
	title: 'Help',
	key: helpKey,
	Header: titleHeader('Help'),
	View: HelpView,
	status: () => ({path: 'Help', position: ''}),
	hints: ['back'],
};
