// The explorer's root: one reducer, one useInput routed by mode, and the
// effects (export, clipboard) the reducer asks for. Frames are at most rows−1
// lines tall: Ink 6 clears the whole screen on every frame as tall as the terminal.
import React, {useEffect, useReducer} from 'react';
import {Box, Text, useApp, useInput, useStdin, useStdout} from 'ink';
import {reduce, tooSmall, minColumns, minRows, type State} from './state.js';
import {current, mode, screen} from './navigation.js';
import {screenFor, screens, type Mode} from './screens/index.js';
import type {ScreenModule} from './screens/screen.js';
import {DisplayContext, type Display} from './components/context.js';
import {StatusLine} from './components/status-line.js';
import {StyledLine} from './components/styled-line.js';
import {fit, logical} from './text.js';
import {keyIn} from './hints.js';
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

/** The screen whose header and body are drawn: the current mode's, or the one beneath a mode that is only a bottom line (the export prompt). */
function shown(state: State): {screen: ScreenModule<Mode>; state: ReturnType<typeof current>} {
	const top = screenFor(mode(state));
	if (top.View) return {screen: top, state: current(state)};
	const below = screen(state);
	return {screen: screenFor(below.mode), state: below};
}

function Body({state, height, io}: {state: State; height: number; io: AppIo}) {
	const {screen: drawn, state: screenState} = shown(state);
	const View = drawn.View;
	return View ? <View state={state} screen={screenState} height={height} io={io} screens={screens} /> : null;
}

function Header({state}: {state: State}) {
	const {screen: drawn, state: screenState} = shown(state);
	const Title = drawn.Header;
	return Title ? <Title state={state} screen={screenState} /> : null;
}

/** Lines of the footer, so the body can take the rest. */
export function footerLines(state: State): string[] {
	const lines: string[] = [];
	if (state.message) lines.push(state.message);
	const notes = screenFor(mode(state)).notes;
	if (notes) lines.push(...notes(current(state)));
	return lines;
}

function Footer({state}: {state: State}) {
	const extra = footerLines(state);
	const Bottom = screenFor(mode(state)).BottomLine;
	const last = Bottom ? <Bottom state={state} screen={current(state)} /> : <StatusLine state={state} />;
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
					now {state.columns}×{state.rows} · {keyIn('quit', 'browse')} quits
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

	useInput((input, key) => dispatch({type: 'input', input, key, now: new Date()}), {isActive: isRawModeSupported === true});

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
				if (live)
					dispatch({
						type: 'effectDone',
						message: `Exported ${result.count} ${result.count === 1 ? 'sentence' : 'sentences'} to ${result.path} · same as: ${result.command}`,
					});
			},
			(error: unknown) => {
				if (live)
					dispatch({type: 'effectDone', error: true, message: `Could not export: ${error instanceof Error ? error.message : String(error)} (marks kept)`});
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
