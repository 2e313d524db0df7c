// The facet and item lists: ink-select-input, windowed with its `limit`.
// Its own key handling would fight the one keymap (it binds j/k, arrows, digits
// and Enter itself), so it is rendered with isFocused={false} and the reducer
// owns the cursor: we pass only the visible window as `items`, the cursor as
// `initialIndex`, and remount it (React `key`) whenever the cursor or window
// moves, because `initialIndex` is read only on mount.
import React, {createContext, useContext} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {windowStart} from './window.js';

type RenderRow = (index: number, selected: boolean) => React.ReactNode;
const RowContext = createContext<RenderRow>(() => null);

function Indicator({isSelected = false}: {isSelected?: boolean}) {
	// The marker is a character, not a colour, so NO_COLOR still shows the selection.
	return <Text bold={isSelected}>{isSelected ? '›' : ' '}</Text>;
}

function Row({isSelected = false, label}: {isSelected?: boolean; label: string}) {
	const render = useContext(RowContext);
	return <>{render(Number(label), isSelected)}</>;
}

export type SelectListProps = {
	length: number;
	cursor: number;
	/** Rows of the list that fit (each rendered row may span several lines). */
	limit: number;
	/** Whether the selection should be shown (unfocused lists still show it, dimmer). */
	renderRow: RenderRow;
	emptyText?: string;
};

export function SelectList({length, cursor, limit, renderRow, emptyText}: SelectListProps) {
	if (length === 0) return <Text dimColor>{emptyText ?? '(nothing here)'}</Text>;
	const height = Math.max(1, limit);
	const start = windowStart(cursor, height, length);
	const end = Math.min(length, start + height);
	const items = [];
	for (let i = start; i < end; i++) items.push({key: String(i), label: String(i), value: i});
	return (
		<RowContext.Provider value={renderRow}>
			<Box flexDirection="column">
				<SelectInput
					key={`${start}:${cursor}`}
					isFocused={false}
					items={items}
					initialIndex={cursor - start}
					limit={height}
					indicatorComponent={Indicator}
					itemComponent={Row}
				/>
			</Box>
		</RowContext.Provider>
	);
}
