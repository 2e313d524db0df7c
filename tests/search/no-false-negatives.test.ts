// The index must never lose a record that a plain scan would find: for any
// query of two or more characters, candidates ⊇ records containing it.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createSearchSession, buildSearchIndex} from '../../source/search/search.js';
import {searchQuery} from '../../source/search/normalise-text.js';
import {buildTextIndex, containing, type SearchRecord} from '../../source/search/text-index.js';
import {scanContains} from './scan.js';
import {miniDataset} from '../fixtures/mini-dataset.js';

// Letters that normalisation folds or drops (hamza forms, ى, ة, harakat,
// tatweel, Arabic-Indic digits, Latin capitals) are over-represented on purpose.
const alphabet = [...'ابتسلمنويرغجكف', 'أ', 'إ', 'آ', 'ى', 'ة', 'ؤ', 'ئ', '\u064E', '\u0651', '\u0640', '٣', '۴', '3', ' ', ' ', '  ', '\n', 'S', 's', 'T'];
const char = fc.constantFrom(...alphabet);
const text = fc.array(char, {minLength: 0, maxLength: 40}).map(cs => cs.join(''));
const fieldLists = fc.array(fc.array(text, {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 30});
const records = fieldLists.map(lists => lists.map((fields, i): SearchRecord => ({kind: 'sentence', id: `r${i}`, label: fields[0]!, fields})));

function sorted(xs: number[]): number[] {
	return [...xs].sort((a, b) => a - b);
}

describe('n-gram index against a brute-force scan', () => {
	it('misses no record containing a substring taken from the records', () => {
		fc.assert(
			fc.property(records, fc.nat(), fc.nat(), fc.integer({min: 1, max: 12}), (rs, pick, from, len) => {
				const r = rs[pick % rs.length]!;
				const field = r.fields[pick % r.fields.length]!;
				const start = field.length ? from % field.length : 0;
				const q = searchQuery(field.slice(start, start + len));
				fc.pre(q.length >= 2);
				const ix = buildTextIndex(rs);
				// Verified candidates are exactly the scan: none lost, none extra.
				expect(sorted(containing(ix, q))).toEqual(scanContains(rs, q));
			}),
			{numRuns: 400},
		);
	});

	it('misses no record for arbitrary queries either', () => {
		fc.assert(
			fc.property(records, text, (rs, raw) => {
				const q = searchQuery(raw);
				fc.pre(q.length >= 2);
				const ix = buildTextIndex(rs);
				expect(sorted(containing(ix, q))).toEqual(scanContains(rs, q));
			}),
			{numRuns: 300},
		);
	});

	it('a session narrowing keystroke by keystroke finds what a fresh search finds', () => {
		const index = buildSearchIndex(miniDataset);
		const sentences = miniDataset.articles.flatMap(a => a.sentences);
		fc.assert(
			fc.property(fc.nat(), fc.nat(), fc.integer({min: 2, max: 15}), (pick, from, len) => {
				const s = sentences[pick % sentences.length]!;
				const start = from % s.text.length;
				const typed = s.text.slice(start, start + len);
				const session = createSearchSession(index, {type: 'sentence'});
				for (let i = 1; i <= typed.length; i++) session.update(typed.slice(0, i));
				const q = searchQuery(typed);
				fc.pre(q.length >= 2);
				const scanned = scanContains(index.kinds.sentence.records, q);
				expect(session.lastDirectCounts.sentence).toBe(scanned.length);
			}),
			{numRuns: 100},
		);
	});

	it('stays complete when the text has more distinct characters than key ids', () => {
		// 1,500 distinct CJK characters force shared ids: candidates grow, none are lost.
		const chars = Array.from({length: 1500}, (_, i) => String.fromCharCode(0x4e00 + i));
		const rs: SearchRecord[] = Array.from({length: 60}, (_, i) => {
			const field = Array.from({length: 30}, (_, k) => chars[(i * 37 + k * 101) % chars.length]).join('');
			return {kind: 'sentence', id: `r${i}`, label: field, fields: [field]};
		});
		const ix = buildTextIndex(rs);
		for (const r of rs) {
			for (const len of [2, 3, 5]) {
				const q = searchQuery(r.fields[0]!.slice(7, 7 + len));
				expect(sorted(containing(ix, q))).toEqual(scanContains(rs, q));
			}
		}
	});
});
