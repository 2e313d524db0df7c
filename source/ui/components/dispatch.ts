// The app's dispatch, for the few components that act themselves: the export
// prompt's menus (ink-select-input), which read keys while they have the focus.
import {createContext, useContext, type Dispatch} from 'react';
import type {UiAction} from '../state.js';

export const DispatchContext = createContext<Dispatch<UiAction>>(() => {});

export function useDispatch(): Dispatch<UiAction> {
	return useContext(DispatchContext);
}
