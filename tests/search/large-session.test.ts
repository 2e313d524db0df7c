// On a corpus where a short query matches thousands of records, the session
// ranks only a first screenful: it must still count every match, show only
// records that contain the query, and agree with a plain scan once the query
// is long enough to list its matches.
import {describe, expect, it} from 'vitest';
import {createSearchSession, type SearchIndex} from '../../source/search/search.js';
import {searchQuery} from '../../source/search/normalise-text.js';
import {buildTextIndex, fuzzyCandidates, type SearchRecord} from '../../source/search/text-index.js';
import {scanContains} from './scan.js';
import {trigramKey, charIds} from '../../source/search/grams.js';

// A small alphabet makes two- and three-letter queries match most records;
// it has no proclitic letter, so every top hit contains the query itself.
const letters = [...'اتسمنر', ' '];
function corpus(size: number, seed: number): SearchRecord[] {
	let s = seed;
	const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return Array.from({length: size}, (_, i) => {
		const text = Array.from({length: 20 + Math.floor(next() * 60)}, () => letters[Math.floor(next() * letters.length)]).join('');
		return {kind: 'sentence', id: `s${i}`, label: text, fields: [text]};
	});
}

const records = corpus(9000, 7);
const empty = () => buildTextIndex([]);
const index: SearchIndex = {
	kinds: {actor: empty(), event: empty(), source: empty(), article: empty(), sentence: buildTextIndex(records)},
	actorSentences: new Map(),
};

describe('a session on a large corpus', () => {
	const queries = [records[11]!.fields[0]!.slice(3, 12), records[4000]!.fields[0]!.slice(10, 17), records[8999]!.fields[0]!.slice(0, 6)];
	for (const typed of queries) {
		it(`counts every match and shows only matches while typing ${JSON.stringify(typed)}`, () => {
			const session = createSearchSession(index, {perKind: 20});
			let sawUnlisted = false;
			for (let i = 1; i <= typed.length; i++) {
				const hits = session.update(typed.slice(0, i));
				const q = searchQuery(typed.slice(0, i));
				if (q.length < 2) continue;
				const scanned = scanContains(records, q);
				expect(session.lastDirectCounts.sentence, q).toBe(scanned.length);
				const total = session.lastTotals!().sentence!;
				if (total.exact) expect(total.count, q).toBe(scanned.length);
				else expect(total.count, q).toBeGreaterThanOrEqual(scanned.length);
				if (!total.listed) sawUnlisted = true;
				const contained = new Set(scanned.map(d => records[d]!.id));
				const direct = hits.filter(h => h.score >= 0.75);
				expect(direct.length, q).toBe(Math.min(20, scanned.length));
				for (const h of direct) expect(contained.has(h.id), `${q} ${h.id}`).toBe(true);
			}
			// The first letters match thousands of records: they were never listed.
			expect(sawUnlisted).toBe(true);
		});
	}
});

describe('fuzzy candidates', () => {
	const ix = index.kinds.sentence;
	const trigramsOf = (text: string) => {
		const ids = charIds(ix.alphabet, text, false);
		const out = new Set<number>();
		for (let i = 0; i + 3 <= text.length; i++) if (!text.slice(i, i + 3).includes(' ')) out.add(trigramKey(ids, i));
		return out;
	};
	for (const q of ['سمنرت', 'تسمنرا', 'منسات رمس']) {
		it(`count shared trigrams exactly, read whole or sampled (${q})`, () => {
			const keys = trigramsOf(q);
			const shared = records.map(r => {
				const own = trigramsOf(searchQuery(r.fields[0]!));
				return [...keys].filter(k => own.has(k)).length;
			});
			const need = Math.max(keys.size >= 2 ? 2 : 1, Math.ceil(keys.size * 0.5));
			const all = fuzzyCandidates(ix, q, {max: 1e9});
			const expected = shared
				.map((n, doc) => ({doc, shared: n}))
				.filter(c => c.shared >= need)
				.sort((a, b) => b.shared - a.shared || a.doc - b.doc);
			expect(all).toEqual(expected);
			const sampled = fuzzyCandidates(ix, q, {max: 50, sample: 300});
			expect(sampled.length).toBeGreaterThan(0);
			for (const c of sampled) expect(c.shared).toBe(shared[c.doc]);
		});
	}
});
