// The comparison of one event: fact grid on top, aligned statements below in
// outlet columns, or the voices and citations charts. Presentational only:
// the app's reducer owns scrolling, the cursor, marks and the chart toggle.
// Conflicts carry a ≠ marker and the selected cell is inverse, so both
// survive NO_COLOR.
import {Box, Text} from 'ink';
import type {Comparison} from '../../compare/types.js';
import {layoutComparison, visibleColumnCount, type ViewOptions} from '../../compare/view-layout.js';
import type {SentenceLookup} from '../../compare/lookup.js';

export {visibleColumnCount};

/** The layout's options (scroll, cursor, marks, charts…) plus what it lays out. */
export type CompareViewProps = ViewOptions & {
	comparison: Comparison;
	/** For the sentences' text (the Query). */
	sentences: SentenceLookup;
};

export function CompareView(props: CompareViewProps) {
	const lines = layoutComparison(props.comparison, props.sentences, props);
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
