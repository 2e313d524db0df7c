// Key hints on screen ("e export" on the status line, "Enter write · Esc cancel"
// in the export prompt, "(B)" in the reader's header) name an action, never a
// key: the key shown is whatever the keymap binds to that action in that mode,
// so rebinding a key rewrites every hint that mentions it. Every function takes
// the keymap as a parameter so a test can rebind a key and read the hints.
import {entryFor, keyLabel, keymap, type Action, type KeyEntry, type Mode} from './keymap.js';

/**
 * One hint: an action (its key and the keymap's hint word), or several keys
 * under one word, with what they do on this screen ("↑↓ sentence", "+/- fit",
 * "Esc or q back").
 */
export type Hint = Action | {actions: Action[]; says?: string; or?: true};

/** The key bound to an action in a mode, as people read it ('Enter', '↑', 'e'); undefined when the mode binds none. */
export function keyFor(action: Action, mode: Mode, map: KeyEntry[] = keymap): string | undefined {
	const entry = entryFor(action, mode, map);
	return entry ? keyLabel(entry.keys[0]!) : undefined;
}

/**
 * The key for an action inside a sentence ("press / to search"): as keyFor, or
 * when the mode binds none, the key of any mode (a message may be read from
 * another screen), or the action's name: never a key that does something else.
 */
export function keyIn(action: Action, mode: Mode, map: KeyEntry[] = keymap): string {
	const entry = entryFor(action, mode, map) ?? map.find(e => e.action === action);
	return entry ? keyLabel(entry.keys[0]!) : action;
}

const arrows = new Set(['↑', '↓', '←', '→']);

/** "↑↓ move", "Space mark", "Esc or q back"; null when the mode binds one of its actions to no key. */
export function hintText(hint: Hint, mode: Mode, map: KeyEntry[] = keymap): string | null {
	const {actions, says, or} = typeof hint === 'string' ? {actions: [hint], says: undefined, or: undefined} : hint;
	const keys: string[] = [];
	for (const action of actions) {
		const key = keyFor(action, mode, map);
		if (key === undefined) return null;
		keys.push(key);
	}
	// Arrows read as one glyph pair (↑↓); other pairs need a separator (+/-).
	const joined = keys.join(or ? ' or ' : keys.every(k => arrows.has(k)) ? '' : '/');
	return `${joined} ${says ?? entryFor(actions[0]!, mode, map)!.hint}`;
}

// The status line asks for its screen's hints on every frame (every cursor
// move), each a search of the keymap; a screen's hints and a keymap are fixed
// arrays (a rebound keymap is a new array), so the texts are kept per both and the mode.
const remembered = new WeakMap<KeyEntry[], WeakMap<Hint[], Map<Mode, string[]>>>();

/** The hints a mode can show, in order, leaving out any whose key is unbound there. */
export function hintTexts(hints: Hint[], mode: Mode, map: KeyEntry[] = keymap): string[] {
	let byHints = remembered.get(map);
	if (!byHints) remembered.set(map, (byHints = new WeakMap()));
	let byMode = byHints.get(hints);
	if (!byMode) byHints.set(hints, (byMode = new Map()));
	let texts = byMode.get(mode);
	if (!texts) byMode.set(mode, (texts = hints.map(hint => hintText(hint, mode, map)).filter((text): text is string => text !== null)));
	return texts;
}
