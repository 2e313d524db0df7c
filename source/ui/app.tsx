// The explorer's root: one reducer, one useInput routed by mode, and the
// effects (export, clipboard) the reducer asks for. Frames are at most rows−1
// lines tall: Ink 6 clears the whole screen on every frame as tall as the terminal.
import {useCallback, useEffect, useReducer, useState} from 'react';
import {Box, Text, useApp, useInput, useStdin, useStdout, type Key} from 'ink';
import {reduce, tooSmall, minColumns, minRows, type State} from './state.js';
import {current, mode, screen} from './navigation.js';
import {screenFor, screens, type Mode} from './screens/index.js';
import type {ScreenModule} from './screens/screen.js';
import {DisplayContext, type Display} from './components/context.js';
import {StatusLine} from './components/status-line.js';
import {StyledLine} from './components/styled-line.js';
import {fit, logical, sanitize} from './text.js';
import {keyIn} from './hints.js';
import type {Comparison} from '../compare/types.js';
import type {ExportRequest, ExportResult} from './export.js';
import {layout} from './text.js';

export type AppIo = {
	exportMarked(request: ExportRequest): Promise<ExportResult>;
	/** Writes raw bytes to the terminal (OSC 52 copy). */
	writeRaw(data: string): void;
	comparison(eventId: string): Comparison | null;
	dataPath?: string;
	/** Bracketed pastes, taken out of the key stream (see paste.ts). */
	pastes?: {on(event: 'paste', fn: (text: string) => void): unknown; off(event: 'paste', fn: (text: string) => void): unknown};
	/** Stops the process the way Ctrl-Z in a shell does (run.tsx: terminal restored first, taken back on SIGCONT). */
	suspend?: () => void;
	/** Emits 'redraw' when the terminal was taken back (after `fg`) and the frame must be drawn in full. */
	redraw?: {on(event: 'redraw', fn: () => void): unknown; off(event: 'redraw', fn: () => void): unknown};
	/** Emits 'ready' when a search index built in the background is ready. */
	searchReady?: {on(event: 'ready', fn: () => void): unknown; off(event: 'ready', fn: () => void): unknown};
};

/**
 * The clipboard write for `y`. The text is the article's, so it is sanitised
 * first: base64 keeps it from ending the OSC here, but whatever the user
 * pastes later is read by a shell or an editor, and an ESC[201~ inside would
 * end their bracketed paste early and run the rest as typed (paste-jacking),
 * an OSC 52 inside would write the clipboard again. Controls, C1 and bidi
 * overrides arrive as the same visible placeholders the screen shows.
 */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(sanitize(text), 'utf8').toString('base64')}\u0007`;
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

/**
 * Lines of the footer, so the body can take the rest. A message is wrapped, not
 * cut: the export's "same as" command line is there to be read whole.
 */
export function footerLines(state: State): string[] {
	const lines: string[] = [];
	const wrapped = (text: string) =>
		layout(text, Math.max(1, state.columns), logical, [], 'left').map(line =>
			line.segments
				.map(s => s.text)
				.join('')
				.trimEnd(),
		);
	if (state.message) lines.push(...wrapped(state.message));
	const notes = screenFor(mode(state)).notes;
	if (notes) for (const note of notes(current(state))) lines.push(...wrapped(note));
	return lines;
}

/** Lines the bottom line takes (a menu takes several). */
function bottomLines(state: State): number {
	return screenFor(mode(state)).bottomHeight?.(current(state)) ?? 1;
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
	const body = Math.max(1, height - 1 - bottomLines(state) - footerLines(state).length);
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

	// One router for every key, the export menus' too (ink-select-input only
	// draws them). The listener stays on and keeps its identity: turning it off
	// and on would drop raw mode for a moment, and a key typed then is lost.
	const onInput = useCallback((input: string, key: Key) => dispatch({type: 'input', input, key, now: new Date()}), []);
	useInput(onInput, {isActive: isRawModeSupported === true});

	// biome-ignore lint/correctness/useExhaustiveDependencies: one run per effect; io and the query are fixed for the app's life
	useEffect(() => {
		const effect = state.effect;
		if (!effect) return;
		if (effect.kind === 'suspend') {
			dispatch({type: 'effectDone', message: ''});
			io.suspend?.();
			return;
		}
		if (effect.kind === 'copy') {
			io.writeRaw(osc52(effect.text));
			dispatch({type: 'effectDone', message: 'Copied the logical text of the sentence (OSC 52)'});
			return;
		}
		let live = true;
		io.exportMarked({
			query: state.query,
			ids: effect.ids,
			path: effect.path,
			filters: effect.filters,
			dataPath: io.dataPath,
			format: effect.format,
			unit: effect.unit,
			force: effect.force,
		}).then(
			result => {
				const what = `${result.count} ${result.unit}${result.count === 1 ? '' : 's'}`;
				if (live) dispatch({type: 'effectDone', message: `Exported ${what} to ${result.path} · same as (in ${result.commandFile}): ${result.command}`});
			},
			(error: unknown) => {
				if (!live) return;
				if (error instanceof Error && error.name === 'FileExistsError') dispatch({type: 'effectDone', exists: true, message: error.message});
				else dispatch({type: 'effectDone', error: true, message: `Could not export: ${error instanceof Error ? error.message : String(error)} (marks kept)`});
			},
		);
		return () => {
			live = false;
		};
	}, [state.effect]);

	// After `fg` the screen is blank but Ink skips a frame equal to the last one
	// it wrote: one empty frame, then the real one, draws it in full.
	const [blank, setBlank] = useState(false);
	useEffect(() => {
		if (!io.redraw) return;
		let timer: NodeJS.Timeout | undefined;
		const onRedraw = () => {
			setBlank(true);
			clearTimeout(timer);
			timer = setTimeout(() => setBlank(false), 40);
		};
		io.redraw.on('redraw', onRedraw);
		return () => {
			clearTimeout(timer);
			io.redraw?.off('redraw', onRedraw);
		};
	}, [io.redraw]);

	// biome-ignore lint/correctness/useExhaustiveDependencies: Ink's exit is fixed for the app's life
	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit]);

	return <DisplayContext.Provider value={display}>{blank ? <Box /> : <Frame state={state} io={io} />}</DisplayContext.Provider>;
}
