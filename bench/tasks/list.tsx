// Child process: cost of one cursor move in a long list, reducer plus render.
// (1) The explorer's own path: reduce(state, down) and a re-render of the whole
//     Frame on a dataset, in the items pane of the largest facet value.
// (2) The windowed SelectList alone at 100,000 rows (no dataset that big is
//     needed to know what the list component costs per frame).
// argv: dataset.json moves
import {readFileSync} from 'node:fs';
import React from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import type {Dataset} from '../../source/dataset/schema.js';
import {buildQuery} from '../../source/query/build.js';
import {Frame, type AppIo} from '../../source/ui/app.js';
import {SelectList} from '../../source/ui/components/select-list.js';
import {initialState, reduce, type State} from '../../source/ui/state.js';
import {facetOrder, facetValues, items} from '../../source/ui/screens/browse/lists.js';
import {median, percentile} from '../lib/stats.js';

const [dataPath, movesArg] = process.argv.slice(2) as [string, string];
const moves = Number(movesArg);
const dataset = JSON.parse(readFileSync(dataPath, 'utf8')) as Dataset;
const query = buildQuery(dataset);

const io: AppIo = {
	exportMarked: async () => ({count: 0, path: '', command: ''}) as never,
	writeRaw: () => {},
	comparison: () => null,
};

// The facet value with the most sentences: the longest items list the dataset has.
let state: State = initialState(query, {columns: 120, rows: 40});
let best = {facet: state.facet, cursor: 0, count: -1};
for (const facet of facetOrder) {
	facetValues(query, facet).forEach((v, cursor) => {
		if (v.count > best.count) best = {facet, cursor, count: v.count};
	});
}
state = {...state, facet: best.facet, facetCursor: {...state.facetCursor, [best.facet]: best.cursor}};
state = reduce(state, {type: 'key', action: 'nextPane'});
const length = items(state).length;

const app = render(<Frame state={state} io={io} />);
const frame: number[] = [];
// CPU time of the same step: on a shared machine wall time also counts the
// waits for a core, which say nothing about the code.
const frameCpu: number[] = [];
const reducer: number[] = [];
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
for (let i = 0; i < moves; i++) {
	const cpu = process.cpuUsage();
	const a = performance.now();
	state = reduce(state, {type: 'key', action: 'down'});
	const b = performance.now();
	app.rerender(<Frame state={state} io={io} />);
	const c = performance.now();
	frameCpu.push(cpuMs(process.cpuUsage(cpu)));
	reducer.push(b - a);
	frame.push(c - a);
}
const movedTo = state.itemCursor;
app.unmount();

const N = 100_000;
const row = (i: number, selected: boolean) => <Text bold={selected}>{`row ${i} · ${'ستولتنبرغ '.repeat(3)}`}</Text>;
const list = render(<SelectList length={N} cursor={0} limit={30} renderRow={row} />);
const synthetic: number[] = [];
const syntheticCpu: number[] = [];
for (let i = 1; i <= moves; i++) {
	// Jump through the whole list so windows near the end are measured too.
	const cursor = Math.floor((i / moves) * (N - 1));
	const cpu = process.cpuUsage();
	const a = performance.now();
	list.rerender(<SelectList length={N} cursor={cursor} limit={30} renderRow={row} />);
	synthetic.push(performance.now() - a);
	syntheticCpu.push(cpuMs(process.cpuUsage(cpu)));
}
const lastLine = (list.lastFrame() ?? '').split('\n').at(-1) ?? '';
list.unmount();

process.stdout.write(
	`${JSON.stringify({
		explorer: {
			facet: best.facet,
			length,
			moves,
			movedTo,
			frameP50: median(frame),
			frameP95: percentile(frame, 95),
			cpuP50: median(frameCpu),
			cpuP95: percentile(frameCpu, 95),
			reducerP50: median(reducer),
		},
		selectList: {
			length: N,
			moves,
			frameP50: median(synthetic),
			frameP95: percentile(synthetic, 95),
			cpuP50: median(syntheticCpu),
			cpuP95: percentile(syntheticCpu, 95),
			lastLine,
		},
	})}\n`,
);
