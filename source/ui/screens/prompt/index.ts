// The export prompt: a bottom line over the screen being exported from.
import type {ScreenModule} from '../screen.js';
import {promptKey, typePrompt} from './reducer.js';
import {PromptLine, promptHeight, promptHints} from './view.js';

export const prompt: ScreenModule<'prompt'> = {
	label: 'prompt',
	title: 'Export prompt (letters are typed)',
	key: promptKey,
	text: {openedBy: 'export', type: typePrompt},
	BottomLine: PromptLine,
	bottomHeight: promptHeight,
	notes: overlay => (overlay.error ? [overlay.error] : []),
	hints: promptHints,
};
