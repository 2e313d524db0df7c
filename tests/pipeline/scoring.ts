// Scoring the pipeline against hand annotations (the seeds' gold file and the
// held-out set share one shape): per-field precision, recall and F1, printed
// per article so a regression shows where it happened.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Article, Dataset} from '../../source/dataset/schema.js';
import {normalise} from '../../source/arabic/normalise.js';
import {ingestFolder} from '../../source/ingest/run.js';

export type GoldArticle = {
	file: string;
	outlet: string | null;
	title: string;
	published: string;
	boilerplate_lines: number[];
	caption_lines?: number[];
	actors: string[];
	organisations: string[];
	cited_sources: string[];
	places: string[];
	dates: string[];
	attributions: Array<{line: number; speaker: string; verb: string}>;
};

/** Names compared case- and accent-insensitively, hyphen and dash alike, as the gold files say. */
export const key = (s: string) =>
	s
		// German umlauts are written both ways in English (Plötner / Ploetner).
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ä/g, 'ae')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[–—-]/g, '-')
		.toLowerCase()
		.trim();

export type Score = {tp: number; fp: number; fn: number};
export const f1 = ({tp, fp, fn}: Score) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
export const fmt = (s: Score) => {
	const p = s.tp / Math.max(1, s.tp + s.fp);
	const r = s.tp / Math.max(1, s.tp + s.fn);
	return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(s).toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
};

export function compareSets(predicted: Set<string>, expected: Set<string>): Score & {extra: string[]; missing: string[]} {
	const extra = [...predicted].filter(x => !expected.has(x));
	const missing = [...expected].filter(x => !predicted.has(x));
	return {tp: predicted.size - extra.length, fp: extra.length, fn: missing.length, extra, missing};
}

/** Field extractors and a scorer over one dataset and its gold articles. */
export function scoring(dataset: () => Dataset, gold: GoldArticle[]) {
	const articleOf = (g: GoldArticle): Article => {
		const id = g.file.replace(/\.txt$/, '');
		const a = dataset().articles.find(x => x.id === id);
		if (!a) throw new Error(`article ${g.file} missing from the dataset`);
		return a;
	};
	const scoreField = (name: string, predict: (g: GoldArticle) => Set<string>, expected: (g: GoldArticle) => string[]): Score => {
		const total: Score = {tp: 0, fp: 0, fn: 0};
		const lines: string[] = [];
		for (const g of gold) {
			const s = compareSets(predict(g), new Set(expected(g).map(key)));
			total.tp += s.tp;
			total.fp += s.fp;
			total.fn += s.fn;
			lines.push(
				`  ${g.file.slice(0, 3)} ${fmt(s)}${s.extra.length ? ` extra: ${s.extra.join(', ')}` : ''}${s.missing.length ? ` missing: ${s.missing.join(', ')}` : ''}`,
			);
		}
		console.log(`${name}: micro ${fmt(total)}\n${lines.join('\n')}`);
		return total;
	};
	const sentences = (g: GoldArticle) => articleOf(g).sentences;
	return {
		articleOf,
		scoreField,
		actorsOf: (g: GoldArticle) => new Set(sentences(g).flatMap(x => x.actors.map(a => key(a.nameEn)))),
		agenciesOf: (g: GoldArticle) => new Set(sentences(g).flatMap(x => x.citedSources.filter(c => c.kind === 'agency').map(c => key(c.name)))),
		datesOf: (g: GoldArticle) =>
			new Set(
				sentences(g).flatMap(x => x.dates.filter(d => d.value !== null && d.qualifier === null).flatMap(d => [d.value!, ...(d.rangeEnd ? [d.rangeEnd] : [])])),
			),
		organisationsOf: (g: GoldArticle) => new Set(sentences(g).flatMap(x => x.organizations.map(o => key(o.nameEn)))),
		placesOf: (g: GoldArticle) => new Set(sentences(g).flatMap(x => x.places.map(p => key(p.nameEn)))),
	};
}

/** Share of gold attributions found: same line, same verb, same speaker (an unnamed one: a role, no person). */
export function attributionRecall(gold: GoldArticle[], articleOf: (g: GoldArticle) => Article, normalise: (s: string) => string): number {
	let found = 0;
	let total = 0;
	const misses: string[] = [];
	for (const g of gold) {
		const a = articleOf(g);
		for (const want of g.attributions) {
			total++;
			const unnamed = want.speaker.includes('(unnamed)');
			const hit = a.sentences.some(
				s =>
					s.line === want.line &&
					s.attribution !== null &&
					normalise(s.attribution.verb) === normalise(want.verb) &&
					(unnamed ? s.attribution.speaker === null && s.attribution.role !== null : key(s.attribution.speaker?.nameEn ?? '') === key(want.speaker)),
			);
			if (hit) found++;
			else {
				const got = a.sentences.find(s => s.line === want.line)?.attribution;
				misses.push(`${g.file.slice(0, 3)}:${want.line} ${want.speaker} ${want.verb} (got ${got ? `${got.speaker?.nameEn ?? got.role} ${got.verb}` : 'none'})`);
			}
		}
	}
	console.log(`attribution recall ${(found / total).toFixed(3)} (${found}/${total})${misses.length ? `\n  missing: ${misses.join('\n  missing: ')}` : ''}`);
	return found / total;
}

/** Minimum scores a held-out batch must keep (set below what it reached, so a regression fails). */
export type HeldOutGates = {
	actors: number;
	citedSources: number;
	dates: number;
	organisationsAndPlaces: number;
	/** Line-level F1 of removed boilerplate; `note` says what is known to be missing. */
	boilerplate: number;
	boilerplateNote?: string;
	/** Share of titles, outlets and publication dates right. */
	heads: number;
	attribution: number;
};

/**
 * The checks every held-out batch runs: ingest the folder with its manifest,
 * score each field against gold.json, fail below the gates. Returns the
 * dataset's getter for checks of the batch's own.
 */
export function heldOutChecks(name: string, dir: string, gates: HeldOutGates): () => Dataset {
	const gold = JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as {articles: GoldArticle[]};
	let dataset: Dataset;
	beforeAll(async () => {
		dataset = (await ingestFolder(dir, {manifestPath: `${dir}/manifest.json`})).dataset;
	});
	const {articleOf, scoreField, actorsOf, agenciesOf, datesOf, organisationsOf, placesOf} = scoring(() => dataset, gold.articles);
	describe(name, () => {
		it(`finds the actors (micro-F1 ≥ ${gates.actors})`, () => {
			expect(f1(scoreField('actors', actorsOf, g => g.actors))).toBeGreaterThanOrEqual(gates.actors);
		});
		it(`finds the cited agencies (micro-F1 ≥ ${gates.citedSources})`, () => {
			expect(f1(scoreField('cited sources', agenciesOf, g => g.cited_sources))).toBeGreaterThanOrEqual(gates.citedSources);
		});
		it(`normalises the dates (micro-F1 ≥ ${gates.dates})`, () => {
			expect(f1(scoreField('dates', datesOf, g => g.dates))).toBeGreaterThanOrEqual(gates.dates);
		});
		it(`finds organisations and places (micro-F1 ≥ ${gates.organisationsAndPlaces})`, () => {
			expect(f1(scoreField('organisations', organisationsOf, g => g.organisations))).toBeGreaterThanOrEqual(gates.organisationsAndPlaces);
			expect(f1(scoreField('places', placesOf, g => g.places))).toBeGreaterThanOrEqual(gates.organisationsAndPlaces);
		});
		it(`removes boilerplate and keeps body lines (line-level F1 ≥ ${gates.boilerplate}${gates.boilerplateNote ? `; ${gates.boilerplateNote}` : ''})`, () => {
			const s = scoreField(
				'boilerplate lines',
				g => new Set(articleOf(g).boilerplate.map(b => String(b.line))),
				g => g.boilerplate_lines.map(String),
			);
			expect(f1(s)).toBeGreaterThanOrEqual(gates.boilerplate);
		});
		it(`gets titles, outlets and publication dates (≥ ${gates.heads})`, () => {
			const wrong: string[] = [];
			for (const g of gold.articles) {
				const a = articleOf(g);
				if (a.title !== g.title) wrong.push(`${g.file.slice(0, 3)} title: ${a.title}`);
				if (a.outlet !== g.outlet) wrong.push(`${g.file.slice(0, 3)} outlet: ${a.outlet} (want ${g.outlet})`);
				if (a.published !== g.published) wrong.push(`${g.file.slice(0, 3)} published: ${a.published} (want ${g.published})`);
			}
			const n = gold.articles.length * 3;
			console.log(`titles/outlets/published: ${n - wrong.length}/${n}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
			expect((n - wrong.length) / n).toBeGreaterThanOrEqual(gates.heads);
		});
		it(`attributes statements to their speakers (recall ≥ ${gates.attribution})`, () => {
			expect(attributionRecall(gold.articles, articleOf, normalise)).toBeGreaterThanOrEqual(gates.attribution);
		});
	});
	return () => dataset;
}
