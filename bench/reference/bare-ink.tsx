// Issue 21's reference for the first frame: a bare Ink app of the explorer's
// shape (a tab line, three bordered panes, a status line) with no data, no
// CLI parsing and no code of ours, bundled the way dist/cli.js is. Its first
// frame is what Ink and React cost before the explorer does anything.
import {Box, render, Text, useApp, useInput} from 'ink';

const rows = (name: string) => Array.from({length: 12}, (_, i) => `${name} row ${i + 1}`);

function Pane({title, lines}: {title: string; lines: string[]}) {
	return (
		<Box borderStyle="round" flexDirection="column" flexGrow={1} paddingX={1}>
			<Text bold>{title}</Text>
			{lines.map(l => (
				<Text key={l} wrap="truncate">
					{l}
				</Text>
			))}
		</Box>
	);
}

function App() {
	const {exit} = useApp();
	useInput(input => {
		if (input === 'q') exit();
	});
	return (
		<Box flexDirection="column">
			<Text>Days · Actors · Sources · Events</Text>
			<Box>
				<Pane title="List" lines={rows('list')} />
				<Pane title="Items" lines={rows('item')} />
				<Pane title="Detail" lines={rows('detail')} />
			</Box>
			<Text dimColor>q quit</Text>
		</Box>
	);
}

render(<App />);
