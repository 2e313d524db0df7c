// The export prompt's menus (format, unit, overwrite) as a mode of their own:
// the same overlay as the prompt, in the `menu` mode while its step is a menu
// (navigation.ts). A mode of its own because its keys are not the name line's:
// j and k move here, where on the name line they are letters.
import type {ScreenModule} from '../screen.js';
import {menuKey} from './reducer.js';
import {menuHints, PromptMenu, promptHeight} from './view.js';

export const menu: ScreenModule<'menu'> = {
	label: 'export menu',
	title: 'Export menus (format, unit, overwrite)',
	key: menuKey,
	BottomLine: PromptMenu,
	bottomHeight: promptHeight,
	notes: overlay => (overlay.error ? [overlay.error] : []),
	hints: menuHints,
};
