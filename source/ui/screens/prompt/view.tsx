// The export prompt's bottom lines: what is exported and the file name being
// typed; then the menus (ink-select-input, the design card's list widget) for
// the format, the unit and, when the file exists, overwriting it. The widget
// only draws: its cursor is the overlay's `choice`, moved by the app's input
// router in the `menu` mode (menu.ts), so no key depends on when the widget
// attached its own handler.
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {menuValues, type PromptOverlay, type PromptStep} from './reducer.js';
import type {ScreenProps} from '../screen.js';
import {hintTexts, type Hint} from '../../hints.js';
import {FORMATS} from '../../../export/formats/index.js';
import type {Unit} from '../../../export/select.js';

// Each format's first extension, from the registry: a new format shows here by itself.
const extensions = FORMATS.map(format => format.extensions[0]).join(' ');

export const promptHints: Hint[] = [
	{actions: ['open'], says: 'next'},
	{actions: ['back'], says: 'cancel'},
];
export const menuHints: Hint[] = [
	{actions: ['up', 'down'], says: 'choose'},
	{actions: ['open'], says: 'pick'},
	{actions: ['back'], says: 'back'},
];

const unitLabels: Record<Unit, string> = {sentence: 'sentences', article: 'their articles', event: 'the events they mention'};

type Item = {label: string; value: string};

// Labels by value; the values and their order are the reducer's (menuValues), which the cursor indexes.
function label(overlay: PromptOverlay, value: string): string {
	switch (overlay.step) {
		case 'format': {
			const format = FORMATS.find(f => f.name === value)!;
			return `${format.name.padEnd(8)} ${format.extensions.join(' ')}`;
		}
		case 'unit':
			return `${value.padEnd(9)} ${unitLabels[value as Unit]}`;
		default:
			return value === 'overwrite' ? `Overwrite ${overlay.value}` : 'Keep it: choose another name';
	}
}

function menuItems(overlay: PromptOverlay): Item[] {
	return menuValues(overlay.step).map(value => ({label: label(overlay, value), value}));
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

/** A menu drawn by ink-select-input, its cursor on the overlay's choice (the widget reads no keys: isFocused is off). */
export function PromptMenu({screen: overlay}: ScreenProps<PromptOverlay>) {
	const items = menuItems(overlay);
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{questions[overlay.step as Exclude<PromptStep, 'name'>](overlay)} <Text dimColor>({hintTexts(menuHints, 'menu').join(' · ')})</Text>
			</Text>
			{/* Keyed by step and cursor: the widget keeps its cursor in its own state, set from initialIndex when it mounts. */}
			<SelectInput key={`${overlay.step}:${overlay.choice}`} items={items} isFocused={false} initialIndex={overlay.choice} />
		</Box>
	);
}

export function PromptLine({state, screen: overlay}: ScreenProps<PromptOverlay>) {
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
