// A word index whose forward index goes to a file as its chunks fill
// (word-index.ts, forwardFile), or whose words' lists go to a file past a
// budget (postingsFile), writes the same bytes as one that holds them, and
// leaves no file behind.
import {closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {searchText} from '../../source/search/normalise-text.js';
import {WordIndexBuilder, WordIndexReader} from '../../source/search/word-index.js';

const work = mkdtempSync(join(tmpdir(), 'crisis-forward-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

const words = ['جنيف', 'موسكو', 'الناتو', 'المحادثات', 'talks', 'Geneva', 'قال', 'المتحدث', 'روسيا', 'أوكرانيا'];
// Documents of varied length, some empty, ids past one varint byte (300 distinct words).
const docs = Array.from({length: 400}, (_, d) =>
	Array.from({length: (d * 7) % 23}, (_, k) => (k % 3 === 0 ? `${words[(d + k) % words.length]}${(d * k) % 300}` : words[(d * k) % words.length])).join(' '),
).map(searchText);

function written(builder: WordIndexBuilder, path: string) {
	for (const d of docs) builder.add(d);
	const fd = openSync(path, 'w');
	try {
		// At a position past 0, as the second and third parts of search.bin are.
		return {...builder.write(fd, 40), bytes: () => readFileSync(path)};
	} finally {
		closeSync(fd);
	}
}

describe('the forward index kept in a file while the index is built', () => {
	it('writes the same bytes as the index that held it, for any chunk size', () => {
		const held = written(new WordIndexBuilder(), join(work, 'held.bin'));
		for (const chunk of [16, 64, 1000, 1 << 16]) {
			const file = join(work, `forward-${chunk}`);
			const spilled = written(new WordIndexBuilder({forwardFile: file, chunk}), join(work, `spilled-${chunk}.bin`));
			expect(spilled.table).toEqual(held.table);
			expect(spilled.bytes().equals(held.bytes())).toBe(true);
			expect(existsSync(file)).toBe(false);
		}
		// And reads back as the documents were added.
		const fd = openSync(join(work, 'spilled-16.bin'), 'r');
		const reader = new WordIndexReader(fd, held.table);
		for (const d of [0, 1, 57, 399]) expect(reader.text(d)).toBe(docs[d]!.split(' ').filter(Boolean).join(' '));
		closeSync(fd);
	});

	it("writes the same bytes with its words' lists spilled, for any budget", () => {
		const held = written(new WordIndexBuilder(), join(work, 'held-lists.bin'));
		// 1 byte: a region each time a list grows past its inline bytes; the largest: one region, then the rest held.
		for (const budget of [1, 100, 2000, 1 << 20]) {
			const file = join(work, `postings-${budget}`);
			const forwardFile = join(work, `forward-lists-${budget}`);
			const spilled = written(new WordIndexBuilder({postingsFile: file, postingsBudget: budget, forwardFile, chunk: 64}), join(work, `lists-${budget}.bin`));
			expect(spilled.table).toEqual(held.table);
			expect(spilled.bytes().equals(held.bytes())).toBe(true);
			expect(existsSync(file)).toBe(false);
		}
		// Spilled at a small budget, each word finds its documents as the held index does.
		const fd = openSync(join(work, 'lists-100.bin'), 'r');
		const reader = new WordIndexReader(fd, held.table);
		for (const w of ['جنيف', 'روسيا', 'talks']) {
			const want = docs.flatMap((d, i) => (d.split(' ').includes(searchText(w)) ? [i] : []));
			expect(want.length).toBeGreaterThan(10);
			const ids = reader.wordsWith(searchText(w), 'exact');
			expect(ids.length).toBe(1);
			expect([...reader.postings(ids[0]!)]).toEqual(want);
		}
		closeSync(fd);
	});
});
