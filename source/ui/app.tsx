// The explorer's root: one reducer, one useInput routed by mode, and the
// effects (export, clipboard) the reducer asks for. Frames are at most rows−1
// lines tall: Ink 6 clears the whole screen on every frame as tall as the terminal.
import React, {useEffect, useReducer} from 'react';
import {Box, Text, useApp, useInput, useStdin, useStdout} from 'ink';
import {reduce, screen, tooSmall, minColumns, minRows, type State} from './state.js';
import {DisplayContext, type Display} from './components/context.js';
import {StatusLine} from './components/status-line.js';
import {StyledLine} from './components/styled-line.js';
import {BrowseView, Tabs} from './screens/browse/view.js';
import {ReaderView} from './screens/reader/view.js';
import {EventView} from './screens/event/view.js';
import {HelpView} from './screens/help/view.js';
import {SearchView} from './screens/search/view.js';
import {CompareScreen} from './screens/compare/view.js';
import {fit, logical} from './text.js';
import type {Comparison} from '../compare/types.js';
import type {ExportRequest, ExportResult} from './export.js';

export type AppIo = {
	exportMarked(request: ExportRequest): Promise<ExportResult>;
	/** Writes raw bytes to the terminal (OSC 52 copy). */
	writeRaw(data: string): void;
	comparison(eventId: string): Comparison | null;
	dataPath?: string;
	/** Bracketed pastes, taken out of the key stream (see paste.ts). */
	pastes?: {on(event: 'paste', fn: (text: string) => void): unknown; off(event: 'paste', fn: (text: string) => void): unknown};
	/** Emits 'ready' when a search index built in the background is ready. */
	searchReady?: {on(event: 'ready', fn: () => void): unknown; off(event: 'ready', fn: () => void): unknown};
};

export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

function Body({state, height, io}: {state: State; height: number; io: AppIo}) {
	if (state.overlay?.kind === 'search') return <SearchView state={state} overlay={state.overlay} height={height} />;
	const top = screen(state);
	switch (top.mode) {
		case 'reader':
			return <ReaderView state={state} screen={top} height={height} />;
		case 'event':
			return <EventView state={state} screen={top} height={height} />;
		case 'help':
			return <HelpView state={state} screen={top} height={height} />;
		case 'compare':
			return <CompareScreen state={state} screen={top} height={height} comparison={io.comparison(top.eventId)} />;
		default:
			return <BrowseView state={state} height={height} />;
	}
}

function Header({state}: {state: State}) {
	const top = screen(state);
	if (state.overlay?.kind === 'search') return <Text bold>Search — actors, events, sources, articles, sentences</Text>;
	if (top.mode === 'browse') return <Tabs state={state} />;
	const titles = {reader: 'Article', event: 'Event', compare: 'Comparison', help: 'Help'} as const;
	return <Text bold>{titles[top.mode]}</Text>;
}

/** Lines of the footer, so the body can take the rest. */
export function footerLines(state: State): string[] {
	const lines: string[] = [];
	if (state.message) lines.push(state.message);
	if (state.overlay?.kind === 'prompt' && state.overlay.error) lines.push(state.overlay.error);
	return lines;
}

function Footer({state}: {state: State}) {
	const extra = footerLines(state);
	const overlay = state.overlay;
	let last: React.ReactNode;
	if (overlay?.kind === 'search') last = <Text>/ {overlay.text}▏</Text>;
	else if (overlay?.kind === 'prompt') {
		const what = state.marks.length ? `${overlay.ids.length} marked sentences` : `${overlay.ids.length} sentences of this list`;
		last = (
			<Text wrap="truncate-end">
				Export {what} to: {overlay.value}▏ <Text dimColor>(.json .ndjson .csv .md · Enter write · Esc cancel)</Text>
			</Text>
		);
	} else last = <StatusLine state={state} />;
	return (
		<Box flexDirection="column">
			{extra.map((line, i) => (
				// Messages can carry dataset text (a file name typed by the user), so they go through layout too.
				<StyledLine key={i} line={fit(line, state.columns, logical, [], 'left')} base={{bold: true}} />
			))}
			{last}
		</Box>
	);
}

export function Frame({state, io}: {state: State; io: AppIo}) {
	if (tooSmall(state)) {
		return (
			<Box flexDirection="column">
				<Text>
					terminal too small (need {minColumns}×{minRows})
				</Text>
				<Text dimColor>
					now {state.columns}×{state.rows} · q quits
				</Text>
			</Box>
		);
	}
	const height = state.rows - 1;
	const body = Math.max(1, height - 2 - footerLines(state).length);
	return (
		<Box flexDirection="column" width={state.columns} height={height}>
			<Header state={state} />
			<Body state={state} height={body} io={io} />
			<Footer state={state} />
		</Box>
	);
}

export function App({initial, display, io}: {initial: State; display: Display; io: AppIo}) {
	const [state, dispatch] = useReducer(reduce, initial);
	const {stdout} = useStdout();
	const {isRawModeSupported} = useStdin();
	const {exit} = useApp();

	useEffect(() => {
		const onResize = () => dispatch({type: 'resize', columns: stdout.columns ?? 80, rows: stdout.rows ?? 24});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	useEffect(() => {
		if (!io.pastes) return;
		const onPaste = (text: string) => dispatch({type: 'paste', text});
		io.pastes.on('paste', onPaste);
		return () => {
			io.pastes?.off('paste', onPaste);
		};
	}, [io.pastes]);

	useEffect(() => {
		if (!io.searchReady) return;
		const onReady = () => dispatch({type: 'searchReady'});
		io.searchReady.on('ready', onReady);
		return () => {
			io.searchReady?.off('ready', onReady);
		};
	}, [io.searchReady]);

	useInput(
		(input, key) => dispatch({type: 'input', input, key, now: new Date()}),
		{isActive: isRawModeSupported === true},
	);

	useEffect(() => {
		const effect = state.effect;
		if (!effect) return;
		if (effect.kind === 'copy') {
			io.writeRaw(osc52(effect.text));
			dispatch({type: 'effectDone', message: 'Copied the logical text of the sentence (OSC 52)'});
			return;
		}
		let live = true;
		io.exportMarked({query: state.query, ids: effect.ids, path: effect.path, filters: effect.filters, dataPath: io.dataPath}).then(
			result => {
				if (live) dispatch({type: 'effectDone', message: `Exported ${result.count} ${result.count === 1 ? 'sentence' : 'sentences'} to ${result.path} · same as: ${result.command}`});
			},
			(error: unknown) => {
				if (live) dispatch({type: 'effectDone', error: true, message: `Could not export: ${error instanceof Error ? error.message : String(error)} (marks kept)`});
			},
		);
		return () => {
			live = false;
		};
	}, [state.effect]);

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit]);

	return (
		<DisplayContext.Provider value={display}>
			<Frame state={state} io={io} />
		</DisplayContext.Provider>
	);
}
