// Issue 19, checks 4 and 5, as users run them on the bundled dataset, in both
// layouts: English search finds the sentences that name a place, an agency or
// a body in Arabic, ranks whole names above fragments of role titles, and
// `export --format csv` has the sentences' English (textEn, textEnKind).
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, run} from './helpers.js';
import {loadDataset} from '../../source/dataset/load.js';
import {normalise} from '../../source/arabic/normalise.js';

const bundled = 'data/dataset.json';
type Hit = {kind: string; id: string; text: string; label: string; score: number};

describe.skipIf(!existsSync(bundled))('English search and textEn on the bundled dataset', () => {
	const dataset = loadDataset(bundled);
	const sentence = new Map(dataset.articles.flatMap(a => a.sentences.map(s => [s.id, s])));
	const layouts: Record<string, string> = {json: bundled};

	beforeAll(() => {
		buildCli();
		const dir = join(mkdtempSync(join(tmpdir(), 'ce-english-')), 'd');
		const made = run(['ingest', 'data/raw', '--manifest', 'data/raw/manifest.json', '--out', dir]);
		expect(made.code, made.stderr).toBe(0);
		layouts.directory = dir;
	}, 120_000);

	const search = (data: string, q: string): Hit[] => {
		const r = run(['search', q, '--data', data, '--format', 'ndjson']);
		expect(r.code, r.stderr).toBe(0);
		return r.stdout
			.trim()
			.split('\n')
			.filter(Boolean)
			.map(l => JSON.parse(l) as Hit);
	};
	/** Whether a sentence names an entity: extraction gave it the id, or its text has one of its Arabic names. */
	const names = (id: string, refs: 'places' | 'organizations', entity: string) => {
		const s = sentence.get(id);
		if (!s) return false;
		if (s[refs].some(r => r.id === entity)) return true;
		const e = dataset[refs].find(x => x.id === entity)!;
		return [e.nameAr, ...e.aliases].some(form => normalise(s.text).includes(normalise(form)));
	};

	for (const layout of ['json', 'directory']) {
		describe(layout, () => {
			it('geneva: the first 10 sentence hits all contain جنيف, and no one is found through "Secretary General"', () => {
				const hits = search(layouts[layout]!, 'geneva');
				const sentences = hits.filter(h => h.kind === 'sentence').slice(0, 10);
				expect(sentences.length).toBeGreaterThan(0);
				for (const h of sentences) expect(h.text, h.id).toContain('جنيف');
				expect(hits.filter(h => h.kind === 'actor')).toEqual([]);
			});

			for (const [q, refs, entity] of [
				['crimea', 'places', 'crimea'],
				['ukraine', 'places', 'ukraine'],
			] as const) {
				it(`${q}: returns sentences, every one naming it`, () => {
					const sentences = search(layouts[layout]!, q).filter(h => h.kind === 'sentence');
					expect(sentences.length).toBeGreaterThan(0);
					for (const h of sentences) expect(names(h.id, refs, entity), h.id).toBe(true);
				});
			}

			for (const [q, agency] of [
				['reuters', 'agency:reuters'],
				['tass', 'agency:tass'],
			] as const) {
				it(`${q}: returns the sentences that cite it`, () => {
					const sentences = search(layouts[layout]!, q).filter(h => h.kind === 'sentence');
					const citing = [...sentence.values()].filter(s => s.citedSources.some(c => c.id === agency && !c.photo)).map(s => s.id);
					expect(citing.length).toBeGreaterThan(0);
					expect(sentences.map(h => h.id).sort()).toEqual(citing.sort());
				});
			}

			it('sherman: Wendy Sherman first, and neither Scholz nor Plötner', () => {
				const hits = search(layouts[layout]!, 'sherman');
				expect(hits[0]?.id).toBe('wendy-sherman');
				expect(hits.map(h => h.id)).not.toContain('olaf-scholz');
				expect(hits.map(h => h.id)).not.toContain('jens-ploetner');
			});

			it('export --format csv has textEn and textEnKind columns, filled for every sentence', () => {
				const r = run(['export', '--data', layouts[layout]!, '--format', 'csv', '--fields', 'id,textEn,textEnKind']);
				expect(r.code, r.stderr).toBe(0);
				const [header, ...rows] = r.stdout.trim().split('\r\n');
				expect(header).toBe('id,textEn,textEnKind');
				expect(rows.length).toBe(sentence.size);
				for (const row of rows) expect(row, row).toMatch(/^[^,]+,"?≈ .+,gist$/);
				// The full record has them next to the Arabic text.
				const full = run(['export', '--data', layouts[layout]!, '--format', 'csv']);
				expect(full.stdout.split('\r\n')[0]).toContain(',text,textEn,textEnKind,');
			});
		});
	}

	it('--lang takes ar, en or both, and only for the explorer: one line on stderr, exit 2', () => {
		const bad = run(['--lang', 'eng', '--data', bundled]);
		expect(bad.code).toBe(2);
		expect(bad.stderr.trim()).toBe("crisis-explorer: --lang expects ar, en or both, got 'eng'; did you mean 'en'?");
		const elsewhere = run(['list', 'events', '--lang', 'en', '--data', bundled]);
		expect(elsewhere.code).toBe(2);
		expect(elsewhere.stderr).toMatch(/--lang cannot be used with 'list'; it belongs to the explorer/);
	});
});
