// The reducer's transitions, pure: no Ink, no terminal.
import {describe, expect, test} from 'vitest';
import {miniIds} from '../fixtures/mini-dataset.js';
import {currentList, reduce, tooSmall, type State, type UiAction} from '../../source/ui/state.js';
import {mode, screen} from '../../source/ui/navigation.js';
import {currentSentenceId, currentValue, facetValues, items} from '../../source/ui/screens/browse/lists.js';
import {defaultExportName} from '../../source/ui/screens/prompt/reducer.js';
import {makeState, query} from './helpers.js';

const key = (action: Extract<UiAction, {type: 'key'}>['action'], now?: Date): UiAction => ({type: 'key', action, now});
const run = (state: State, ...actions: UiAction[]) => actions.reduce(reduce, state);

describe('browse', () => {
	test('starts on the Actors tab with the facets pane focused', () => {
		const s = makeState();
		expect(mode(s)).toBe('browse');
		expect(s.facet).toBe('actors');
		expect(s.pane).toBe('facets');
	});

	test('tabs switch facets and reset the item cursor', () => {
		const s = run(makeState(), key('tabEvents'));
		expect(s.facet).toBe('events');
		expect(run(s, key('tabDays')).facet).toBe('days');
	});

	test('moving down in facets changes the value and its items', () => {
		const s0 = makeState();
		const s1 = run(s0, key('down'));
		expect(currentValue(s1)?.id).toBe(facetValues(query, 'actors')[1]!.id);
		expect(items(s1)).toEqual(query.sentencesFor('actors', currentValue(s1)!.id));
	});

	test('cursor is clamped at both ends; g and G jump', () => {
		const n = facetValues(query, 'actors').length;
		expect(run(makeState(), key('up')).facetCursor.actors).toBe(0);
		expect(run(makeState(), key('bottom')).facetCursor.actors).toBe(n - 1);
		expect(run(makeState(), key('bottom'), key('down')).facetCursor.actors).toBe(n - 1);
		expect(run(makeState(), key('bottom'), key('top')).facetCursor.actors).toBe(0);
	});

	test('Enter on a value focuses its items; Enter on an item opens the reader; Esc returns', () => {
		const s1 = run(makeState(), key('open'));
		expect(s1.pane).toBe('items');
		const s2 = run(s1, key('down'), key('open'));
		const top = screen(s2);
		expect(top.mode).toBe('reader');
		const sentenceId = items(s1)[1]!;
		const hit = query.sentence(sentenceId)!;
		expect(top.mode === 'reader' && top.articleId).toBe(hit.article.id);
		expect(top.mode === 'reader' && hit.article.sentences[top.cursor]!.id).toBe(sentenceId);
		const s3 = run(s2, key('back'));
		expect(mode(s3)).toBe('browse');
		expect(s3.itemCursor).toBe(1);
	});

	test('q quits from browse but goes back elsewhere', () => {
		expect(run(makeState(), key('quit')).quit).toBe(true);
		const inReader = run(makeState(), key('open'), key('open'));
		const back = run(inReader, key('quit'));
		expect(back.quit).toBe(false);
		expect(mode(back)).toBe('browse');
		expect(run(inReader, key('forceQuit')).quit).toBe(true);
	});

	test('panes move with left/right and Tab wraps', () => {
		const s = makeState();
		expect(run(s, key('right')).pane).toBe('items');
		expect(run(s, key('right'), key('right'), key('right')).pane).toBe('detail');
		expect(run(s, key('nextPane'), key('nextPane'), key('nextPane')).pane).toBe('facets');
		expect(run(s, key('prevPane')).pane).toBe('detail');
	});

	test('Enter on an event opens the event view, c opens the comparison', () => {
		const s = run(makeState(), key('tabEvents'));
		const eventId = currentValue(s)!.id;
		const ev = run(s, key('open'));
		expect(screen(ev)).toMatchObject({mode: 'event', eventId});
		expect(screen(run(ev, key('compare')))).toMatchObject({mode: 'compare', eventId});
		expect(screen(run(s, key('compare')))).toMatchObject({mode: 'compare', eventId});
	});
});

describe('marks and export', () => {
	test('Space toggles the item under the cursor; marks survive facet changes', () => {
		const s1 = run(makeState(), key('open'), key('mark'));
		const first = currentSentenceId(s1)!;
		expect(s1.marks).toEqual([first]);
		const s2 = run(s1, key('tabSources'), key('open'), key('mark'));
		expect(s2.marks).toHaveLength(new Set([first, currentSentenceId(s2)]).size);
		expect(run(s1, key('mark')).marks).toEqual([]);
	});

	test('a marks every item of the list, u clears', () => {
		const s = run(makeState(), key('markAll'));
		expect(s.marks).toEqual(items(s));
		expect(run(s, key('clearMarks')).marks).toEqual([]);
	});

	test('e proposes a timestamped file name and the marks, or the current list', () => {
		const now = new Date(2022, 0, 12, 9, 5, 7);
		expect(defaultExportName(now)).toBe('crisis-export-20220112-090507.json');
		const none = run(makeState(), key('export', now));
		expect(none.overlay).toMatchObject({
			kind: 'prompt',
			value: 'crisis-export-20220112-090507.json',
			ids: items(none),
			filters: {actor: currentValue(none)!.id},
		});
		const marked = run(makeState(), key('open'), key('mark'), key('export', now));
		expect(marked.overlay).toMatchObject({kind: 'prompt', ids: marked.marks});
	});

	test('typing edits the prompt; Enter requests the export effect; a failure keeps prompt and marks', () => {
		let s = run(makeState(), key('open'), key('mark'), key('export'));
		s = run(s, ...Array.from({length: 40}, () => ({type: 'backspace'}) as UiAction), {type: 'text', text: 'out.csv'});
		expect(s.overlay).toMatchObject({kind: 'prompt', value: 'out.csv'});
		s = run(s, key('open'));
		// Enter on the name opens the format menu, on the name's format; a choice there, the unit menu.
		expect(s.overlay).toMatchObject({kind: 'prompt', step: 'format', format: 'csv'});
		expect(s.effect).toBeNull();
		s = run(s, {type: 'choose', value: 'csv'});
		expect(s.overlay).toMatchObject({step: 'unit', unit: 'sentence'});
		s = run(s, {type: 'choose', value: 'sentence'});
		expect(s.effect).toMatchObject({kind: 'export', path: 'out.csv', ids: s.marks, format: 'csv', unit: 'sentence', force: false});
		const failed = run(s, {type: 'effectDone', error: true, message: 'Could not export: denied'});
		expect(failed.overlay).toMatchObject({kind: 'prompt', error: 'Could not export: denied'});
		expect(failed.marks).toHaveLength(1);
		const ok = run(s, {type: 'effectDone', message: 'Exported 1 sentence'});
		expect(ok.overlay).toBeNull();
		expect(ok.message).toBe('Exported 1 sentence');
	});

	test('current list follows the screen', () => {
		const reader = run(makeState(), key('open'), key('open'));
		const top = screen(reader);
		expect(currentList(reader).ids).toEqual(query.article(top.mode === 'reader' ? top.articleId : '')!.sentences.map(s => s.id));
	});
});

describe('search', () => {
	test('typing searches, Enter jumps to an actor in its facet, Esc restores', () => {
		let s = run(makeState(), key('tabDays'), key('down'), key('search'));
		expect(mode(s)).toBe('search');
		s = run(s, {type: 'text', text: 'ستولتنبرج'});
		expect(s.overlay?.kind === 'search' && s.overlay.hits[0]).toMatchObject({kind: 'actor', id: miniIds.stoltenberg});
		const jumped = run(s, key('open'));
		expect(jumped.facet).toBe('actors');
		expect(currentValue(jumped)?.id).toBe(miniIds.stoltenberg);
		expect(jumped.lastSearch?.text).toBe('ستولتنبرج');
		const restored = run(s, key('back'));
		expect(restored.facet).toBe('days');
		expect(restored.facetCursor.days).toBe(1);
		expect(restored.overlay).toBeNull();
	});

	test('latin name finds the actor too', () => {
		const s = run(makeState(), key('search'), {type: 'text', text: 'stoltenberg'}, key('open'));
		expect(currentValue(s)?.id).toBe(miniIds.stoltenberg);
	});

	test('n and N cycle through the last search', () => {
		const s = run(makeState(), key('search'), {type: 'text', text: 'موسكو'});
		const hits = s.overlay?.kind === 'search' ? s.overlay.hits : [];
		expect(hits.length).toBeGreaterThan(1);
		const after = run(s, key('open'), key('nextMatch'));
		expect(after.lastSearch?.index).toBe(1);
		expect(run(after, key('prevMatch')).lastSearch?.index).toBe(0);
		expect(run(makeState(), key('nextMatch')).message).toMatch(/search/);
	});
});

describe('other screens', () => {
	test('reader keys toggle boilerplate and bidi and move by sentence', () => {
		let s = run(makeState(), key('open'), key('open'));
		s = run(s, key('boilerplate'), key('toggleBidi'), key('top'));
		expect(screen(s)).toMatchObject({mode: 'reader', boilerplate: true, bidiOff: true, cursor: 0});
		s = run(s, key('copy'));
		expect(s.effect?.kind).toBe('copy');
	});

	test('help opens from anywhere and closes with Esc or ?', () => {
		const s = run(makeState(), key('help'));
		expect(mode(s)).toBe('help');
		expect(mode(run(s, key('back')))).toBe('browse');
		expect(mode(run(s, key('help')))).toBe('browse');
	});

	test('comparison scrolls columns and changes how many fit', () => {
		let s = run(makeState({columns: 60}), key('tabEvents'), key('compare'));
		const top = screen(s);
		expect(top.mode).toBe('compare');
		s = run(s, key('right'), key('right'), key('right'));
		const moved = screen(s);
		expect(moved.mode === 'compare' && moved.column).toBeGreaterThan(0);
		expect(moved.mode === 'compare' && moved.firstColumn).toBeGreaterThan(0);
		s = run(s, key('fewerColumns'));
		const fewer = screen(s);
		expect(fewer.mode === 'compare' && fewer.columnsVisible).toBe(1);
		s = run(s, key('toggleCharts'));
		expect(screen(s)).toMatchObject({showCharts: true});
	});

	test('resize records the size; below 60×16 is too small', () => {
		expect(tooSmall(run(makeState(), {type: 'resize', columns: 50, rows: 12}))).toBe(true);
		expect(tooSmall(run(makeState(), {type: 'resize', columns: 60, rows: 16}))).toBe(false);
	});
});
