// Folders import each other without cycles, and the explorer never reaches
// into ingest: the architecture a newcomer reads from the folder names holds.
import {describe, expect, it} from 'vitest';
import {folderCycles, folderEdges, type FolderEdge} from './folder-graph.js';

const edges = folderEdges('source');
const describeEdges = (list: FolderEdge[]) => list.map(e => `${e.file} → ${e.specifier}`);

describe('source/ folder graph', () => {
	it('reads the imports it is about', () => {
		// Guard against a parser that finds nothing (a test that cannot fail).
		expect(edges.some(e => e.from === 'ui' && e.to === 'query')).toBe(true);
		expect(edges.some(e => e.from === 'ingest' && e.to === 'dataset')).toBe(true);
	});

	it('finds a cycle when there is one', () => {
		const cyclic: FolderEdge[] = [
			{from: 'a', to: 'b', file: 'a/x.ts', specifier: '../b/y.js'},
			{from: 'b', to: 'c', file: 'b/y.ts', specifier: '../c/z.js'},
			{from: 'c', to: 'a', file: 'c/z.ts', specifier: '../a/x.js'},
			{from: 'c', to: 'd', file: 'c/z.ts', specifier: '../d/w.js'},
		];
		expect(folderCycles(cyclic)).toEqual([['a', 'b', 'c']]);
	});

	it('has no cycle between top-level folders', () => {
		const cycles = folderCycles(edges);
		const detail = cycles.map(c => ({cycle: c, edges: describeEdges(edges.filter(e => c.includes(e.from) && c.includes(e.to)))}));
		expect(detail).toEqual([]);
	});

	it('keeps the explorer and the commands that read out of ingest', () => {
		expect(describeEdges(edges.filter(e => e.from === 'ui' && e.to === 'ingest'))).toEqual([]);
		expect(
			describeEdges(edges.filter(e => (e.from === 'query' || e.from === 'search' || e.from === 'compare' || e.from === 'export') && e.to === 'ingest')),
		).toEqual([]);
	});
});
