// Extraction over the five seed articles, scored against the hand-annotated
// gold (tests/fixtures/seeds-gold.json). Lines are split crudely here (one
// line = one unit); the real sentence splitter lives elsewhere.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {normalise} from '../../source/arabic/normalise.js';
import {extractEntities, type ExtractedEntities, type Speaker} from '../../source/ingest/extract/index.js';
import {loadLexicon} from '../../source/lexicon/load.js';

const root = join(import.meta.dirname, '..', '..');
const lexicon = loadLexicon(join(root, 'data', 'lexicon'));
type GoldArticle = {
	file: string;
	published: string;
	boilerplate_lines: number[];
	actors: string[];
	organisations: string[];
	places: string[];
	cited_sources: string[];
	attributions: Array<{line: number; speaker: string; verb: string}>;
};
const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seeds-gold.json'), 'utf8')) as {articles: GoldArticle[]};

/** Case- and accent-insensitive English name; German umlauts fold to their two-letter spelling (Plötner = Ploetner). */
const key = (s: string) =>
	s
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.trim();

type Line = {line: number; result: ExtractedEntities};

function runArticle(a: GoldArticle): Line[] {
	const lines = readFileSync(join(root, 'data', 'raw', a.file), 'utf8')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	let previousSpeaker: Speaker | null = null;
	const out: Line[] = [];
	lines.forEach((text, i) => {
		if (!text.trim() || a.boilerplate_lines.includes(i + 1)) return;
		const result = extractEntities(text, {date: a.published, lexicon, previousSpeaker});
		if (result.attribution?.speaker) previousSpeaker = result.attribution.speaker;
		out.push({line: i + 1, result});
	});
	return out;
}

const runs = new Map(gold.articles.map(a => [a.file, runArticle(a)]));

type Counts = {tp: number; fp: number; fn: number};
function score(field: (a: GoldArticle) => string[], predicted: (lines: Line[]) => string[], print: string): Counts {
	const total: Counts = {tp: 0, fp: 0, fn: 0};
	const rows: string[] = [];
	for (const a of gold.articles) {
		const g = new Set(field(a).map(key));
		const p = new Set(predicted(runs.get(a.file)!).map(key));
		const tp = [...p].filter(x => g.has(x));
		const fp = [...p].filter(x => !g.has(x));
		const fn = [...g].filter(x => !p.has(x));
		total.tp += tp.length;
		total.fp += fp.length;
		total.fn += fn.length;
		if (fp.length || fn.length) rows.push(`  ${a.file.slice(0, 3)} extra: [${fp.join(', ')}] missing: [${fn.join(', ')}]`);
	}
	const {p, r, f} = prf(total);
	console.log(
		`${print.padEnd(14)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)}  (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})\n${rows.join('\n')}`,
	);
	return total;
}

function prf({tp, fp, fn}: Counts) {
	const p = tp + fp ? tp / (tp + fp) : 1;
	const r = tp + fn ? tp / (tp + fn) : 1;
	return {p, r, f: p + r ? (2 * p * r) / (p + r) : 0};
}

const actorsOf = (lines: Line[]) => lines.flatMap(l => l.result.actors.map(x => x.nameEn));
const agenciesOf = (lines: Line[]) => lines.flatMap(l => l.result.citedSources.filter(s => s.kind === 'agency').map(s => s.name));

describe('seed articles against gold', () => {
	it('actors: micro-F1 >= 0.95', () => {
		expect(prf(score(a => a.actors, actorsOf, 'actors')).f).toBeGreaterThanOrEqual(0.95);
	});

	it('cited sources (agencies): micro-F1 >= 0.95', () => {
		expect(prf(score(a => a.cited_sources, agenciesOf, 'cited sources')).f).toBeGreaterThanOrEqual(0.95);
	});

	it('organisations and places (printed, not gated)', () => {
		score(
			a => a.organisations,
			lines => lines.flatMap(l => l.result.organizations.map(x => x.nameEn)),
			'organisations',
		);
		score(
			a => a.places,
			lines => lines.flatMap(l => l.result.places.map(x => x.nameEn)),
			'places',
		);
	});

	it('attributions: recall >= 0.9', () => {
		let found = 0;
		let total = 0;
		const misses: string[] = [];
		for (const a of gold.articles) {
			for (const g of a.attributions) {
				total++;
				const at = runs.get(a.file)!.find(l => l.line === g.line)?.result.attribution;
				const unnamed = /^(.*) \(unnamed\)$/.exec(g.speaker);
				const speakerOk = unnamed
					? at?.speaker === null && key(at?.role ?? '') === key(unnamed[1]!)
					: at?.speaker !== null && at?.speaker !== undefined && key(at.speaker.nameEn) === key(g.speaker);
				if (at && speakerOk && normalise(at.verb) === normalise(g.verb)) found++;
				else
					misses.push(
						`  ${a.file.slice(0, 3)}:${g.line} want ${g.speaker} / ${g.verb}, got ${at ? `${at.speaker?.nameEn ?? `(${at.role})`} / ${at.verb}` : 'nothing'}`,
					);
			}
		}
		console.log(`attributions   recall=${(found / total).toFixed(3)} (${found}/${total})\n${misses.join('\n')}`);
		expect(found / total).toBeGreaterThanOrEqual(0.9);
	});

	it('both spellings of Stoltenberg map to one actor id', () => {
		const ids = (file: string) => new Set(runs.get(file)!.flatMap(l => l.result.actors.filter(x => /ستولتنبر/.test(x.text)).map(x => x.id)));
		const a = ids('000_9157ba4207286d92.txt');
		const b = ids('004_3fbea6e68c7c7813.txt');
		expect(a.size).toBe(1);
		expect([...b]).toEqual([...a]);
		expect(runs.get('004_3fbea6e68c7c7813.txt')!.some(l => l.result.actors.some(x => x.text.includes('ستولتنبرج')))).toBe(true);
	});

	it('نائب وزير الخارجية الروسي in 001 line 5 stays a role', () => {
		const line = runs.get('001_b306887423b5e991.txt')!.find(l => l.line === 5)!.result;
		expect(line.actors).toEqual([]);
		expect(line.roles.map(r => r.roleEn)).toEqual(['Russian deputy foreign minister']);
		expect(line.attribution).toMatchObject({speaker: null, role: 'Russian deputy foreign minister', verb: 'أوضح'});
	});
});
