// Renders the keymap for people: the README key table and the help screen's
// groups both come from here, so documentation cannot drift from the keys.
// The screen table (screens/index.ts) names the modes and orders them; it comes
// in as a parameter, since the help screen it lists calls these functions.
import {groups, keyLabel, keymap, type KeyEntry, type Mode} from './keymap.js';
import type {ScreenTable} from './screens/index.js';

/** What these functions read of the screen table: each mode's name and help heading, in table order. */
export type ScreenNames = {[M in Mode]: Pick<ScreenTable[M], 'label' | 'title'>};

export const keysStart = '<!-- keys:start -->';
export const keysEnd = '<!-- keys:end -->';

export function keysOf(entry: KeyEntry): string {
	return entry.keys.map(keyLabel).join(' / ');
}

function cell(text: string): string {
	// `|` inside a cell would split it; backslash-escape as GitHub Markdown expects.
	return text.replaceAll('|', '\\|');
}

/** The README's key table (without the markers). */
export function keyTableMarkdown(screens: ScreenNames, map: KeyEntry[] = keymap): string {
	const rows = ['| Keys | Action | Where |', '| --- | --- | --- |'];
	for (const group of groups) {
		for (const entry of map.filter(e => e.group === group)) {
			const keys = entry.keys.map(k => '`' + cell(keyLabel(k)) + '`').join(' ');
			rows.push(`| ${keys} | ${cell(entry.description)} | ${entry.modes.map(m => screens[m].label).join(', ')} |`);
		}
	}
	return rows.join('\n');
}

/** The block to paste into README.md, markers included. */
export function keyTableBlock(screens: ScreenNames, map: KeyEntry[] = keymap): string {
	return `${keysStart}\n${keyTableMarkdown(screens, map)}\n${keysEnd}`;
}

/** The text between the markers of a README, or null when it has none. */
export function extractKeyTable(readme: string): string | null {
	const start = readme.indexOf(keysStart);
	const end = readme.indexOf(keysEnd);
	if (start < 0 || end < 0 || end < start) return null;
	return readme.slice(start + keysStart.length, end).trim();
}

/** Replace the table between the markers (used by scripts/keys-md.mjs --write). */
export function replaceKeyTable(readme: string, screens: ScreenNames, map: KeyEntry[] = keymap): string | null {
	const start = readme.indexOf(keysStart);
	const end = readme.indexOf(keysEnd);
	if (start < 0 || end < 0 || end < start) return null;
	return readme.slice(0, start) + keyTableBlock(screens, map) + readme.slice(end + keysEnd.length);
}

export type HelpGroup = {group: string; entries: Array<{keys: string; description: string}>};

/** The keymap grouped by screen, in keymap order within each screen. */
export function helpGroups(screens: ScreenNames, map: KeyEntry[] = keymap): HelpGroup[] {
	return (Object.keys(screens) as Mode[])
		.map(mode => ({
			group: screens[mode].title,
			entries: map.filter(e => e.modes.includes(mode)).map(e => ({keys: keysOf(e), description: e.description})),
		}))
		.filter(g => g.entries.length > 0);
}
