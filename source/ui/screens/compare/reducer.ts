// Comparison keys: scroll the outlet columns, fit more or fewer, move the
// cursor over cells, open or mark a cell's sentence, charts on and off.
import type {Action} from '../../keymap.js';
import type {State} from '../../state.js';
import type {CurrentList} from '../screen.js';
import {back, clamp, isMove, moveCursor, pageSize, push, replaceTop} from '../../navigation.js';
import {toggleMarks} from '../../marks.js';
import {visibleColumnCount} from '../../../compare/view-layout.js';
import {openSentence} from '../reader/reducer.js';

export type CompareScreen = {
	mode: 'compare';
	eventId: string;
	firstColumn: number;
	columnsVisible: number;
	row: number;
	column: number;
	showCharts: boolean;
};

export function openCompare(state: State, eventId: string): State {
	return push(state, {mode: 'compare', eventId, firstColumn: 0, columnsVisible: 0, row: 0, column: 0, showCharts: false});
}

/** Comparison columns shown: as many as fit (28 columns each) unless the user chose fewer with -. */
export function shownColumns(width: number, columnsVisible: number, total: number): number {
	return visibleColumnCount(width, columnsVisible || total, total);
}

export function compareKey(s: State, top: CompareScreen, action: Action): State {
	const shape = s.deps.compareShape(top.eventId);
	const visible = shownColumns(s.columns, top.columnsVisible, shape.columns);
	const keepVisible = (column: number, first: number) => {
		if (column < first) return column;
		if (column >= first + visible) return column - visible + 1;
		return first;
	};
	switch (action) {
		case 'back':
		case 'quit':
			return back(s);
		case 'toggleCharts':
			return replaceTop(s, {...top, showCharts: !top.showCharts});
		case 'moreColumns':
		case 'fewerColumns': {
			const next = shownColumns(s.columns, clamp(visible + (action === 'moreColumns' ? 1 : -1), 1, Math.max(1, shape.columns)), shape.columns);
			return replaceTop(s, {...top, columnsVisible: next, firstColumn: clamp(top.firstColumn, 0, Math.max(0, shape.columns - next))});
		}
		case 'left':
		case 'right': {
			const column = clamp(top.column + (action === 'left' ? -1 : 1), 0, Math.max(0, shape.columns - 1));
			return replaceTop(s, {...top, column, firstColumn: keepVisible(column, top.firstColumn)});
		}
		case 'open': {
			const id = s.deps.compareCell(top.eventId, top.row, top.column);
			return id ? openSentence(s, id) : s;
		}
		case 'mark': {
			const id = s.deps.compareCell(top.eventId, top.row, top.column);
			return id ? {...s, marks: toggleMarks(s.marks, [id])} : s;
		}
		default:
			if (isMove(action)) return replaceTop(s, {...top, row: moveCursor(top.row, shape.rows, action, pageSize(s))});
			return s;
	}
}

/** The sentences the comparison shows, and the CLI filter of its event. */
export function compareList(state: State, top: CompareScreen): CurrentList {
	return {ids: state.deps.compareSentences(top.eventId), filters: {event: top.eventId}};
}
