// The facet and item lists, windowed: only the rows that fit are rendered.
// The reducer owns the cursor (one keymap for the whole app), so the list has
// no state and no key handling of its own. Rows are keyed by their index and
// memoised, so a cursor move re-renders the two rows whose selection changed
// and the one that scrolls in, not the whole window; `renderRow` must keep its
// identity while the rows' content is unchanged (useCallback in the caller).
// The layout is the one ink-select-input drew (an indicator column, then the
// row, in a row box per item), which this replaced: it had to be remounted on
// every cursor move since it reads its cursor only on mount.
import type React from 'react';
import {memo} from 'react';
import {Box, Text} from 'ink';
import {windowStart} from './window.js';

type RenderRow = (index: number, selected: boolean) => React.ReactNode;

function Indicator({isSelected}: {isSelected: boolean}) {
	// The marker is a character, not a colour, so NO_COLOR still shows the selection.
	return <Text bold={isSelected}>{isSelected ? '›' : ' '}</Text>;
}

const ListRow = memo(function ListRow({index, selected, renderRow}: {index: number; selected: boolean; renderRow: RenderRow}) {
	return (
		<Box>
			<Indicator isSelected={selected} />
			{renderRow(index, selected)}
		</Box>
	);
});

export type SelectListProps = {
	length: number;
	cursor: number;
	/** Rows of the list that fit (each rendered row may span several lines). */
	limit: number;
	/** Draws row `index`; `selected` is whether the cursor is on it. */
	renderRow: RenderRow;
	emptyText?: string;
};

export function SelectList({length, cursor, limit, renderRow, emptyText}: SelectListProps) {
	if (length === 0) return <Text dimColor>{emptyText ?? '(nothing here)'}</Text>;
	const height = Math.max(1, limit);
	const start = windowStart(cursor, height, length);
	const end = Math.min(length, start + height);
	const rows = [];
	for (let i = start; i < end; i++) rows.push(<ListRow key={i} index={i} selected={i === cursor} renderRow={renderRow} />);
	return (
		<Box flexDirection="column">
			<Box flexDirection="column">{rows}</Box>
		</Box>
	);
}
