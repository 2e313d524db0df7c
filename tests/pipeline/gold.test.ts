// The whole pipeline scored against the hand annotations of the five seed
// articles (tests/fixtures/seeds-gold.json, a copy of shared/eval). The gold
// file is only ever read here, never by source/. Scores are printed per field
// and per article so a regression shows where it happened.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {Dataset as DatasetSchema} from '../../source/dataset/schema.js';
import {ingestFolder} from '../../source/ingest/run.js';
import {normalise} from '../../source/arabic/normalise.js';
import {attributionRecall, f1, key, scoring, type GoldArticle} from './scoring.js';

type GoldEvent = {key: string; date: string | null; end?: string; place: string; articles: string[]};
const gold = JSON.parse(readFileSync('tests/fixtures/seeds-gold.json', 'utf8')) as {articles: GoldArticle[]; events: GoldEvent[]};

let dataset: Dataset;
beforeAll(async () => {
	const result = await ingestFolder('data/raw', {manifestPath: 'data/raw/manifest.json'});
	dataset = result.dataset;
});
const {articleOf, scoreField, actorsOf, agenciesOf, datesOf, organisationsOf, placesOf} = scoring(() => dataset, gold.articles);

describe('pipeline against the gold annotations', () => {
	it('validates against the dataset schema', () => {
		expect(() => DatasetSchema.parse(dataset)).not.toThrow();
	});

	it('finds the actors (micro-F1 ≥ 0.95)', () => {
		const s = scoreField('actors', actorsOf, g => g.actors);
		expect(f1(s)).toBeGreaterThanOrEqual(0.95);
	});

	it('finds the cited agencies (micro-F1 ≥ 0.95)', () => {
		const s = scoreField('cited sources', agenciesOf, g => g.cited_sources);
		expect(f1(s)).toBeGreaterThanOrEqual(0.95);
	});

	it('normalises the dates (micro-F1 ≥ 0.95)', () => {
		const s = scoreField('dates', datesOf, g => g.dates);
		expect(f1(s)).toBeGreaterThanOrEqual(0.95);
	});

	it('reports organisations and places (printed, not gated)', () => {
		scoreField('organisations', organisationsOf, g => g.organisations);
		scoreField('places', placesOf, g => g.places);
	});

	it('removes every gold boilerplate line and loses no body line', () => {
		for (const g of gold.articles) {
			const a = articleOf(g);
			expect(
				a.boilerplate.map(b => b.line).sort((x, y) => x - y),
				`${g.file} boilerplate`,
			).toEqual([...g.boilerplate_lines].sort((x, y) => x - y));
			const raw = readFileSync(`data/raw/${g.file}`, 'utf8').split('\n');
			const kept = new Set(a.sentences.map(s => s.line));
			raw.forEach((line, i) => {
				if (line.trim() === '' || g.boilerplate_lines.includes(i + 1)) return;
				expect(kept.has(i + 1), `${g.file} line ${i + 1} lost: ${line.slice(0, 60)}`).toBe(true);
			});
		}
	});

	it('gets every title and outlet', () => {
		for (const g of gold.articles) {
			expect(articleOf(g).title, g.file).toBe(g.title);
			expect(articleOf(g).outlet, g.file).toBe(g.outlet);
		}
	});

	it('knows when each article was published', () => {
		for (const g of gold.articles) expect(articleOf(g).published, g.file).toBe(g.published);
	});

	it('attributes statements to their speakers (recall ≥ 0.9)', () => {
		expect(attributionRecall(gold.articles, articleOf, normalise)).toBeGreaterThanOrEqual(0.9);
	});

	it('finds all seven gold events with the gold date and at least the gold articles', () => {
		const lines: string[] = [];
		for (const g of gold.events) {
			const match = dataset.events.find(
				e =>
					e.date === g.date &&
					(g.end === undefined || e.end === g.end) &&
					key(e.place ?? '') === key(g.place) &&
					g.articles.every(n => e.articles.some(a => a.startsWith(n))),
			);
			lines.push(`  ${match ? 'found' : 'MISSING'} ${g.key} → ${match ? `${match.id} [${match.articles.map(a => a.slice(0, 3)).join(' ')}]` : ''}`);
		}
		console.log(`events:\n${lines.join('\n')}\n  all: ${dataset.events.map(e => `${e.id} (${e.articles.map(a => a.slice(0, 3)).join(' ')})`).join(', ')}`);
		expect(lines.filter(l => l.includes('MISSING'))).toEqual([]);
	});

	it('carries both claimed dates of the Geneva talks', () => {
		const geneva = dataset.events.find(e => e.place === 'Geneva' && e.date === '2022-01-10');
		expect(geneva).toBeDefined();
		const claims = geneva!.dateClaims.map(c => `${c.article.slice(0, 3)}:${c.value}`);
		expect(claims).toContain('002:2022-01-10');
		expect(claims).toContain('001:2022-01-11');
	});

	it('puts both spellings of Stoltenberg on one actor', () => {
		const ids = (n: string, spelling: string) =>
			new Set(dataset.articles.find(a => a.id.startsWith(n))!.sentences.flatMap(s => s.actors.filter(x => x.text.includes(spelling)).map(x => x.id)));
		const a = ids('000', 'ستولتنبرغ');
		const b = ids('004', 'ستولتنبرج');
		expect(a.size).toBe(1);
		expect([...b]).toEqual([...a]);
	});

	it('leaves the unnamed Russian deputy foreign minister a role', () => {
		const s = dataset.articles.find(a => a.id.startsWith('001'))!.sentences.find(x => x.line === 5)!;
		expect(s.attribution?.speaker ?? null).toBeNull();
		expect(s.attribution?.role ?? s.roles[0]?.roleEn ?? null).not.toBeNull();
		expect(s.actors).toEqual([]);
	});
});
