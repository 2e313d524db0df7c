// The comparison of one event: fact grid on top, aligned statements below in
// outlet columns, or the voices and citations charts. Presentational only:
// the app's reducer owns scrolling, the cursor, marks and the chart toggle.
// Conflicts carry a ≠ marker and the selected cell is inverse, so both
// survive NO_COLOR.
import {Box, Text} from 'ink';
import type {Comparison} from '../../compare/types.js';
import {layoutComparison, visibleColumnCount} from '../../compare/view-layout.js';
import type {Dataset} from '../../dataset/schema.js';

export {visibleColumnCount};

export type CompareViewProps = {
	comparison: Comparison;
	/** For the sentences' text. */
	dataset: Dataset;
	width: number;
	/** The view never draws more lines than this. */
	height: number;
	/** Index of the first outlet column shown (←/→ scroll). */
	firstColumn: number;
	/** How many outlet columns the user wants (+/-); fewer are shown when they would be narrower than 28. */
	columnsVisible: number;
	/** Row index into comparison.rows; column index into comparison.columns (absolute, not relative to firstColumn). */
	cursor: {row: number; column: number};
	showCharts: boolean;
	/** Marked sentence ids. */
	marked: Set<string>;
	noColor: boolean;
	/** Wraps and lays out text for the terminal (the UI passes its bidi layout); default: plain word wrap. */
	renderText?: (text: string, width: number) => string[];
};

export function CompareView(props: CompareViewProps) {
	const lines = layoutComparison(props.comparison, props.dataset, props);
	return (
		<Box flexDirection="column" width={props.width}>
			{lines.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line.length === 0
						? ' '
						: line.map((seg, k) => (
								<Text key={k} color={seg.color} inverse={seg.inverse} dimColor={seg.dim} bold={seg.bold}>
									{seg.text}
								</Text>
							))}
				</Text>
			))}
		</Box>
	);
}
