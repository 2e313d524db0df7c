// A word index whose forward index goes to a file as its chunks fill
// (word-index.ts, forwardFile) writes the same bytes as one that holds it,
// and leaves no file behind.
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
			const spilled = written(new WordIndexBuilder(file, chunk), join(work, `spilled-${chunk}.bin`));
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
});
