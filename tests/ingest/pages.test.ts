// Saved real-page shapes (tests/fixtures/pages: invented stories and outlets,
// annotated in expected.json before the pipeline ran on them): save-date
// banners, menus, tickers, mastheads, reading controls, read-also lists,
// teasers, comment forms, copyright lines, wire datelines, pages without a
// headline. Each page must give its title (or none), its outlet as the page
// names itself (or none), the wire agency of its dateline, every furniture
// line kept apart, and every story line kept.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import type {Article} from '../../source/dataset/schema.js';
import {clean} from '../../source/ingest/clean.js';
import {loadLexicons} from '../../source/ingest/lexicons.js';
import {parseArticle} from '../../source/ingest/pipeline.js';
import type {CleanedArticle, RawArticle} from '../../source/ingest/types.js';

type Expected = {
	title: string | null;
	titleLine: number | null;
	outlet: string | null;
	wire: {id: string; place: string | null} | null;
	furniture: number[];
	story: number[];
};

const dir = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {pages: Record<string, Expected>}).pages;
const lex = loadLexicons();

const parsed = Object.entries(expected).map(([file, want]) => {
	const text = readFileSync(join(dir, file), 'utf8');
	const raw: RawArticle = {id: file.replace(/\.txt$/, ''), file, text};
	return {file, want, text, cleaned: clean(raw, lex.boilerplate, lex.entities.agencies) as CleanedArticle, article: parseArticle(raw, {}, lex) as Article};
});

const furnitureOut = (p: (typeof parsed)[number]) => {
	const kept = new Set(p.article.boilerplate.map(b => b.line));
	return p.want.furniture.filter(l => kept.has(l));
};
const storyLost = (p: (typeof parsed)[number]) => {
	const kept = new Set(p.article.sentences.filter(s => s.kind !== 'title').map(s => s.line));
	return p.want.story.filter(l => !kept.has(l));
};

afterAll(() => {
	// The figures the report quotes: one line, whatever passed or failed.
	const n = parsed.length;
	const titles = parsed.filter(p => (p.cleaned.title || null) === p.want.title).length;
	const outlets = parsed.filter(p => p.article.outlet === p.want.outlet).length;
	const wires = parsed.filter(p => (p.article.wire?.id ?? null) === (p.want.wire?.id ?? null)).length;
	const furniture = parsed.reduce((sum, p) => sum + furnitureOut(p).length, 0);
	const allFurniture = parsed.reduce((sum, p) => sum + p.want.furniture.length, 0);
	const lost = parsed.reduce((sum, p) => sum + storyLost(p).length, 0);
	const story = parsed.reduce((sum, p) => sum + p.want.story.length, 0);
	console.log(
		`pages: title ${titles}/${n}, outlet ${outlets}/${n}, wire ${wires}/${n}, furniture kept out ${furniture}/${allFurniture}, story lines lost ${lost}/${story}`,
	);
});

describe('saved pages', () => {
	for (const p of parsed) {
		const lines = p.text.split('\n');
		const show = (ns: number[]) => ns.map(n => `${n}: ${lines[n - 1]}`);

		it(`${p.file}: the fixture names every line once`, () => {
			const named = [...p.want.furniture, ...p.want.story, ...(p.want.titleLine ? [p.want.titleLine] : [])].sort((a, b) => a - b);
			const nonBlank = lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
			expect(named).toEqual(nonBlank);
		});

		it(`${p.file}: title`, () => {
			expect(p.cleaned.title).toBe(p.want.title);
			expect(p.cleaned.titleLine).toBe(p.want.titleLine);
			// The dataset says null where the page has none: a title is never made up.
			expect(p.article.title).toBe(p.want.title);
		});

		it(`${p.file}: outlet`, () => {
			expect(p.article.outlet).toBe(p.want.outlet);
			expect(p.article.outletFrom).toBe(p.want.outlet ? 'page' : null);
		});

		it(`${p.file}: wire agency and dateline place`, () => {
			expect(p.article.wire ? {id: p.article.wire.id, place: p.article.wire.place} : null).toEqual(p.want.wire);
		});

		it(`${p.file}: every furniture line kept apart, with a reason`, () => {
			const out = new Set(furnitureOut(p));
			expect(show(p.want.furniture.filter(l => !out.has(l)))).toEqual([]);
			expect(p.article.boilerplate.every(b => b.reason.length > 0)).toBe(true);
		});

		it(`${p.file}: no story line lost`, () => {
			expect(show(storyLost(p))).toEqual([]);
			const dropped = new Set(p.article.boilerplate.map(b => b.line));
			expect(show(p.want.story.filter(l => dropped.has(l)))).toEqual([]);
		});
	}
});
