// Display settings every view needs: colour on/off and the bidi mode.
import {createContext, useContext} from 'react';
import type {BidiMode, ShapingMode} from '../text.js';

export type Display = {color: boolean; shaping: ShapingMode; bidi: BidiMode};

export const DisplayContext = createContext<Display>({
	color: true,
	shaping: {reorder: false, shape: false},
	bidi: {reorder: false, shape: false, mode: 'off', reason: 'default'},
});

export function useDisplay(): Display {
	return useContext(DisplayContext);
}
