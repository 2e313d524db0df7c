// Issue 21's reference for the first frame and for a cursor move: a bare Ink
// app of the explorer's shape (a tab line, three bordered panes of 12 rows, a
// status line) with no data, no CLI parsing and no code of ours, bundled the
// way dist/cli.js is. Its first frame is what Ink and React cost before the
// explorer does anything. Its cursor move (a facet list that stays, a list of
// 1,000 rows windowed to the pane with the row under the cursor drawn bold,
// the detail pane showing that row, the status line its position) is what Ink
// costs per key for less than an explorer's move draws (the explorer's panes
// hold ~30 rows at 40 lines): written the way an Ink app is written (one
// component per pane, rows mapped to <Text>s), with no caching of ours.
// It answers the explorer's PTY protocol (bench/lib/explorer.ts) for the
// cursor: "Days" at start; 3 → "Sources › 1000"; Enter → " 1/1000"; j → the
// next " i/1000".
import {useState} from 'react';
import {Box, render, Text, useApp, useInput} from 'ink';

const TOTAL = 1000;
const HEIGHT = 12;
const rowText = (i: number) => `${String(i + 1).padStart(4)} · outlet ${i % 12} · a sentence of the list, row ${i + 1}`;

function Pane({title, children}: {title: string; children: React.ReactNode}) {
	return (
		<Box borderStyle="round" flexDirection="column" flexGrow={1} flexBasis={0} paddingX={1}>
			<Text bold>{title}</Text>
			{children}
		</Box>
	);
}

function List({cursor}: {cursor: number}) {
	const start = Math.max(0, Math.min(cursor - Math.floor(HEIGHT / 2), TOTAL - HEIGHT));
	const rows = [];
	for (let i = start; i < start + HEIGHT; i++)
		rows.push(
			<Text key={i} bold={i === cursor} wrap="truncate">
				{i === cursor ? '›' : ' '} {rowText(i)}
			</Text>,
		);
	return <>{rows}</>;
}

function App() {
	const {exit} = useApp();
	const [tab, setTab] = useState(1);
	const [cursor, setCursor] = useState(-1);
	useInput((input, key) => {
		if (input === 'q') exit();
		else if (input === '3') setTab(3);
		else if (key.return) setCursor(0);
		else if (input === 'j') setCursor(c => Math.min(TOTAL - 1, c + 1));
	});
	const at = Math.max(0, cursor);
	return (
		<Box flexDirection="column">
			<Text>Days · Actors · Sources · Events{tab === 3 ? ` — Sources › ${TOTAL}` : ''}</Text>
			<Box height={HEIGHT + 3}>
				<Pane title="Sources">
					<List cursor={2} />
				</Pane>
				<Pane title="Sentences">
					<List cursor={at} />
				</Pane>
				<Pane title="Detail">
					<Text wrap="wrap">{`Row ${at + 1} in full: ${rowText(at)}. ${'Some more words of the sentence, as a detail pane shows them. '.repeat(3)}`}</Text>
				</Pane>
			</Box>
			<Text dimColor>{cursor >= 0 ? ` ${cursor + 1}/${TOTAL}` : ''} q quit</Text>
		</Box>
	);
}

render(<App />);
