// The comparison screen: state and keys are ours (reducer.ts), drawing is the
// presentational CompareView from the compare module.

import {Text} from 'ink';
import type {CompareScreen as Screen} from './reducer.js';
import type {ViewProps} from '../screen.js';
import {CompareView} from '../../components/compare-view.js';
import {useDisplay} from '../../components/context.js';
import {fit, layout, lineText} from '../../text.js';
import {sentenceEnglish} from '../../lang.js';

export function CompareScreen({state, screen, height, io}: ViewProps<Screen>) {
	const comparison = io.comparison(screen.eventId);
	const {shaping, color} = useDisplay();
	if (!comparison) return <Text>No comparison for {screen.eventId}.</Text>;
	return (
		<CompareView
			comparison={comparison}
			sentences={state.query}
			width={state.columns}
			height={height}
			firstColumn={screen.firstColumn}
			columnsVisible={screen.columnsVisible || comparison.columns.length}
			cursor={{row: screen.row, column: screen.column}}
			showCharts={screen.showCharts}
			marked={new Set(state.marks)}
			noColor={!color}
			renderText={(text, width) => layout(text, width, shaping).map(line => lineText(line).trimEnd())}
			lang={state.lang}
			english={id => sentenceEnglish(state.query, id)}
			fitText={(text, width) => lineText(fit(text, width, shaping, [], 'left'))}
		/>
	);
}
