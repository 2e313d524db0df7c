// People, organisations and places in articles about crises the lexicon does
// not cover, written for this project and annotated by hand before the
// discovery code first ran on them: tests/fixtures/discover (six articles the
// rules were tuned on) and tests/fixtures/discover2 (four more). On its first
// run, before any change it prompted, discover2 scored people P 1.00 R 0.81,
// organisations P 0.86 R 0.50, places P 0.93 R 0.93: that is the honest
// measure; the general fixes it then showed are in the git log. People are
// compared by their Arabic name as written in full, organisations by any
// Arabic form or the English name, places by gazetteer id. Precision matters
// as much as recall: a "person" that is a place, a body or a common word
// after قال costs as much as a missed one.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {normalise} from '../../source/arabic/normalise.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {f1, fmt, key, type Score} from './scoring.js';

type Gold = {articles: Array<{file: string; people: Array<[string, string]>; organisations: Array<[string[], string]>; places: string[]}>};
const arabic = (s: string) => normalise(s).replace(/\s+/g, ' ').trim();

const add = (a: Score, b: Score) => ({tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn});
const precision = (s: Score) => s.tp / Math.max(1, s.tp + s.fp);
const recall = (s: Score) => s.tp / Math.max(1, s.tp + s.fn);

type Gates = {people: [number, number]; organisations: [number, number]; places: [number, number]};

function measure(dir: string, gates: Gates) {
	const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as Gold;
	let dataset: Dataset;
	beforeAll(async () => {
		dataset = (await ingestFolder(dir)).dataset;
	});
	const articleOf = (file: string) => dataset.articles.find(a => a.id === file.replace(/\.txt$/, ''))!;

	function scorePeople() {
		let total: Score = {tp: 0, fp: 0, fn: 0};
		const lines: string[] = [];
		const english: string[] = [];
		for (const g of gold.articles) {
			const ids = new Set(articleOf(g.file).sentences.flatMap(s => s.actors.map(a => a.id)));
			const found = new Map([...ids].map(id => dataset.actors.find(a => a.id === id)!).map(a => [arabic(a.nameAr), a]));
			const want = new Map(g.people.map(([ar, en]) => [arabic(ar), en]));
			const extra = [...found.keys()].filter(k => !want.has(k));
			const missing = [...want.keys()].filter(k => !found.has(k));
			const s = {tp: found.size - extra.length, fp: extra.length, fn: missing.length};
			total = add(total, s);
			for (const [k, a] of found) if (want.has(k) && key(a.nameEn) !== key(want.get(k)!)) english.push(`${a.nameEn} (agencies: ${want.get(k)})`);
			lines.push(
				`  ${g.file.slice(0, 3)} ${fmt(s)}${extra.length ? ` extra: ${extra.join('، ')}` : ''}${missing.length ? ` missing: ${missing.join('، ')}` : ''}`,
			);
		}
		console.log(`people: micro ${fmt(total)}\n${lines.join('\n')}\n  English names that differ from the agencies' spelling: ${english.join('; ') || 'none'}`);
		return total;
	}

	function scoreOrganisations() {
		let total: Score = {tp: 0, fp: 0, fn: 0};
		const lines: string[] = [];
		for (const g of gold.articles) {
			const ids = new Set(articleOf(g.file).sentences.flatMap(s => s.organizations.map(o => o.id)));
			const found = [...ids].map(id => dataset.organizations.find(o => o.id === id)!);
			const names = (o: (typeof found)[number]) => new Set([arabic(o.nameAr), ...o.aliases.map(arabic), key(o.nameEn)]);
			const hit = (w: [string[], string], o: (typeof found)[number]) => w[0].some(ar => names(o).has(arabic(ar))) || names(o).has(key(w[1]));
			const missing = g.organisations.filter(w => !found.some(o => hit(w, o)));
			const extra = found.filter(o => !g.organisations.some(w => hit(w, o)));
			const s = {tp: g.organisations.length - missing.length, fp: extra.length, fn: missing.length};
			total = add(total, s);
			lines.push(
				`  ${g.file.slice(0, 3)} ${fmt(s)}${extra.length ? ` extra: ${extra.map(o => o.nameEn).join(', ')}` : ''}${missing.length ? ` missing: ${missing.map(w => w[1]).join(', ')}` : ''}`,
			);
		}
		console.log(`organisations: micro ${fmt(total)}\n${lines.join('\n')}`);
		return total;
	}

	function scorePlaces() {
		let total: Score = {tp: 0, fp: 0, fn: 0};
		const lines: string[] = [];
		for (const g of gold.articles) {
			const found = new Set(articleOf(g.file).sentences.flatMap(s => s.places.map(p => p.id)));
			const want = new Set(g.places);
			const extra = [...found].filter(p => !want.has(p));
			const missing = [...want].filter(p => !found.has(p));
			const s = {tp: found.size - extra.length, fp: extra.length, fn: missing.length};
			total = add(total, s);
			lines.push(
				`  ${g.file.slice(0, 3)} ${fmt(s)}${extra.length ? ` extra: ${extra.join(', ')}` : ''}${missing.length ? ` missing: ${missing.join(', ')}` : ''}`,
			);
		}
		console.log(`places: micro ${fmt(total)}\n${lines.join('\n')}`);
		return total;
	}

	describe(`people, organisations and places no lexicon names (${dir})`, () => {
		const check = (name: string, score: () => Score, [p, r]: [number, number]) =>
			it(`finds the ${name} (precision ≥ ${p}, recall ≥ ${r})`, () => {
				const s = score();
				expect(precision(s)).toBeGreaterThanOrEqual(p);
				expect(recall(s)).toBeGreaterThanOrEqual(r);
				expect(f1(s)).toBeGreaterThan(0);
			});
		check('people', scorePeople, gates.people);
		check('organisations', scoreOrganisations, gates.organisations);
		check('places', scorePlaces, gates.places);
	});
}

measure('tests/fixtures/discover', {people: [0.9, 0.85], organisations: [0.9, 0.85], places: [0.9, 0.9]});
measure('tests/fixtures/discover2', {people: [0.9, 0.8], organisations: [0.85, 0.7], places: [0.9, 0.85]});
// Run once after every rule was in place, and left as it scored (people P 0.83 R 0.56, organisations
// P 1.00 R 0.73, places P 1.00 R 1.00: a name after the title word أمير, an Afghan name after a body
// with no anchor, a spokesman's name after an unknown given name are missed): the gates sit just below.
measure('tests/fixtures/discover3', {people: [0.8, 0.5], organisations: [0.9, 0.7], places: [0.9, 0.9]});
