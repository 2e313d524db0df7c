// The stored search index's builder is written once and lets its indexes go
// (stored-index.ts): what it wrote must read back, and a second write, or a
// sentence added after the write, must fail rather than write an index
// without what came before.
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
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

	it('writes the same bytes when the sentences are written ahead of the events', () => {
		const made = (dir: string, ahead: boolean) => {
			const search = createSearchIndexBuilder();
			const sentences = ['التقى الرئيسان في جنيف', 'وقال المتحدث إن المحادثات بناءة', 'Talks in Geneva ended'];
			sentences.forEach((s, k) => {
				if (k !== 1) search.addArticle({title: `عنوان ${k}`, outlet: 'الجزيرة'});
				search.addSentenceNorm(searchText(s));
			});
			if (ahead) {
				search.writeSentences(dir);
				expect(() => search.addSentenceNorm('جنيف')).toThrow(/written already/);
				search.addArticle({title: 'بعد الجمل', outlet: null});
			} else search.addArticle({title: 'بعد الجمل', outlet: null});
			search.write(dir, [{label: 'Geneva summit', labelAr: 'قمة جنيف', type: 'meeting'}]);
			return ['search.bin', 'search.json'].map(f => readFileSync(join(dir, f)));
		};
		const [whole, ahead] = ['whole', 'ahead'].map(d => {
			mkdirSync(join(work, d));
			return made(join(work, d), d === 'ahead');
		});
		expect(ahead).toEqual(whole);
		const stored = openStoredIndex(join(work, 'ahead'))!;
		expect(stored.sentences.text(2)).toBe(searchText('Talks in Geneva ended'));
		expect(stored.articles.text(2)).toContain(searchText('بعد الجمل'));
		stored.close();
	});
});
