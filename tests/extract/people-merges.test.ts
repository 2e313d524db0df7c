// The corpus-wide merge of discovered people compares each person only with
// those sharing its last word (corpus.ts). Checked here against the rule as
// written before that index: every pair compared, in the same order.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normalise} from '../../source/arabic/normalise.js';
import {peopleCollector, type PersonRef} from '../../source/ingest/extract/discover/corpus.js';
import {reduces} from '../../source/ingest/extract/discover/name-forms.js';

type P = {id: string; words: string[]; mentions: number};

/** The all-pairs merge: each person, fullest first, joins the one person its name reduces, if exactly one. */
function allPairs(refs: PersonRef[]): Map<string, string> {
	const people = new Map<string, P>();
	for (const r of refs) {
		const w = normalise(r.nameAr).split(/\s+/).filter(Boolean);
		const p = people.get(r.id);
		if (p) {
			p.mentions++;
			if (w.length > p.words.length) p.words = w;
		} else people.set(r.id, {id: r.id, words: w, mentions: 1});
	}
	const sorted = [...people.values()].sort((a, b) => b.words.length - a.words.length || b.mentions - a.mentions || a.id.localeCompare(b.id));
	const into = new Map<string, P>();
	for (const p of sorted) {
		const fits = sorted.filter(q => q !== p && !into.has(q.id) && reduces(p.words, q.words));
		if (fits.length === 1) into.set(p.id, fits[0]!);
	}
	for (const [id, p] of into) {
		let q = p;
		while (into.has(q.id)) q = into.get(q.id)!;
		into.set(id, q);
	}
	return new Map([...into].map(([id, p]) => [id, p.id]));
}

// Few words, so that names share first and last words often.
const word = fc.constantFrom('خليفة', 'حفتر', 'بلقاسم', 'محمد', 'عبد', 'الفتاح', 'البرهان', 'علي');
const ref = fc.record({id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'), words: fc.array(word, {minLength: 0, maxLength: 4})});

describe('the corpus merge of discovered people', () => {
	it('merges as comparing every pair does', () => {
		fc.assert(
			fc.property(fc.array(ref, {maxLength: 30}), raw => {
				const refs = raw.map(r => ({id: r.id, nameEn: r.id, nameAr: r.words.join(' ')}));
				const c = peopleCollector();
				c.addRefs(refs);
				const got = new Map([...c.merges().into].map(([id, p]) => [id, p.id]));
				expect(got).toEqual(allPairs(refs));
			}),
			{numRuns: 500},
		);
	});

	it('joins a surname to the one full name that ends with it, and not to two', () => {
		const refs = (names: string[]) => names.map((nameAr, i) => ({id: `p${i}`, nameEn: `P${i}`, nameAr}));
		const one = peopleCollector();
		one.addRefs(refs(['خليفة بلقاسم حفتر', 'حفتر', 'خليفة حفتر']));
		expect(new Map([...one.merges().into].map(([id, p]) => [id, p.id]))).toEqual(
			new Map([
				['p1', 'p0'],
				['p2', 'p0'],
			]),
		);
		const two = peopleCollector();
		two.addRefs(refs(['خليفة حفتر', 'صدام حفتر', 'حفتر']));
		expect(two.merges().into.size).toBe(0);
	});
});
