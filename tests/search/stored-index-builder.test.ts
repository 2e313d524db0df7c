// The stored search index's builder is written once and lets its indexes go
// (stored-index.ts): what it wrote must read back, and a second write, or a
// sentence added after the write, must fail rather than write an index
// without what came before.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {searchText} from '../../source/search/normalise-text.js';
import {createSearchIndexBuilder, openStoredIndex} from '../../source/search/stored-index.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-stored-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

describe('the stored search index builder', () => {
	it('writes what it was given, once', () => {
		const search = createSearchIndexBuilder();
		search.addArticle({title: 'قمة جنيف', outlet: 'الجزيرة'});
		for (const s of ['التقى الرئيسان في جنيف', 'وقال المتحدث إن المحادثات بناءة']) search.addSentenceNorm(searchText(s));
		search.write(work, [{label: 'Geneva summit', labelAr: 'قمة جنيف', type: 'meeting'}]);
		const stored = openStoredIndex(work)!;
		// Each sentence reads back as it was added, in order.
		expect([stored.sentences.text(0), stored.sentences.text(1)]).toEqual(['التقى الرئيسان في جنيف', 'وقال المتحدث ان المحادثات بناءه'].map(searchText));
		expect(stored.events.text(0)).toContain('geneva');
		stored.close();
		expect(() => search.write(work, [])).toThrow(/written already/);
		expect(() => search.addSentenceNorm('جنيف')).toThrow(/written already/);
	});
});
