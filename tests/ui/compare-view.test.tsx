import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {compareEvent} from '../../source/compare/index.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {buildQuery} from '../../source/query/build.js';
import {layoutComparison} from '../../source/compare/view-layout.js';
import {CompareView, visibleColumnCount} from '../../source/ui/components/compare-view.js';
import {miniDataset, miniIds} from '../fixtures/mini-dataset.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const query = buildQuery(miniDataset);
const compareIn = (ds: Dataset, id: string) => compareEvent(buildQuery(ds).comparisonInputs(id)!);
const comparison = compareIn(miniDataset, miniIds.nrcEvent);

function frame(props: Partial<Parameters<typeof CompareView>[0]> & {width: number; height: number}) {
	const {lastFrame, unmount} = render(
		<CompareView
			comparison={comparison}
			sentences={query}
			firstColumn={0}
			columnsVisible={4}
			cursor={{row: 0, column: 0}}
			showCharts={false}
			marked={new Set()}
			noColor={true}
			{...props}
		/>,
	);
	const out = lastFrame() ?? '';
	unmount();
	return out;
}

describe('CompareView', () => {
	for (const [width, height] of [
		[120, 35],
		[80, 24],
	] as const) {
		it(`fits ${width}×${height}: no line wider than the terminal, no more lines than the height`, () => {
			for (const showCharts of [false, true]) {
				const out = frame({width, height, showCharts});
				const lines = out.split('\n');
				expect(lines.length).toBeLessThanOrEqual(height);
				for (const l of lines) expect(stringWidth(l.replace(ANSI, ''))).toBeLessThanOrEqual(width);
			}
		});
	}

	it('shows as many 28-column outlets as fit, and scrolls by firstColumn', () => {
		expect(visibleColumnCount(120, 4, 3)).toBe(3);
		expect(visibleColumnCount(80, 4, 3)).toBe(2);
		expect(visibleColumnCount(120, 1, 3)).toBe(1);
		expect(visibleColumnCount(20, 4, 3)).toBe(1);
		const at80 = frame({width: 80, height: 24});
		expect(at80).toContain('Unattributed (000)');
		expect(at80).not.toContain('Al Jazeera');
		const scrolled = frame({width: 80, height: 24, firstColumn: 1});
		expect(scrolled).toContain('Al Jazeera');
		expect(scrolled).not.toContain('Unattributed (000) ·');
	});

	it('marks conflicts with ≠ even without colour, and omissions with —', () => {
		const out = frame({width: 120, height: 35});
		// The grid's Date row: only the odd one out (13 Jan, one outlet of three) carries the mark.
		const dateLine = out.split('\n').find(l => /^≠ Date\s{2,}/.test(l))!;
		expect(dateLine).toContain('≠ 2022-01-13');
		expect(dateLine).not.toContain('≠ 2022-01-12');
		expect(dateLine.match(/2022-01-12/g)).toHaveLength(2);
		// Above the grid, whatever columns are in view: the conflict with who says what and when they wrote.
		const narrow = frame({width: 80, height: 24, columnsVisible: 1});
		expect(narrow.replace(/\s*\n\s*/g, ' ')).toMatch(/≠ Date: 2022-01-12 \(#000, 26 Dec 2021; Sputnik Arabic, 12 Jan\) vs 2022-01-13 \(Al Jazeera, 13 Jan\)/);
		expect(out.split('\n').find(l => l.includes('Numbers'))).toContain('—');
	});

	it('highlights the selected cell by inverse video (not only colour) and marks marked statements', () => {
		const markedId = comparison.rows[1]!.cells['000_mini']![0]!;
		const lines = layoutComparison(comparison, query, {
			width: 120,
			height: 35,
			firstColumn: 0,
			columnsVisible: 4,
			cursor: {row: 0, column: 1},
			showCharts: false,
			marked: new Set([markedId]),
			noColor: true,
		});
		const inverse = lines
			.flat()
			.filter(s => s.inverse)
			.map(s => s.text.trim())
			.filter(Boolean);
		const sentence = miniDataset.articles[1]!.sentences.find(s => s.id === comparison.rows[0]!.cells['001_mini']![0])!;
		expect(inverse.length).toBeGreaterThan(0);
		expect(sentence.text.replace(/\s+/g, ' ').startsWith(inverse[0]!)).toBe(true);
		expect(lines.flat().some(s => s.color)).toBe(false);
		const out = frame({width: 120, height: 35, marked: new Set([markedId])});
		expect(out).toContain('● ');
	});

	it('draws voice bars proportional to the counts, whatever the length of the names', () => {
		const voice = (name: string, count: number) => ({speaker: name, name, affiliation: 'other' as const, kind: 'person' as const, count});
		const first = comparison.columns[0]!.article;
		const c = {
			...comparison,
			voices: {[first]: [voice('A Very Long Speaker Name Indeed', 4), voice('Bo', 2), voice('Another Rather Long Name', 2), voice('Someone Else Entirely', 1)]},
			citations: {},
		};
		const lines = layoutComparison(c, query, {
			width: 120,
			height: 60,
			firstColumn: 0,
			columnsVisible: 1,
			cursor: {row: 0, column: 0},
			showCharts: true,
			marked: new Set(),
			noColor: true,
		});
		const text = lines.map(l => l.map(seg => seg.text).join(''));
		const bar = (name: string) => /(█+)/.exec(text.find(l => l.includes(name))!)![1]!.length;
		expect(bar('A Very Long')).toBe(2 * bar('Bo'));
		// Equal counts, equal bars, however long the name beside them.
		expect(bar('Another Rather')).toBe(bar('Bo'));
		expect(bar('Someone Else')).toBeLessThan(bar('Bo'));
	});

	it('stays within a small height, keeping the cursor row in view', () => {
		const last = comparison.rows.length - 1;
		const out = frame({width: 80, height: 14, cursor: {row: last, column: 0}});
		expect(out.split('\n').length).toBeLessThanOrEqual(14);
		expect(out).toContain(`${last + 1}. ${comparison.rows[last]!.title.slice(0, 20)}`);
	});

	it('says "reported only by" when a single outlet reports the event', () => {
		const single = compareIn(
			{
				...miniDataset,
				events: miniDataset.events.map(e => (e.id === miniIds.genevaEvent ? {...e, articles: ['001_mini']} : e)),
				articles: miniDataset.articles.filter(a => a.id !== '002_mini'),
			},
			miniIds.genevaEvent,
		);
		const {lastFrame, unmount} = render(
			<CompareView
				comparison={single}
				sentences={query}
				width={80}
				height={24}
				firstColumn={0}
				columnsVisible={3}
				cursor={{row: 0, column: 0}}
				showCharts={false}
				marked={new Set()}
				noColor={true}
			/>,
		);
		expect(lastFrame()).toContain('Reported only by Sputnik Arabic');
		unmount();
	});

	it('draws voices and citations as bars when showCharts', () => {
		const out = frame({width: 120, height: 35, showCharts: true});
		expect(out).toMatch(/█+ 1 Jens Stoltenberg/);
		expect(out).toContain('Citations');
		expect(out).toContain('TASS');
	});
});
