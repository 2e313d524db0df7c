// The explorer asks for a screenful of hits per kind: sentences must not crowd
// out actors, and the limit must not change which hit comes first.
import {describe, expect, it} from 'vitest';
import {buildSearchIndex, runSearch} from '../../source/search/index.js';
import {miniDataset} from '../fixtures/mini-dataset.js';

const index = buildSearchIndex(miniDataset);

describe('search limits', () => {
	it('caps each kind separately with perKind', () => {
		const all = runSearch(index, 'ستولتنبرغ');
		const capped = runSearch(index, 'ستولتنبرغ', {perKind: 1});
		const kinds = new Set(all.map(h => h.kind));
		expect(kinds.size).toBeGreaterThan(1);
		for (const kind of kinds) expect(capped.filter(h => h.kind === kind)).toHaveLength(1);
		for (const kind of kinds) expect(capped.find(h => h.kind === kind)!.id).toBe(all.find(h => h.kind === kind)!.id);
	});
});
