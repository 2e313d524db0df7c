// Renders the keymap for people: the README key table and the help screen's
// groups both come from here, so documentation cannot drift from the keys.
import {groups, keyLabel, keymap, modeLabel, screenOrder, type KeyEntry, type Mode} from './keymap.js';

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
export function keyTableMarkdown(): string {
	const rows = ['| Keys | Action | Where |', '| --- | --- | --- |'];
	for (const group of groups) {
		for (const entry of keymap.filter(e => e.group === group)) {
			const keys = entry.keys.map(k => '`' + cell(keyLabel(k)) + '`').join(' ');
			rows.push(`| ${keys} | ${cell(entry.description)} | ${entry.modes.map(modeLabel).join(', ')} |`);
		}
	}
	return rows.join('\n');
}

/** The block to paste into README.md, markers included. */
export function keyTableBlock(): string {
	return `${keysStart}\n${keyTableMarkdown()}\n${keysEnd}`;
}

/** The text between the markers of a README, or null when it has none. */
export function extractKeyTable(readme: string): string | null {
	const start = readme.indexOf(keysStart);
	const end = readme.indexOf(keysEnd);
	if (start < 0 || end < 0 || end < start) return null;
	return readme.slice(start + keysStart.length, end).trim();
}

/** Replace the table between the markers (used by scripts/keys-md.mjs --write). */
export function replaceKeyTable(readme: string): string | null {
	const start = readme.indexOf(keysStart);
	const end = readme.indexOf(keysEnd);
	if (start < 0 || end < 0 || end < start) return null;
	return readme.slice(0, start) + keyTableBlock() + readme.slice(end + keysEnd.length);
}

export type HelpGroup = {group: string; entries: Array<{keys: string; description: string}>};

const screenTitles: Record<Mode, string> = {
	browse: 'Browse (home: facets, items, detail)',
	reader: 'Article reader',
	event: 'Event view',
	search: 'Search line (letters are typed)',
	compare: 'Comparison view',
	prompt: 'Export prompt (letters are typed)',
	help: 'Help',
};

/** The keymap grouped by screen, in keymap order within each screen. */
export function helpGroups(): HelpGroup[] {
	return screenOrder
		.map(mode => ({
			group: screenTitles[mode],
			entries: keymap.filter(e => e.modes.includes(mode)).map(e => ({keys: keysOf(e), description: e.description})),
		}))
		.filter(g => g.entries.length > 0);
}
