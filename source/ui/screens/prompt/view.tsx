// The export prompt's bottom lines: what is exported and the file name being
// typed; then the menus (ink-select-input, the design card's list widget) for
// the format, the unit and, when the file exists, overwriting it. A menu's
// input is active only while it is shown (isFocused), and the app's router
// takes only Esc and Ctrl-C meanwhile, which the menu does not know (state.ts,
// menuFocused), so each key acts once.
import {useCallback} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {PromptOverlay, PromptStep} from './reducer.js';
import type {ScreenProps} from '../screen.js';
import {hintTexts, type Hint} from '../../hints.js';
import {FORMATS} from '../../../export/formats/index.js';
import {UNITS, type Unit} from '../../../export/select.js';
import {useDispatch} from '../../components/dispatch.js';

// Each format's first extension, from the registry: a new format shows here by itself.
const extensions = FORMATS.map(format => format.extensions[0]).join(' ');

export const promptHints: Hint[] = [
	{actions: ['open'], says: 'next'},
	{actions: ['back'], says: 'cancel'},
];
const menuHints: Hint[] = [
	{actions: ['up', 'down'], says: 'choose'},
	{actions: ['open'], says: 'pick'},
	{actions: ['back'], says: 'back'},
];

const unitLabels: Record<Unit, string> = {sentence: 'sentences', article: 'their articles', event: 'the events they mention'};

type Item = {label: string; value: string};

function menuItems(overlay: PromptOverlay): Item[] {
	switch (overlay.step) {
		case 'format':
			return FORMATS.map(format => ({label: `${format.name.padEnd(8)} ${format.extensions.join(' ')}`, value: format.name}));
		case 'unit':
			return UNITS.map(unit => ({label: `${unit.padEnd(9)} ${unitLabels[unit]}`, value: unit}));
		default:
			return [
				{label: `Overwrite ${overlay.value}`, value: 'overwrite'},
				{label: 'Keep it: choose another name', value: 'rename'},
			];
	}
}

const questions: Record<Exclude<PromptStep, 'name'>, (overlay: PromptOverlay) => string> = {
	format: overlay => `Format for ${overlay.value}:`,
	unit: overlay => `Export as (${overlay.value}):`,
	overwrite: overlay => `${overlay.value} exists already. Overwrite it?`,
};

/** Lines the prompt takes: one for the name, a question and the items for a menu. */
export function promptHeight(overlay: PromptOverlay): number {
	return overlay.step === 'name' ? 1 : 1 + menuItems(overlay).length;
}

function initialIndex(overlay: PromptOverlay, items: Item[]): number {
	const current = overlay.step === 'format' ? overlay.format : overlay.step === 'unit' ? overlay.unit : '';
	return Math.max(
		0,
		items.findIndex(item => item.value === current),
	);
}

/** A menu with the focus: ink-select-input moves and picks; Esc and Ctrl-C reach the app's router (state.ts). */
export function PromptMenu({overlay}: {overlay: PromptOverlay}) {
	const dispatch = useDispatch();
	const items = menuItems(overlay);
	const onSelect = useCallback((item: Item) => dispatch({type: 'choose', value: item.value}), [dispatch]);
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{questions[overlay.step as Exclude<PromptStep, 'name'>](overlay)} <Text dimColor>({hintTexts(menuHints, 'prompt').join(' · ')})</Text>
			</Text>
			{/* Keyed by step: each menu starts on its own current value. */}
			<SelectInput key={overlay.step} items={items} isFocused initialIndex={initialIndex(overlay, items)} onSelect={onSelect} />
		</Box>
	);
}

export function PromptLine({state, screen: overlay}: ScreenProps<PromptOverlay>) {
	if (overlay.step !== 'name') return <PromptMenu overlay={overlay} />;
	const what = state.marks.length ? `${overlay.ids.length} marked sentences` : `${overlay.ids.length} sentences of this list`;
	return (
		<Text wrap="truncate-end">
			Export {what} to: {overlay.value}▏{' '}
			<Text dimColor>
				({extensions} · {hintTexts(promptHints, 'prompt').join(' · ')})
			</Text>
		</Text>
	);
}
